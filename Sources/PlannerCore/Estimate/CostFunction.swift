/// An option's monthly cost as a function of request volume, compiled once for fast evaluation:
///
///     cost(r) = fixed + perRequest × r + perInstance × max(minimumInstances, ⌈r ÷ requestsPerInstance⌉)
///
/// Exact to twelve decimals and not rounded to the cent (line items are), so at the profile's
/// volume it differs from the itemised total by at most half a cent per line item. Sweeps and
/// benchmarks evaluate it millions of times a second without allocating.
public struct CostFunction: Sendable, Hashable {
    /// USD per month that does not depend on volume (provisioned units, fixed endpoints).
    public var fixed: Fixed
    /// USD per request.
    public var perRequest: Fixed
    /// USD per month of one sized instance; zero when the count does not scale.
    public var perInstance: Fixed
    /// Requests per month one instance serves at peak; nil when the count does not scale.
    public var requestsPerInstance: Fixed?
    public var minimumInstances: Int

    public init(fixed: Fixed, perRequest: Fixed, perInstance: Fixed = .zero, requestsPerInstance: Fixed? = nil, minimumInstances: Int = 0) {
        self.fixed = fixed
        self.perRequest = perRequest
        self.perInstance = perInstance
        self.requestsPerInstance = requestsPerInstance
        self.minimumInstances = minimumInstances
    }

    /// Instances needed for `requests` a month (0 when the count does not scale).
    @inlinable public func instances(requests: Fixed) -> Int {
        guard let capacity = requestsPerInstance, capacity.units > 0 else { return 0 }
        let (quotient, remainder) = requests.units.quotientAndRemainder(dividingBy: capacity.units)
        let needed = Int(clamping: remainder > 0 ? quotient + 1 : quotient)
        return max(minimumInstances, needed)
    }

    /// The monthly cost at `requests` requests a month.
    @inlinable public func monthlyCost(requests: Fixed) -> Fixed {
        var cost = fixed + perRequest * requests
        if requestsPerInstance != nil { cost += perInstance * instances(requests: requests) }
        return cost
    }
}

extension Estimator {
    /// The cost function of one option of a profile; nil when the option cannot be priced.
    public func costFunction(_ option: DeploymentOption, in profile: WorkloadProfile) -> CostFunction? {
        var single = profile
        single.options = [option]
        switch option {
        case .bedrock(let bedrock):
            // Token costs are linear in volume: the items of one request give the cost per request.
            single.workload.requests = RequestRate(.one, per: .month)
            guard let estimate = estimate(single).options.first, estimate.isPriced else { return nil }
            let exact = estimate.lineItems.reduce(Fixed.zero) { $0 + $1.quantity * $1.unitPrice }
            return bedrock.mode == .provisioned ? CostFunction(fixed: exact, perRequest: .zero) : CostFunction(fixed: .zero, perRequest: exact)
        case .jumpStart(let jumpStart):
            guard let estimate = estimate(single).options.first, estimate.isPriced, let item = estimate.lineItems.first,
                let count = estimate.instanceCount, count > 0
            else { return nil }
            let exact = item.quantity * item.unitPrice
            guard jumpStart.instances == nil, let capacity = requestsPerInstance(estimate, jumpStart, profile) else {
                return CostFunction(fixed: exact, perRequest: .zero)
            }
            return CostFunction(fixed: .zero, perRequest: .zero, perInstance: exact / count, requestsPerInstance: capacity, minimumInstances: 1)
        }
    }

    /// Requests a month one instance serves at peak, from the same throughput figure as the sizing.
    private func requestsPerInstance(_ estimate: OptionEstimate, _ option: JumpStartOption, _ profile: WorkloadProfile) -> Fixed? {
        guard let name = estimate.instanceType, let instance = catalog.instances[name], let model = catalog.openModels[estimate.model],
            model.architecture != .diffusion
        else { return nil }
        let precision = option.precision ?? (model.id.hasSuffix("-fp8") ? .fp8 : .bf16)
        let throughput = EndpointSizing.throughput(model: model, precision: precision, on: instance, catalog: catalog)
        return EndpointSizing.requestsPerInstance(throughput, workload: profile.workload, scheduledHours: option.scheduledHours(in: profile.hoursPerMonth))
    }
}
