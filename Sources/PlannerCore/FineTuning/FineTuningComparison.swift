/// Memory per accelerator of a training job, in GB.
public struct TrainingMemory: Sendable, Hashable {
    public var weights: Double
    public var gradients: Double
    public var optimizer: Double
    /// Activations as used (with checkpointing when it is on).
    public var activations: Double
    public var activationsWithoutCheckpointing: Double
    public var overhead: Double
    /// Accelerators the job is spread over (1 on a single GPU).
    public var shardedOver: Int
    /// How the job is spread over them.
    public var placement: TrainingPlacement = .singleGPU

    public var total: Double { weights + gradients + optimizer + activations + overhead }
}

/// One method on one service: data fit, memory, instance, time and cost.
public struct FineTuningRow: Sendable, Hashable {
    /// A `FineTuningMethod` raw value, or `bedrock-customization`.
    public var method: String
    public var methodName: String
    public var service: HostingService
    public var epochs: Int
    /// Rule-of-thumb verdict on the data size.
    public var dataFit: String
    public var dataFitMet: Bool
    public var trainableParameters: Double?
    public var memory: TrainingMemory?
    public var instanceType: String?
    public var instanceCount: Int?
    public var trainingTokens: Fixed
    public var flops: Double?
    public var mfu: Fixed?
    public var hours: Double?
    /// The training job as a line item (instance-hours or training tokens × unit price = cost, with its source).
    public var trainingItem: LineItem?
    /// The training job's cost, exact.
    public var trainingCost: Fixed? { trainingItem?.cost }
    public var monthlyStorageCost: Fixed?
    public var monthlyServingCost: Fixed?
    /// Where the tuned model is served.
    public var servedOn: FineTunedServing = .endpoint
    /// What was found while planning the method, in the order found.
    public var findings: [Finding] = []
    /// Explanations: the instance chosen, the method's assumptions.
    public var notes: [Finding] { findings.filter { $0.severity != .error } }
    /// Why the method cannot be planned or priced; empty when it can.
    public var errors: [Finding] { findings.filter { $0.severity == .error } }

    /// Training + (storage + serving) × months; nil when a part is unpriced.
    public func totalCost(months: Int) -> Fixed? {
        guard let trainingCost, let monthlyServingCost else { return nil }
        return trainingCost + (monthlyStorageCost ?? .zero) * months + monthlyServingCost * months
    }
}

/// The comparison of fine-tuning methods for one profile.
public struct FineTuningComparison: Sendable, Hashable {
    public var profileName: String
    public var baseModel: String
    public var baseModelName: String
    public var bedrockModel: String?
    public var plan: FineTuningPlan
    public var rows: [FineTuningRow]
    /// The recommended row's method and service, and why.
    public var recommended: (method: String, service: HostingService)?
    public var recommendation: String
    /// Where the recommended row serves the tuned model.
    public var recommendedServing: FineTunedServing?
    public var runnerUp: (method: String, service: HostingService)?
    public var runnerUpReason: String?
    public var warnings: [Finding]

    public static func == (lhs: FineTuningComparison, rhs: FineTuningComparison) -> Bool {
        lhs.profileName == rhs.profileName && lhs.rows == rhs.rows && lhs.recommendation == rhs.recommendation
            && lhs.recommended?.method == rhs.recommended?.method
            && lhs.recommended?.service == rhs.recommended?.service
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(profileName)
        hasher.combine(rows)
    }
}

/// Where a fine-tuned model is served: the three paths the total cost of ownership compares.
public enum FineTunedServing: String, Sendable, Hashable, CaseIterable {
    /// A SageMaker real-time endpoint.
    case endpoint
    /// Bedrock Custom Model Import (the SageMaker-tuned weights imported).
    case customModelImport = "custom-model-import"
    /// Bedrock itself, the model customized there (provisioned or on-demand custom-model inference).
    case bedrock

    /// In a sentence: `on a SageMaker endpoint`.
    public var words: String {
        switch self {
        case .endpoint: "on a SageMaker endpoint"
        case .customModelImport: "through Bedrock Custom Model Import"
        case .bedrock: "on Bedrock"
        }
    }

    /// In a table cell: `endpoint`, `import`, `Bedrock`.
    public var cell: String {
        switch self {
        case .endpoint: "endpoint"
        case .customModelImport: "Bedrock import"
        case .bedrock: "Bedrock"
        }
    }
}
