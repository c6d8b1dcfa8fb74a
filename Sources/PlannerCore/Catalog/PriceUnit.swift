/// The unit a catalog price is quoted in. Prices are kept in their own unit, never rescaled.
public enum PriceUnit: String, Sendable, Hashable, CaseIterable {
    case token = "token"
    case thousandTokens = "1K tokens"
    case millionTokens = "1M tokens"
    case image = "image"
    case hour = "hour"
    case modelUnitHour = "model unit-hour"
    case customModelMonth = "custom model-month"
    /// An hour of 1K tokens a minute reserved (Bedrock reserved capacity).
    case thousandTPMHour = "1K TPM-hour"
    /// A minute of one Custom Model Unit (Bedrock Custom Model Import).
    case customModelUnitMinute = "custom model unit-minute"
    /// A month of storage for one Custom Model Unit of an imported model.
    case customModelUnitMonth = "custom model unit-month"
    /// A thousand rerank queries (Amazon Rerank, Cohere Rerank).
    case thousandQueries = "1K queries"

    /// Tokens per unit for token units; nil otherwise.
    public var tokensPerUnit: Int? {
        switch self {
        case .token: 1
        case .thousandTokens: 1_000
        case .millionTokens: 1_000_000
        default: nil
        }
    }

    /// How a quantity of this unit reads in a line item (`1K tokens`, `instance-hours`).
    public var quantityLabel: String {
        switch self {
        case .token: "tokens"
        case .thousandTokens: "1K tokens"
        case .millionTokens: "1M tokens"
        case .image: "images"
        case .hour: "instance-hours"
        case .modelUnitHour: "model unit-hours"
        case .customModelMonth: "custom model-months"
        case .thousandTPMHour: "1K TPM-hours"
        case .customModelUnitMinute: "custom model unit-minutes"
        case .customModelUnitMonth: "custom model unit-months"
        case .thousandQueries: "1K queries"
        }
    }
}
