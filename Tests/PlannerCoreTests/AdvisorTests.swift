import PlannerCore
import PlannerPricing
import Testing

/// Every row of every decision table of the GenAI model fundamentals comparison tables (`docs/genai-fundamentals-tables.md`), through the advisor.
@Suite("Advisor")
struct AdvisorTests {
    let advisor = Advisor(tables: bundledTables, catalog: fixtureCatalog)

    func quick(
        _ task: TaskKind, _ useCase: UseCase = .chat, _ needs: [String] = [], answer: DecisionTables.AnswerFormat? = nil
    ) -> Advice {
        var requirements = Requirements()
        for need in needs { requirements.set(need) }
        requirements.answerFormat = answer
        return advisor.advise(task: task, useCase: useCase, requirements: requirements)
    }

    // "When to Use Each Architecture", row by row, plus the rows derived for tasks the seed lacks.
    @Test(
        "architecture per task",
        arguments: [
            (
                TaskKind.sentimentAnalysis, "encoder-only",
                "Sentiment analysis | Encoder-only (BERT) | Needs understanding, not generation"
            ),
            (.textGeneration, "decoder-only", "Text generation | Decoder-only (GPT) | Autoregressive generation"),
            (.chatbot, "decoder-only", "Chatbot | Decoder-only (GPT, Claude) | Generate responses"),
            (
                .translation, "encoder-decoder",
                "Translation | Encoder-Decoder (T5) | Understand source, generate target"
            ),
            (
                .summarization, "encoder-decoder",
                "Summarization | Encoder-Decoder (T5) | Understand document, generate summary"
            ),
            (.ner, "encoder-only", "Named Entity Recognition | Encoder-only (BERT) | Token classification"),
            (.questionAnswering, "decoder-only", "Question Answering | Either | Depends on format"),
            (.codeGeneration, "decoder-only", "derived: Quick decision table: Need to generate text?"),
            (.embeddings, "encoder-only", "derived: Quick decision table: Need to understand/classify text?"),
            (.imageGeneration, "diffusion", "derived: AWS Bedrock Models: Stable Diffusion"),
        ])
    func architecture(task: TaskKind, expected: String, row: String) {
        let advice = quick(task)
        #expect(advice.architecture.architecture.rawValue == expected)
        #expect(advice.architecture.rule.contains(row))
    }

    @Test(
        "question answering is either: extracted answers → encoder-only, generated → decoder-only",
        arguments: [
            (DecisionTables.AnswerFormat.extracted, "encoder-only"), (.generated, "decoder-only"),
        ])
    func questionAnswering(format: DecisionTables.AnswerFormat, expected: String) {
        let advice = quick(.questionAnswering, .factualQA, answer: format)
        #expect(advice.architecture.architecture.rawValue == expected)
        #expect(advice.architecture.reason.contains("\(format.rawValue) answers"))
        #expect(advice.architecture.rule.hasPrefix("seed: Question Answering | Either | Depends on format → "))
    }

    // "When to Use Each Setting", row by row; the recommendation is the midpoint (lower bound for "50+").
    @Test(
        "sampling ranges and recommended values per use case",
        arguments: [
            (UseCase.factualQA, "0.1–0.3", "0.5–0.7", "10–20", "temperature 0.2, top_p 0.6, top_k 15"),
            (.creativeWriting, "0.7–1", "0.9–1", "50+", "temperature 0.85, top_p 0.95, top_k 50"),
            (.codeGeneration, "0.2–0.5", "0.7–0.9", "20–40", "temperature 0.35, top_p 0.8, top_k 30"),
            (.chat, "0.5–0.7", "0.8–0.95", "30–50", "temperature 0.6, top_p 0.875, top_k 40"),
        ])
    func sampling(useCase: UseCase, temperature: String, topP: String, topK: String, recommended: String) throws {
        let sampling = try #require(quick(.chatbot, useCase).sampling)
        #expect(sampling.temperature.text == temperature)
        #expect(sampling.topP.text == topP)
        #expect(sampling.topK.text == topK)
        #expect(sampling.recommendation.hasPrefix(recommended))
        #expect(sampling.flags.isEmpty)
    }

    @Test(
        "sampling advice only for tasks that generate text",
        arguments: [
            (TaskKind.chatbot, true), (.questionAnswering, true), (.summarization, true), (.embeddings, false),
            (.imageGeneration, false), (.sentimentAnalysis, false), (.ner, false),
        ])
    func samplingOnlyForText(task: TaskKind, advised: Bool) {
        #expect((quick(task).sampling != nil) == advised)
    }

