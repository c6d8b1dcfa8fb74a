/// What a Bedrock Custom Model Import price is for: a Custom Model Unit serving for a minute, or
/// storing an imported model per Custom Model Unit for a month.
public enum CustomModelImportRateKind: String, Sendable, Hashable, CaseIterable {
    case inference
    case storage
}

/// Identifies one Custom Model Import price: the region, the Custom Model Unit version that sets the
/// billing rate (`1.0`), and what it is for.
public struct CustomModelImportKey: Sendable, Hashable {
    public var region: String
    public var version: String
    public var kind: CustomModelImportRateKind

    public init(region: String, version: String, kind: CustomModelImportRateKind) {
        self.region = region
        self.version = version
        self.kind = kind
    }
}
