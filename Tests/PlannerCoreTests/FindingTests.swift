import PlannerCore
import Testing

@Suite("Findings")
struct FindingTests {
    @Test("codes are stable kebab-case words, one per case")
    func codes() {
        let raw = FindingCode.allCases.map(\.rawValue)
        #expect(Set(raw).count == raw.count)
        #expect(raw.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
    }

    @Test(
        "a finding reads as its location, its severity for a file position, and its message",
        arguments: [
            (
                Finding.error(.unknownKey, "unknown key 'x'", at: .file(path: "p.yaml", line: 3, column: 1)),
                "p.yaml:3:1: error: unknown key 'x'"
            ),
            (
                Finding.error(.unreadableFile, "is not UTF-8 text", at: .file(path: "p.yaml", line: 0, column: 0)),
                "p.yaml: error: is not UTF-8 text"
            ),
            (
                Finding.warning(.capacityLimit, "max_instances 2 caps the fleet", at: .option(id: "jumpstart:m:i")),
                "jumpstart:m:i: max_instances 2 caps the fleet"
            ),
            (
                Finding.error(.catalogInvalid, "expected a number", at: .catalog(file: "c.json", path: "models[0]")),
                "c.json: models[0]: expected a number"
            ),
            (Finding.note(.sizing, "instances sized"), "instances sized"),
        ])
    func description(finding: Finding, expected: String) {
        #expect(finding.description == expected)
    }

    @Test("a catalog problem is a finding at its file and JSON path")
    func catalogProblem() {
        let finding = CatalogProblem(file: "bedrock.json", path: "models[3].prices", message: "missing").finding
        #expect(finding.code == .catalogInvalid && finding.severity == .error)
        #expect(finding.description == "bedrock.json: models[3].prices: missing")
    }

    @Test("severities order from most to least serious")
    func severityOrder() {
        #expect(Finding.Severity.allCases.sorted() == [.error, .warning, .note])
        #expect(Finding.Severity.error < .warning)
    }

    @Test("an option's findings split into errors, reasons it cannot serve, and notes")
    func optionViews() {
        let option = OptionEstimate(
            id: "o", service: .bedrock, mode: .onDemand, model: "m", modelName: "M",
            findings: [
                .note(.sizing, "sized"), .error(.contextExceeded, "too long"), .warning(.memoryExceeded, "tight"),
            ], requestsPerMonth: .one)
        #expect(option.isPriced)
        #expect(!option.isFeasible)
        #expect(option.infeasibleReasons.map(\.code) == [.contextExceeded])
        #expect(option.notes.map(\.code) == [.sizing, .memoryExceeded])
        #expect(option.errors.isEmpty)
    }
}
