/// The decision tables of the GenAI model fundamentals comparison tables (`docs/genai-fundamentals-tables.md`) as data: architecture per
/// task, sampling per use case, service per requirement, Bedrock model family per need, and data
/// needs per fine-tuning method. Loaded from `Pricing/decision-tables.json`; each row keeps the
/// seed row it implements, so the advisor can cite it.
public struct DecisionTables: Sendable {
    /// Where an answer to a question comes from, which resolves the "either" architecture row.
    public enum AnswerFormat: String, Sendable, Hashable, CaseIterable {
        case extracted
        case generated
    }

    public struct ArchitectureRule: Sendable, Hashable {
        /// The architecture of the row; for an `either` row (whose `byAnswerFormat` decides), the
        /// one assumed when the format does not resolve it.
        public var architecture: ModelArchitecture
        public var examples: [String]
        public var why: String
        /// The seed row this implements, or nil for a row the seed does not have.
        public var seed: String?
        /// For rows the seed lacks: what they are derived from.
        public var basis: String?
        /// For `either`: the rule per answer format; empty otherwise.
        public var byAnswerFormat: [AnswerFormat: ArchitectureRule]

        /// True for the `either` row, resolved by the answer format.
        public var dependsOnAnswerFormat: Bool { !byAnswerFormat.isEmpty }

        /// The seed row, or the basis of a derived row.
        public var citation: String { seed.map { "seed: \($0)" } ?? "derived: \(basis ?? "")" }
    }

    /// A closed or open range with the value to recommend.
    public struct Range: Sendable, Hashable {
        public var minimum: Fixed
        /// nil for an open range ("50+").
        public var maximum: Fixed?
        public var recommended: Fixed

        public func contains(_ value: Fixed) -> Bool { value >= minimum && (maximum.map { value <= $0 } ?? true) }

        public var text: String { maximum.map { "\(minimum)–\($0)" } ?? "\(minimum)+" }
    }

    public struct SamplingRule: Sendable, Hashable {
        public var temperature: Range
        public var topP: Range
        public var topK: Range
        public var seed: String
    }

    public struct ServiceRule: Sendable, Hashable {
        /// A requirement name (`needs_notebooks`) or `name=value` (`needs_fine_tuning=full`).
        public var requirement: String
        public var service: HostingService
        public var seed: String
        public var also: String?
    }

    public struct ModelRule: Sendable, Hashable {
        public var need: String
        public var family: String
        public var provider: String
        public var seed: String
        /// Bedrock ids of the family, in the order the table lists them.
        public var candidates: [String]
        /// The family's models by quality tier (`requirements.quality`); empty when the row has no tiers.
        public var tiers: [Requirements.Quality: [String]] = [:]
    }

    public struct FineTuningRow: Sendable, Hashable {
        public var method: String
        public var name: String
        public var minimumExamples: Int
        public var data: String
        public var compute: String
        public var when: String
        public var seed: String
    }

    public var source: String
    public var architectures: [TaskKind: ArchitectureRule]
    public var sampling: [UseCase: SamplingRule]
    public var recommendedValue: String
    public var services: [ServiceRule]
    public var defaultService: ServiceRule
    public var defaultServiceWhy: String
    public var models: [String: ModelRule]
    public var taskNeeds: [TaskKind: String]
    /// For tasks the seed's model table has no row for: how their need is derived.
    public var taskNeedBasis: [TaskKind: String] = [:]
    public var requirementNeeds: [(requirement: String, need: String)]
    public var jumpStartModels: [ModelArchitecture: [String]]
    /// Largest minimum first.
    public var fineTuning: [FineTuningRow]
    public var fineTuningEvidence: [String]
}
