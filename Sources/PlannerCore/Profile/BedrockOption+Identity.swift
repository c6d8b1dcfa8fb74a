extension BedrockOption {
    /// Where the option is served: an inference-profile prefix in the model's name (`global.`, `us.`)
    /// wins over the `endpoint` key.
    func scope(prefixed: EndpointScope?) -> EndpointScope {
        if let prefixed, prefixed != .regional { return prefixed }
        return endpoint
    }

    /// The option's stable id and its configuration in words, for a model served at `scope` with
    /// `units` provisioned model units: `bedrock:anthropic.claude-3-haiku:on-demand:flex` and
    /// `on-demand, flex tier`.
    func identity(modelID: String, scope: EndpointScope, units: Int, batchShare: Fixed) -> (
        id: String, configuration: String
    ) {
        var id = "bedrock:\(modelID):\(mode.rawValue)"
        if scope != .regional { id += ":\(scope.rawValue)" }
        var configuration: String
        switch mode {
        case .onDemand, .batch:
            configuration = mode == .batch ? "batch" : "on-demand"
            if mode == .onDemand, batchShare > .zero {
                configuration += ", \((batchShare * 100).quantityText(maximumDecimals: 2))% batch"
            }
            if mode == .onDemand, serviceTier != .standard {
                id += ":\(serviceTier.rawValue)"
                configuration += ", \(serviceTier.rawValue) tier"
            }
        case .reserved:
            id += ":\(commitment.rawValue)"
            if reservedInputTPM != nil || reservedOutputTPM != nil {
                id +=
                    ":\(reservedInputTPM.map(String.init) ?? "sized")+\(reservedOutputTPM.map(String.init) ?? "sized")tpm"
            }
            configuration = "reserved capacity, \(commitment.rawValue) term"
        case .provisioned:
            id += ":\(units)mu:\(commitment.rawValue)"
            configuration =
                "provisioned, \(units) model unit\(units == 1 ? "" : "s"), "
                + (commitment == .none ? "no commitment" : "\(commitment.rawValue) term")
        }
        switch scope {
        case .regional: break
        case .geo: configuration += ", geographic cross-Region profile"
        case .global: configuration += ", global endpoint"
        }
        let images = image.configurationText
        if !images.isEmpty { configuration += ", \(images)" }
        return (id, configuration)
    }

    /// A reserved-capacity option's configuration with what it reserves:
    /// `reserved capacity, 1-month term, 150,000 input + 10,000 output tokens a minute, global endpoint`.
    func reservedConfiguration(input: Int, output: Int, scope: EndpointScope) -> String {
        var text = "reserved capacity, \(commitment.rawValue) term"
        if input > 0 || output > 0 {
            text += ", \(Fixed(input).quantityText()) input + \(Fixed(output).quantityText()) output tokens a minute"
        }
        switch scope {
        case .regional, .geo: text += ", geographic"
        case .global: text += ", global endpoint"
        }
        return text
    }
}
