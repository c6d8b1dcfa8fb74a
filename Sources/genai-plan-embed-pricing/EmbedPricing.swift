import Foundation

/// `swift run genai-plan-embed-pricing [--check] [ROOT]`: writes Sources/PlannerPricing/EmbeddedPricing.swift
/// from the files of `Pricing/` (ROOT defaults to the current directory, the package root). With
/// `--check` it writes nothing and exits 1 when the committed file differs from what it would write.
@main
enum EmbedPricing {
    /// The files embedded, in order: the catalog, the decision tables and the hand-kept overrides.
    static let fileNames = [
        "manifest.json", "bedrock.json", "sagemaker.json", "jumpstart.json", "unavailable.json", "decision-tables.json",
        "overrides.json", "price-list-names.json",
    ]
    static let target = "Sources/PlannerPricing/EmbeddedPricing.swift"

    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        let check = arguments.contains("--check")
        let root = URL(fileURLWithPath: arguments.first { $0 != "--check" } ?? FileManager.default.currentDirectoryPath)
        var files: [(name: String, text: String)] = []
        for name in fileNames {
            let url = root.appendingPathComponent("Pricing").appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                fail("\(url.path): error: cannot be read")
            }
            files.append((name, text))
        }
        let source = EmbeddedPricingSource.source(files: files)
        let output = root.appendingPathComponent(target)
        let current = try? String(contentsOf: output, encoding: .utf8)
        if check {
            guard current == source else {
                fail("\(target) is stale for Pricing/; run `swift run genai-plan-embed-pricing` and commit it", code: 1)
            }
            print("\(target) matches Pricing/")
            return
        }
        guard current != source else {
            print("\(target) already matches Pricing/")
            return
        }
        do {
            try source.write(to: output, atomically: true, encoding: .utf8)
        } catch {
            fail("\(output.path): error: cannot be written")
        }
        print("wrote \(target) from \(files.count) files of Pricing/; rebuild and run the tests")
    }

    static func fail(_ message: String, code: Int32 = 2) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(code)
    }
}
