// Benchmarks of the speed targets of the core planner (#2), break-even (#5) and the fine-tuning planner (#6). Run with: swift build -c release && swift run -c release genai-plan-bench
// Prints figures only; nothing here is a pass/fail test.
import Foundation
import PlannerCore
import PlannerFetch
import PlannerPricing
import PlannerProfiles
import PlannerReports

/// Mean duration per iteration of `body` over `iterations` runs, after a warm-up.
func measure(iterations: Int, _ body: () throws -> Void) rethrows -> Duration {
    for _ in 0..<max(1, iterations / 10) { try body() }
    let start = ContinuousClock.now
    for _ in 0..<iterations { try body() }
    return (ContinuousClock.now - start) / iterations
}

func microseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
}

/// Runs a program with output discarded and returns its wall time in seconds. posix_spawn and waitpid
/// directly: Foundation's Process adds tens of milliseconds of its own.
func timedRun(_ path: String, _ arguments: [String]) -> Double? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) }
    argv.append(nil)
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let begin = ContinuousClock.now
    guard posix_spawn(&pid, path, &actions, nil, &argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return microseconds(ContinuousClock.now - begin) / 1e6
}

func row(_ name: String, _ value: String, _ target: String) {
    print(
        name.padding(toLength: 62, withPad: " ", startingAt: 0)
            + value.padding(toLength: 22, withPad: " ", startingAt: 0) + target)
}

// Child mode: stream one offer file through the parser and report throughput and peak memory.
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--parse" {
    let path = CommandLine.arguments[2]
    let start = ContinuousClock.now
    let (summary, total) = try OfferReader.read(path: path) { family, attributes in
        family == "ML Instance" && attributes["component"] == "Hosting"
    }
    let seconds = microseconds(ContinuousClock.now - start) / 1e6
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("\(total) \(seconds) \(usage.ru_maxrss) \(summary.prices.count)")
    exit(0)
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let profilePath = root.appendingPathComponent("Profiles/support-chatbot.yaml").path
let catalog = try CatalogLoader.embedded()
let loaded = try ProfileLoader(catalog: catalog).load(path: profilePath)
var threeOptions = loaded.profile
threeOptions.options = [
    .bedrock(BedrockOption(model: "anthropic.claude-3-haiku")),
    .bedrock(
        BedrockOption(model: "amazon.titan-text-express", mode: .provisioned, modelUnits: 1, commitment: .oneMonth)),
    .jumpStart(
        JumpStartOption(model: "meta-textgeneration-llama-3-8b-instruct", instance: "ml.g5.2xlarge", instances: 1)),
]
let estimator = Estimator(catalog: catalog)

print("genai-plan benchmarks (\(ProcessInfo.processInfo.activeProcessorCount) cores; one core used unless noted)\n")
row("measure", "result", "target")
row(String(repeating: "-", count: 60), String(repeating: "-", count: 20), "------")

// 1. Single-option cost evaluations: compiled cost functions evaluated at varying volumes.
var functions: [CostFunction] = []
for option in loaded.profile.options + [
    .jumpStart(JumpStartOption(model: "meta-textgeneration-llama-2-7b-f", instance: "ml.g5.12xlarge"))
] {
    if let function = estimator.costFunction(option, in: loaded.profile) { functions.append(function) }
}
guard functions.count >= 4 else {
    print("expected at least four priced options in \(profilePath)")
    exit(1)
}
let evaluations = 40_000_000
var checksum = Fixed.zero
let start = ContinuousClock.now
var volume = Fixed(1000)
let step = Fixed(units: 7_919_000_000_000)
for index in 0..<evaluations {
    checksum += functions[index & 3].monthlyCost(requests: volume)
    volume += step
}
let elapsed = ContinuousClock.now - start
let perSecond = Double(evaluations) / (microseconds(elapsed) / 1e6)
row("single-option cost evaluations per second", String(format: "%.1f million/s", perSecond / 1e6), ">= 10 million/s")

// 2. A complete estimate of a three-option profile, with line items and notes.
let estimateTime = measure(iterations: 20_000) { _ = estimator.estimate(threeOptions) }
row(
    "complete estimate, three-option profile, with line items", String(format: "%.2f µs", microseconds(estimateTime)),
    "< 20 µs")

