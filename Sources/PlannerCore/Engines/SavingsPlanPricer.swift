/// Prices a SageMaker endpoint bought under a Machine Learning Savings Plan.
///
/// The plan commits to a dollar amount an hour for its term: here, `covered` instances at the plan's
/// rate (by default the fleet at its largest), every hour of the month whether the endpoint runs or
/// not. Instance-hours above the commitment are billed on demand. The hourly commitment and the
/// upfront payment (amortized over the term's months) are line items; the upfront amount paid when
/// the plan is bought is a note. The plan pays off when the commitment is used more than the plan
/// rate ÷ the on-demand rate of the time.
package enum SavingsPlanPricer {
    /// What a plan does to one endpoint.
    package struct Outcome: Sendable {
        package var items: [LineItem]
        package var findings: [Finding]
        /// The plan's rates, coverage, upfront payment and use, as the estimate reports them.
        package var terms: SavingsPlanTerms
        /// USD a month that the commitment costs whatever the volume.
        package var commitmentPerMonth: Fixed
    }

    /// A plan priced, or why it cannot be.
    package enum Priced: Sendable {
        case priced(Outcome)
        case notPriced(Finding)
    }

    /// The plan's rate derived from the on-demand rate less the profile's stated discount, labelled an
    /// estimate; nil without a discount.
    static func quotedRate(_ purchase: SavingsPlanPurchase, onDemand: CatalogRate) -> CatalogRate? {
        guard let discount = purchase.discountPercent else { return nil }
        var rate = onDemand
        rate.price = onDemand.price * (Fixed(100) - discount) / 100
        let derivation =
            "\(purchase.plan) rate = the on-demand \(onDemand.price.unitPriceText)/h less the \(discount.quantityText())% discount stated in the profile (an estimate, not a published rate)"
        rate.adjustment = onDemand.adjustment.map { "\($0); \(derivation)" } ?? derivation
        return rate
    }

    package static func price(
        _ purchase: SavingsPlanPurchase, fleet: [(instances: Int, hours: Fixed)], instance: InstanceType,
        onDemand: CatalogRate, hoursPerMonth: Fixed, region: String
    ) -> Priced {
        let plan = purchase.plan
        // The catalog's rate (read from the Price List's Savings Plans offer), else the quoted discount.
        let published = instance.rate(.hosting, region: region, plan: plan)
        guard let planRate = published ?? quotedRate(purchase, onDemand: onDemand) else {
            return .notPriced(
                .error(
                    .priceMissing,
                    "no \(plan) rate for \(instance.name) in \(region): the catalog has no rate from the Price List's AWSMachineLearningSavingsPlans offer (`genai-plan pricing refresh` reads it); give `savings_plan.discount_percent` from a quote (AWS states up to 64%) to price it as an estimate"
                ))
        }
        let largest = fleet.map(\.instances).max() ?? 0
        let covered = purchase.coveredInstances ?? largest
        let name = instance.name
        var items: [LineItem] = []
        let committedHours = hoursPerMonth * covered
        let upfront = plan.payment.upfrontShare
        if upfront < .one {
            items.append(
                LineItem(
                    description:
                        "\(plan) hourly commitment: \(covered) × \(name), every hour\(upfront > .zero ? " (the part not paid upfront)" : "")",
                    quantity: committedHours * (Fixed.one - upfront), rate: planRate))
        }
        if upfront > .zero {
            items.append(
                LineItem(
                    description:
                        "\(plan) upfront payment for \(covered) × \(name), amortized over \(plan.term.months) months",
                    quantity: committedHours * upfront, rate: planRate))
        }
        var used = Fixed.zero
        var above = Fixed.zero
        for (instances, hours) in fleet {
            used += hours * min(instances, covered)
            above += hours * max(0, instances - covered)
        }
        if above > .zero {
            items.append(
                LineItem(description: "\(name) on demand above the plan's \(covered)", quantity: above, rate: onDemand))
        }
        let terms = SavingsPlanTerms(
            plan: plan, planRate: planRate.price, onDemandRate: onDemand.price, coveredInstances: covered,
            utilisation: committedHours > .zero ? used / committedHours : .zero,
            upfrontPayment: planRate.price * covered * plan.term.hours * upfront, estimated: published == nil)
        var findings: [Finding] = []
        var commitment =
            "\(plan): commits \((planRate.price * covered).amountText) an hour (\(covered) × \(planRate.price.unitPriceText)) for \(Fixed(plan.term.hours).quantityText()) hours"
        if upfront > .zero {
            commitment += "; \(terms.upfrontPayment.dollars) paid upfront when bought"
            if plan.payment == .partialUpfront { commitment += " (AWS asks at least half; the planner takes half)" }
        }
        findings.append(.note(.commitment, commitment))
        let breakEven = terms.breakEvenUtilisation
        let percent = { (value: Fixed) in (value * 100).quantityText(maximumDecimals: 1) + "%" }
        let discount = onDemand.price > .zero ? Fixed.one - breakEven : .zero
        let verdict =
            "the plan rate is \(percent(discount)) below on demand (\(planRate.price.unitPriceText) against \(onDemand.price.unitPriceText) an hour): it pays off above \(percent(breakEven)) use of the commitment; this endpoint uses \(percent(terms.utilisation))"
        if terms.utilisation < breakEven {
            findings.append(.warning(.commitment, verdict + ", so the plan costs more than on demand"))
        } else {
            findings.append(.note(.commitment, verdict))
        }
        if discount > SavingsPlanPurchase.maximumDiscountPercent / 100 {
            findings.append(
                .warning(
                    .commitment,
                    "a \(percent(discount)) discount is more than the 64% AWS states a Savings Plan saves on SageMaker at most"
                ))
        }
        return .priced(
            Outcome(items: items, findings: findings, terms: terms, commitmentPerMonth: committedHours * planRate.price)
        )
    }
}
