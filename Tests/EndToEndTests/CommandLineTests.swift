import Foundation
import LoopbackHTTP
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

let profileFiles: [String] = {
    let directory = repositoryRoot.appendingPathComponent("Profiles").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".yaml") }
        .sorted()
}()

@Suite("genai-plan end to end", .serialized)
struct CommandLineTests {
    @Test("every bundled profile estimates in every format, exit 0", arguments: profileFiles)
    func bundledProfiles(file: String) throws {
        for format in ["text", "json", "markdown"] {
            let run = try genaiPlan(["estimate", "Profiles/\(file)", "--format", format])
            #expect(run.status == 0, "\(file) \(format): \(run.stderr)")
            #expect(!run.stdout.isEmpty)
        }
    }

    @Test("the README's main command prints every option, the cheapest marked, offline from any directory")
    func mainCommand() throws {
        let run = try genaiPlan(
            ["estimate", repositoryRoot.appendingPathComponent("Profiles/support-chatbot.yaml").path],
            in: URL(fileURLWithPath: "/"))
        #expect(run.status == 0)
        #expect(run.stdout.contains("*  Nova Lite (Bedrock, on-demand)"))
        #expect(run.stdout.contains("$1,105.95"))
        #expect(run.stdout.contains("pricing snapshot bundled-2026-12-02 (2026-12-02, embedded; prices dated 20"))
        #expect(run.stdout.contains("Sources (the Source column's keys)\n  C (2025-07-20; community price map): "))
        #expect(run.stderr.isEmpty)
    }

