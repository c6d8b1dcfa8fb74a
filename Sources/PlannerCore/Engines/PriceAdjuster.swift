/// Applies a profile's negotiated prices to a copy of the catalog: overrides first, then the
/// discount. Each changed rate records how it changed, so line items can say so.
package enum PriceAdjuster {
    /// The source attached to prices that come from a profile.
    package static func profileSource(_ profileLocation: String) -> PriceSource {
        PriceSource(
            key: "profile", title: "price override in the workload profile", url: profileLocation, date: "as given")
    }

    /// A catalog with the profile's overrides and discount applied for `region`, and any problems.
    package static func apply(
        _ adjustments: PriceAdjustments, to catalog: PricingCatalog, region: String, profileLocation: String
    ) -> (catalog: PricingCatalog, errors: [Finding]) {
        guard !adjustments.overrides.isEmpty || adjustments.discountPercent != .zero else { return (catalog, []) }
        var adjusted = catalog
        var errors: [Finding] = []
        let source = profileSource(profileLocation)
        let resolver = ModelResolver(catalog: catalog)
        for override in adjustments.overrides {
            switch override {
            case .bedrock(let name, let input, let output, let image, let modelUnit, let declared):
                var model: BedrockModel
                if case .bedrock(let found, _) = resolver.resolveBedrock(name) {
                    model = found
                } else {
                    let kind = declared?.kind ?? (input == nil && output == nil && image != nil ? .image : .text)
                    model = BedrockModel(
                        id: name, name: name, provider: "(profile)", kind: kind,
                        architecture: .assumed(for: kind),
                        contextWindow: declared?.contextWindow, maxOutputTokens: declared?.maxOutputTokens,
                        factsSource: declared == nil ? nil : source, aliases: [], openWeights: false, rates: [:])
                }
                let replacements: [(BedrockRateKind, Fixed?, PriceUnit)] = [
                    (.input, input, .thousandTokens), (.output, output, .thousandTokens), (.image, image, .image),
                    (.provisionedNoCommitment, modelUnit, .modelUnitHour),
                    (.provisionedOneMonth, modelUnit, .modelUnitHour),
                    (.provisionedSixMonth, modelUnit, .modelUnitHour),
                ]
                for (kind, price, unit) in replacements {
                    guard let price else { continue }
                    for scope in EndpointScope.allCases {
                        let key = BedrockRateKey(region: region, scope: scope, kind: kind)
                        guard scope == .regional || model.rates[key] != nil else { continue }
                        model.rates[key] = CatalogRate(
                            price: price, unit: unit, source: source, adjustment: "profile override")
                    }
                }
                adjusted.upsert(model)
            case .instance(let name, let perHour, let declared):
                var known = catalog.instances[name]
                if known == nil, let declared, let template = declared.template(in: catalog) {
                    // A type the catalog lacks: the declared accelerators, with the bandwidth and peak
                    // the catalog knows for that accelerator.
                    known = InstanceType(
                        name: name, accelerator: template.accelerator, acceleratorKind: template.acceleratorKind,
                        acceleratorCount: declared.acceleratorCount,
                        memoryPerAcceleratorGB: declared.memoryPerAcceleratorGB,
                        bandwidthPerAcceleratorGBs: template.bandwidthPerAcceleratorGBs,
                        peakTFLOPSPerAccelerator: template.peakTFLOPSPerAccelerator,
                        vcpus: template.vcpus, memoryGiB: template.memoryGiB, hardwareSource: source, rates: [:])
                }
                guard var instance = known else {
                    errors.append(
                        .error(
                            .unknownInstance,
                            "prices.overrides: unknown instance type '\(name)'\(Suggestions.didYouMean(name, among: Array(catalog.instances.keys)))"
                        ))
                    continue
                }
                instance.rates[InstanceRateKey(region: region, kind: .hosting)] = CatalogRate(
                    price: perHour, unit: .hour, source: source, adjustment: "profile override")
                adjusted.upsert(instance)
            }
        }
        guard adjustments.discountPercent != .zero else { return (adjusted, errors) }
        let factor = Fixed.one - adjustments.discountPercent / 100
        let label =
            adjustments.discountPercent > .zero
            ? "\(adjustments.discountPercent)% discount" : "prices +\(-adjustments.discountPercent)%"
        func discounted(_ rate: CatalogRate) -> CatalogRate {
            var copy = rate
            copy.price = rate.price * factor
            copy.adjustment = [rate.adjustment, label].compactMap { $0 }.joined(separator: ", ")
            return copy
        }
        for var model in adjusted.bedrockModels.values {
            for (key, rate) in model.rates where key.region == region { model.rates[key] = discounted(rate) }
            adjusted.upsert(model)
        }
        for var instance in adjusted.instances.values {
            for (key, rate) in instance.rates where key.region == region { instance.rates[key] = discounted(rate) }
            adjusted.upsert(instance)
        }
        for (key, rate) in adjusted.customModelImport where key.region == region {
            adjusted.upsert(discounted(rate), for: key)
        }
        return (adjusted, errors)
    }
}
