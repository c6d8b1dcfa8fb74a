import Foundation
import PlannerCore

/// What one Price List price is, read from the shape of the offer it comes from: a Bedrock rate of
/// a named model (kind, endpoint scope and the unit its scale stands in; the model as the record
/// names it, with the Marketplace's " (Amazon Bedrock Edition)"), a Custom Model Import
/// rate, a SageMaker instance rate, or a price skipped for a named reason.
public enum PriceListReading: Sendable, Hashable {
    case bedrock(model: String, kind: BedrockRateKind, scope: EndpointScope, unit: PriceUnit)
    /// Custom Model Import per Custom Model Unit-minute, per unit version (`1.0`).
    case customModelImport(version: String, architecture: String)
    case instance(name: String, kind: InstanceRateKind)
    case skipped(PriceListSkip)
}

/// Why a refresh leaves a Price List price out, by name: each is counted and listed with `--verbose`.
public enum PriceListSkip: String, Sendable, Hashable, CaseIterable, Comparable {
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

    public static func < (lhs: Self, rhs: Self) -> Bool {
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
    package static func read(_ price: OfferRecord, offer: String) -> PriceListReading {
        let attributes = price.attributes
        if offer == "AmazonSageMaker" { return sageMaker(attributes) }
        let usage = attributes[.usagetype] ?? ""
        let lower = LowerText(usage)
        if lower.contains("-mp:") || offer == "AmazonBedrockFoundationModels" && price.productFamily.isEmpty {
            return marketplace(price, usage: lower)
        }
        return bedrock(price, usage: lower)
    }

    // MARK: Marketplace

    /// `<P>-MP:<P>_<Kind>[_LCtx][_Global|_Geo][_Batch]-Units`, the scale from the description.
    static func marketplace(_ price: OfferRecord, usage: LowerText) -> PriceListReading {
        // The product name as AWS gives it, suffix and all: the mapper strips " (Amazon Bedrock
        // Edition)" once per name instead of once per record (the string stays shared).
        let model = price.attributes[.servicename] ?? ""
        // The body between the region prefix and `-Units`, cut at `_`.
        var body = usage.bytes[...]
        if let colon = body.firstIndex(of: UInt8(ascii: ":")) { body = body[(colon + 1)...] }
        if let underscore = body.firstIndex(of: UInt8(ascii: "_")) { body = body[(underscore + 1)...] }
        if let dash = body.lastIndex(of: UInt8(ascii: "-")) { body = body[..<dash] }
        let parts = body.split(separator: UInt8(ascii: "_"), omittingEmptySubsequences: false)
        let head = parts.first ?? []
        let flags = parts.dropFirst()
        func flag(_ literal: StaticString) -> Bool { flags.contains { LowerText.equal($0, literal) } }
        func headIs(_ literal: StaticString) -> Bool { LowerText.equal(head, literal) }
        let description = LowerText(price.description)
        let scope: EndpointScope = flag("global") ? .global : (flag("geo") ? .geo : .regional)
        if headIs("reserved") {
            // Reserved_{1Month,3Month}_{Input,Output}TPM_{Geo,Global}: per hour per 1K TPM.
            guard description.contains("1k") || LowerText(price.unit).contains("1k tpm") else {
                return .skipped(.scaleNotStated)
            }
            let three = flag("3month")
            let input = flag("inputtpm")
            guard input || flag("outputtpm"), three || flag("1month") else { return .skipped(.unrecognised) }
            let kind: BedrockRateKind =
                three
                ? (input ? .reservedInputThreeMonth : .reservedOutputThreeMonth)
                : (input ? .reservedInputOneMonth : .reservedOutputOneMonth)
            return .bedrock(model: model, kind: kind, scope: scope, unit: .thousandTPMHour)
        }
        if headIs("provisionedthroughput") {
            guard let kind = provisioned(LowerText(bytes: Array(body))) else { return .skipped(.unrecognised) }
            return .bedrock(model: model, kind: kind, scope: .regional, unit: .modelUnitHour)
        }
        if LowerText(bytes: Array(head)).hasSuffix("requestcount") { return .skipped(.requestCount) }
        let batch = flag("batch") || LowerText(bytes: Array(head)).hasPrefix("millionbatch")
        let base: BedrockRateKind
        if headIs("inputtokencount") || headIs("millionbatchinputtokens") {
            base = batch ? .batchInput : .input
        } else if headIs("outputtokencount") || headIs("millionbatchoutputtokens") {
            base = batch ? .batchOutput : .output
        } else if headIs("cachereadinputtokencount") {
            base = .cacheRead
        } else if headIs("cachewriteinputtokencount") {
            base = .cacheWrite
        } else if headIs("cachewrite1hinputtokencount") {
            base = .cacheWriteOneHour
        } else {
            return .skipped(.unrecognised)
        }
        if batch, [.cacheRead, .cacheWrite, .cacheWriteOneHour].contains(base) { return .skipped(.batchCache) }
        guard let unit = tokenScale(description: description, unit: LowerText(price.unit)) else {
            return .skipped(.scaleNotStated)
        }
        let kind = flag("lctx") ? (base.longContextVariant ?? base) : base
        return .bedrock(model: model, kind: kind, scope: scope, unit: unit)
    }

    /// The token unit a Marketplace description or unit states: "Million …", "per 1 million …", "1M tokens".
    static func tokenScale(description: LowerText, unit: LowerText) -> PriceUnit? {
        if unit == "1m tokens" || unit == "1m token" { return .millionTokens }
        if unit == "1k tokens" || unit == "1k token" { return .thousandTokens }
        if description.contains("million") || description.contains("1m ") { return .millionTokens }
        if description.contains("thousand") || description.contains("1k ") { return .thousandTokens }
        return nil
    }

    // MARK: AmazonBedrock

    static func bedrock(_ price: OfferRecord, usage: LowerText) -> PriceListReading {
        let attributes = price.attributes
        let feature = LowerText(attributes[.feature] ?? "")
        let inference = LowerText(attributes[.inferenceType] ?? "")
        let unit = LowerText(price.unit)
        if usage.contains("guardrail") || unit == "textunit" { return .skipped(.guardrails) }
        if usage.contains("dataautomation") || unit.contains("processed") { return .skipped(.dataAutomation) }
        if feature.contains("prompt optimization") || usage.contains("promptoptimi") {
            return .skipped(.promptOptimization)
        }
        if feature.contains("custom model import") || usage.contains("custommodelimport") {
            guard usage.contains("inference"), unit.contains("custom model unit") else {
                return .skipped(.customModelImportOther)
            }
            let version =
                attributes[.customModelUnitVersion] ?? Self.importVersion(String(decoding: usage.bytes, as: UTF8.self))
            return .customModelImport(version: version, architecture: attributes[.architectureName] ?? "")
        }
        let model =
            attributes[.model] ?? attributes[.titanModel] ?? attributes[.modelUnit]
            ?? attributes[.titanModelUnit] ?? ""
        if feature.hasPrefix("provisioned throughput") || usage.contains("provisionedthroughput") {
            guard let kind = provisioned(usage + feature) else { return .skipped(.unrecognised) }
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
        let text = TextPair(usage, inference)
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
        if text.contains("image-token") || text.contains("image token") || text.contains("video")
            || text.contains("audio")
        {
            return .skipped(.nonTextTokens)
        }
        if usage.contains("storage"), unit.contains("month") {
            return .bedrock(model: model, kind: .customModelStorage, scope: .regional, unit: .customModelMonth)
        }
        guard let tokenUnit = Self.tokenUnit(unit) else {
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

    /// The catalog unit of a token price's `unit` text.
    static func tokenUnit(_ unit: LowerText) -> PriceUnit? {
        if unit == "1k tokens" || unit == "1k token" { return .thousandTokens }
        if unit == "1m tokens" || unit == "1m token" { return .millionTokens }
        if unit == "tokens" || unit == "token" { return .token }
        return nil
    }

    /// The provisioned-throughput commitment a usage type or feature names.
    static func provisioned(_ text: LowerText) -> BedrockRateKind? {
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

    // MARK: SageMaker

    /// Instance and component of a SageMaker price: `instanceName`, else the usage type (`USE1-Host:ml.g5.xlarge`).
    static func sageMaker(_ attributes: OfferAttributes) -> PriceListReading {
        let usage = attributes[.usagetype] ?? ""
        var instance = attributes[.instanceName] ?? attributes[.instanceType] ?? ""
        if instance.isEmpty || instance == "NA", let colon = usage.lastIndex(of: ":") {
            instance = String(usage[usage.index(after: colon)...])
        }
        let component = LowerText(attributes[.component] ?? "")
        let lowerUsage = LowerText(usage)
        let kind: InstanceRateKind
        if component == "hosting" || lowerUsage.contains("-host:") {
            kind = .hosting
        } else if component == "training" || lowerUsage.contains("-train:") {
            kind = .training
        } else if component == "batchtransform" || lowerUsage.contains("-tsform:") {
            kind = .batchTransform
        } else if component == "asyncinf" || lowerUsage.contains("-asyncinf:") {
            kind = .asyncInference
        } else {
            return .skipped(.otherComponent)
        }
        return instance.hasPrefix("ml.") ? .instance(name: instance, kind: kind) : .skipped(.otherComponent)
    }
}

/// Two texts searched as one (the usage type and the inference type), without joining them.
struct TextPair {
    let first: LowerText
    let second: LowerText

    init(_ first: LowerText, _ second: LowerText) {
        self.first = first
        self.second = second
    }

    func contains(_ needle: StaticString) -> Bool { first.contains(needle) || second.contains(needle) }
}

/// ASCII text in lower case, searched with `memchr` and `memcmp`: the classifier reads a hundred thousand records
/// a second, which Foundation's `String.contains` would make the slowest part of a refresh.
struct LowerText {
    private(set) var bytes: [UInt8]

    init(_ text: String) {
        var text = text
        bytes = text.withUTF8 { source in
            [UInt8](unsafeUninitializedCapacity: source.count) { buffer, count in
                for index in 0..<source.count {
                    let byte = source[index]
                    buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                count = source.count
            }
        }
    }

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Whether `slice` is exactly `literal`.
    static func equal(_ slice: ArraySlice<UInt8>, _ literal: StaticString) -> Bool {
        slice.count == literal.utf8CodeUnitCount
            && slice.elementsEqual(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    static func + (lhs: LowerText, rhs: LowerText) -> LowerText { LowerText(bytes: lhs.bytes + [0x20] + rhs.bytes) }

    var isEmpty: Bool { bytes.isEmpty }

    func contains(_ needle: StaticString) -> Bool {
        contains(UnsafeRawBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
    }

    private func contains(_ needle: UnsafeRawBufferPointer) -> Bool {
        guard !needle.isEmpty else { return true }
        guard bytes.count >= needle.count, let pattern = needle.baseAddress else { return false }
        let first = needle[0]
        let length = needle.count
        return bytes.withUnsafeBytes { haystack in
            guard let base = haystack.baseAddress else { return false }
            var start = 0
            // memchr to each candidate first byte, then memcmp the rest.
            while start + length <= haystack.count,
                let hit = memchr(base + start, Int32(first), haystack.count - length + 1 - start)
            {
                let offset = UnsafeRawPointer(hit) - base
                if memcmp(base + offset, pattern, length) == 0 { return true }
                start = offset + 1
            }
            return false
        }
    }

    func hasPrefix(_ prefix: StaticString) -> Bool { matches(prefix, at: 0) }

    func hasSuffix(_ suffix: StaticString) -> Bool { matches(suffix, at: bytes.count - suffix.utf8CodeUnitCount) }

    private func matches(_ literal: StaticString, at offset: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset >= 0, offset + count <= bytes.count else { return false }
        guard count > 0 else { return true }
        return bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memcmp(base + offset, literal.utf8Start, count) == 0
        }
    }

    static func == (lhs: LowerText, rhs: StaticString) -> Bool {
        lhs.bytes.count == rhs.utf8CodeUnitCount && lhs.hasPrefix(rhs)
    }
}
