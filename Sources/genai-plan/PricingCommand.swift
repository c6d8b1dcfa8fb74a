import ArgumentParser
import PlannerCore
import PlannerPricing
import PlannerProfiles
import PlannerReports

/// `genai-plan pricing ...`: inspect the pricing catalog.
struct PricingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pricing",
        abstract: "Inspect the pricing catalog.",
        subcommands: [PricingShowCommand.self, PricingRefreshCommand.self, PricingDiffCommand.self]
    )
}

/// `genai-plan pricing show [MODEL|INSTANCE]`
struct PricingShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "List prices with their unit, source and date; all of them, or those of one model or instance."
    )

    @Argument(
        help: ArgumentHelp(
            "A Bedrock or JumpStart model id, an alias, or an instance type.", valueName: "MODEL|INSTANCE"))
    var name: String?

    @Option(help: "Only this region.")
    var region: String?

    @Flag(help: "List the regions the snapshot covers, with their names and what each prices.")
    var regions = false

    @Option(help: OutputFormat.help(for: .prices))
    var format: OutputFormat = .text

    @OptionGroup var pricing: PricingOptions

    func validate() throws {
        try format.validate(for: .prices)
        if regions, format != .text { throw ValidationError("--regions lists in text only") }
        if regions, name != nil || region != nil {
            throw ValidationError("--regions lists every region; it takes no model or --region")
        }
    }

    func run() throws {
        let catalog = try pricing.catalog()
        if regions { return Terminal.standardOutput(PriceListing(catalog: catalog).regions()) }
        if let region { try catalog.requireRegion(region) }
        let table: PriceTable
        do { table = try PriceListing(catalog: catalog).table(name: name, region: region) } catch {
            throw UserFacingError("\(error)")
        }
        Terminal.standardOutput(try OutputDocument.prices(table).text(as: format))
    }
}
