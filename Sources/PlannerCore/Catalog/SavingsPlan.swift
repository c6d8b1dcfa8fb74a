/// A SageMaker (Machine Learning) Savings Plan: a term and a payment option. The Price List's
/// `AWSMachineLearningSavingsPlans` offer gives one rate per instance usage type for each.
public struct SavingsPlan: Sendable, Hashable, CustomStringConvertible {
    public enum Term: String, Sendable, Hashable, CaseIterable {
        case oneYear = "1-year"
        case threeYear = "3-year"

        /// Hours the term commits to (365 days a year).
        public var hours: Int { self == .oneYear ? 8_760 : 26_280 }
        /// Months the upfront payment is spread over.
        public var months: Int { self == .oneYear ? 12 : 36 }
    }

    public enum Payment: String, Sendable, Hashable, CaseIterable {
        case noUpfront = "no-upfront"
        case partialUpfront = "partial-upfront"
        case allUpfront = "all-upfront"

        /// The share of the commitment paid when the plan is bought. AWS: partial upfront pays "at
        /// least half" upfront; the planner takes half.
        public var upfrontShare: Fixed {
            switch self {
            case .noUpfront: .zero
            case .partialUpfront: Fixed(units: Fixed.scale / 2)
            case .allUpfront: .one
            }
        }

        /// As AWS writes it: `Partial Upfront`.
        public var awsName: String {
            switch self {
            case .noUpfront: "No Upfront"
            case .partialUpfront: "Partial Upfront"
            case .allUpfront: "All Upfront"
            }
        }
    }

    public var term: Term
    public var payment: Payment

    public init(term: Term, payment: Payment) {
        self.term = term
        self.payment = payment
    }

    /// Every plan AWS sells.
    public static let all: [SavingsPlan] = Term.allCases.flatMap { term in
        Payment.allCases.map { SavingsPlan(term: term, payment: $0) }
    }

    /// The catalog's key: `1-year/no-upfront`.
    public var key: String { "\(term.rawValue)/\(payment.rawValue)" }

    /// The plan from its catalog key.
    public init?(key: String) {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let term = Term(rawValue: String(parts[0])),
            let payment = Payment(rawValue: String(parts[1]))
        else { return nil }
        self.init(term: term, payment: payment)
    }

    /// In words: `1-year no-upfront Savings Plan`.
    public var description: String { "\(term.rawValue) \(payment.rawValue) Savings Plan" }
}

/// A Savings Plan as a profile buys it for a JumpStart endpoint.
public struct SavingsPlanPurchase: Sendable, Hashable {
    public var plan: SavingsPlan
    /// A discount off the on-demand rate the team knows (a quote), used when the catalog has no rate
    /// for the plan; AWS states savings of up to 64%.
    public var discountPercent: Fixed?
    /// Instances the hourly commitment covers; nil for the endpoint's fleet at its largest.
    public var coveredInstances: Int?

    public init(plan: SavingsPlan, discountPercent: Fixed? = nil, coveredInstances: Int? = nil) {
        self.plan = plan
        self.discountPercent = discountPercent
        self.coveredInstances = coveredInstances
    }

    /// The most a Savings Plan saves on SageMaker, as AWS states it ("up to 64%").
    public static let maximumDiscountPercent = Fixed(64)
}
