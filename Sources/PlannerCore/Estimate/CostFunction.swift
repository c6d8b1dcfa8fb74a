/// An option's monthly cost as a function of request volume, compiled once for fast evaluation:
///
///     cost(r) = fixed + perRequest × r + Σ tiers: perInstance × clamp(⌈r ÷ requestsPerInstance⌉, minimum, maximum)
///               + Σ hinges: slope × max(0, r − knot)
///
/// A tier is a fleet of instances for part of the month (all of it, or the peak or off-peak hours of
/// an autoscaled endpoint). Exact to twelve decimals, like line items, so at the profile's volume it
/// equals the itemised total up to the rounding inside exact products (10⁻¹² USD each).
/// Sweeps and break-even searches evaluate it millions of times a second without allocating.
public struct CostFunction: Sendable, Hashable {
    /// A fleet whose size steps with volume.
    public struct Tier: Sendable, Hashable {
        /// USD for one instance over this tier's hours of the month.
        public var perInstance: Fixed
        /// Requests a month one instance serves in this tier; nil when the count is fixed at `minimum`.
        public var requestsPerInstance: Fixed?
        public var minimum: Int
        /// Autoscaling ceiling; nil for none.
        public var maximum: Int?

        /// For a fleet that scales to zero when idle (Custom Model Import): `perInstance` is per billed
        /// window, and the windows billed follow the volume; nil for a fleet that runs all its hours.
        public var scaleToZero: ScaleToZero?
        /// Instances paid for elsewhere (a Savings Plan's commitment): only those above are billed here.
        public var covered = 0

        public init(
            perInstance: Fixed, requestsPerInstance: Fixed?, minimum: Int, maximum: Int? = nil,
            scaleToZero: ScaleToZero? = nil
        ) {
            self.perInstance = perInstance
            self.requestsPerInstance = requestsPerInstance
            self.minimum = minimum
            self.maximum = maximum
            self.scaleToZero = scaleToZero
        }

        /// The 5-minute windows of a month a scale-to-zero fleet is billed for.
        public struct ScaleToZero: Sendable, Hashable {
            /// Windows in the month.
            public var windows: Int
            /// The share of them this tier covers (its peak or off-peak hours).
            public var share: Fixed = .one

            public init(windows: Int, share: Fixed = .one) {
                self.windows = windows
                self.share = share
            }

            /// The same windows, `share` of them.
            public func share(_ share: Fixed) -> ScaleToZero { ScaleToZero(windows: windows, share: share) }

            /// Windows billed at `requests` a month (`CustomModelImportEngine.billedWindows`).
            public func billed(requests: Fixed) -> Int {
                CustomModelImportEngine.billedWindows(requests: requests, windows: windows, share: share)
            }
        }

        /// Instances this tier runs at `requests` a month.
        @inlinable public func instances(requests: Fixed) -> Int {
            guard let capacity = requestsPerInstance, capacity.units > 0 else { return minimum }
            let (quotient, remainder) = requests.units.quotientAndRemainder(dividingBy: capacity.units)
            let needed = max(minimum, Int(clamping: remainder > 0 ? quotient + 1 : quotient))
            return maximum.map { min($0, needed) } ?? needed
        }
    }

    /// A cost that starts above a volume: what overflows a reservation of fixed size is billed per
    /// request from `knot` requests a month on.
    public struct Hinge: Sendable, Hashable {
        public var knot: Fixed
        /// USD per request above the knot.
        public var slope: Fixed

        public init(knot: Fixed, slope: Fixed) {
            self.knot = knot
            self.slope = slope
        }
    }

    /// USD per month that does not depend on volume (provisioned units, fixed endpoints).
    public var fixed: Fixed
    /// USD per request.
    public var perRequest: Fixed
    public var tiers: [Tier]
    public var hinges: [Hinge] = []
    /// The most requests a month the option serves at peak (a pinned or capped fleet); nil for no limit.
    /// Beyond it the cost is not a price of serving: curves end there.
    public var capacity: Fixed?

    public init(fixed: Fixed, perRequest: Fixed, tiers: [Tier] = [], capacity: Fixed? = nil) {
        self.fixed = fixed
        self.perRequest = perRequest
        self.tiers = tiers
        self.capacity = capacity
    }

    /// The monthly cost at `requests` requests a month.
    @inlinable public func monthlyCost(requests: Fixed) -> Fixed {
        var cost = fixed + perRequest * requests
        // Most functions have no hinge: skip the loop (and the array's retain) in the hot path.
        if !hinges.isEmpty {
            for hinge in hinges where requests > hinge.knot { cost += hinge.slope * (requests - hinge.knot) }
        }
        for tier in tiers {
            if let idle = tier.scaleToZero {
                cost += tier.perInstance * (tier.instances(requests: requests) * idle.billed(requests: requests))
            } else {
                cost += tier.perInstance * max(0, tier.instances(requests: requests) - tier.covered)
            }
        }
        return cost
    }