    @Test("README's printed example is the main command's output: its start, and its sources legend at the end")
    func readmeExample() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let afterIntro = try #require(readme.range(of: "The first command prints")).upperBound
        let blockStart = try #require(readme.range(of: "```text\n", range: afterIntro..<readme.endIndex)).upperBound
        let blockEnd = try #require(readme.range(of: "\n```", range: blockStart..<readme.endIndex)).lowerBound
        let block = readme[blockStart..<blockEnd]
        let parts = block.components(separatedBy: "\n  ...\n")
        #expect(parts.count == 2)
        let run = try genaiPlan(["estimate", "Profiles/support-chatbot.yaml"])
        #expect(run.stdout.hasPrefix(parts[0] + "\n"), "README's example no longer matches the output")
        #expect(run.stdout.hasSuffix(parts[1].trimmingCharacters(in: .newlines) + "\n"))
    }

    @Test("a bad profile: every problem as file:line:column, nothing on stdout, exit 2")
    func badProfile() throws {
        let run = try genaiPlan(["estimate", "Tests/PlannerProfilesTests/Fixtures/many-problems.yaml"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr.contains(
                "Tests/PlannerProfilesTests/Fixtures/many-problems.yaml:3:1: error: unknown key 'regoin' (did you mean 'region'?)"
            ))
        #expect(run.stderr.contains("15 errors in the profile; nothing estimated"))
    }

    @Test("the CLI adds hints that name its commands; the library's message does not")
    func hints() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-hints-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("p.yaml").path
        let profile = minimalProfile.replacingOccurrences(
            of: "bedrock: anthropic.claude-3-haiku", with: "bedrock: zzzzzzzzzzzzzzzz")
        try profile.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try genaiPlan(["estimate", path])
        #expect(run.status == 2)
        #expect(
            run.stderr.contains(
                "error: options[0].bedrock: unknown Bedrock model 'zzzzzzzzzzzzzzzz' (no model in the catalog has a similar name); `genai-plan pricing show` lists the catalog's models"
            ), "\(run.stderr)")
    }

    @Test(
        "bad flags and missing files exit 2",
        arguments: [
            ["estimate", "Profiles/support-chatbot.yaml", "--format", "xml"], ["estimate"], ["estimate", "--colour"],
            ["estimate", "no/such/profile.yaml"],
            ["estimate", "Profiles/support-chatbot.yaml", "--pricing", "/nonexistent"],
            ["pricing", "show", "no-such-model"], ["frobnicate"],
            ["pricing", "show", "--region", "us-eats-1"],
            ["estimate", "Profiles/support-chatbot.yaml", "--format", "html"],
            ["report", "Profiles", "--format", "text"],
        ])
    func badInput(arguments: [String]) throws {
        let run = try genaiPlan(arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(!run.stderr.isEmpty)
    }

    @Test("an unknown region names the near miss and the regions covered")
    func unknownRegion() throws {
        let run = try genaiPlan(["pricing", "show", "--region", "us-eats-1"])
        #expect(
            run.stderr
                == "error: --region: the pricing snapshot has no prices for region 'us-eats-1' (did you mean 'us-east-1'?); it covers 27 regions (`genai-plan pricing show --regions` lists them); in North America: us-east-1 (US East (N. Virginia)), us-east-2 (US East (Ohio)), us-west-1 (US West (N. California)), us-west-2 (US West (Oregon)), ca-central-1 (Canada (Central))\n"
        )
        #expect(run.stdout.isEmpty)
    }

    @Test("--help and --version exit 0")
    func help() throws {
        let help = try genaiPlan(["estimate", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--format <format>"))
        #expect(try genaiPlan(["--version"]).stdout == "0.1.0\n")
    }

    @Test("JSON output is one document for several profiles")
    func jsonSeveral() throws {
        let run = try genaiPlan([
            "estimate", "Profiles/rag-qa.yaml", "Profiles/rag-embeddings.yaml", "--format", "json",
        ])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("{\n  \"schema_version\": 1,\n  \"profiles\": ["))
        #expect(run.stdout.components(separatedBy: "\"requests_per_month\"").count == 3)
    }

    @Test("--pricing reads another catalog directory")
    func pricingDirectory() throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Pricing"), to: temporary)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let manifest = temporary.appendingPathComponent("manifest.json")
        let text = try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(
            of: "bundled-2026-12-02", with: "pinned-test")
        try text.write(to: manifest, atomically: true, encoding: .utf8)
        let run = try genaiPlan(["estimate", "Profiles/support-chatbot.yaml", "--pricing", temporary.path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("pricing snapshot pinned-test (2026-12-02, \(temporary.path); prices dated"))
    }

    @Test("pricing show lists prices with unit, source and date")
    func pricingShow() throws {
        let run = try genaiPlan(["pricing", "show", "anthropic.claude-3-haiku", "--region", "us-east-1"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("anthropic.claude-3-haiku input tokens"))
        #expect(run.stdout.contains("$0.00025  1K tokens  P, 2025-03"))
        #expect(run.stdout.contains("https://aws.amazon.com/bedrock/pricing/"))
        let gpt = try genaiPlan(["pricing", "show", "gpt-4"])
        #expect(gpt.status == 2)
        #expect(gpt.stderr.contains("Nearest AWS-hosted alternatives"))
    }
}

@Suite("genai-plan advise end to end", .serialized)
struct AdviseCommandTests {
    @Test("quick mode answers the seed's questions with the rows that fired")
    func quickMode() throws {
        let run = try genaiPlan([
            "advise", "--task", "translation", "--use-case", "factual-qa", "--needs", "fine-tuning,notebooks",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains(
                "architecture: encoder-decoder (e.g. T5): Understand source, generate target [seed: Translation | Encoder-Decoder (T5) | Understand source, generate target]"
            ))
        #expect(run.stdout.contains("service: SageMaker JumpStart"))
        #expect(run.stdout.contains("temperature 0.1–0.3"))
    }

    @Test("profiles, in JSON")
    func profiles() throws {
        let run = try genaiPlan([
            "advise", "Profiles/support-chatbot.yaml", "Profiles/translation.yaml", "--format", "json",
        ])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"chosen\": \"anthropic.claude-3-haiku\""))
        #expect(run.stdout.components(separatedBy: "\"architecture\": {").count == 3)
    }

    @Test(
        "bad quick-mode input exits 2",
        arguments: [
            ["advise"], ["advise", "--task", "chatbott"], ["advise", "--task", "chatbot", "--needs", "notebook"],
            ["advise", "Profiles/support-chatbot.yaml", "--task", "chatbot"],
            ["advise", "--task", "chatbot", "--rules", "/nonexistent.json"],
            ["advise", "--task", "chatbot", "--region", "us-eats-1"],
        ])
    func badInput(arguments: [String]) throws {
        let run = try genaiPlan(arguments)
        #expect(run.status == 2, "\(arguments)")
        #expect(!run.stderr.isEmpty)
    }
}

@Suite("genai-plan finetune end to end", .serialized)
struct FineTuneCommandTests {
    @Test("compares every method on both services, in every format")
    func formats() throws {
        for format in ["text", "markdown", "json"] {
            let run = try genaiPlan(["finetune", "Profiles/domain-fine-tuning.yaml", "--format", format])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(
                run.stdout.contains("Bedrock customization of Nova Micro")
                    || run.stdout.contains("bedrock-customization"))
        }
    }

