/// The stable code of a finding: what kind of problem or explanation it is, whatever its wording.
/// Raw values are what JSON output and tests use; they do not change between releases.
public enum FindingCode: String, Sendable, Hashable, CaseIterable {
    // Input files.
    /// A file that cannot be read as a profile (missing, not a regular file, too large, not UTF-8).
    case unreadableFile = "unreadable-file"
    /// Text that is not YAML.
    case syntax
    /// YAML the profile format leaves out (tags, complex or alias keys) or a document too deep or large.
    case unsupportedYAML = "unsupported-yaml"
    case duplicateKey = "duplicate-key"
    case unknownKey = "unknown-key"
    case missingValue = "missing-value"
    /// A value of the wrong shape (a list where a number belongs).
    case wrongType = "wrong-type"
    /// A value outside its range, or a number the grammar refuses.
    case invalidValue = "invalid-value"
    /// A key that does not apply with the other keys given.
    case conflictingKeys = "conflicting-keys"
    case unsupportedVersion = "unsupported-version"

    // Names.
    case unknownModel = "unknown-model"
    case unknownInstance = "unknown-instance"
    case unknownRegion = "unknown-region"
    /// A Bedrock model named where a JumpStart one belongs, or the reverse.
    case wrongService = "wrong-service"
    /// A model AWS does not host.
    case modelUnavailable = "model-unavailable"

    // Pricing.
    /// A price the option needs is not in the catalog.
    case priceMissing = "price-missing"
    /// A price the model lacks is billed at another of its prices.
    case priceFallback = "price-fallback"
    /// A profile override or discount changed catalog prices.
    case priceAdjusted = "price-adjusted"
    /// A quantity or amount beyond what exact money holds.
    case amountTooLarge = "amount-too-large"
    /// The workload bills nothing, or part of it is not billed by this model.
    case usageNotBilled = "usage-not-billed"
    /// A figure the planner cannot source (such as provisioned-throughput capacity) to check with AWS.
    case unpublishedFigure = "unpublished-figure"
    /// A line item priced at a derived figure (EC2 × the SageMaker multiplier), not a published price.
    case derivedPrice = "derived-price"

    // Serving.
    /// How an instance, a fleet or a number of model units was chosen.
    case sizing
    /// More capacity than the planner sizes, or a ceiling below what the load needs.
    case capacityLimit = "capacity-limit"
    /// The model does not fit the accelerator memory of the instance.
    case memoryExceeded = "memory-exceeded"
    /// A latency target that cannot be met.
    case latencyTarget = "latency-target"
    /// The instance an option pins cannot hold the model (weights, KV cache, overhead).
    case doesNotFit = "does-not-fit"
    /// A pinned or capped fleet serves less than the peak load.
    case underCapacity = "under-capacity"
    /// The model cannot do the workload's task (an embedding model for question answering).
    case taskMismatch = "task-mismatch"
    /// A request exceeds the model's context window.
    case contextExceeded = "context-exceeded"
    /// A response exceeds the model's output limit.
    case outputExceeded = "output-exceeded"
    /// The catalog lacks the model's context window or output limit, so a request is not checked against them.
    case limitsUnknown = "limits-unknown"
    /// A request is billed at the model's long-context rates.
    case longContext = "long-context"
    /// The endpoint runs part of the week.
    case schedule
    /// The peak load exceeds the model's default Bedrock tokens-per-minute quota.
    case quotaExceeded = "quota-exceeded"
    /// Demand above a reserved-capacity reservation overflows to the Standard tier, billed on demand.
    case reservationOverflow = "reservation-overflow"

    // Commitments.
    /// A Savings Plan or a reserved term: what it commits to, its upfront payment, when it pays off.
    case commitment

    // Profiles as a whole.
    /// The profile lists no options and none could be proposed.
    case noOptions = "no-options"
    /// `selected:` names no option of the profile.
    case unknownSelection = "unknown-selection"
    /// Two options share a `name:`.
    case duplicateName = "duplicate-name"
    /// Sampling settings outside the decision tables' range.
    case sampling
    /// Fine-tuning: a method, a model or a figure behind the comparison.
    case fineTuning = "fine-tuning"

    // Catalogs.
    /// A pricing catalog value that is missing, malformed or out of range.
    case catalogInvalid = "catalog-invalid"

    /// Codes that mean the option cannot serve the workload (as opposed to cannot be priced).
    public var meansInfeasible: Bool {
        switch self {
        case .contextExceeded, .outputExceeded, .doesNotFit, .underCapacity, .taskMismatch: true
        default: false
        }
    }
}
