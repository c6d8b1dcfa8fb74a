/// How an estimated option is served and billed; its raw value is the option id's mode part.
public enum ServingMode: String, Sendable, Hashable, CaseIterable {
    /// Bedrock, billed per token or image as requests come.
    case onDemand = "on-demand"
    /// Bedrock batch inference, billed per token at the batch price.
    case batch
    /// Bedrock provisioned throughput, billed per model unit-hour whatever the volume.
    case provisioned
    /// Bedrock reserved capacity, billed per 1K tokens a minute reserved, every hour of the term.
    case reserved
    /// A SageMaker real-time endpoint, billed per instance-hour.
    case realTime = "real-time"
    /// Bedrock Custom Model Import, billed per Custom Model Unit-minute while copies are active.
    case imported

    /// Whether the cost is proportional to the volume (per token or image), with no fleet to size.
    public var billsPerUse: Bool {
        switch self {
        case .onDemand, .batch: true
        case .provisioned, .reserved, .realTime, .imported: false
        }
    }
}
