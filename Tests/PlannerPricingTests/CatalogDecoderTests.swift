import Foundation
import PlannerCore
import PlannerPricing
import Testing

@Suite("Reading catalog files")
struct CatalogDecoderTests {
    func files(replacing name: String, with text: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for file in CatalogDecoder.fileNames {
            files[file] = Array(try String(contentsOfFile: "\(pricingDirectory)/\(file)", encoding: .utf8).utf8)
        }
        files[name] = Array(text.utf8)
        return files
    }

    @Test("every problem of a bad catalog is reported at once, with file and JSON path")
    func allProblems() throws {
        let bad = """
            {"schema_version": 1, "models": [
              {"id": "x.model", "name": "X", "provider": "X", "kind": "txt", "architecture": "decoder-only",
               "prices": [{"regions": ["us-east-1", "mars-1"], "unit": "1K tokens", "source": "NOPE", "rates": {"inptu": "0.1"}}]},
              {"id": "y.model", "name": "Y", "provider": "Y", "kind": "text", "architecture": "decoder-only", "colour": "red",
               "prices": [{"regions": ["us-east-1"], "unit": "1K tokens", "source": "P", "rates": {"input": "-1", "output": 0.5}}]}
            ]}
            """
        #expect {
            try CatalogDecoder.decode(files: try files(replacing: "bedrock.json", with: bad), origin: "test")
        } throws: { error in
            guard let error = error as? CatalogError else { return false }
            let text = error.description
            return text.contains("bedrock.json: models[0].kind: unknown value 'txt' (did you mean 'text'?)")
                && text.contains("models[0].prices[0].regions: region 'mars-1' is not listed in manifest.json")
                && text.contains("models[0].prices[0].source: unknown source 'NOPE'")
                && text.contains("models[1].colour: unknown key 'colour'")
                && text.contains("models[1].prices[0].rates.input: must not be negative")
                && error.problems.count >= 5
        }
    }

    @Test("a syntax error names the file, line and column")
    func syntax() throws {
        #expect {
            try CatalogDecoder.decode(
                files: try files(replacing: "sagemaker.json", with: "{\n  \"instances\": [,]\n}"), origin: "test")
        } throws: { error in
            (error as? CatalogError)?.description.contains("sagemaker.json: invalid JSON at 2:17") == true
        }
    }

    @Test("a missing directory is an error, not an empty catalog")
    func missingDirectory() {
        #expect(throws: CatalogError.self) { try CatalogLoader.load(directory: "/nonexistent/pricing") }
    }
}

@Suite("JSON")
struct JSONTests {
    @Test("numbers keep their exact text; objects keep key order; output round-trips")
    func roundTrip() throws {
        let text = #"{"b": 0.000035, "a": [1, -2.5e3, true, null, "x\"y\u00e9\n"], "c": {}}"#
        let value = try JSONParser.parse(text)
        #expect(value["b"] == .number("0.000035"))
        let rendered = value.rendered()
        #expect(rendered.hasPrefix("{\n  \"b\": 0.000035,\n  \"a\": ["))
        #expect(try JSONParser.parse(rendered) == value)
    }

    @Test(
        "invalid documents are rejected with a position",
        arguments: ["", "{", "[1,]", "01", "\"a", "{\"a\" 1}", "[1] x", "nul", "\"\\q\""])
    func invalid(text: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(text) }
    }
}
