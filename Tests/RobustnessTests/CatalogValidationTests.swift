import Foundation
import PlannerCore
import PlannerPricing
import Testing

@Suite("Mutated catalogs are refused with the JSON path of each problem")
struct CatalogValidationTests {
    /// The embedded catalog's files with one text replaced in one file.
    func decode(_ file: String, replacing old: String, with new: String) -> [String] {
        var files: [String: [UInt8]] = [:]
        for name in CatalogDecoder.fileNames {
            var text = CatalogLoader.embeddedFile(name) ?? ""
            if name == file {
                #expect(text.contains(old), "the fixture text is in \(file)")
                if let range = text.range(of: old) { text.replaceSubrange(range, with: new) }
            }
            files[name] = Array(text.utf8)
        }
        do {
            _ = try CatalogDecoder.decode(files: files, origin: "test")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test(
        "each figure an engine divides by or multiplies with is range-checked",
        arguments: [
            (
                "jumpstart.json", "\"parameters\": \"6.74e9\"", "\"parameters\": \"0\"",
                "jumpstart.json: models[0].parameters: must be from 1 to"
            ),
            (
                "jumpstart.json", "\"layers\": 32", "\"layers\": 4611686018427387904",
                "jumpstart.json: models[0].layers: must be from 1 to 1000, found 4611686018427387904"
            ),
            (
                "jumpstart.json", "\"layers\": 32", "\"layers\": -32",
                "jumpstart.json: models[0].layers: must be from 1 to 1000, found -32"
            ),
            (
                "jumpstart.json", "\"layers\": 32", "\"layers\": 99999999999999999999999",
                "jumpstart.json: models[0].layers: expected a whole number of at most 18 digits"
            ),
            (
                "sagemaker.json", "\"bandwidth_gb_s\": 600", "\"bandwidth_gb_s\": \"0\"",
                "bandwidth_gb_s: must be from 0.001 to"
            ),
            (
                "sagemaker.json", "\"hosting\": \"1.515\"", "\"hosting\": \"999999999999999999999999\"",
                "rates.hosting: must be from 0 to 1,000,000"
            ),
            (
                "bedrock.json", "\"context_window\": 200000", "\"context_window\": 0",
                "context_window: must be from 1 to 100000000, found 0"
            ),
        ])
    func refused(file: String, old: String, new: String, expected: String) {
        let problems = decode(file, replacing: old, with: new)
        #expect(problems.contains { $0.contains(expected) }, "\(problems)")
    }

    @Test("a truncated file is invalid JSON at its byte")
    func truncated() {
        let text = CatalogLoader.embeddedFile("sagemaker.json") ?? ""
        let problems = decode("sagemaker.json", replacing: text, with: String(text.prefix(100)))
        #expect(problems.first?.hasPrefix("sagemaker.json: invalid JSON at") == true)
    }
}
