/// Writes the Swift source of `EmbeddedPricing` from the text of the catalog files.
///
/// `EmbeddedPricing.swift` is generated: a test compares it with `Pricing/` and rewrites it
/// when `RECORD_EMBEDDED_PRICING=1` is set (see README, "Updating the bundled pricing").
public enum EmbeddedPricingGenerator {
    /// The complete source of `EmbeddedPricing.swift` for the given files (name → text).
    public static func source(files: [(name: String, text: String)]) -> String {
        var output = """
            // swift-format-ignore-file
            // GENERATED from Pricing/ by `RECORD_EMBEDDED_PRICING=1 swift test --filter EmbeddedPricingTests`.
            // Do not edit: edit Pricing/*.json and regenerate. A test fails when this file and Pricing/ differ.

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