    @Test("a profile without fine_tuning.base_model is bad input")
    func missingSection() throws {
        let run = try genaiPlan(["finetune", "Profiles/support-chatbot.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("support-chatbot.yaml:1:1: error: fine_tuning.base_model: missing"))
    }
}

@Suite("genai-plan breakeven end to end", .serialized)
struct BreakEvenCommandTests {
    @Test("tables on stdout, a well-formed SVG chart on disk")
    func chart() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-\(UUID().uuidString).svg")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try genaiPlan(["breakeven", "Profiles/support-chatbot.yaml", "--chart", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("17,909,334"))
        let data = try #require(FileManager.default.contents(atPath: path))
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "the SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
    }

    @Test("JSON for every bundled profile", arguments: profileFiles)
    func json(file: String) throws {
        let run = try genaiPlan(["breakeven", "Profiles/\(file)", "--format", "json", "--points", "10"])
        #expect(run.status == 0, "\(file): \(run.stderr)")
        #expect(run.stdout.contains("\"break_even\""))
    }

    @Test("an unwritable chart path is bad input")
    func unwritable() throws {
        let run = try genaiPlan(["breakeven", "Profiles/support-chatbot.yaml", "--chart", "/nonexistent/dir/chart.svg"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot write the chart"))
    }
}

@Suite("genai-plan report end to end", .serialized)
struct ReportCommandTests {
    func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-\(UUID().uuidString)-\(name)").path
    }

    @Test("every format over the Profiles directory; exit 1 only with --fail-on warning (two profiles warn)")
    func formats() throws {
        for format in ["markdown", "json", "html", "junit"] {
            let output = temporary("report.\(format)")
            defer { try? FileManager.default.removeItem(atPath: output) }
            let run = try genaiPlan([
                "report", "Profiles", "--format", format, "--output", output, "--date", "2026-11-29",
            ])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            #expect(FileManager.default.fileExists(atPath: output))
        }
        let strict = try genaiPlan(["report", "Profiles", "--fail-on", "warning"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("# GenAIPlanner report"))
        #expect(strict.stderr.contains("guardrails failed"))
    }

    @Test("an exceeded budget exits 1 and the report is still written in full")
    func budget() throws {
        let directory = temporary("profiles")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Profiles/support-chatbot.yaml"), encoding: .utf8
        )
        .replacingOccurrences(of: "monthly_usd: 5000", with: "monthly_usd: 50")
        try text.write(toFile: "\(directory)/tight.yaml", atomically: true, encoding: .utf8)
        let output = "\(directory)/report.xml"
        let run = try genaiPlan(["report", directory, "--format", "junit", "--output", output])
        #expect(run.status == 1)
        let junit = try String(contentsOfFile: output, encoding: .utf8)
        #expect(
            junit.contains(
                "<failure message=\"cheapest option $98.55/month exceeds the budget of $50.00\" type=\"fail\">"))
        #expect(junit.hasSuffix("</testsuites>\n"))
    }

    @Test("--baseline-optional: a first pull request without a baseline gets a report that says so, and exit 0")
    func baselineOptional() throws {
        let missing = temporary("no-baseline.json")
        let run = try genaiPlan([
            "report", "Profiles", "--baseline", missing, "--baseline-optional", "--max-increase-percent", "10",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("> **No baseline yet:** \(missing) does not exist"))
        let json = try genaiPlan([
            "report", "Profiles", "--baseline", missing, "--baseline-optional", "--format", "json",
        ])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((document["baseline_note"] as? String)?.contains("does not exist") == true)
        // Without the flag a missing baseline is bad input, with the flag named.
        let strict = try genaiPlan(["report", "Profiles", "--baseline", missing])
        #expect(strict.status == 2)
        #expect(strict.stderr.contains("cannot read the baseline"))
        #expect(strict.stderr.contains("--baseline-optional"))
    }

    @Test("a baseline and --max-increase-percent: no change passes")
    func baseline() throws {
        let baseline = temporary("baseline.json")
        defer { try? FileManager.default.removeItem(atPath: baseline) }
        #expect(try genaiPlan(["report", "Profiles", "--format", "json", "--output", baseline]).status == 0)
        let run = try genaiPlan(["report", "Profiles", "--baseline", baseline, "--max-increase-percent", "0"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("| +0.0% |") || run.stdout.contains("| 0.0% |"))
    }

    @Test(
        "bad input exits 2",
        arguments: [
            ["report", "no/such/dir"], ["report", "Profiles", "--baseline", "Profiles/support-chatbot.yaml"],
            ["report", "Profiles", "--max-increase-percent", "5"],
            ["report", "Profiles", "--format", "pdf"], ["report", "Profiles", "--date", "yesterday"],
            ["report", "Profiles", "--date", "2026-02-30"],
            ["report", "Profiles", "--date", "20261-1-29"], ["report", "Tests/PlannerProfilesTests/Fixtures"],
        ])
    func badInput(arguments: [String]) throws {
        let run = try genaiPlan(arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
    }

    @Test("a report date from the environment must be a day")
    func badEnvironmentDate() throws {
        let run = try genaiPlan(
            ["report", "Profiles/support-chatbot.yaml"], environment: ["GENAI_PLAN_REPORT_DATE": "tomorrow"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("GENAI_PLAN_REPORT_DATE is 'tomorrow'"))
        let good = try genaiPlan(
            ["report", "Profiles/support-chatbot.yaml"], environment: ["GENAI_PLAN_REPORT_DATE": "2026-11-29"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("2026-11-29"))
    }
}

@Suite("genai-plan pricing refresh and diff end to end", .serialized)
struct PricingRefreshCommandTests {
    @Test("a refresh that cannot connect exits 2, names the URL and the cause, and writes nothing")
    func unreachable() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-\(UUID().uuidString)")
            .path
        let run = try genaiPlan([
            "pricing", "refresh", "--endpoint", "http://127.0.0.1:9", "--output", output, "--region", "us-east-1",
        ])
        #expect(run.status == 2)
        #expect(
            run.stderr.contains("fetching http://127.0.0.1:9/offers/v1.0/aws/index.json failed"))
        #expect(run.stderr.contains("curl code 7"))
        #expect(!FileManager.default.fileExists(atPath: "\(output)/manifest.json"))
    }

    @Test("estimate uses a refreshed snapshot in the cache, and says so")
    func cacheWins() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent(
            "genai-plan-cache-\(UUID().uuidString)")
        let cache = home.appendingPathComponent("genai-plan/pricing")
        try FileManager.default.createDirectory(
            at: cache.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Pricing"), to: cache)
        defer { try? FileManager.default.removeItem(at: home) }
        let manifest = cache.appendingPathComponent("manifest.json")
        let text = try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(
            of: "bundled-2026-12-02", with: "refreshed-2026-11-01")
        try text.write(to: manifest, atomically: true, encoding: .utf8)
        let run = try genaiPlan(["estimate", "Profiles/support-chatbot.yaml"], cacheHome: home.path)
        #expect(run.status == 0)
        #expect(run.stdout.contains("pricing snapshot refreshed-2026-11-01 (2026-12-02, \(cache.path); prices dated"))
        // An invalid cache is passed over for the bundled snapshot.
        try "{".write(to: manifest, atomically: true, encoding: .utf8)
        #expect(
            try genaiPlan(["estimate", "Profiles/support-chatbot.yaml"], cacheHome: home.path).stdout.contains(
                "bundled-2026-12-02"))
    }

    @Test("refresh --region all --verbose: every listed region, the summary of what mapped, new models named")
    func refreshAllVerbose() throws {
        let server = try LoopbackServer { request, connection in
            let offerIndex =
                #"{"offers": {"AmazonBedrockFoundationModels": {"offerCode": "AmazonBedrockFoundationModels"}}}"#
            let regionIndex =
                #"{"regions": {"eu-central-1": {"currentVersionUrl": "/offers/v1.0/aws/AmazonBedrockFoundationModels/1/eu-central-1/index.json"}}}"#
            let product = #"""
                {"offerCode": "AmazonBedrockFoundationModels", "version": "1", "publicationDate": "2026-11-01T00:00:00Z",
                 "products": {
                   "S1": {"sku": "S1", "attributes": {"regionCode": "eu-central-1", "usagetype": "EUC1-MP:EUC1_InputTokenCount-Units",
                          "locationType": "AWS Region", "servicename": "Claude Haiku 4.5 (Amazon Bedrock Edition)", "operation": ""}},
                   "S2": {"sku": "S2", "attributes": {"regionCode": "eu-central-1", "usagetype": "EUC1-MP:EUC1_InputTokenCount-Units",
                          "locationType": "AWS Region", "servicename": "Writer Palmyra Fin (Amazon Bedrock Edition)", "operation": ""}},
                   "S3": {"sku": "S3", "attributes": {"regionCode": "eu-central-1", "usagetype": "EUC1-MP:EUC1_inputTextRequestCount-Units",
                          "locationType": "AWS Region", "servicename": "TwelveLabs Marengo Embed 3.0 (Amazon Bedrock Edition)", "operation": ""}}},
                 "terms": {"OnDemand": {
                   "S1": {"S1.4799GE89SK": {"priceDimensions": {"S1.4799GE89SK.6YS6EN2CT7": {"unit": "Units",
                          "description": "AWS Marketplace software usage|eu-central-1|Million Input Tokens Regional", "pricePerUnit": {"USD": "1.2100000000"}}}}},
                   "S2": {"S2.4799GE89SK": {"priceDimensions": {"S2.4799GE89SK.6YS6EN2CT7": {"unit": "Units",
                          "description": "AWS Marketplace software usage|eu-central-1|Million Input Tokens Regional", "pricePerUnit": {"USD": "0.6000000000"}}}}},
                   "S3": {"S3.4799GE89SK": {"priceDimensions": {"S3.4799GE89SK.6YS6EN2CT7": {"unit": "Units",
                          "description": "AWS Marketplace software usage|eu-central-1|Input Text Request Count", "pricePerUnit": {"USD": "0.0000700000"}}}}}}}}
                """#
            switch request.path {
            case "/offers/v1.0/aws/index.json": connection.respond(200, body: Array(offerIndex.utf8))
            case "/offers/v1.0/aws/AmazonBedrockFoundationModels/current/region_index.json":
                connection.respond(200, body: Array(regionIndex.utf8))
            case "/offers/v1.0/aws/AmazonBedrockFoundationModels/1/eu-central-1/index.json":
                connection.respond(200, body: Array(product.utf8))
            default: connection.respond(404, "Not Found")
            }
        }
        defer { server.stop() }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let run = try genaiPlan([
            "pricing", "refresh", "--endpoint", server.base, "--output", output, "--region", "all", "--verbose",
            // The one-record eu-central-1 file drops most of the bundled eu-central-1 prices.
            "--allow-shrink",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("AmazonBedrock: not listed in the offer index"))
        #expect(run.stdout.contains("mapped 2 prices; skipped 1 by name"))
        #expect(run.stdout.contains("  1\tper-request prices (no token scale)"))
        #expect(run.stdout.contains("  1\tWriter Palmyra Fin → added as writer.writer-palmyra-fin"))
        // An --output directory (the repository's Pricing/, say) gets no catalog.archive; only the cache does.
        #expect(!FileManager.default.fileExists(atPath: "\(output)/catalog.archive"))
        let show = try genaiPlan([
            "pricing", "show", "anthropic.claude-haiku-4-5", "--region", "eu-central-1", "--pricing", output,
        ])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("$1.21  1M tokens"), "\(show.stdout)")
    }

    @Test(
        "a misspelt command is an error with a did-you-mean and the commands it could be",
        arguments: [
            (
                ["estmate", "Profiles/support-chatbot.yaml"],
                "error: unknown command 'estmate' (did you mean 'estimate'?)"
            ),
            (
                ["pricing", "refesh"],
                "error: unknown command 'refesh' (did you mean 'refresh'?); `genai-plan pricing` has show, refresh, diff"
            ),
        ])
    func unknownCommand(arguments: [String], expected: String) throws {
        let run = try genaiPlan(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix(expected), "\(run.stderr)")
    }

    @Test("two profiles with one name are an error naming both files; the later one is reported as an error")
    func duplicateNames() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "genai-plan-dup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Profiles/support-chatbot.yaml"), encoding: .utf8)
        for file in ["a.yaml", "b.yaml"] {
            try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        let run = try genaiPlan(["report", folder.path])
        #expect(run.status == 2)
        #expect(
            run.stderr.contains(
                "\(folder.path)/b.yaml: error: the profile name 'support-chatbot' is also the name of \(folder.path)/a.yaml"
            ), "\(run.stderr)")
        #expect(run.stdout.contains("- ❌ `\(folder.path)/b.yaml`"))
    }

    @Test(
        "a profile with errors is reported as an error entry; the others in full; the file is written and the exit is 2"
    )
    func partialFailure() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "genai-plan-partial-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Profiles/support-chatbot.yaml"),
            to: folder.appendingPathComponent("good.yaml"))
        try "version: 1\nworkload:\n  task: chatbot\n  requests: 20000\n  input_tokens: 10\n".write(
            to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("report.md").path
        let run = try genaiPlan(["report", folder.path, "--output", output])
        #expect(run.status == 2)
        #expect(run.stderr.contains("1 error in 1 of 2 profiles; the report lists them and covers the other 1"))
        let report = try String(contentsOfFile: output, encoding: .utf8)
        #expect(report.contains("**Profiles with errors** (not estimated; 1 of 2)"))
        #expect(report.contains("bad.yaml:4:13: error: workload.requests: a request volume needs its period"))
        #expect(report.contains("## support-chatbot"))
        let junit = try genaiPlan(["report", folder.path, "--format", "junit"])
        #expect(junit.stdout.contains("errors=\"1\""))
        #expect(junit.stdout.contains("<error message="))
    }

    @Test("pricing show --regions lists the covered regions by name with what each prices")
    func regions() throws {
        let run = try genaiPlan(["pricing", "show", "--regions"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\nus-east-1       US East (N. Virginia)"))
        #expect(run.stdout.contains("\neu-central-1    Europe (Frankfurt)"))
        #expect(run.stdout.contains("\nap-northeast-1  Asia Pacific (Tokyo)"))
        #expect(run.stdout.contains("Bedrock models"))
        // An uncovered region names its own and the covered ones of its geography.
        let uncovered = try genaiPlan(["pricing", "show", "--region", "ap-southeast-4"])
        #expect(uncovered.status == 2)
        #expect(uncovered.stderr.contains("'ap-southeast-4' (Asia Pacific (Melbourne))"))
        #expect(uncovered.stderr.contains("in Asia Pacific: ap-northeast-1 (Asia Pacific (Tokyo))"))
        #expect(uncovered.stderr.contains("pricing refresh --region"))
    }

    @Test(
        "init writes a commented profile for each task that estimates as is, and never overwrites a file",
        arguments: [
            "chatbot", "embeddings", "image-generation", "sentiment-analysis", "summarization", "code-generation",
        ])
    func initProfile(task: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "init-\(task)-\(UUID().uuidString).yaml"
        )
        .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let written = try genaiPlan(["init", "--task", task, "--requests", "5000", "-o", path])
        #expect(written.status == 0, "\(written.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("task: \(task)"))
        #expect(text.contains("requests: { per_day: 5000 }"))
        #expect(text.contains("# "))
        let estimate = try genaiPlan(["estimate", path])
        #expect(estimate.status == 0, "\(estimate.stderr)")
        #expect(estimate.stderr.isEmpty, "\(estimate.stderr)")
        let again = try genaiPlan(["init", "--task", task, "-o", path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("init does not overwrite a file"))
    }

    @Test("text tables fit $COLUMNS, wrapping the option and item columns; --wide keeps one line a row")
    func columns() throws {
        let narrow = try genaiPlan(["estimate", "Profiles/support-chatbot.yaml"], environment: ["COLUMNS": "100"])
        #expect(narrow.status == 0)
        let lines = narrow.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        guard let header = lines.firstIndex(where: { $0.contains("Option") && $0.contains("Monthly") }) else {
            Issue.record("no summary table")
            return
        }
        let table = lines[header...].prefix { !$0.isEmpty }
        #expect(table.allSatisfy { $0.count <= 100 }, "\(table)")
        #expect(table.contains { $0.trimmingCharacters(in: .whitespaces) == "1-month term)" })
        let wide = try genaiPlan(
            ["estimate", "Profiles/support-chatbot.yaml", "--wide"], environment: ["COLUMNS": "100"])
        #expect(wide.stdout.contains("Titan Text G1 - Express (Bedrock, provisioned, 1 model unit, 1-month term)"))
    }

    @Test("breakeven and finetune wrap to $COLUMNS too: option ids at ':' and notes with a hanging indent")
    func columnsOfOtherTables() throws {
        let breakEven = try genaiPlan(["breakeven", "Profiles/support-chatbot.yaml"], environment: ["COLUMNS": "100"])
        #expect(breakEven.status == 0)
        let lines = breakEven.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 100 }, "\(lines.filter { $0.count > 100 })")
        #expect(lines.contains { $0.hasPrefix("    jumpstart:meta-textgeneration-llama-3-8b-instruct:ml.g5.2xlarge") })
        let fineTuning = try genaiPlan(
            ["finetune", "Profiles/domain-fine-tuning.yaml"], environment: ["COLUMNS": "100"])
        #expect(fineTuning.status == 0)
        // The table's numeric columns keep their width (it needs about 130 columns); all prose fits.
        let prose = fineTuning.stdout.split(separator: "\n").filter {
            !$0.contains("  JumpStart  ") && !$0.contains("---")
        }
        #expect(prose.filter { $0.count > 100 && !$0.hasPrefix("Method") && !$0.hasPrefix("Bedrock ") }.isEmpty)
        let wide = try genaiPlan(
            ["finetune", "Profiles/domain-fine-tuning.yaml", "--wide"], environment: ["COLUMNS": "100"])
        #expect(wide.stdout.split(separator: "\n").contains { $0.count > 150 })
    }

    @Test("a non-http endpoint is bad input")
    func badEndpoint() throws {
        let run = try genaiPlan([
            "pricing", "refresh", "--endpoint", "file:///etc", "--output", "/tmp/unused-genai-plan",
        ])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--endpoint must be an http or https URL"))
    }

    @Test(
        "out-of-range download limits are bad input",
        arguments: [
            ["--max-size", "99999999999999"], ["--max-size", "0"], ["--low-speed-time", "-1"],
        ])
    func badLimits(arguments: [String]) throws {
        let run = try genaiPlan(["pricing", "refresh", "--output", "/tmp/unused-genai-plan"] + arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(arguments[0]))
    }

    @Test("pricing diff lists added, removed and changed prices with the change in percent")
    func diff() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Pricing"), to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let bedrock = copy.appendingPathComponent("bedrock.json")
        let text = try String(contentsOf: bedrock, encoding: .utf8).replacingOccurrences(
            of: "\"input\": \"0.00025\"", with: "\"input\": \"0.0003\"")
        try text.write(to: bedrock, atomically: true, encoding: .utf8)
        let run = try genaiPlan(["pricing", "diff", "embedded", copy.path])
        #expect(run.status == 0)
        #expect(
            run.stdout.contains(
                "changed  bedrock/anthropic.claude-3-haiku/us-east-1/regional/input  $0.00025 per 1K tokens → $0.0003 per 1K tokens (+20.0%)"
            ))
        #expect(run.stdout.hasSuffix("0 added, 0 removed, 2 changed\n"))
        let json = try genaiPlan(["pricing", "diff", "embedded", copy.path, "--format", "json"])
        #expect(json.status == 0)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["changed"] as? Int == 2)
        let entries = try #require(document["entries"] as? [[String: Any]])
        #expect(
            entries.contains { $0["key"] as? String == "bedrock/anthropic.claude-3-haiku/us-east-1/regional/input" })
        let markdown = try genaiPlan(["pricing", "diff", "embedded", copy.path, "--format", "markdown"])
        #expect(
            markdown.stdout.contains(
                "| changed | `bedrock/anthropic.claude-3-haiku/us-east-1/regional/input` | $0.00025 per 1K tokens | $0.0003 per 1K tokens | +20.0% |"
            ))
    }

    @Test("pricing show --format json and markdown: the same prices and their sources, for scripts and wikis")
    func showFormats() throws {
        let json = try genaiPlan(["pricing", "show", "amazon.nova-micro", "--region", "us-east-1", "--format", "json"])
        #expect(json.status == 0)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let prices = try #require(document["prices"] as? [[String: Any]])
        #expect(prices.contains { $0["price"] as? String == "amazon.nova-micro input tokens" })
        #expect((document["sources"] as? [[String: Any]])?.isEmpty == false)
        let markdown = try genaiPlan(["pricing", "show", "amazon.nova-micro", "--format", "markdown"])
        #expect(markdown.stdout.contains("| amazon.nova-micro input tokens | us-east-1 |"))
        #expect(try genaiPlan(["pricing", "show", "--format", "html"]).status == 2)
    }
}

@Suite("genai-plan on bad input end to end", .serialized)
struct BadInputEndToEndTests {
    @Test("an output path that is an input is refused before anything is written")
    func outputIsInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = folder.appendingPathComponent("p.yaml")
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Profiles/support-chatbot.yaml"), to: profile)
        let before = try Data(contentsOf: profile)
        for arguments in [
            ["report", folder.path, "--output", profile.path], ["breakeven", profile.path, "--chart", profile.path],
        ] {
            let run = try genaiPlan(arguments)
            #expect(run.status == 2)
            #expect(run.stderr.contains("names an input of this command"), "\(run.stderr)")
            #expect(try Data(contentsOf: profile) == before)
        }
        let missing = try genaiPlan([
            "report", profile.path, "--output", folder.appendingPathComponent("none/r.md").path,
        ])
        #expect(
            missing.stderr.contains(
                "cannot write the report: the directory '\(folder.path)/none' does not exist; nothing was written"))
    }

    @Test("with --format json, standard output is one JSON document even on bad input")
    func jsonOnErrors() throws {
        for arguments in [
            ["estimate", "Tests/RobustnessTests/Regressions/profile/numbers.yaml", "--format", "json"],
            ["estimate", "/dev/zero", "--format", "json"],
            ["estimate", "Tests/RobustnessTests/Regressions/profile/overflow-images.yaml", "--format", "json"],
            ["breakeven", "Tests/RobustnessTests/Regressions/profile/overflow-capped-fleet.yaml", "--format", "json"],
            // A report over a good and a bad profile: the report itself, listing the bad one.
            [
                "report", "Profiles/support-chatbot.yaml", "Tests/RobustnessTests/Regressions/profile/numbers.yaml",
                "--format", "json",
            ],
        ] {
            let run = try genaiPlan(arguments)
            #expect(run.status == 0 || run.status == 2)
            #expect(
                try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) is [String: Any],
                "\(arguments): \(run.stdout.prefix(200))")
        }
    }

    @Test("errors start 'error:' and quick-mode needs must name one")
    func wording() throws {
        let unknown = try genaiPlan(["pricing", "show", "nothing-like-this"])
        #expect(unknown.stderr.hasPrefix("error: "))
        let needs = try genaiPlan(["advise", "--task", "chatbot", "--needs", ",,,"])
        #expect(needs.status == 2)
        #expect(needs.stderr.hasPrefix("error: --needs names no need"))
        #expect(!needs.stderr.contains("Usage: genai-plan <subcommand>"))
    }
}

@Suite("genai-plan-embed-pricing end to end")
struct EmbedPricingEndToEndTests {
    @Test("the committed EmbeddedPricing.swift and EmbeddedCatalogArchive.swift are what the generator writes")
    func committedMatches() throws {
        let result = try run(builtExecutable("genai-plan-embed-pricing"), ["--check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "Sources/PlannerPricing/EmbeddedPricing.swift and Sources/PlannerPricing/EmbeddedCatalogArchive.swift match Pricing/\n"
        )
    }

    @Test("a catalog with a problem is refused with the problem, and nothing is written")
    func refusesBadCatalog() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("embed-\(UUID())")
        let pricing = root.appendingPathComponent("Pricing")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("Sources/PlannerPricing"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Pricing"), to: pricing)
        defer { try? FileManager.default.removeItem(at: root) }
        let file = pricing.appendingPathComponent("sagemaker.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"accelerators\": 1,", with: "\"accelerators\": 0,").write(
            to: file, atomically: true, encoding: .utf8)
        let result = try run(builtExecutable("genai-plan-embed-pricing"), [root.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("sagemaker.json: instances[0].accelerators: must be from 1 to 64, found 0"))
        let written = try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("Sources/PlannerPricing").path)
        #expect(written.isEmpty)
    }
}

/// Bash completion, generated by the binary and run in bash as the shell would run it.
@Suite("shell completion")
struct CompletionTests {
    /// What bash offers for the last word of `line`.
    func complete(_ words: [String]) throws -> [String] {
        let script = try genaiPlan(["--generate-completion-script", "bash"]).stdout
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-completion-\(UUID()).bash")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let command = """
            source '\(file.path)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
            _genai-plan genai-plan "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try run(URL(fileURLWithPath: "/bin/bash"), ["-c", command])
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test("profiles complete as *.yaml paths; --baseline as *.json; --pricing as directories")
    func filePaths() throws {
        #expect(
            try complete(["genai-plan", "estimate", "Profiles/rag"]) == [
                "Profiles/rag-embeddings.yaml", "Profiles/rag-qa.yaml",
            ])
        #expect(
            try complete(["genai-plan", "report", "--baseline", "Tests/PlannerReportsTests/Golden/report."]) == [
                "Tests/PlannerReportsTests/Golden/report.json"
            ])
        #expect(try complete(["genai-plan", "estimate", "--pricing", "Pric"]) == ["Pricing"])
    }
}
