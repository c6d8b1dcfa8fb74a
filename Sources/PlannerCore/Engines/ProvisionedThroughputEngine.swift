/// Prices Bedrock provisioned throughput: model units × the hourly rate of the term × hours in the month.
package struct ProvisionedThroughputEngine: Sendable {
    package init() {}

    package func price(
        model: BedrockModel, modelUnits: Int, commitment: BedrockOption.Commitment, hoursPerMonth: Fixed, region: String
    ) -> (items: [LineItem], findings: [Finding]) {
        let units = modelUnits == 1 ? "1 model unit" : "\(modelUnits) model units"
        var findings: [Finding] = [
            .note(
                .unpublishedFigure,
                "AWS publishes no tokens-per-minute figure per model unit: check what \(units) can serve with your AWS account team"
            )
        ]
        if commitment == .none {
            findings.append(
                .note(
                    .unpublishedFigure,
                    "the Bedrock user guide lists no-commitment provisioned throughput for custom models only"))
        }
        let terms = BedrockOption.Commitment.offered(in: .provisioned)
        guard let kind = commitment.rateKind else {
            return (
                [],
                findings + [
                    .error(
                        .invalidValue,
                        "provisioned throughput is sold for \(BedrockOption.Commitment.offeredText(in: .provisioned)), not \(commitment.rawValue)"
                    )
                ]
            )
        }
        guard let rate = model.rate(kind, region: region) else {
            let available = terms.filter { term in
                term.rateKind.map { model.rate($0, region: region) != nil } ?? false
            }.map(\.rawValue)
            let hint =
                available.isEmpty
                ? "the catalog has no provisioned-throughput price for it in \(region)"
                : "the catalog has: \(available.joined(separator: ", "))"
            return (
                [], findings + [.error(.priceMissing, "no \(kind.label) price for \(model.id) in \(region) (\(hint))")]
            )
        }
        let quantity = hoursPerMonth * modelUnits
        let item = LineItem(description: "\(kind.label) × \(units)", quantity: quantity, rate: rate)
        return ([item], findings)
    }
}
