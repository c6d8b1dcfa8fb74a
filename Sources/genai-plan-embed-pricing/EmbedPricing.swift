import Foundation
import PlannerCore

/// `swift run genai-plan-embed-pricing [--check] [ROOT]`: writes Sources/PlannerPricing/EmbeddedPricing.swift
/// (the text of `Pricing/`) and Sources/PlannerPricing/EmbeddedCatalogArchive.swift (the catalog those files
/// decode to, as a `CatalogArchive`) from the files of `Pricing/` (ROOT defaults to the current directory, the
/// package root). A catalog with problems is refused with every problem. With `--check` it writes nothing and
/// exits 1 when a committed file differs from what it would write.
@main
enum EmbedPricing {
    /// The files embedded, in order: the catalog, the decision tables and the hand-kept overrides.
    static let fileNames = [
        "manifest.json", "bedrock.json", "sagemaker.json", "jumpstart.json", "unavailable.json", "decision-tables.json",
        "overrides.json", "price-list-names.json",
    ]
    static let textTarget = "Sources/PlannerPricing/EmbeddedPricing.swift"
    static let archiveTarget = "Sources/PlannerPricing/EmbeddedCatalogArchive.swift"

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
        var catalogFiles: [String: [UInt8]] = [:]
        for (name, text) in files where CatalogDecoder.fileNames.contains(name) {
            catalogFiles[name] = Array(text.utf8)
        }
        let catalog: PricingCatalog
        do { catalog = try CatalogDecoder.decode(files: catalogFiles, origin: "Pricing") } catch {
            fail("Pricing/: error: \(error)")
        }
        let archive = CatalogArchive.encode(catalog, fingerprint: CatalogArchive.fingerprint(of: catalogFiles))
        let outputs = [
            (textTarget, EmbeddedPricingSource.source(files: files)),
            (archiveTarget, EmbeddedPricingSource.archiveSource(archive)),
        ]
        var written = 0
        for (target, source) in outputs {
            let output = root.appendingPathComponent(target)
            let current = try? String(contentsOf: output, encoding: .utf8)
            if check {
                guard current == source else {
                    fail(
                        "\(target) is stale for Pricing/; run `swift run genai-plan-embed-pricing` and commit it",
                        code: 1)
                }
                continue
            }
            guard current != source else { continue }
            do {
                try source.write(to: output, atomically: true, encoding: .utf8)
                written += 1
            } catch {
                fail("\(output.path): error: cannot be written")
            }
        }
        if check {
            print("\(textTarget) and \(archiveTarget) match Pricing/")
        } else if written == 0 {
            print("\(textTarget) and \(archiveTarget) already match Pricing/")
        } else {
            print(
                "wrote \(textTarget) and \(archiveTarget) from \(files.count) files of Pricing/; rebuild and run the tests"
            )
        }
    }

    static func fail(_ message: String, code: Int32 = 2) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(code)
    }
}
