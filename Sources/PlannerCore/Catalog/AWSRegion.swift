/// AWS Regions by code: their names as the AWS console shows them and their geography, from the
/// AWS Regions list (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html).
public enum AWSRegion {
    /// A part of the world AWS groups its Regions in.
    public enum Geography: String, Sendable, Hashable, CaseIterable {
        case northAmerica = "North America"
        case southAmerica = "South America"
        case europe = "Europe"
        case middleEast = "the Middle East"
        case africa = "Africa"
        case asiaPacific = "Asia Pacific"
        case govCloud = "AWS GovCloud (US)"
    }

    /// Region code → name.
    public static let names: [String: String] = [
        "us-east-1": "US East (N. Virginia)", "us-east-2": "US East (Ohio)", "us-west-1": "US West (N. California)",
        "us-west-2": "US West (Oregon)", "ca-central-1": "Canada (Central)", "ca-west-1": "Canada West (Calgary)",
        "mx-central-1": "Mexico (Central)", "sa-east-1": "South America (São Paulo)",
        "eu-central-1": "Europe (Frankfurt)", "eu-central-2": "Europe (Zurich)", "eu-west-1": "Europe (Ireland)",
        "eu-west-2": "Europe (London)", "eu-west-3": "Europe (Paris)", "eu-south-1": "Europe (Milan)",
        "eu-south-2": "Europe (Spain)", "eu-north-1": "Europe (Stockholm)", "il-central-1": "Israel (Tel Aviv)",
        "me-south-1": "Middle East (Bahrain)", "me-central-1": "Middle East (UAE)",
        "af-south-1": "Africa (Cape Town)", "ap-east-1": "Asia Pacific (Hong Kong)",
        "ap-east-2": "Asia Pacific (Taipei)",
        "ap-south-1": "Asia Pacific (Mumbai)", "ap-south-2": "Asia Pacific (Hyderabad)",
        "ap-southeast-1": "Asia Pacific (Singapore)", "ap-southeast-2": "Asia Pacific (Sydney)",
        "ap-southeast-3": "Asia Pacific (Jakarta)", "ap-southeast-4": "Asia Pacific (Melbourne)",
        "ap-southeast-5": "Asia Pacific (Malaysia)", "ap-southeast-7": "Asia Pacific (Thailand)",
        "ap-northeast-1": "Asia Pacific (Tokyo)", "ap-northeast-2": "Asia Pacific (Seoul)",
        "ap-northeast-3": "Asia Pacific (Osaka)", "us-gov-east-1": "AWS GovCloud (US-East)",
        "us-gov-west-1": "AWS GovCloud (US-West)",
    ]

    /// The region's name, or nil for a code AWS does not list (here).
    public static func name(_ code: String) -> String? { names[code] }

    /// `us-east-1 (US East (N. Virginia))`, or the code alone when its name is not known.
    public static func described(_ code: String) -> String { name(code).map { "\(code) (\($0))" } ?? code }

    /// The geography of a region code, from its prefix; nil when the prefix is not one AWS uses.
    public static func geography(_ code: String) -> Geography? {
        if code.hasPrefix("us-gov-") { return .govCloud }
        switch code.split(separator: "-").first {
        case "us", "ca", "mx": return .northAmerica
        case "sa": return .southAmerica
        case "eu": return .europe
        case "me", "il": return .middleEast
        case "af": return .africa
        case "ap": return .asiaPacific
        default: return nil
        }
    }
}
