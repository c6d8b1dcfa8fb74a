/// Prices a JumpStart model on a SageMaker real-time endpoint: instances × hourly rate × scheduled hours.
///
/// When the profile gives no instance, the cheapest one in the region whose accelerator memory holds
/// the model (weights, one request's KV cache, overhead, within 90%) is chosen; when it gives no
/// count, the count is sized from peak load and the per-instance throughput.
package struct JumpStartEndpointEngine: Sendable {
    package init() {}

    /// The outcome of pricing one option.
    package struct Result: Sendable {
        package var instance: String?
        package var count: Int?
        package var items: [LineItem] = []
        /// The fleet as cost-function tiers (one, or peak and off-peak when autoscaled).
        package var tiers: [CostFunction.Tier] = []
        package var findings: [Finding] = []
        /// The most requests a month the fleet serves at peak, for a pinned or capped fleet; nil otherwise.
        package var capacity: Fixed?
        /// What one instance serves, when the engine could tell.
        package var serving: ServingPrediction?
        /// The fleet over the month: instances running and for how many hours, one entry per line item.
        package var fleetHours: [(instances: Int, hours: Fixed)] = []
        /// The on-demand hosting rate the items are billed at.
        package var rate: CatalogRate?

        /// True when an error stops the option from being priced (a fleet that cannot serve is still priced).
        package var failed: Bool { findings.contains { $0.severity == .error && !$0.code.meansInfeasible } }
    }

    package func price(
        model: OpenModel, option: JumpStartOption, workload: Workload, requestsPerMonth: Fixed, hoursPerMonth: Fixed,
        region: String, catalog: PricingCatalog
    ) -> Result {
        var result = Result()
        let precision = option.precision ?? (model.id.hasSuffix("-fp8") ? .fp8 : .bf16)
        let contextTokens = (workload.sentInputTokens + workload.outputTokens).approximateDouble

        // Instance type.
        let instance: InstanceType
        if let name = option.instance {
            guard let found = catalog.instances[name] else {
                result.findings.append(
                    .error(
                        .unknownInstance,
                        "unknown instance type '\(name)'\(Suggestions.didYouMean(name, among: Array(catalog.instances.keys)))"
                    ))
                return result
            }
            instance = found
            let (fits, need) = EndpointSizing.fits(
                model: model, precision: precision, contextTokens: contextTokens, on: instance)
            if !fits {
                var ignored: [Finding] = []
                let smallest = selectInstance(
                    model: model, precision: precision, contextTokens: contextTokens, region: region, catalog: catalog,
                    findings: &ignored)
                result.findings.append(
                    .error(
                        .doesNotFit,
                        "\(model.name) needs about \(EndpointSizing.format(need.totalGB, 1)) GB of accelerator memory at \(precision.rawValue); \(instance.name) offers \(EndpointSizing.format(EndpointSizing.usableMemoryGB(instance), 1)) GB usable (90% of \(instance.totalAcceleratorMemoryGB) GB)"
                            + (smallest.map { "; the cheapest instance in \(region) that holds it is \($0.name)" }
                                ?? "; no instance in the catalog for \(region) holds it")
                    ))
            }
        } else {
            guard
                let chosen = selectInstance(
                    model: model, precision: precision, contextTokens: contextTokens, region: region, catalog: catalog,
                    findings: &result.findings)
            else {
                result.findings.append(
                    .error(
                        .memoryExceeded,
                        "no instance in the catalog for \(region) has enough accelerator memory for \(model.name) at \(precision.rawValue)"
                    ))
                return result
            }
            instance = chosen
        }
        result.instance = instance.name
        guard let rate = instance.rate(.hosting, region: region) else {
            result.findings.append(.error(.priceMissing, "no hosting price for \(instance.name) in \(region)"))
            return result
        }
        result.rate = rate

        // Schedule and count.
        let scheduledHours = option.scheduledHours(in: hoursPerMonth)
        if !option.runsContinuously {
            result.findings.append(
                .note(
                    .schedule,
                    "runs \(option.hoursPerDay) h/day, \(option.daysPerWeek) days/week: \(scheduledHours.quantityText(maximumDecimals: 2)) of \(hoursPerMonth) hours"
                ))
        }
        if let given = option.instances {
            result.count = given
            result.tiers = [
                CostFunction.Tier(perInstance: scheduledHours * rate.price, requestsPerInstance: nil, minimum: given)
            ]
            result.items.append(
                LineItem(
                    description: "\(instance.name) real-time endpoint × \(given)", quantity: scheduledHours * given,
                    rate: rate))
            result.fleetHours = [(given, scheduledHours)]
            if model.architecture != .diffusion {
                let demand = PeakDemand(
                    model: model, precision: precision, instance: instance, workload: workload,
                    requestsPerMonth: requestsPerMonth, scheduledHours: scheduledHours, catalog: catalog)
                result.findings += demand.warnings
                result.serving = demand.capacity.prediction
                result.capacity = demand.requestsPerInstance(ratio: workload.peakToMean).map { $0 * given }
                let needed = demand.instancesNeeded
                let fleet = "\(given) × \(instance.name)"
                if given < needed {
                    result.findings.append(
                        .error(
                            .underCapacity,
                            "\(fleet) serves \(demand.servedPercent(by: given)) of the peak; a fleet of \(needed) would serve it"
                        ))
                    result.findings.append(.note(.sizing, "capacity: \(demand.explanation) → \(needed) instances"))
                } else {
                    result.findings.append(.note(.sizing, "capacity: \(demand.explanation); \(fleet) suffices"))
                }
            }
            return result
        }
        let fleet = sizeFleet(
            model: model, precision: precision, instance: instance, option: option, workload: workload,
            requestsPerMonth: requestsPerMonth,
            scheduledHours: scheduledHours, rate: rate, catalog: catalog, findings: &result.findings)
        result.count = fleet.peak
        result.tiers = fleet.tiers
        result.capacity = fleet.capacity
        result.serving = fleet.serving
        if fleet.offPeak == nil {
            result.items.append(
                LineItem(
                    description: "\(instance.name) real-time endpoint × \(fleet.peak)",
                    quantity: scheduledHours * fleet.peak, rate: rate))
            result.fleetHours = [(fleet.peak, scheduledHours)]
        } else if let offPeak = fleet.offPeak {
            let peakHours = scheduledHours * workload.peakHoursPerDay / 24
            result.items.append(
                LineItem(
                    description: "\(instance.name) × \(fleet.peak), peak \(workload.peakHoursPerDay) h/day",
                    quantity: peakHours * fleet.peak, rate: rate))
            result.items.append(
                LineItem(
                    description: "\(instance.name) × \(offPeak), off-peak",
                    quantity: (scheduledHours - peakHours) * offPeak, rate: rate))
            result.fleetHours = [(fleet.peak, peakHours), (offPeak, scheduledHours - peakHours)]
        }
        return result
    }

    /// The cheapest instance (hosting price in the region) that holds the model, with the reason in `findings`.
    func selectInstance(
        model: OpenModel, precision: WeightPrecision, contextTokens: Double, region: String, catalog: PricingCatalog,
        findings: inout [Finding]
    ) -> InstanceType? {
        let wanted: AcceleratorKind = model.neuron ? .neuron : .gpu
        let candidates = catalog.instances.values
            .filter { $0.acceleratorKind == wanted }
            .compactMap { instance in instance.rate(.hosting, region: region).map { (instance, $0.price) } }
            .sorted { ($0.1, $0.0.acceleratorCount, $0.0.name) < ($1.1, $1.0.acceleratorCount, $1.0.name) }
        var rejected: [String] = []
        for (instance, price) in candidates {
            let (fits, need) = EndpointSizing.fits(
                model: model, precision: precision, contextTokens: contextTokens, on: instance)
            if fits {
                var note =
                    "instance chosen: \(instance.name) (\(price.unitPriceText)/h), the cheapest in \(region) whose \(EndpointSizing.format(EndpointSizing.usableMemoryGB(instance), 1)) GB usable accelerator memory holds \(EndpointSizing.format(need.totalGB, 1)) GB (\(EndpointSizing.format(need.weightsGB, 1)) GB \(precision.rawValue) weights + \(EndpointSizing.format(need.kvCacheGB, 2)) GB KV cache + \(EndpointSizing.format(need.overheadGB, 0)) GB overhead)"
                if !rejected.isEmpty {
                    note += "; cheaper ones too small: " + rejected.prefix(3).joined(separator: ", ")
                }
                if let stated = model.defaultInstance, stated != instance.name {
                    note += "; AWS's stated default is \(stated)"
                }
                findings.append(.note(.sizing, note))
                return instance
            }
            rejected.append(
                "\(instance.name) (\(EndpointSizing.format(EndpointSizing.usableMemoryGB(instance), 1)) GB)")
        }
        return nil
    }

    /// The fleet: ⌈peak demand × (1 + headroom) ÷ per-instance throughput⌉ instances at peak; with
    /// autoscaling (`min_instances`/`max_instances`), off-peak hours run what their share of the traffic needs.
    func sizeFleet(
        model: OpenModel, precision: WeightPrecision, instance: InstanceType, option: JumpStartOption,
        workload: Workload,
        requestsPerMonth: Fixed, scheduledHours: Fixed, rate: CatalogRate, catalog: PricingCatalog,
        findings: inout [Finding]
    ) -> (peak: Int, offPeak: Int?, tiers: [CostFunction.Tier], capacity: Fixed?, serving: ServingPrediction?) {
        let floor = max(1, option.minInstances ?? 1)
        guard model.architecture != .diffusion else {
            findings.append(
                .note(
                    .sizing,
                    "instance count not sized for image generation (no throughput figure): \(floor) assumed; set `instances` in the profile"
                ))
            return (
                floor, nil,
                [CostFunction.Tier(perInstance: scheduledHours * rate.price, requestsPerInstance: nil, minimum: floor)],
                nil, nil
            )
        }
        let demand = PeakDemand(
            model: model, precision: precision, instance: instance, workload: workload,
            requestsPerMonth: requestsPerMonth, scheduledHours: scheduledHours, catalog: catalog)
        findings += demand.warnings
        let autoscaled = option.minInstances != nil || option.maxInstances != nil
        let peakHours = autoscaled ? workload.peakHoursPerDay : Fixed(24)
        func requestsPerInstance(_ ratio: Fixed) -> Fixed? { demand.requestsPerInstance(ratio: ratio) }
        let peakShare = peakHours / 24
        var tiers = [
            CostFunction.Tier(
                perInstance: scheduledHours * peakShare * rate.price,
                requestsPerInstance: requestsPerInstance(workload.peakToMean),
                minimum: floor, maximum: option.maxInstances)
        ]
        // Off-peak hours carry what the peak hours leave (`Workload.offPeakLoadRatio`).
        let offRatio = autoscaled ? workload.offPeakLoadRatio : nil
        if let offRatio {
            tiers.append(
                CostFunction.Tier(
                    perInstance: scheduledHours * (Fixed.one - peakShare) * rate.price,
                    requestsPerInstance: requestsPerInstance(offRatio), minimum: floor, maximum: option.maxInstances))
        }
        let peak = tiers[0].instances(requests: requestsPerMonth)
        let offPeak = tiers.count > 1 ? tiers[1].instances(requests: requestsPerMonth) : nil

        var note = "instances sized: \(demand.explanation) → \(peak)"
        var capped: Fixed?
        if let maximum = option.maxInstances {
            capped = tiers[0].requestsPerInstance.map { $0 * maximum }
            if demand.instancesNeeded > maximum {
                findings.append(
                    .error(
                        .underCapacity,
                        "max_instances \(maximum) caps the fleet below the \(demand.instancesNeeded) instances peak load needs (\(demand.servedPercent(by: maximum)) of the peak served); raise it to \(demand.instancesNeeded)"
                    ))
            }
        }
        if let offPeak, let offRatio {
            note +=
                "; autoscaled: \(peak) for \(peakHours) peak h/day, \(offPeak) for the other hours (load \(EndpointSizing.format(offRatio.approximateDouble, 2)) × the mean), at least \(floor)"
        }
        findings.append(.note(.sizing, note))
        return (peak, offPeak, tiers, capped, demand.capacity.prediction)
    }
}
