import Foundation
import PlannerCore

/// The profiles of a directory, as a refresh sees them: which prices they need.
public enum ProfileDirectory {
    /// The Bedrock models and pinned instances the valid `*.yaml` profiles of `directory` price, per
    /// region (profiles with errors are skipped: they price nothing).
    public static func requiredPrices(_ directory: String, catalog: PricingCatalog) -> [RequiredPrice] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let loader = ProfileLoader(catalog: catalog)
        let resolver = ModelResolver(catalog: catalog)
        var required: [RequiredPrice] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            guard let profile = try? loader.load(path: (directory as NSString).appendingPathComponent(name)).profile
            else { continue }
            for option in profile.options {
                switch option {
                case .bedrock(let bedrock):
                    if case .bedrock(let model, _) = resolver.resolveBedrock(bedrock.model) {
                        required.append(RequiredPrice(kind: .bedrockModel, name: model.id, region: profile.region))
                    }
                case .jumpStart(let jumpStart):
                    if let instance = jumpStart.instance {
                        required.append(RequiredPrice(kind: .instanceHosting, name: instance, region: profile.region))
                    }
                case .bedrockImport:
                    // Custom Model Import prices belong to the region, not to a model: nothing to keep.
                    break
                }
            }
        }
        return required
    }
}