// Break-even (#5): a 1,000-point curve for 10 options, and the full sensitivity table of one profile.
var tenOptions = loaded.profile
tenOptions.options = [
    .bedrock(BedrockOption(model: "anthropic.claude-3-haiku")), .bedrock(BedrockOption(model: "amazon.nova-lite")),
    .bedrock(BedrockOption(model: "amazon.nova-micro")), .bedrock(BedrockOption(model: "meta.llama3-1-8b-instruct")),
    .bedrock(BedrockOption(model: "anthropic.claude-3-5-haiku")),
    .bedrock(BedrockOption(model: "mistral.mistral-7b-instruct")),
    .bedrock(
        BedrockOption(model: "amazon.titan-text-express", mode: .provisioned, modelUnits: 1, commitment: .oneMonth)),
    .jumpStart(
        JumpStartOption(model: "meta-textgeneration-llama-3-8b-instruct", instance: "ml.g5.2xlarge", instances: 1)),
    .jumpStart(JumpStartOption(model: "meta-textgeneration-llama-2-7b-f", instance: "ml.g5.12xlarge")),
    .jumpStart(JumpStartOption(model: "meta-textgeneration-llama-3-1-8b-instruct")),
]
let analyzer = BreakEvenAnalyzer(estimator: Estimator(catalog: catalog, tables: try CatalogLoader.embeddedTables()))
let curveTime = measure(iterations: 20) { _ = analyzer.analyze(tenOptions, curvePoints: 1000, withSensitivity: false) }
row(
    "break-even: 1,000-point curves for 10 options, all crossings",
    String(format: "%.2f ms", microseconds(curveTime) / 1000), "")
let fullTime = measure(iterations: 20) { _ = analyzer.analyze(tenOptions, curvePoints: 1000, withSensitivity: true) }
row(
    "break-even: the same plus the full sensitivity table", String(format: "%.2f ms", microseconds(fullTime) / 1000),
    "< 50 ms")
let sweepFunctions = tenOptions.options.compactMap { estimator.costFunction($0, in: tenOptions) }
let scenarios = 20_000_000
var sweepSum = Fixed.zero
let sweepStart = ContinuousClock.now
var sweepVolume = Fixed(1000)
for index in 0..<scenarios {
    sweepSum += sweepFunctions[index % sweepFunctions.count].monthlyCost(requests: sweepVolume)
    sweepVolume += step
}
let sweepRate = Double(scenarios) / (microseconds(ContinuousClock.now - sweepStart) / 1e6)
row(
    "sweep scenarios per second (option × volume, 10 options)", String(format: "%.1f million/s", sweepRate / 1e6),
    ">= 10 million/s")
checksum += sweepSum

// 3. The whole fine-tuning comparison of one profile (7 methods × 2 services × every instance).
let fineTuningProfile = try ProfileLoader(catalog: catalog).load(
    path: root.appendingPathComponent("Profiles/domain-fine-tuning.yaml").path
).profile
let planner = FineTuningPlanner(catalog: catalog, tables: try CatalogLoader.embeddedTables())
let fineTuningTime = try measure(iterations: 200) { _ = try planner.compare(fineTuningProfile) }
row(
    "fine-tuning comparison, 7 methods × 2 services × instances",
    String(format: "%.2f ms", microseconds(fineTuningTime) / 1000), "< 10 ms")

// Parts of a cold start, for context.
let catalogTime = try measure(iterations: 50) { _ = try CatalogLoader.embedded() }
row(
    "  load the embedded pricing catalog", String(format: "%.2f ms", microseconds(catalogTime) / 1000),
    "(part of the next)")
let profileTime = try measure(iterations: 500) { _ = try ProfileLoader(catalog: catalog).load(path: profilePath) }
row(
    "  load and check Profiles/support-chatbot.yaml", String(format: "%.3f ms", microseconds(profileTime) / 1000),
    "(part of the next)")

// 4. Wall time of one cold `genai-plan estimate` (a new process each run).
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
    "genai-plan")
