import PlannerCore
import PlannerProfiles
import PropertyBased
import Testing

/// Profiles generated within the documented ranges: each either loads (exit 0) or is refused with
/// placed errors (exit 2); a loaded one's every priced option totals the exact sum of its line items.
@Suite("Generated profiles")
struct GeneratedProfileTests {
    static let bedrockModels = [
        "amazon.nova-lite", "anthropic.claude-3-haiku", "amazon.titan-embed-text-v2", "stability.sd3-5-large",
        "meta.llama3-1-8b-instruct",
    ]
    static let jumpStartModels = [
        "meta-textgeneration-llama-3-8b-instruct", "huggingface-text2text-flan-t5-xl", "bert-base",
    ]
    static let instances = ["ml.g5.2xlarge", "ml.g5.12xlarge", "ml.p5.48xlarge", "ml.inf2.xlarge"]
    static let tasks = ["chatbot", "embeddings", "image-generation", "summarization"]

    /// A value from the documented range, chosen by `seed`: often a bound, sometimes in between.
    static func pick(_ seed: Int, _ values: [String]) -> String { values[seed % values.count] }

    static func profile(_ seeds: [Int]) -> String {
        let requests = pick(seeds[0], ["0", "1", "1000", "1000000000", "0.000000000001"])
        let input = pick(seeds[1], ["0", "1", "1500", "10000000", "0.000000000001"])
        let output = pick(seeds[2], ["0", "300", "10000000"])
        let images = pick(seeds[3], ["0", "1", "1000"])
        let peak = pick(seeds[4], ["1", "3", "24"])
        let price = pick(seeds[5], ["0", "0.000000000001", "1", "1000000000000"])
        let hours = pick(seeds[6], ["1", "730", "744"])
        let discount = pick(seeds[7], ["0", "50", "100"])
        let bedrock = pick(seeds[8], bedrockModels)
        let jumpStart = pick(seeds[9], jumpStartModels)
        let instance = pick(seeds[10], instances)
        let mode = pick(seeds[11], ["on-demand", "batch", "provisioned"])
        return """
            version: 1
            hours_per_month: \(hours)
            workload:
              task: \(pick(seeds[11] / 3, tasks))
              requests: { per_second: \(requests) }
              input_tokens: \(input)
              output_tokens: \(output)
              images: \(images)
              peak_to_mean: \(peak)
            options:
              - bedrock: \(bedrock)
                mode: \(mode)
              - bedrock: \(bedrock)
                mode: provisioned
                tokens_per_minute_per_unit: \(pick(seeds[5], ["1", "1000", "100000000"]))
              - jumpstart: \(jumpStart)
                instance: \(instance)
              - jumpstart: \(jumpStart)
                max_instances: 2
            prices:
              discount_percent: \(discount)
              overrides:
                - bedrock: \(bedrock)
                  input_per_1k: \(price)
                  output_per_1k: \(price)
                  per_image: \(price)
                - instance: \(instance)
                  per_hour: \(price)

            """
    }

    @Test("exit 0 or 2, and every priced total is the exact sum of its line items")
    func totals() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000).array(of: 12)) { seeds in
            let yaml = Self.profile(seeds)
            switch load(yaml) {
            case .failure(let error):
                // Exit 2: every error placed in the file.
                #expect(error.diagnostics.allSatisfy { $0.line >= 1 && $0.column >= 1 })
            case .success(let loaded):
                let estimate = Estimator(catalog: catalog, tables: tables).estimate(loaded.profile)
                for option in estimate.options {
                    guard let total = option.monthlyCost else { continue }
                    #expect(!total.isOverflow)
                    #expect(total == option.lineItems.reduce(Fixed.zero) { $0 + $1.cost })
                    #expect(option.lineItems.allSatisfy { !$0.cost.isOverflow && !$0.quantity.isOverflow })
                }
                if let cheapest = estimate.cheapest { #expect(cheapest.monthlyCost != nil) }
            }
        }
    }
}
