import Foundation
import PlannerCore
import PlannerPricing
import Testing

@Suite("Decision tables as data")
struct DecisionTablesTests {
    func text() throws -> String {
        try String(contentsOfFile: "\(pricingDirectory)/decision-tables.json", encoding: .utf8)
    }

    @Test("the bundled tables cover every task, use case and need, and cite the seed")
    func bundled() throws {
        let tables = try CatalogLoader.embeddedTables()
        #expect(tables.architectures.count == TaskKind.allCases.count)
        #expect(tables.sampling.count == UseCase.allCases.count)
        #expect(tables.services.allSatisfy { !$0.seed.isEmpty })
        let catalog = try CatalogLoader.embedded()
        for rule in tables.models.values {
            for id in rule.candidates { #expect(catalog.bedrockModels[id] != nil, "\(id) is not in the catalog") }
        }
        for ids in tables.jumpStartModels.values {
            for id in ids { #expect(catalog.openModels[id] != nil, "\(id) is not in the catalog") }
        }
    }

    @Test("a changed table changes behaviour without code changes")
    func changedTable() throws {
        let edited = try text().replacingOccurrences(
            of: "\"task\": \"chatbot\",\n      \"architecture\": \"decoder-only\"",
            with: "\"task\": \"chatbot\",\n      \"architecture\": \"encoder-decoder\"")
        #expect(edited != (try text()))
        let tables = try DecisionTablesDecoder.decode(Array(edited.utf8))
        let advisor = Advisor(tables: tables, catalog: try CatalogLoader.embedded())
        #expect(
            advisor.advise(task: .chatbot, useCase: .chat, requirements: Requirements()).architecture.architecture
                == .encoderDecoder)
    }

    @Test("a broken rules file is named as the decision tables, not as the pricing catalog")
    func rulesWording() {
        #expect(throws: CatalogError.self) { try DecisionTablesDecoder.decode(Array("{".utf8), file: "rules.json") }
        do {
            _ = try DecisionTablesDecoder.decode(Array("{".utf8), file: "rules.json")
        } catch {
            #expect(error.description.hasPrefix("1 problem in the decision tables:\n  rules.json: invalid JSON"))
        }
    }

    @Test("validation: every problem is reported, with its path")
    func invalid() throws {
        let broken = try text()
            .replacingOccurrences(of: #""recommended": "0.2""#, with: #""recommended": "0.9""#)
            .replacingOccurrences(of: #""task": "ner""#, with: #""task": "nerr""#)
            .replacingOccurrences(of: #""requirement": "production""#, with: #""requirement": "prodution""#)
        #expect {
            try DecisionTablesDecoder.decode(Array(broken.utf8))
        } throws: { error in
            let text = (error as? CatalogError)?.description ?? ""
            return text.contains("sampling[0].temperature.recommended: recommended 0.9 is outside 0.1–0.3")
                && text.contains("unknown value 'nerr' (did you mean 'ner'?)")
                && text.contains("architectures: no row for task 'ner'")
                && text.contains("unknown requirement 'prodution' (did you mean 'production'?)")
        }
    }
}
