import PlannerCore

/// One rate of a Savings Plans offer file: the plan's SKU, the usage type it discounts, and the
/// discounted rate as the decimal text AWS publishes.
public struct SavingsPlanRate: Sendable, Hashable {
    public var planSKU: String
    public var usageType: String
    public var unit: String
    public var usd: String
}

/// What a refresh reads from one regional file of a Savings Plans offer
/// (`/savingsPlan/v1.0/aws/AWSMachineLearningSavingsPlans/<version>/<region>/index.json`):
///
///     {"version", "publicationDate", "regionCode",
///      "products": [{"sku", "attributes": {"purchaseOption": "No Upfront", "purchaseTerm": "1yr", ...}}],
///      "terms": {"savingsPlan": [{"sku", "description": "1 year No Upfront SageMaker Savings Plan",
///                                 "leaseContractLength": {"duration": 1, "unit": "year"},
///                                 "rates": [{"discountedUsageType": "USE1-Host:ml.g5.2xlarge",
///                                            "unit": "Hrs", "discountedRate": {"price": "1.06", ...}}]}]}}
///
/// Streamed: only the plans' terms and the rates of SageMaker hosting and training usage types are kept.
public struct SavingsPlanReader: JSONEventHandler {
    /// A plan of the file: from its product's attributes, else from its term's description and length.
    struct Plan {
        var purchaseOption = ""
        var purchaseTerm = ""
        var description = ""
        var duration = ""
        var durationUnit = ""
    }

    /// The open containers: the key each was opened under (`#` for an array's element).
    private var path: [String] = []
    private var pendingKey = "#"
    private var version = ""
    private var publicationDate = ""
    private var regionCode = ""
    private var plans: [String: Plan] = [:]
    private var current = Plan()
    private var currentSKU = ""
    private var rate = SavingsPlanRate(planSKU: "", usageType: "", unit: "", usd: "")
    private var rates: [SavingsPlanRate] = []

    public init() {}

    /// The file's version, publication date and region, and the kept rates with their plans.
    public func summary() -> SavingsPlanSummary {
        var resolved: [String: SavingsPlan] = [:]
        for (sku, plan) in plans { if let known = Self.plan(plan) { resolved[sku] = known } }
        return SavingsPlanSummary(
            version: version, publicationDate: publicationDate, regionCode: regionCode, plans: resolved, rates: rates)
    }

    /// A plan from what the file says of it; nil for a term or payment the planner does not know.
    static func plan(_ plan: Plan) -> SavingsPlan? {
        let option = (plan.purchaseOption.isEmpty ? plan.description : plan.purchaseOption).lowercased()
        let payment: SavingsPlan.Payment? =
            option.contains("no upfront")
            ? .noUpfront
            : option.contains("partial upfront") ? .partialUpfront : option.contains("all upfront") ? .allUpfront : nil
        var years = plan.purchaseTerm.lowercased()
        if years.isEmpty, plan.durationUnit.lowercased().hasPrefix("year") { years = plan.duration + "yr" }
        if years.isEmpty { years = plan.description.lowercased() }
        let term: SavingsPlan.Term? =
            years.hasPrefix("1yr") || years.hasPrefix("1 year")
            ? .oneYear : years.hasPrefix("3yr") || years.hasPrefix("3 year") ? .threeYear : nil
        guard let payment, let term else { return nil }
        return SavingsPlan(term: term, payment: payment)
    }

    /// The usage types kept: SageMaker hosting and training of an ML instance (`USE1-Host:ml.g5.2xlarge`).
    static func instanceUsage(_ usageType: String) -> (instance: String, kind: InstanceRateKind)? {
        guard let colon = usageType.firstIndex(of: ":") else { return nil }
        let head = usageType[..<colon]
        let instance = String(usageType[usageType.index(after: colon)...])
        guard instance.hasPrefix("ml."), !instance.contains("-") else { return nil }
        if head == "Host" || head.hasSuffix("-Host") { return (instance, .hosting) }
        if head == "Train" || head.hasSuffix("-Train") { return (instance, .training) }
        return nil
    }

    private var place: String { path.joined(separator: "/") }

    public mutating func key(_ bytes: UnsafeRawBufferPointer) { pendingKey = String(decoding: bytes, as: UTF8.self) }

    public mutating func startObject() { open() }
    public mutating func startArray() { open() }

    private mutating func open() {
        path.append(path.isEmpty ? "" : pendingKey)
        pendingKey = "#"
        switch place {
        case "/terms/savingsPlan/#", "/products/#":
            current = Plan()
            currentSKU = ""
        case "/terms/savingsPlan/#/rates/#": rate = SavingsPlanRate(planSKU: "", usageType: "", unit: "", usd: "")
        default: break
        }
    }

    public mutating func endObject() { close() }
    public mutating func endArray() { close() }

    private mutating func close() {
        switch place {
        case "/products/#":
            var plan = plans[currentSKU] ?? Plan()
            plan.purchaseOption = current.purchaseOption
            plan.purchaseTerm = current.purchaseTerm
            if !currentSKU.isEmpty { plans[currentSKU] = plan }
        case "/terms/savingsPlan/#":
            var plan = plans[currentSKU] ?? Plan()
            plan.description = current.description
            plan.duration = current.duration
            plan.durationUnit = current.durationUnit
            if !currentSKU.isEmpty { plans[currentSKU] = plan }
            // Rates read before the term's SKU (JSON keys have no order) take it now.
            for index in rates.indices.reversed() where rates[index].planSKU.isEmpty {
                rates[index].planSKU = currentSKU
            }
        case "/terms/savingsPlan/#/rates/#":
            if Self.instanceUsage(rate.usageType) != nil, !rate.usd.isEmpty {
                rate.planSKU = currentSKU
                rates.append(rate)
            }
        default: break
        }
        path.removeLast()
        pendingKey = "#"
    }

    public mutating func string(_ bytes: UnsafeRawBufferPointer) { value(bytes) }
    public mutating func literal(_ bytes: UnsafeRawBufferPointer) { value(bytes) }

    private mutating func value(_ bytes: UnsafeRawBufferPointer) {
        let text = { String(decoding: bytes, as: UTF8.self) }
        switch (place, pendingKey) {
        case ("", "version"): version = text()
        case ("", "publicationDate"): publicationDate = text()
        case ("", "regionCode"): regionCode = text()
        case ("/products/#", "sku"), ("/terms/savingsPlan/#", "sku"): currentSKU = text()
        case ("/products/#/attributes", "purchaseOption"): current.purchaseOption = text()
        case ("/products/#/attributes", "purchaseTerm"): current.purchaseTerm = text()
        case ("/terms/savingsPlan/#", "description"): current.description = text()
        case ("/terms/savingsPlan/#/leaseContractLength", "duration"): current.duration = text()
        case ("/terms/savingsPlan/#/leaseContractLength", "unit"): current.durationUnit = text()
        case ("/terms/savingsPlan/#/rates/#", "discountedUsageType"): rate.usageType = text()
        case ("/terms/savingsPlan/#/rates/#", "unit"): rate.unit = text()
        case ("/terms/savingsPlan/#/rates/#/discountedRate", "price"): rate.usd = text()
        default: break
        }
        pendingKey = "#"
    }
}

/// What a refresh keeps of one Savings Plans file.
public struct SavingsPlanSummary: Sendable {
    public var version: String
    public var publicationDate: String
    public var regionCode: String
    /// Plan SKU → the plan it is.
    public var plans: [String: SavingsPlan]
    public var rates: [SavingsPlanRate]
}
