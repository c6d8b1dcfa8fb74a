import Foundation
import PlannerCore
import PlannerPricing
import PlannerProfiles
import PlannerReports

func time(_ label: String, _ n: Int, _ body: () throws -> Void) rethrows {
    let start = ContinuousClock.now
    for _ in 0..<n { try body() }
    let elapsed = ContinuousClock.now - start
    print(label, elapsed / n)
}
try time("catalog", 20) { _ = try CatalogLoader.embedded() }
let catalog = try CatalogLoader.embedded()
try time("profile", 200) { _ = try ProfileLoader(catalog: catalog).load(path: "Profiles/support-chatbot.yaml") }
let loaded = try ProfileLoader(catalog: catalog).load(path: "Profiles/support-chatbot.yaml")
time("estimate", 2000) { _ = Estimator(catalog: catalog).estimate(loaded.profile) }
let est = Estimator(catalog: catalog).estimate(loaded.profile)
time("render", 2000) { _ = EstimateFormat.text.render([est]) }
time("parse only", 20) { _ = try? JSONParser.parse(Array(EmbeddedPricingProbe.text.utf8)) }

for option in loaded.profile.options {
    var p = loaded.profile
    p.options = [option]
    time("option \(option)".prefix(60).description, 5000) { _ = Estimator(catalog: catalog).estimate(p) }
}
let resolver = ModelResolver(catalog: catalog)
time("resolve", 20000) { _ = resolver.resolveBedrock("anthropic.claude-3-haiku") }
