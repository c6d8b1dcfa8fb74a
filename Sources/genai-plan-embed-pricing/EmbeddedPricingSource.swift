/// The Swift source of `EmbeddedPricing` (Sources/PlannerPricing/EmbeddedPricing.swift) for the text of
/// the catalog files: each file as a raw multi-line string literal, so the binary carries `Pricing/` as is.
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
}
