import Foundation
import PlannerCore

/// What one Price List price is, read from the shape of the offer it comes from: a Bedrock rate of
/// a named model (kind, endpoint scope and the unit its scale stands in), a Custom Model Import
/// rate, a SageMaker instance rate, or a price skipped for a named reason.
package enum PriceListReading: Sendable, Hashable {
    case bedrock(model: String, kind: BedrockRateKind, scope: EndpointScope, unit: PriceUnit)
    /// Custom Model Import per Custom Model Unit-minute, per unit version (`1.0`).
    case customModelImport(version: String, architecture: String)
    case instance(name: String, kind: InstanceRateKind)
    case skipped(PriceListSkip)
}

/// Why a refresh leaves a Price List price out, by name: each is counted and listed with `--verbose`.
package enum PriceListSkip: String, Sendable, Hashable, CaseIterable, Comparable {
    case guardrails = "Guardrails"
    case dataAutomation = "Data Automation"
    case promptOptimization = "Automatic Prompt Optimization"
    case nonTextTokens = "image, audio and video tokens of multimodal models"
    case tieredCache = "cache rates of the flex and priority tiers"
    case tieredSpecial = "flex and priority rates of batch and long-context requests"
    case batchCache = "cache rates of batch requests"
    case latencyOptimized = "latency-optimized inference"
    case requestCount = "per-request prices (no token scale)"
    case customModelImages = "custom-model image rates"
    case customModelImportOther = "Custom Model Import rates other than inference"
    case scaleNotStated = "prices whose scale the record does not state"
    case localZone = "Outposts and Local Zone prices"
    case otherRegion = "prices of another region"
    case negativeOrInvalid = "prices that are not a non-negative decimal"
    case unrecognised = "Bedrock prices of a kind the catalog does not model"
    case otherComponent = "SageMaker components other than hosting, training, batch transform and async inference"

    package static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// Reads the three offers as AWS publishes them:
/// - **AmazonBedrockFoundationModels** (Marketplace): no product family, the model in `servicename`,
///   unit `Units` with the scale in the usage type and description
///   (`USE1-MP:USE1_InputTokenCount_LCtx_Global-Units`, "Million Input Tokens Long Context Global").
/// - **AmazonBedrock** (and the older AmazonBedrockService): the model in `model`, `titanModel`,
///   `modelUnit` or `titanModelUnit`; the rate in `feature`, `inferenceType` and the usage type's
///   suffixes (`-batch`, `-flex`, `-priority`, `-cross-region-global`, `-custom-model`, `T2I-512-Premium`).
/// - **AmazonSageMaker**: `ML Instance` products by `instanceName` and `component` (or the usage
///   type's `Host:`, `Train:`, `Tsform:`, `AsyncInf:`).
package enum PriceListClassifier {
    /// The reading of one price of `offer`.
    package static func read(_ price: OfferPrice, offer: String) -> PriceListReading {
        let attributes = price.attributes
        if offer == "AmazonSageMaker" { return sageMaker(attributes) }
        let usage = attributes["usagetype"] ?? ""
        if usage.contains("-MP:") || offer == "AmazonBedrockFoundationModels" && price.productFamily.isEmpty {
            return marketplace(price, usage: usage)
        }
        return bedrock(price, usage: usage)
    }

    // MARK: Marketplace

    /// `<P>-MP:<P>_<Kind>[_LCtx][_Global|_Geo][_Batch]-Units`, the scale from the description.
    static func marketplace(_ price: OfferPrice, usage: String) -> PriceListReading {
        let model = Self.modelName(price.attributes["servicename"] ?? "")
        var body = Substring(usage)
        if let colon = body.firstIndex(of: ":") { body = body[body.index(after: colon)...] }
        if let underscore = body.firstIndex(of: "_") { body = body[body.index(after: underscore)...] }
        if let dash = body.lastIndex(of: "-") { body = body[..<dash] }
        let parts = body.split(separator: "_").map { $0.lowercased() }
        let description = price.description.lowercased()
        let flags = Set(parts.dropFirst())
        let scope: EndpointScope = flags.contains("global") ? .global : (flags.contains("geo") ? .geo : .regional)
        let head = parts.first ?? ""
        if head == "reserved" {
            // Reserved_{1Month,3Month}_{Input,Output}TPM_{Geo,Global}: per hour per 1K TPM.
            guard description.contains("1k") || price.unit.lowercased().contains("1k tpm") else {
                return .skipped(.scaleNotStated)
            }
            let three = flags.contains("3month")
            let input = flags.contains("inputtpm")
            guard input || flags.contains("outputtpm"), three || flags.contains("1month") else {
                return .skipped(.unrecognised)
            }
            let kind: BedrockRateKind =
                three
                ? (input ? .reservedInputThreeMonth : .reservedOutputThreeMonth)
                : (input ? .reservedInputOneMonth : .reservedOutputOneMonth)
            return .bedrock(model: model, kind: kind, scope: scope, unit: .thousandTPMHour)
        }
        if head == "provisionedthroughput" {
            guard let kind = provisioned(body.lowercased()) else { return .skipped(.unrecognised) }
            return .bedrock(model: model, kind: kind, scope: .regional, unit: .modelUnitHour)
        }
        if head.hasSuffix("requestcount") { return .skipped(.requestCount) }
        let batch = flags.contains("batch") || head.hasPrefix("millionbatch")
        let longContext = flags.contains("lctx")
        let base: BedrockRateKind
        switch head {
        case "inputtokencount", "millionbatchinputtokens": base = batch ? .batchInput : .input
        case "outputtokencount", "millionbatchoutputtokens": base = batch ? .batchOutput : .output
        case "cachereadinputtokencount": base = .cacheRead
        case "cachewriteinputtokencount": base = .cacheWrite
        case "cachewrite1hinputtokencount": base = .cacheWriteOneHour
        default: return .skipped(.unrecognised)
        }
        if batch, [.cacheRead, .cacheWrite, .cacheWriteOneHour].contains(base) { return .skipped(.batchCache) }
        guard let unit = tokenScale(description: description, unit: price.unit) else {
            return .skipped(.scaleNotStated)
        }
        let kind = longContext ? (base.longContextVariant ?? base) : base
        return .bedrock(model: model, kind: kind, scope: scope, unit: unit)
    }

    /// The token unit a Marketplace description or unit states: "Million …", "per 1 million …", "1M tokens".
    static func tokenScale(description: String, unit: String) -> PriceUnit? {
        let unit = unit.lowercased()
        if unit == "1m tokens" || unit == "1m token" { return .millionTokens }
        if unit == "1k tokens" || unit == "1k token" { return .thousandTokens }
        if description.contains("million") || description.contains("1m ") { return .millionTokens }
        if description.contains("thousand") || description.contains("1k ") { return .thousandTokens }
        return nil
    }

    // MARK: AmazonBedrock

    static func bedrock(_ price: OfferPrice, usage rawUsage: String) -> PriceListReading {
        let attributes = price.attributes
        let usage = rawUsage.lowercased()
        let feature = (attributes["feature"] ?? "").lowercased()
        let inference = (attributes["inferenceType"] ?? "").lowercased()
        let unit = price.unit.lowercased()
        if usage.contains("guardrail") || unit == "textunit" { return .skipped(.guardrails) }
        if usage.contains("dataautomation") || unit.contains("processed") { return .skipped(.dataAutomation) }
        if feature.contains("prompt optimization") || usage.contains("promptoptimi") {
            return .skipped(.promptOptimization)
        }
        if feature.contains("custom model import") || usage.contains("custommodelimport") {
            guard usage.contains("inference"), unit.contains("custom model unit") else {
                return .skipped(.customModelImportOther)
            }
            let version = attributes["customModelUnitVersion"] ?? Self.importVersion(usage)
            return .customModelImport(version: version, architecture: attributes["architectureName"] ?? "")
        }
        let model =
            attributes["model"] ?? attributes["titanModel"] ?? attributes["modelUnit"]
            ?? attributes["titanModelUnit"] ?? ""
        if feature.hasPrefix("provisioned throughput") || usage.contains("provisionedthroughput") {
            guard let kind = provisioned(usage + " " + feature) else { return .skipped(.unrecognised) }
            return .bedrock(model: model, kind: kind, scope: .regional, unit: .modelUnitHour)
        }
        if usage.contains("latency-optimized") || usage.contains("latency_optimized") {
            return .skipped(.latencyOptimized)
        }
        let scope: EndpointScope =
            usage.contains("global")
            ? .global : (usage.contains("cross-region") || usage.contains("-geo") ? .geo : .regional)
        let batch = usage.hasSuffix("-batch") || usage.contains("-batch-") || feature.contains("batch")
        let custom = usage.contains("custom-model") || feature == "model customization"
        let longContext = usage.contains("long-context") || usage.contains("lctx")
        let text = usage + " " + inference
        let flex = text.contains("flex")
        let priority = text.contains("priority")

        if unit == "image" || unit == "images" {
            if custom { return .skipped(.customModelImages) }
            if usage.contains("input-image") || inference.contains("input image") && !inference.contains("token") {
                return .bedrock(model: model, kind: .imageInput, scope: scope, unit: .image)
            }
            let request = ImageRequest(
                premium: text.contains("premium"), size: text.contains("512") ? .small : .large,
                operation: text.contains("i2i") || text.contains("image-to-image") ? .imageToImage : .textToImage)
            let kind = BedrockRateKind.allCases.first { $0.traits.image == request } ?? .image
            return .bedrock(model: model, kind: kind, scope: scope, unit: .image)
        }
        if ["image-token", "image token", "video", "audio"].contains(where: { text.contains($0) }) {
            return .skipped(.nonTextTokens)
        }
        if usage.contains("storage"), unit.contains("month") {
            return .bedrock(model: model, kind: .customModelStorage, scope: .regional, unit: .customModelMonth)
        }
        guard let tokenUnit = PriceListMapper.unit(price.unit), tokenUnit.tokensPerUnit != nil else {
            return .skipped(.unrecognised)
        }
        if usage.contains("customization") || usage.contains("training") || inference.contains("training") {
            return .bedrock(model: model, kind: .trainingTokens, scope: .regional, unit: tokenUnit)
        }
        let cacheRead = text.contains("cache-read") || text.contains("cache read")
        let cacheWrite = text.contains("cache-write") || text.contains("cache write")
        let input = text.contains("input")
        let output = text.contains("output")
        guard cacheRead || cacheWrite || input || output else { return .skipped(.unrecognised) }
        if custom {
            guard !cacheRead, !cacheWrite, !flex, !priority else { return .skipped(.unrecognised) }
            return .bedrock(
                model: model, kind: input ? .customModelInput : .customModelOutput, scope: .regional, unit: tokenUnit)
        }
        if cacheRead || cacheWrite {
            if flex || priority { return .skipped(.tieredCache) }
            if batch { return .skipped(.batchCache) }
            let oneHour = text.contains("1h") || text.contains("1-hour") || text.contains("1 hour")
            let base: BedrockRateKind = cacheRead ? .cacheRead : (oneHour ? .cacheWriteOneHour : .cacheWrite)
            return .bedrock(
                model: model, kind: longContext ? (base.longContextVariant ?? base) : base, scope: scope,
                unit: tokenUnit)
        }
        if flex || priority {
            if batch || longContext { return .skipped(.tieredSpecial) }
            let kind: BedrockRateKind =
                input ? (flex ? .flexInput : .priorityInput) : (flex ? .flexOutput : .priorityOutput)
            return .bedrock(model: model, kind: kind, scope: scope, unit: tokenUnit)
        }
        let base: BedrockRateKind = input ? (batch ? .batchInput : .input) : (batch ? .batchOutput : .output)
        return .bedrock(
            model: model, kind: longContext ? (base.longContextVariant ?? base) : base, scope: scope, unit: tokenUnit)
    }

    /// The provisioned-throughput commitment a usage type or feature names.
    static func provisioned(_ text: String) -> BedrockRateKind? {
        let text = text.lowercased()
        if text.contains("nocommit") || text.contains("no commit") { return .provisionedNoCommitment }
        if text.contains("6month") || text.contains("6 month") { return .provisionedSixMonth }
        if text.contains("1month") || text.contains("1 month") { return .provisionedOneMonth }
        return nil
    }

    /// `…-CustomModelImport-Inference-v1:0` → `1.0`.
    static func importVersion(_ usage: String) -> String {
        guard let range = usage.range(of: "-v", options: .backwards) else { return "1.0" }
        return usage[range.upperBound...].replacingOccurrences(of: ":", with: ".")
    }

    /// The model's product name without the Marketplace suffix.
    static func modelName(_ servicename: String) -> String {
        var name = servicename
        for suffix in [" (Amazon Bedrock Edition)", " (Amazon Bedrock)"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        return name
    }

    // MARK: SageMaker

    /// Instance and component of a SageMaker price: `instanceName`, else the usage type (`USE1-Host:ml.g5.xlarge`).
    static func sageMaker(_ attributes: [String: String]) -> PriceListReading {
        let usage = attributes["usagetype"] ?? ""
        var instance = attributes["instanceName"] ?? attributes["instanceType"] ?? ""
        if instance.isEmpty || instance == "NA", let colon = usage.lastIndex(of: ":") {
            instance = String(usage[usage.index(after: colon)...])
        }
        let component = (attributes["component"] ?? "").lowercased()
        let kind: InstanceRateKind
        if component == "hosting" || usage.contains("-Host:") {
            kind = .hosting
        } else if component == "training" || usage.contains("-Train:") {
            kind = .training
        } else if component == "batchtransform" || usage.contains("-Tsform:") {
            kind = .batchTransform
        } else if component == "asyncinf" || usage.contains("-AsyncInf:") {
            kind = .asyncInference
        } else {
            return .skipped(.otherComponent)
        }
        return instance.hasPrefix("ml.") ? .instance(name: instance, kind: kind) : .skipped(.otherComponent)
    }
}
