import GenAIPlanner
import Testing

/// The README's "Use as a library" example, kept compiling and true.
@Suite("Library product")
struct LibraryUsageTests {
    @Test("one import prices a profile written in code")
    func readmeExample() throws {
        let catalog = try CatalogLoader.embedded()
        let profile = WorkloadProfile(
            name: "chat",
            workload: Workload(
                task: .chatbot, useCase: .chat, requests: RequestRate(Fixed(20_000), per: .day),
                inputTokens: Fixed(1500), outputTokens: Fixed(300)),
            options: [.bedrock(BedrockOption(model: "anthropic.claude-3-haiku"))])
        let estimate = Estimator(catalog: catalog, tables: try CatalogLoader.embeddedTables()).estimate(profile)
        #expect(estimate.cheapest?.monthlyCost?.dollars == "$456.26")
        #expect(
            EstimateFormat.markdown.render([estimate]).contains(
                "| input tokens | 912,500 | 1K tokens | $0.00025 | $228.13 | P, 2025-03 |"))
    }
}
