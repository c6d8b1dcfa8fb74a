/// The advisor's answer for a workload: each decision with the table row that fired and why.
public struct Advice: Sendable, Hashable {
    public struct Architecture: Sendable, Hashable {
        public var architecture: ModelArchitecture
        public var examples: [String]
        public var reason: String
        /// The seed row (or derivation) that fired.
        public var rule: String
    }

    public struct ServiceVote: Sendable, Hashable {
        public var requirement: String
        public var service: HostingService
        public var rule: String
    }

    public struct ServiceChoice: Sendable, Hashable {
        public var service: HostingService
        public var votes: [ServiceVote]
        public var reason: String
        /// The seed rows that decided: those of the votes, or the default row.
        public var rule: String
        /// Set when the requirements point to both services.
        public var conflict: String?
        /// The cheapest priced option on each service, when costs were computed (id and monthly cost).
        public var cheapestBedrock: (id: String, cost: Fixed)?
        public var cheapestJumpStart: (id: String, cost: Fixed)?

        public static func == (lhs: ServiceChoice, rhs: ServiceChoice) -> Bool {
            lhs.service == rhs.service && lhs.votes == rhs.votes && lhs.reason == rhs.reason && lhs.rule == rhs.rule
                && lhs.conflict == rhs.conflict
                && lhs.cheapestBedrock?.id == rhs.cheapestBedrock?.id
                && lhs.cheapestBedrock?.cost == rhs.cheapestBedrock?.cost
                && lhs.cheapestJumpStart?.id == rhs.cheapestJumpStart?.id
                && lhs.cheapestJumpStart?.cost == rhs.cheapestJumpStart?.cost
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(service)
            hasher.combine(conflict)
        }
    }

    public struct Candidate: Sendable, Hashable {
        /// Where a candidate model stands.
        public enum Status: Sendable, Hashable, CustomStringConvertible {
            case chosen
            /// Priced for the workload and able to serve it.
            case fits
            /// Priced from the list price (quick mode, no volumes).
            case priced(region: String)
            case notInCatalog
            case noOnDemandPrice(region: String)
            case cannotBePriced
            case infeasible(reasons: [String])

            public var description: String {
                switch self {
                case .chosen: "chosen"
                case .fits: "fits"
                case .priced(let region): "priced in \(region)"
                case .notInCatalog: "not in the pricing catalog"
                case .noOnDemandPrice(let region): "no on-demand price in \(region)"
                case .cannotBePriced: "cannot be priced for this workload"
                case .infeasible(let reasons): "infeasible: \(reasons.joined(separator: "; "))"
                }
            }
        }

        public var id: String
        public var status: Status
        public var monthlyCost: Fixed?
    }

    public struct Model: Sendable, Hashable {
        public var need: String
        public var family: String
        public var rule: String
        /// The chosen Bedrock model id, nil when no candidate can be priced and serve the workload.
        public var chosen: String?
        public var chosenName: String?
        public var reason: String
        public var candidates: [Candidate]
        /// The open model proposed for JumpStart, for the architecture.
        public var jumpStart: String?
        /// The family tier the model was picked from (`requirements.quality`); nil when the row has no tiers.
        public var tier: Requirements.Quality? = nil
        /// The cheapest usable model of the tier below and of the tier above, when there are such.
        public var cheaperNeighbour: String? = nil
        public var strongerNeighbour: String? = nil
    }

    public struct Sampling: Sendable, Hashable {
        public var useCase: UseCase
        public var temperature: DecisionTables.Range
        public var topP: DecisionTables.Range
        public var topK: DecisionTables.Range
        public var rule: String
        public var recommendation: String
        /// The profile's own settings that fall outside the ranges.
        public var flags: [String]
    }

    public struct FineTuning: Sendable, Hashable {
        public var examples: Int
        /// The method the data size supports, nil below every row's minimum.
        public var method: String?
        public var name: String?
        public var rule: String
        public var reason: String
        public var evidence: [String]
    }

    public var task: TaskKind
    public var architecture: Architecture
    public var service: ServiceChoice
    public var model: Model
    /// Sampling settings for the use case; nil for tasks that generate no text (embeddings, images,
    /// classification and tagging), where temperature, top-p and top-k do not apply.
    public var sampling: Sampling?
    /// Context-window and truncation findings.
    public var limits: [String]
    public var fineTuning: FineTuning?
}
