// The library product: one import for the planning core, the bundled pricing, profile loading and reports.
@_exported import PlannerCore
@_exported import PlannerFetch
@_exported import PlannerPricing
@_exported import PlannerProfiles
@_exported import PlannerReports
