/// Why a name given for a service names no model of that service: the one wording every caller
/// (profile loading, estimates, fine-tuning) uses.
public enum ResolutionProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// A JumpStart model id given under `bedrock:`.
    case openModelOnBedrock(name: String, model: OpenModel)
    /// A Bedrock model id given under `jumpstart:`.
    case bedrockModelOnJumpStart(name: String, model: BedrockModel)
    /// A model neither service offers.
    case unavailable(UnavailableModel)
    /// Nothing matched; the closest names of the service's models, nearest first.
    case unknown(name: String, service: HostingService, suggestions: [String])

    /// The finding's code.
    public var code: FindingCode {
        switch self {
        case .openModelOnBedrock, .bedrockModelOnJumpStart: .wrongService
        case .unavailable: .modelUnavailable
        case .unknown: .unknownModel
        }
    }

    public var description: String {
        switch self {
        case .openModelOnBedrock(let name, let model):
            "'\(name)' is a SageMaker JumpStart model id: use `jumpstart: \(model.id)`"
                + (model.bedrockEquivalent.map { ", or `bedrock: \($0)` for the same weights on Bedrock" } ?? "")
        case .bedrockModelOnJumpStart(let name, let model):
            "'\(name)' is a Bedrock model (\(model.name)): use `bedrock: \(model.id)`"
        case .unavailable(let model):
            "\(model.reason). Nearest AWS-hosted alternatives: \(model.alternatives.joined(separator: ", "))"
        case .unknown(let name, let service, let suggestions):
            "unknown \(service == .bedrock ? "Bedrock" : "JumpStart") model '\(name)'"
                + (suggestions.isEmpty
                    ? " (no model in the catalog has a similar name)"
                    : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)")
        }
    }

    /// The problem as an error finding.
    public var finding: Finding { .error(code, description) }
}

extension ModelResolver {
    /// The Bedrock model a name given under `bedrock:` means, with the scope its prefix implies.
    public func bedrockModel(_ name: String) -> Result<(model: BedrockModel, scope: EndpointScope?), ResolutionProblem>
    {
        switch resolveBedrock(name) {
        case .bedrock(let model, let scope): .success((model, scope))
        case .openModel(let model): .failure(.openModelOnBedrock(name: name, model: model))
        case .unavailable(let model): .failure(.unavailable(model))
        case .unknown(let suggestions): .failure(.unknown(name: name, service: .bedrock, suggestions: suggestions))
        }
    }

    /// The JumpStart model a name given under `jumpstart:` means.
    public func jumpStartModel(_ name: String) -> Result<OpenModel, ResolutionProblem> {
        switch resolveJumpStart(name) {
        case .openModel(let model): .success(model)
        case .bedrock(let model, _): .failure(.bedrockModelOnJumpStart(name: name, model: model))
        case .unavailable(let model): .failure(.unavailable(model))
        case .unknown(let suggestions): .failure(.unknown(name: name, service: .jumpStart, suggestions: suggestions))
        }
    }
}
