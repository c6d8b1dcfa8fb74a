/// An open model (of the JumpStart catalog, or a variant fine-tuned from one) imported into Bedrock
/// with Custom Model Import and served on demand: billed per Custom Model Unit-minute while copies
/// are active.
public struct BedrockImportOption: Sendable, Hashable {
    /// The JumpStart model id or alias of the weights imported.
    public var model: String
    /// A fixed number of copies; sized from the peak when nil.
    public var copies: Int?
    /// The most copies Bedrock runs (the default quota: 3 per imported model).
    public var maxCopies: Int = 3
    /// Custom Model Units a copy takes, as Bedrock reported at import; AWS's stated figure or a
    /// derived estimate when nil.
    public var customModelUnits: Int?
    /// The Custom Model Unit version that sets the billing rate (`1.0`).
    public var unitVersion: String = "1.0"
    /// The weights are a variant fine-tuned from `model` (the same architecture, so the same units).
    public var fineTuned = false
    /// The user's own name for the option, which `selected:` may use.
    public var name: String?

    public init(model: String, copies: Int? = nil, maxCopies: Int = 3, customModelUnits: Int? = nil) {
        self.model = model
        self.copies = copies
        self.maxCopies = maxCopies
        self.customModelUnits = customModelUnits
    }
}
