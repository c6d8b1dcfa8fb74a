import PlannerCore

/// The Swift sources of `EmbeddedPricing` (the text of each file of `Pricing/` as a raw multi-line string
/// literal, so the binary carries `Pricing/` as is) and of `EmbeddedCatalogArchive` (the catalog they decode to).
enum EmbeddedPricingSource {
    /// The complete source for the given files (name → text), in the given order.
    static func source(files: [(name: String, text: String)]) -> String {
        var output = """
            // swift-format-ignore-file
            // GENERATED from Pricing/ by `swift run genai-plan-embed-pricing`.
            // Do not edit: edit Pricing/*.json and regenerate. CI fails when this file and Pricing/ differ.

            /// The text of each file of the bundled pricing snapshot, so the binary works offline from any directory.
            enum EmbeddedPricing {
                static let files: [String: String] = [

            """
        for (name, text) in files {
            var hashes = "#"
            while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
            output += "        \"\(name)\": \(hashes)\"\"\"\n"
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                output += line.isEmpty ? "\n" : "            " + line + "\n"
            }
            output += "            \"\"\"\(hashes) + \"\\n\",\n"
        }
        output += "    ]\n}\n"
        return output
    }

    /// The complete source of `EmbeddedCatalogArchive` for the archive bytes: base64 in a multi-line string
    /// literal of 100-character lines (the loader skips the line breaks).
    static func archiveSource(_ archive: [UInt8]) -> String {
        var output = """
            // swift-format-ignore-file
            // GENERATED from Pricing/ by `swift run genai-plan-embed-pricing`.
            // Do not edit: edit Pricing/*.json and regenerate. CI fails when this file and Pricing/ differ.

            /// The catalog that `Pricing/` decodes to, as a `CatalogArchive` (\(archive.count) bytes) in base64: the
            /// bundled snapshot loads from it in a few milliseconds instead of decoding the JSON at every start.
            enum EmbeddedCatalogArchive {
                static let base64 = \"\"\"

            """
        for line in Base64.encode(archive, lineLength: 100).split(separator: "\n") {
            output += "        " + line + "\n"
        }
        output += "        \"\"\"\n}\n"
        return output
    }
}