    @Test(
        "a profile's sampling outside the range is flagged; at the bounds it is not",
        arguments: [
            (SamplingSettings(temperature: dec("0.3"), topP: dec("0.5"), topK: 20), 0),
            (SamplingSettings(temperature: dec("0.31"), topP: dec("0.5"), topK: 10), 1),
            (SamplingSettings(temperature: dec("0.9"), topP: dec("0.95"), topK: 50), 3),
        ])
    func samplingFlags(settings: SamplingSettings, flags: Int) {
        var plan = profile([.bedrock(.init(model: "anthropic.claude-3-haiku"))])
        plan.workload.useCase = .factualQA
        plan.sampling = settings
        #expect(advisor.advise(plan).sampling?.flags.count == flags)
    }

    // "When to Use Each Service" and "Which AWS Service?", row by row.
    @Test(
        "service per requirement",
        arguments: [
            ("production", HostingService.bedrock, "Production application with API | Bedrock"),
            ("minimal_infrastructure", .bedrock, "Minimal infrastructure management | Bedrock"),
            ("needs_notebooks", .jumpStart, "Need Jupyter notebooks | SageMaker JumpStart"),
            ("needs_fine_tuning=full", .jumpStart, "Custom fine-tuning needed | SageMaker JumpStart"),
            ("needs_fine_tuning=limited", .bedrock, "Customization | Limited fine-tuning"),
            ("wants_hugging_face_models", .jumpStart, "Want Hugging Face models | SageMaker JumpStart"),
        ])
    func service(requirement: String, expected: HostingService, row: String) {
        let advice = quick(.chatbot, .chat, [requirement])
        #expect(advice.service.service == expected)
        #expect(advice.service.rule.contains(row))
        #expect(advice.service.conflict == nil)
    }

    @Test("no requirement: Bedrock, as for a quick prototype with API")
    func defaultService() {
        let advice = quick(.chatbot)
        #expect(advice.service.service == .bedrock)
        #expect(advice.service.rule == "seed: Just need API access to models? | Bedrock")
    }