    /// Instance steps listed per tier: break-even crossings are searched over at most this many
    /// (costs beyond them are still exact; only a crossing among later steps would go unreported).
    public static let maximumSteps = 10_000

    /// USD per extra request just above `requests`: the per-request cost and every hinge passed.
    public func slope(above requests: Fixed) -> Fixed {
        hinges.reduce(perRequest) { $1.knot <= requests ? $0 + $1.slope : $0 }
    }

    /// Volumes at which the cost steps (an instance is added) or its slope changes (a hinge), up to `limit`.
    /// At most `maximumSteps`, the lowest of every tier's together: a tier that steps often must not
    /// use up the list before another tier's first steps (the pieces between would not be linear).
    public func steps(upTo limit: Fixed) -> [Fixed] {
        var result: [Fixed] = hinges.map(\.knot).filter { $0 > .zero && $0 < limit }
        for tier in tiers {
            guard let capacity = tier.requestsPerInstance, capacity > .zero else { continue }
            var volume = capacity * tier.minimum
            var count = tier.minimum
            var listed = 0
            while volume < limit, listed < CostFunction.maximumSteps {
                if let maximum = tier.maximum, count >= maximum { break }
                result.append(volume)
                volume += capacity
                count += 1
                listed += 1
            }
        }
        result.sort()
        return result.count > CostFunction.maximumSteps ? Array(result.prefix(CostFunction.maximumSteps)) : result
    }
}

extension Estimator {
    /// The cost function of one option of a profile; nil when the option cannot be priced.
    public func costFunction(_ option: DeploymentOption, in profile: WorkloadProfile) -> CostFunction? {
        costFunction(option, in: PricedContext(profile: profile, catalog: catalog))
    }

    /// The cost function of one option, priced in a context whose prices are already applied.
    public func costFunction(_ option: DeploymentOption, in context: PricedContext) -> CostFunction? {
        switch option {
        case .bedrock(let bedrock):
            if bedrock.mode == .reserved {
                guard case .success(let found) = context.resolver.bedrockModel(bedrock.model) else { return nil }
                let profile = context.profile
                return ReservedCapacityEngine().price(
                    model: found.model, option: bedrock, scope: bedrock.scope(prefixed: found.scope),
                    workload: profile.workload,
                    requestsPerMonth: context.requestsPerMonth, hoursPerMonth: profile.hoursPerMonth,
                    region: profile.region
                ).cost
            }
            if bedrock.mode == .provisioned {
                guard let estimate = context.estimates(of: [option]).first,
                    estimate.isPriced
                else { return nil }
                return CostFunction(
                    fixed: estimate.lineItems.reduce(Fixed.zero) { $0 + $1.quantity * $1.unitPrice }, perRequest: .zero)
            }
            // Token costs are linear in volume: the items of one request give the cost per request.
            let single = context.with { $0.workload.requests = RequestRate(.one, per: .month) }
            guard let estimate = single.estimates(of: [option]).first, estimate.isPriced else { return nil }
            return CostFunction(
                fixed: .zero, perRequest: estimate.lineItems.reduce(Fixed.zero) { $0 + $1.quantity * $1.unitPrice })
        case .jumpStart(let jumpStart):
            guard case .openModel(let model) = context.resolver.resolveJumpStart(jumpStart.model) else { return nil }
            let profile = context.profile
            var result = JumpStartEndpointEngine().price(
                model: model, option: jumpStart, workload: profile.workload, requestsPerMonth: context.requestsPerMonth,
                hoursPerMonth: profile.hoursPerMonth, region: profile.region, catalog: context.catalog)
            guard !result.failed else { return nil }
            var fixed = Fixed.zero
            if let purchase = jumpStart.savingsPlan {
                // The commitment is bought for the profile's fleet: it stays as volume changes.
                guard
                    let plan = Estimator.applySavingsPlan(
                        purchase, to: &result, catalog: context.catalog, hours: profile.hoursPerMonth,
                        region: profile.region)
                else { return nil }
                fixed = plan.commitmentPerMonth
            }
            return CostFunction(fixed: fixed, perRequest: .zero, tiers: result.tiers, capacity: result.capacity)
        case .bedrockImport(let imported):
            guard case .openModel(let model) = context.resolver.resolveJumpStart(imported.model) else { return nil }
            let profile = context.profile
            let result = CustomModelImportEngine().price(
                model: model, option: imported, workload: profile.workload, requestsPerMonth: context.requestsPerMonth,
                hoursPerMonth: profile.hoursPerMonth, region: profile.region, catalog: context.catalog)
            guard !result.failed else { return nil }
            // Storage is the same whatever the volume.
            let storage = result.items.filter { $0.unit == .customModelUnitMonth }.reduce(Fixed.zero) { $0 + $1.cost }
            return CostFunction(fixed: storage, perRequest: .zero, tiers: result.tiers, capacity: result.capacity)
        }
    }
}
