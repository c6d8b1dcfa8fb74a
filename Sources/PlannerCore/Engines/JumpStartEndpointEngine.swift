/// Prices a JumpStart model on a SageMaker real-time endpoint: instances × hourly rate × scheduled hours.
///
/// When the profile gives no instance, the cheapest one in the region whose accelerator memory holds
/// the model (weights, one request's KV cache, overhead, within 90%) is chosen; when it gives no
/// count, the count is sized from peak load and the per-instance throughput.
public struct JumpStartEndpointEngine: Sendable {
    public init() {}

    /// The outcome of pricing one option.
    public struct Result: Sendable {
        public var instance: String?
        public var count: Int?
        public var items: [LineItem] = []
        public var notes: [String] = []
        public var errors: [String] = []
    }

    public func price(
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
                result.errors.append("unknown instance type '\(name)'\(Suggestions.didYouMean(name, among: Array(catalog.instances.keys)))")
                return result
            }
            instance = found
            let (fits, need) = EndpointSizing.fits(model: model, precision: precision, contextTokens: contextTokens, on: instance)
            if !fits {
                result.notes.append(
                    "warning: \(model.name) needs about \(EndpointSizing.format(need.totalGB, 1)) GB of accelerator memory; \(instance.name) offers \(EndpointSizing.format(EndpointSizing.usableMemoryGB(instance), 1)) GB usable (90% of \(instance.totalAcceleratorMemoryGB) GB)")
            }
        } else {
            guard let chosen = selectInstance(model: model, precision: precision, contextTokens: contextTokens, region: region, catalog: catalog, notes: &result.notes) else {
                result.errors.append("no instance in the catalog for \(region) has enough accelerator memory for \(model.name) at \(precision.rawValue)")
                return result
            }
            instance = chosen
        }
        result.instance = instance.name
        guard let rate = instance.rate(.hosting, region: region) else {
            result.errors.append("no hosting price for \(instance.name) in \(region)")
            return result
        }

        // Schedule and count.
        let scheduledHours = option.scheduledHours(in: hoursPerMonth)
        if !option.runsContinuously {
            result.notes.append("runs \(option.hoursPerDay) h/day, \(option.daysPerWeek) days/week: \(scheduledHours.quantityText(maximumDecimals: 2)) of \(hoursPerMonth) hours")
        }
        let count: Int
        if let given = option.instances {
            count = given
        } else {
            count = sizeCount(model: model, precision: precision, instance: instance, workload: workload, requestsPerMonth: requestsPerMonth, scheduledHours: scheduledHours, catalog: catalog, notes: &result.notes)
        }
        result.count = count
        let quantity = scheduledHours * count
        result.items.append(LineItem(description: "\(instance.name) real-time endpoint × \(count)", quantity: quantity, rate: rate))
        return result
    }

    /// The cheapest instance (hosting price in the region) that holds the model, with the reason in `notes`.
    func selectInstance(
        model: OpenModel, precision: WeightPrecision, contextTokens: Double, region: String, catalog: PricingCatalog, notes: inout [String]
    ) -> InstanceType? {
        let wanted: AcceleratorKind = model.neuron ? .neuron : .gpu
        let candidates = catalog.instances.values
            .filter { $0.acceleratorKind == wanted }
            .compactMap { instance in instance.rate(.hosting, region: region).map { (instance, $0.price) } }
            .sorted { ($0.1, $0.0.acceleratorCount, $0.0.name) < ($1.1, $1.0.acceleratorCount, $1.0.name) }
        var rejected: [String] = []
        for (instance, price) in candidates {
            let (fits, need) = EndpointSizing.fits(model: model, precision: precision, contextTokens: contextTokens, on: instance)
            if fits {
                var note = "instance chosen: \(instance.name) (\(price.unitPriceText)/h), the cheapest in \(region) whose \(EndpointSizing.format(EndpointSizing.usableMemoryGB(instance), 1)) GB usable accelerator memory holds \(EndpointSizing.format(need.totalGB, 1)) GB (\(EndpointSizing.format(need.weightsGB, 1)) GB \(precision.rawValue) weights + \(EndpointSizing.format(need.kvCacheGB, 2)) GB KV cache + \(EndpointSizing.format(need.overheadGB, 0)) GB overhead)"
                if !rejected.isEmpty { note += "; cheaper ones too small: " + rejected.prefix(3).joined(separator: ", ") }
                if let stated = model.defaultInstance, stated != instance.name { note += "; AWS's stated default is \(stated)" }
                notes.append(note)
                return instance
            }
            rejected.append("\(instance.name) (\(EndpointSizing.format(EndpointSizing.usableMemoryGB(instance), 1)) GB)")
        }
        return nil
    }

    /// Instances needed at peak: ⌈peak demand ÷ per-instance throughput⌉, at least 1.
    func sizeCount(
        model: OpenModel, precision: WeightPrecision, instance: InstanceType, workload: Workload, requestsPerMonth: Fixed,
        scheduledHours: Fixed, catalog: PricingCatalog, notes: inout [String]
    ) -> Int {
        guard model.architecture != .diffusion else {
            notes.append("instance count not sized for image generation (no throughput figure): 1 assumed; set `instances` in the profile")
            return 1
        }
        let throughput = EndpointSizing.throughput(model: model, precision: precision, on: instance, catalog: catalog)
        guard let capacity = EndpointSizing.requestsPerInstance(throughput, workload: workload, scheduledHours: scheduledHours) else {
            notes.append("instances sized: no \(throughput.counts.rawValue) tokens per request to size on: 1 instance")
            return 1
        }
        let count = CostFunction(fixed: .zero, perRequest: .zero, perInstance: .zero, requestsPerInstance: capacity, minimumInstances: 1)
            .instances(requests: requestsPerMonth)
        let seconds = scheduledHours.approximateDouble * 3600
        let tokensPerRequest = (throughput.counts == .input ? workload.sentInputTokens : workload.outputTokens).approximateDouble
        let meanDemand = requestsPerMonth.approximateDouble * tokensPerRequest / seconds
        let peakDemand = meanDemand * workload.peakToMean.approximateDouble
        let needed = (requestsPerMonth / capacity).approximateDouble
        notes.append(
            "instances sized: peak \(EndpointSizing.format(peakDemand, 1)) \(throughput.counts.rawValue) tokens/s (mean \(EndpointSizing.format(meanDemand, 1)) × peak-to-mean \(workload.peakToMean)) ÷ \(EndpointSizing.format(throughput.tokensPerSecond, 1)) tokens/s per \(instance.name) (\(throughput.basis)) = \(EndpointSizing.format(needed, 3)) → \(count)")
        return count
    }
}
