import Foundation
import PlannerCore
import PlannerFetch
import PlannerPricing
import PlannerProfiles
import PlannerReports

/// The code under fuzzing: one entry per target, taking any bytes and driving the same paths as the
/// command-line tool. A target returns normally on every input; a trap or a sanitizer report is a bug.
///
/// Used by `genai-plan-fuzz` (libFuzzer) and by the regression tests, which replay the corpus.
package enum FuzzTarget: String, CaseIterable, Sendable {
    /// A workload profile: YAML → loader → estimate, break-even, fine-tuning, every renderer.
    case profile
    /// A catalog file: the first byte picks which of the five files the rest replaces; a catalog
    /// that passes validation then prices a fixed profile.
    case catalog
    /// The streaming JSON parser (in two chunks, split where the first byte says) and the
    /// whole-document parser.
    case json

    /// Runs the target on one input.
    package func run(_ bytes: [UInt8]) {
        switch self {
        case .profile: FuzzTarget.profile(bytes)
        case .catalog: FuzzTarget.catalog(bytes)
        case .json: FuzzTarget.json(bytes)
        }
    }

    /// Initialises the lazily built tables (the catalog, the profile key table) before fuzzing
    /// starts: built during an input, they would count as that input's allocations, and the leak
    /// check cannot follow Swift's tagged enum payload pointers to see they are still reachable.
    package static func warmUp() {
        _ = shared
        _ = ProfileSchema.json()
        for target in allCases { target.run(Array("version: 1\n".utf8)) }
    }

    static let shared: (catalog: PricingCatalog, tables: DecisionTables)? = {
        guard let catalog = try? CatalogLoader.embedded(), let tables = try? CatalogLoader.embeddedTables() else {
            return nil
        }
        return (catalog, tables)
    }()

    static func profile(_ bytes: [UInt8]) {
        guard let (catalog, tables) = shared, let text = String(validating: bytes, as: UTF8.self) else { return }
        guard let loaded = try? ProfileLoader(catalog: catalog).load(yaml: text, path: "fuzz.yaml") else { return }
        exercise(loaded.profile, catalog: catalog, tables: tables)
    }

    static func exercise(_ profile: WorkloadProfile, catalog: PricingCatalog, tables: DecisionTables) {
        let estimator = Estimator(catalog: catalog, tables: tables)
        let estimate = estimator.estimate(profile)
        for format in OutputFormat.formats(for: .estimates) {
            _ = try? OutputDocument.estimates([estimate]).rendered(as: format)
        }
        for option in estimate.options {
            _ = option.monthlyCost
            _ = option.perRequestCost
        }
        // Break-even is quadratic in options; its bound is tested on its own (an unoptimised,
        // sanitised build would spend the fuzzer's time on one 100-option profile).
        if profile.options.count <= 20 {
            let analysis = BreakEvenAnalyzer(estimator: estimator).analyze(
                profile, curvePoints: 4, withSensitivity: false)
            _ = BreakEvenChart().render(analysis)
        }
        if profile.fineTuning?.baseModel != nil {
            _ = try? FineTuningPlanner(catalog: catalog, tables: tables).compare(profile)
        }
    }

    static func catalog(_ bytes: [UInt8]) {
        guard let first = bytes.first, let (_, tables) = shared else { return }
        var files: [String: [UInt8]] = [:]
        for name in CatalogDecoder.fileNames { files[name] = CatalogLoader.embeddedFile(name).map { Array($0.utf8) } }
        let names = CatalogDecoder.fileNames
        files[names[Int(first) % names.count]] = Array(bytes.dropFirst())
        guard let catalog = try? CatalogDecoder.decode(files: files, origin: "fuzz") else { return }
        exercise(sampleProfile, catalog: catalog, tables: tables)
    }

    /// A profile with one option of each kind, priced against fuzzed catalogs.
    static let sampleProfile = WorkloadProfile(
        name: "fuzz",
        workload: Workload(
            task: .chatbot, useCase: .chat, requests: RequestRate(Fixed(20_000), per: .day), inputTokens: Fixed(1500),
            outputTokens: Fixed(300)),
        options: [
            .bedrock(BedrockOption(model: "anthropic.claude-3-haiku")),
            .bedrock(
                BedrockOption(
                    model: "amazon.titan-text-express", mode: .provisioned, modelUnits: 1, commitment: .oneMonth)),
            .jumpStart(JumpStartOption(model: "meta-textgeneration-llama-3-8b-instruct")),
            .jumpStart(
                JumpStartOption(model: "huggingface-llm-mistral-7b-instruct", instance: "ml.g5.2xlarge", instances: 2)),
        ])

    static func json(_ bytes: [UInt8]) {
        _ = try? JSONParser.parse(bytes)
        let split = min(bytes.count, Int(bytes.first ?? 0))
        let parser = StreamingJSONParser(handler: DiscardingHandler())
        do {
            try bytes[..<split].withUnsafeBytes { try parser.consume($0) }
            try bytes[split...].withUnsafeBytes { try parser.consume($0) }
            try parser.finish()
        } catch {}
    }

    struct DiscardingHandler: JSONEventHandler {
        var events = 0
        mutating func startObject() { events += 1 }
        mutating func endObject() { events += 1 }
        mutating func startArray() { events += 1 }
        mutating func endArray() { events += 1 }
        mutating func key(_ bytes: UnsafeRawBufferPointer) { events += bytes.count }
        mutating func string(_ bytes: UnsafeRawBufferPointer) { events += bytes.count }
        mutating func literal(_ bytes: UnsafeRawBufferPointer) { events += bytes.count }
    }
}