    @Test("full fine-tuning with minimal infrastructure: the conflict is said, and both costs are shown")
    func conflict() throws {
        var plan = profile([.bedrock(.init(model: "anthropic.claude-3-haiku"))])
        plan.requirements.needsFineTuning = .full
        plan.requirements.minimalInfrastructure = true
        let advice = Estimator(catalog: fixtureCatalog, tables: bundledTables).estimate(plan).advice
        let service = try #require(advice?.service)
        #expect(service.service == .jumpStart)
        #expect(
            service.conflict?.contains(
                "needs_fine_tuning=full point to SageMaker JumpStart, minimal_infrastructure to Bedrock") == true)
        #expect(service.cheapestBedrock?.id == "bedrock:anthropic.claude-3-haiku:on-demand")
        #expect(service.cheapestJumpStart?.id.hasPrefix("jumpstart:meta-textgeneration-llama-3-1-8b-instruct") == true)
    }

    // "Which Bedrock Model?", row by row, narrowed to what the catalog prices.
    @Test(
        "Bedrock model family per need",
        arguments: [
            ("conversation", TaskKind.chatbot, [String](), "Claude", "Best for conversation/reasoning? | Claude"),
            ("multilingual", .chatbot, ["needs_multilingual"], "Jurassic-2", "Need multilingual support? | Jurassic-2"),
            (
                "image-generation", .chatbot, ["needs_image_generation"], "Stable Diffusion",
                "Need image generation? | Stable Diffusion"
            ),
            (
                "embeddings", .chatbot, ["needs_embeddings"], "Amazon Titan",
                "Need embeddings for search? | Amazon Titan"
            ),
            ("open-weights", .chatbot, ["wants_open_weights"], "Llama", "Want open-weight model? | Llama"),
            ("multilingual", .translation, [], "Jurassic-2", "Need multilingual support? | Jurassic-2"),
            ("summarization", .summarization, [], "Amazon Titan (Text)", "Summarization, search, embeddings"),
        ])
    func model(need: String, task: TaskKind, needs: [String], family: String, row: String) throws {
        let advice = quick(task, .chat, needs)
        #expect(advice.model.need == need)
        #expect(advice.model.family.hasPrefix(family))
        #expect(advice.model.rule.contains(row))
        let chosen = try #require(advice.model.chosen)
        #expect(bundledTables.models[need]?.candidates.contains(chosen) == true)
    }

    @Test("the model is the cheapest of the family for the workload that fits the context window")
    func modelFitsContext() throws {
        // 3,900 input + 300 output tokens: Titan Text Lite (4,096) is cheapest but does not fit; Express (8,192) does.
        // Asking for the basic tier (Lite): it does not fit, so the nearest tier's model (Express) is taken, and said.
        var plan = profile([], input: 3900, output: 300)
        plan.workload.task = .summarization
        plan.requirements.quality = .basic
        let advice = advisor.advise(plan)
        #expect(advice.model.chosen == "amazon.titan-text-express")
        #expect(advice.model.tier == .standard)
        #expect(advice.model.reason.contains("in the standard tier (the basic tier has no usable model)"))
        let lite = try #require(advice.model.candidates.first { $0.id == "amazon.titan-text-lite" })
        guard case .infeasible(let reasons) = lite.status else {
            Issue.record("Titan Text Lite should be infeasible, is \(lite.status)")
            return
        }
        #expect(reasons.first?.hasPrefix("3,900 input + 300 output tokens exceed") == true)
        // One token less fits Lite exactly at its limit.
        plan.workload.inputTokens = Fixed(3796)
        #expect(advisor.advise(plan).model.chosen == "amazon.titan-text-lite")
    }

    @Test(
        "within a family the quality tier decides, not the price alone; the cheaper and stronger neighbours are named",
        arguments: [
            (
                Requirements.Quality.basic, "anthropic.claude-3-haiku", String?.none,
                String?.some("anthropic.claude-3-5-sonnet")
            ),
            (.standard, "anthropic.claude-3-5-sonnet", "anthropic.claude-3-haiku", "anthropic.claude-opus-4-5"),
            (.best, "anthropic.claude-opus-4-5", "anthropic.claude-3-5-sonnet", String?.none),
        ])
    func qualityTiers(quality: Requirements.Quality, chosen: String, cheaper: String?, stronger: String?) {
        var plan = profile([])
        plan.requirements.quality = quality
        let model = advisor.advise(plan).model
        #expect(model.chosen == chosen)
        #expect(model.cheaperNeighbour == cheaper)
        #expect(model.strongerNeighbour == stronger)
        if let cheaper {
            #expect(
                model.reason.contains("a tier down (")
                    && model.reason.contains(fixtureCatalog.bedrockModels[cheaper]?.name ?? "?"))
        }
    }

    @Test("a task the seed's model table has no row for says so and explains the pick")
    func derivedNeed() {
        let model = quick(.sentimentAnalysis).model
        #expect(model.reason.hasPrefix("no seed row for sentiment-analysis: "))
        #expect(model.reason.contains("encoder-only, which Bedrock does not host"))
        #expect(!quick(.chatbot).model.reason.hasPrefix("no seed row"))
    }

    @Test("a discount applies once: the advisor's candidate cost equals the option's cost")
    func discountOnce() throws {
        var plan = profile([.bedrock(.init(model: "anthropic.claude-3-5-haiku"))])
        plan.prices = PriceAdjustments(discountPercent: Fixed(5))
        let estimate = Estimator(catalog: fixtureCatalog, tables: bundledTables).estimate(plan)
        let candidate = try #require(estimate.advice?.model.candidates.first { $0.id == "anthropic.claude-3-5-haiku" })
        #expect(candidate.monthlyCost == estimate.options[0].monthlyCost)
    }

    @Test("models the catalog cannot price in the region are passed over")
    func regionNarrowing() throws {
        let advice = quick(.chatbot)
        let opus = advice.model.candidates.first { $0.id == "anthropic.claude-opus-4-1" }
        #expect(opus?.status == .priced(region: "us-east-1"))
        let westOnly = advisor.advise(task: .chatbot, useCase: .chat, requirements: Requirements(), region: "eu-west-1")
        #expect(westOnly.model.chosen == nil)
        #expect(westOnly.model.reason.contains("no Claude model can be priced in eu-west-1"))
    }

    // "Fine-Tuning Data Requirements", at each boundary.
    @Test(
        "fine-tuning method hint from the data size, a rule of thumb",
        arguments: [
            (10_000, "full"), (9_999, "freeze"), (1_000, "freeze"), (999, "lora"), (100, "lora"), (99, "prompt-tuning"),
            (10, "prompt-tuning"), (9, nil),
        ] as [(Int, String?)])
    func fineTuning(examples: Int, method: String?) {
        var plan = profile([.bedrock(.init(model: "anthropic.claude-3-haiku"))])
        plan.fineTuningExamples = examples
        let hint = advisor.advise(plan).fineTuning
        #expect(hint?.method == method)
        #expect(hint?.reason.hasPrefix("rule of thumb") == true)
        #expect(hint?.evidence.isEmpty == false)
    }

    @Test("max_input_tokens: truncation is counted, and costs use the tokens sent")
    func truncation() throws {
        var plan = profile(
            [.bedrock(.init(model: "anthropic.claude-3-haiku"))], requests: RequestRate(Fixed(1000), per: .month),
            input: 5000, output: 0)
        plan.workload.maxInputTokens = Fixed(4000)
        let estimate = Estimator(catalog: fixtureCatalog, tables: bundledTables).estimate(plan)
        #expect(
            estimate.advice?.limits.first
                == "max_input_tokens 4,000 truncates 1,000 of 5,000 input tokens per request (1,000,000 a month); costs count the 4,000 sent"
        )
        #expect(estimate.options[0].lineItems[0].quantity == Fixed(4000))  // 4,000,000 tokens = 4,000 × 1K
    }
}

