import Foundation
import PlannerCore
import PlannerFuzzTargets
import PlannerPricing
import PlannerProfiles
import TestSupport
import Testing

let regressions = repositoryRoot.appendingPathComponent("Tests/RobustnessTests/Regressions")

/// The files of one fuzz target's regression folder (every crash or hang found, minimised).
func regressionFiles(_ target: FuzzTarget) -> [String] {
    let folder = regressions.appendingPathComponent(target.rawValue)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().map { folder.appendingPathComponent($0).path }
}

let catalog = try! CatalogLoader.embedded()
let tables = try! CatalogLoader.embeddedTables()

/// Loads a profile text; the diagnostics when it has errors.
func load(_ yaml: String, path: String = "p.yaml") -> Result<ProfileLoader.Loaded, ProfileLoadError> {
    Result { () throws(ProfileLoadError) in try ProfileLoader(catalog: catalog).load(yaml: yaml, path: path) }
}

@Suite("Regression inputs: every input the fuzzers or reviews found runs to an answer")
struct RegressionInputTests {
    @Test("each regression input runs through its fuzz target", arguments: FuzzTarget.allCases)
    func replay(target: FuzzTarget) throws {
        let files = regressionFiles(target) + (target == .profile ? bundledProfiles() : [])
        #expect(!files.isEmpty)
        for file in files {
            let data = try #require(FileManager.default.contents(atPath: file))
            target.run([UInt8](data))
        }
    }

    func bundledProfiles() -> [String] {
        let folder = repositoryRoot.appendingPathComponent("Profiles")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().map {
            folder.appendingPathComponent($0).path
        }
    }

    /// Each profile that trapped: it loads, and the option whose amount does not fit is an error naming it, never priced.
    @Test(
        "amounts too large to represent are errors, never traps or cheapest",
        arguments: [
            ("overflow-override-price.yaml", FindingCode.amountTooLarge, "amount too large to represent: input tokens"),
            ("overflow-images.yaml", .amountTooLarge, "amount too large to represent: images (standard)"),
            (
                "overflow-instance-override.yaml", .amountTooLarge,
                "amount too large to represent: ml.g5.2xlarge real-time endpoint"
            ),
            ("overflow-provisioned-sizing.yaml", .capacityLimit, "more than the 10,000 the planner sizes"),
        ])
    func tooLarge(file: String, code: FindingCode, message: String) throws {
        let text = try String(contentsOf: regressions.appendingPathComponent("profile/\(file)"), encoding: .utf8)
        let loaded = try load(text).get()
        let estimate = Estimator(catalog: catalog, tables: tables).estimate(loaded.profile)
        let option = try #require(estimate.options.first)
        #expect(option.monthlyCost == nil)
        let error = try #require(option.errors.first { $0.code == code })
        #expect(error.message.contains(message))
        #expect(estimate.cheapest == nil)
    }

    @Test("a billion-laughs alias as a key is refused at once, at the key")
    func aliasKey() throws {
        let text = try String(
            contentsOf: regressions.appendingPathComponent("profile/billion-laughs-key.yaml"), encoding: .utf8)
        let started = ContinuousClock.now
        guard case .failure(let error) = load(text) else {
            Issue.record("loaded")
            return
        }
        #expect(ContinuousClock.now - started < .seconds(5), "refused at once (a bound, not a benchmark)")
        #expect(
            error.diagnostics.map(\.description) == ["p.yaml:12:3: error: an alias cannot be a key; write the key out"])
    }

    @Test("aliases expand to at most 100,000 nodes")
    func aliasValue() throws {
        let text = try String(
            contentsOf: regressions.appendingPathComponent("profile/billion-laughs-value.yaml"), encoding: .utf8)
        guard case .failure(let error) = load(text) else {
            Issue.record("loaded")
            return
        }
        #expect(error.diagnostics.first?.message.contains("expands to more than 100,000 YAML nodes") == true)
    }

    @Test("nesting deeper than libyaml's 1,000 levels is an error at its position")
    func deepNesting() throws {
        let text = try String(
            contentsOf: regressions.appendingPathComponent("profile/deep-nesting.yaml"), encoding: .utf8)
        guard case .failure(let error) = load(text) else {
            Issue.record("loaded")
            return
        }
        #expect(error.diagnostics.first?.message.contains("Maximum nesting level reached") == true)
        #expect(error.diagnostics.first?.line == 2)
    }
}
