/// A profile with its own prices applied, built once and handed to every engine: the estimate,
/// break-even and its sensitivity, fine-tuning (training, storage, serving) and the report's guardrails.
///
/// The profile's `prices` (overrides, then the discount) are applied to a copy of the catalog for the
/// profile's region when the context is made, and emptied in `profile`, so no engine can apply them
/// again or forget to apply them.
public struct PricedContext: Sendable {
    /// The profile, with `prices` emptied: they are already in `catalog`.
    public let profile: WorkloadProfile
    /// The catalog with the profile's overrides and discount applied.
    public let catalog: PricingCatalog
    /// Resolves model names against `catalog` (so an override can name a model the catalog lacks).
    public let resolver: ModelResolver
    /// Requests a month of the profile's workload.
    public let requestsPerMonth: Fixed
    /// Problems met while applying the prices (an override of an unknown instance).
    public let adjustmentErrors: [Finding]
    /// Where the profile came from, cited as the source of its overridden prices.
    public let profileLocation: String

    /// Applies `profile.prices` to `catalog` for the profile's region.
    public init(profile: WorkloadProfile, catalog: PricingCatalog, profileLocation: String = "profile") {
        let (adjusted, errors) = PriceAdjuster.apply(
            profile.prices, to: catalog, region: profile.region, profileLocation: profileLocation)
        var priced = profile
        priced.prices = PriceAdjustments()
        self.profile = priced
        self.catalog = adjusted
        self.resolver = ModelResolver(catalog: adjusted)
        self.requestsPerMonth = priced.workload.requestsPerMonth(hours: priced.hoursPerMonth)
        self.adjustmentErrors = errors
        self.profileLocation = profileLocation
    }

    /// `options` priced in this context, costs only: no advice, no proposed options. The one place
    /// the engines (advisor, break-even, fine-tuning, cost functions) price an option set.
    public func estimates(of options: [DeploymentOption]) -> [OptionEstimate] {
        with { $0.options = options }.costEstimate().options
    }

    /// The profile's own options priced in this context, costs only.
    public func costEstimate() -> ProfileEstimate { Estimator(catalog: catalog).estimate(self) }

    /// The same prices for a variant of the profile (other options, another workload). A change that
    /// sets `prices` again (the sensitivity's ±% on every price) applies on top of these.
    public func with(_ change: (inout WorkloadProfile) -> Void) -> PricedContext {
        var variant = profile
        change(&variant)
        return PricedContext(profile: variant, catalog: catalog, profileLocation: profileLocation)
    }
}
