import Foundation
import GenAIPlanner
import Testing

/// The DocC article `GettingStarted.md` shows exactly the code between the markers below, which this
/// test compiles and runs: the article cannot drift from the API.
@Suite("DocC getting-started article")
struct GettingStartedTests {
    @Test("the article's first example compiles, runs and prints what it says")
    func firstExample() throws {
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }
        // BEGIN getting-started
        let catalog = try CatalogLoader.embedded()
        let profile = WorkloadProfile(
            name: "chat",
            workload: Workload(
                task: .chatbot, useCase: .chat, requests: RequestRate(Fixed(20_000), per: .day),
                inputTokens: Fixed(1500), outputTokens: Fixed(300)),
            options: [
                .bedrock(BedrockOption(model: "anthropic.claude-3-haiku")),
                .bedrock(BedrockOption(model: "amazon.nova-lite")),
            ])
        let estimate = Estimator(catalog: catalog).estimate(profile)
        let cheapest = estimate.cheapest
        // Prints "Nova Lite (Bedrock, on-demand) $98.55".
        print(cheapest?.label ?? "none", cheapest?.monthlyCost?.dollars ?? "-")
        for item in cheapest?.lineItems ?? [] {
            print(item.description, item.quantity, item.unit.rawValue, item.unitPrice, item.cost, item.source.key)
        }
        print(try OutputDocument.estimates([estimate]).rendered(as: .markdown))
        // END getting-started
        #expect(printed.first == "Nova Lite (Bedrock, on-demand) $98.55")
        #expect(printed.count == 4)
    }

    @Test("the article and README show the code of the test above, line for line")
    func articleMatchesTest() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let article = try String(
            contentsOf: root.appendingPathComponent("Sources/GenAIPlanner/GenAIPlanner.docc/GettingStarted.md"),
            encoding: .utf8)
        let test = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let region = test.components(separatedBy: "// BEGIN getting-started\n")[1].components(
            separatedBy: "        // END")[0]
        let code = region.split(separator: "\n", omittingEmptySubsequences: false).map { $0.dropFirst(8) }
            .joined(separator: "\n")
        let snippet = article.components(separatedBy: "```swift\n")[1].components(separatedBy: "```")[0]
        #expect(snippet == code)
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("import GenAIPlanner\n\n" + code), "README's \"Use as a library\" shows the same code")
    }
}
