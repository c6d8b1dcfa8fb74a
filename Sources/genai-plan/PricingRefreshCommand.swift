import ArgumentParser
import Foundation
import PlannerCore
import PlannerFetch
import PlannerPricing
import PlannerProfiles
import PlannerReports

/// `genai-plan pricing refresh`
struct PricingRefreshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh",
        abstract:
            "Refresh prices from the AWS Price List Bulk API (over libcurl) into the cache or a catalog directory.",
        discussion: """
            Reads the offer index, each offer's region index once, then per region the offer file of AmazonBedrock, \
            AmazonBedrockFoundationModels, AmazonBedrockService and AmazonSageMaker. Every rate goes to its own slot or is \
            skipped by name; a model the catalog lacks is added under its AWS name. The new snapshot is validated and written \
            file by file (temporary file, fsync, rename); a refusal or a failure, in any region, leaves the previous snapshot \
            byte-for-byte as it was. The endpoint can also be set with GENAI_PLAN_PRICING_ENDPOINT.
            """
    )

    @Option(
        name: .customLong("region"),
        help: ArgumentHelp(
            "A region to refresh (repeatable), any region the Price List lists, or `all`; default: the snapshot's regions.",
            valueName: "R"))
    var regions: [String] = []

    @Flag(
        help:
            "List what the offer files mapped to: prices skipped by reason, AWS model names that matched no model, new models."
    )
    var verbose = false

    @Option(
        help: ArgumentHelp("The Price List host, instead of \(PricingRefresher.defaultEndpoint).", valueName: "URL"))
    var endpoint: String?

    @Option(
        help: ArgumentHelp(
            "The catalog directory to write (e.g. Pricing/); default: the user's cache.", valueName: "DIR"),
        completion: .directory)
    var output: String?

    @Flag(help: "Accept a snapshot that loses more than 20% of the prices, or a price a profile in Profiles/ uses.")
    var allowShrink = false

    @Flag(help: "Also map Outposts and Local Zone prices.")
    var includeLocalZones = false

    @Option(
        help: ArgumentHelp("Profiles whose models and instances must keep a price.", valueName: "DIR"),
        completion: .directory)
    var profiles: String = "Profiles"

    @Option(
        help: ArgumentHelp(
            "Seconds without progress below 1 KB/s before a download is abandoned.", valueName: "SECONDS"))
    var lowSpeedTime: Int = 30

    @Option(help: ArgumentHelp("Largest offer file accepted, in MB.", valueName: "MB"))
    var maxSize: Int = 256

    func validate() throws {
        guard (1...86_400).contains(lowSpeedTime) else {
            throw ValidationError("--low-speed-time takes 1 to 86400 seconds")
        }
        guard (1...65_536).contains(maxSize) else { throw ValidationError("--max-size takes 1 to 65536 MB") }
    }

    func run() throws {
        let destination = output ?? PricingCache.directory()
        let previousFiles = Self.previousFiles(destination)
        let previous: PricingCatalog
        do { previous = try CatalogDecoder.decode(files: previousFiles, origin: destination) } catch {
            throw UserFacingError("the previous snapshot is not valid: \(error.description)")
        }
        let endpoint =
            endpoint ?? ProcessInfo.processInfo.environment["GENAI_PLAN_PRICING_ENDPOINT"].flatMap {
                $0.isEmpty ? nil : $0
            }
            ?? PricingRefresher.defaultEndpoint
        guard endpoint.hasPrefix("http://") || endpoint.hasPrefix("https://") else {
            throw UserFacingError("--endpoint must be an http or https URL, got '\(endpoint)'")
        }
        let all = regions.contains("all")
        var request = RefreshRequest(
            endpoint: endpoint, regions: all ? [] : (regions.isEmpty ? previous.regions : regions),
            destination: destination, previousFiles: previousFiles)
        request.writesArchive = output == nil
        request.allRegions = all
        request.allowShrink = allowShrink
        request.includeLocalZones = includeLocalZones
        request.required = ProfileDirectory.requiredPrices(profiles, catalog: previous)
        var options = FetchOptions()
        options.lowSpeedTime = lowSpeedTime
        options.maxBodyBytes = maxSize * 1_024 * 1_024
        options.showProgress = isatty(2) == 1
        options.userAgent = "genai-plan/\(GenAIPlan.version) (libcurl)"
        let outcome: RefreshOutcome
        do {
            outcome = try PricingRefresher(fetcher: HTTPFetcher(options: options)).refresh(request)
        } catch {
            let hint = [.shrink, .requiredPriceLost].contains(error.reason) ? " (use --allow-shrink to accept)" : ""
            throw UserFacingError(error.description + hint)
        }
        for line in outcome.files { Terminal.standardOutput(line + "\n") }
        Terminal.standardOutput(RefreshSummary.text(outcome.mapping, verbose: verbose))
        Terminal.standardOutput(
            "wrote \(outcome.snapshot) to \(destination): \(outcome.added) prices added, \(outcome.removed) removed, \(outcome.changed) changed, \(outcome.kept) kept from overrides.json\n"
        )
    }

    /// Files a refresh reads but never writes: kept prices and the Price List name table.
    static let handKept = ["overrides.json", PriceListNames.fileName]

    /// The destination's catalog when it has one, else the bundled snapshot (with its hand-kept files).
    static func previousFiles(_ destination: String) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in CatalogDecoder.fileNames + handKept {
            if let data = FileManager.default.contents(atPath: (destination as NSString).appendingPathComponent(name)) {
                files[name] = Array(data)
            }
        }
        if files["manifest.json"] != nil, (try? CatalogDecoder.decode(files: files, origin: destination)) != nil {
            for name in handKept where files[name] == nil {
                files[name] = CatalogLoader.embeddedFile(name).map { Array($0.utf8) }
            }
            return files
        }
        files = [:]
        for name in CatalogDecoder.fileNames + handKept {
            files[name] = CatalogLoader.embeddedFile(name).map { Array($0.utf8) }
        }
        return files
    }
}

/// `genai-plan pricing diff OLD NEW`
struct PricingDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract:
            "Prices added, removed and changed (with the change in percent) between two catalogs (directories, or `embedded`)."
    )

    @Argument(help: ArgumentHelp("The older catalog.", valueName: "OLD"), completion: .directory)
    var old: String

    @Argument(help: ArgumentHelp("The newer catalog.", valueName: "NEW"), completion: .directory)
    var new: String

    @Option(help: OutputFormat.help(for: .priceDiff))
    var format: OutputFormat = .text

    func validate() throws { try format.validate(for: .priceDiff) }

    func load(_ name: String) throws -> PricingCatalog {
        do { return name == "embedded" ? try CatalogLoader.embedded() : try CatalogLoader.load(directory: name) } catch
        {
            throw UserFacingError("\(error.description)")
        }
    }

    func run() throws {
        let diff = PriceDiff(from: try load(old), to: try load(new))
        Terminal.standardOutput(try OutputDocument.priceDiff(diff).text(as: format))
    }
}