if FileManager.default.isExecutableFile(atPath: binary.path) {
    var times: [Double] = []
    for _ in 0..<40 {
        if let seconds = timedRun(binary.path, ["estimate", profilePath]) { times.append(seconds * 1000) }
    }
    times.sort()
    row(
        "cold `genai-plan estimate` of a profile (median of 40)", String(format: "%.1f ms", times[times.count / 2]),
        "< 20 ms (release)")

    // 5. `genai-plan report` over 1,000 generated profiles, as one process (#7).
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-bench-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let sources = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Profiles").path)
        .filter { $0.hasSuffix(".yaml") }.sorted()
    for index in 0..<1000 {
        let source = sources[index % sources.count]
        var text = try String(contentsOf: root.appendingPathComponent("Profiles/\(source)"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\nname: ", with: "\nname: p\(index)-")
        try text.write(
            to: directory.appendingPathComponent(String(format: "p%04d.yaml", index)), atomically: false,
            encoding: .utf8)
    }
    let reportTimes = ["json", "html"].compactMap { format in
        timedRun(binary.path, ["report", directory.path, "--format", format, "--date", "2026-11-29"])
    }
    if reportTimes.count == 2 {
        row(
            "`genai-plan report` of 1,000 profiles, JSON / HTML",
            String(format: "%.2f s / %.2f s", reportTimes[0], reportTimes[1]), "< 2 s")
    }
} else {
    row("cold `genai-plan estimate`", "not built", "run `swift build -c release` first")
}
// 6. Streaming parse of a ~150 MB offer file in the real schema (#3), in a child process for a clean peak RSS.
do {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-offer-\(getpid()).json")
    _ = FileManager.default.createFile(atPath: file.path, contents: nil)
    let handle = try FileHandle(forWritingTo: file)
    let components = ["Hosting", "Training", "AsyncInf", "Notebook", "Processing", "BatchTransform"]
    var products =
        "{\n  \"formatVersion\" : \"v1.0\",\n  \"disclaimer\" : \"This pricing list is for informational purposes only.\",\n  \"offerCode\" : \"AmazonSageMaker\",\n  \"version\" : \"20261101000000\",\n  \"publicationDate\" : \"2026-11-01T00:00:00Z\",\n  \"products\" : {\n"
    let count = 130_000  // about 150 MB
    for index in 0..<count {
        let component = components[index % components.count]
        products +=
            "    \"SKU\(index)\" : {\n      \"sku\" : \"SKU\(index)\",\n      \"productFamily\" : \"ML Instance\",\n      \"attributes\" : {\n        \"servicecode\" : \"AmazonSageMaker\",\n        \"location\" : \"US East (N. Virginia)\",\n        \"locationType\" : \"AWS Region\",\n        \"instanceName\" : \"ml.g5.\(index % 48)xlarge\",\n        \"component\" : \"\(component)\",\n        \"usagetype\" : \"USE1-\(component):ml.g5.\(index % 48)xlarge\",\n        \"operation\" : \"RunInstance\",\n        \"regionCode\" : \"us-east-1\"\n      }\n    }\(index == count - 1 ? "" : ",")\n"
        if products.utf8.count > 1 << 20 {
            try handle.write(contentsOf: Data(products.utf8))
            products = ""
        }
    }
    products += "  },\n  \"terms\" : {\n    \"OnDemand\" : {\n"
    for index in 0..<count {
        products +=
            "      \"SKU\(index)\" : {\n        \"SKU\(index).JRTCKXETXF\" : {\n          \"offerTermCode\" : \"JRTCKXETXF\",\n          \"sku\" : \"SKU\(index)\",\n          \"effectiveDate\" : \"2026-11-01T00:00:00Z\",\n          \"priceDimensions\" : {\n            \"SKU\(index).JRTCKXETXF.6YS6EN2CT7\" : {\n              \"rateCode\" : \"SKU\(index).JRTCKXETXF.6YS6EN2CT7\",\n              \"description\" : \"$1.515 per Hosting ml.g5.2xlarge in US East (N. Virginia)\",\n              \"beginRange\" : \"0\",\n              \"endRange\" : \"Inf\",\n              \"unit\" : \"Hrs\",\n              \"pricePerUnit\" : {\n                \"USD\" : \"1.5150000000\"\n              },\n              \"appliesTo\" : [ ]\n            }\n          },\n          \"termAttributes\" : { }\n        }\n      }\(index == count - 1 ? "" : ",")\n"
        if products.utf8.count > 1 << 20 {
            try handle.write(contentsOf: Data(products.utf8))
            products = ""
        }
    }
    products += "    }\n  }\n}\n"
    try handle.write(contentsOf: Data(products.utf8))
    try handle.close()
    defer { try? FileManager.default.removeItem(at: file) }
    let own = URL(fileURLWithPath: CommandLine.arguments[0]).path
    let pipe = Pipe()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: own)
    process.arguments = ["--parse", file.path]
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let fields = output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    if fields.count == 4 {
        row(
            "streaming parse of a \(Int(fields[0] / 1e6)) MB offer file",
            String(format: "%.0f MB/s", fields[0] / 1e6 / fields[1]), ">= 400 MB/s")
        row("  peak RSS of that parse (whole process)", String(format: "%.0f MB", fields[2] / 1024), "<= 64 MB")
    }
}

print("\n(checksum \(checksum.units % 1_000_003), printed so the evaluation loop is not optimised away)")