/// The seed's "Quick Decision Tables", question by question, through quick mode.
@Suite("Quick decision tables")
struct QuickDecisionTests {
    let advisor = Advisor(tables: bundledTables, catalog: fixtureCatalog)

    @Test(
        "Which Architecture?",
        arguments: [
            (TaskKind.sentimentAnalysis, "encoder-only"),  // Need to understand/classify text? | Encoder-only (BERT)
            (.textGeneration, "decoder-only"),  // Need to generate text? | Decoder-only (GPT)
            (.translation, "encoder-decoder"),  // Need translation/summarization? | Encoder-Decoder (T5)
            (.summarization, "encoder-decoder"),
            (.chatbot, "decoder-only"),  // Building a chatbot? | Decoder-only (GPT, Claude)
        ])
    func architecture(task: TaskKind, expected: String) {
        #expect(
            advisor.advise(task: task, useCase: .chat, requirements: Requirements()).architecture.architecture
                .rawValue == expected)
    }

    @Test(
        "Which Temperature?",
        arguments: [
            (UseCase.factualQA, "0.1–0.3"),  // Need consistent, factual answers? | Low (0.1-0.3)
            (.creativeWriting, "0.7–1"),  // Need creative, varied output? | High (0.7-1.0)
            (.chat, "0.5–0.7"),  // Balanced for conversation? | Medium (0.5-0.7)
        ])
    func temperature(useCase: UseCase, expected: String) {
        #expect(
            advisor.advise(task: .chatbot, useCase: useCase, requirements: Requirements()).sampling?.temperature.text
                == expected)
    }

    @Test(
        "Which AWS Service?",
        arguments: [
            ([String](), HostingService.bedrock),  // Just need API access to models? | Bedrock
            (["needs_notebooks"], .jumpStart),  // Need notebook environment? | SageMaker JumpStart
            (["needs_fine_tuning=full"], .jumpStart),  // Need to fine-tune model? | SageMaker JumpStart
            (["minimal_infrastructure"], .bedrock),  // Want minimal setup? | Bedrock
            (["wants_hugging_face_models"], .jumpStart),  // Need Hugging Face models? | SageMaker JumpStart
        ])
    func service(needs: [String], expected: HostingService) {
        var requirements = Requirements()
        for need in needs { requirements.set(need) }
        #expect(advisor.advise(task: .chatbot, useCase: .chat, requirements: requirements).service.service == expected)
    }

    @Test(
        "Which Bedrock Model?",
        arguments: [
            ([String](), "anthropic."),  // Best for conversation/reasoning? | Claude
            (["needs_multilingual"], "ai21."),  // Need multilingual support? | Jurassic-2
            (["needs_image_generation"], "stability."),  // Need image generation? | Stable Diffusion
            (["needs_embeddings"], "amazon.titan-embed"),  // Need embeddings for search? | Amazon Titan
            (["wants_open_weights"], "meta.llama"),  // Want open-weight model? | Llama
        ])
    func bedrockModel(needs: [String], prefix: String) {
        var requirements = Requirements()
        for need in needs { requirements.set(need) }
        let chosen = advisor.advise(task: .chatbot, useCase: .chat, requirements: requirements).model.chosen
        #expect(chosen?.hasPrefix(prefix) == true, "\(needs): \(chosen ?? "none")")
    }
}
