/// A SageMaker ML instance type with its accelerators and prices per region.
public struct InstanceType: Sendable, Hashable {
    /// The name as AWS writes it, e.g. `ml.g5.2xlarge`.
    public var name: String
    /// The accelerator model, e.g. `NVIDIA A10G`.
    public var accelerator: String
    /// How the accelerators are programmed: `gpu` (CUDA) or `neuron` (Inferentia, Trainium).
    public var acceleratorKind: AcceleratorKind
    public var acceleratorCount: Int
    /// Memory of one accelerator in GB.
    public var memoryPerAcceleratorGB: Fixed
    /// Memory bandwidth of one accelerator in GB/s.
    public var bandwidthPerAcceleratorGBs: Fixed
    /// Dense bf16/fp16 peak of one accelerator in TFLOPS.
    public var peakTFLOPSPerAccelerator: Fixed
    public var vcpus: Int
    public var memoryGiB: Int
    /// Where the hardware facts come from.
    public var hardwareSource: PriceSource
    public var rates: [InstanceRateKey: CatalogRate]

    public init(
        name: String, accelerator: String, acceleratorKind: AcceleratorKind, acceleratorCount: Int,
        memoryPerAcceleratorGB: Fixed, bandwidthPerAcceleratorGBs: Fixed, peakTFLOPSPerAccelerator: Fixed,
        vcpus: Int, memoryGiB: Int, hardwareSource: PriceSource, rates: [InstanceRateKey: CatalogRate]
    ) {
        self.name = name
        self.accelerator = accelerator
        self.acceleratorKind = acceleratorKind
        self.acceleratorCount = acceleratorCount
        self.memoryPerAcceleratorGB = memoryPerAcceleratorGB
        self.bandwidthPerAcceleratorGBs = bandwidthPerAcceleratorGBs
        self.peakTFLOPSPerAccelerator = peakTFLOPSPerAccelerator
        self.vcpus = vcpus
        self.memoryGiB = memoryGiB
        self.hardwareSource = hardwareSource
        self.rates = rates
    }

    /// Total accelerator memory in GB.
    public var totalAcceleratorMemoryGB: Fixed { memoryPerAcceleratorGB * acceleratorCount }

    /// The hourly rate for a component in a region, on demand or under a Savings Plan, if the catalog has it.
    public func rate(_ kind: InstanceRateKind, region: String, plan: SavingsPlan? = nil) -> CatalogRate? {
        rates[InstanceRateKey(region: region, kind: kind, plan: plan)]
    }
}

/// How an instance's accelerators are programmed.
public enum AcceleratorKind: String, Sendable, Hashable, CaseIterable {
    case gpu
    case neuron
    /// No accelerator: the CPU serves (c5, c6i, c7i, m5, m6i, m7i), catalogued as one "accelerator"
    /// with the instance's RAM, its share of DRAM bandwidth and its AVX-512 fp32 peak (estimates).
    /// Chosen only when an option pins it with `instance:`.
    case cpu
}

/// Identifies one hourly price of an instance: on demand, or under a Savings Plan.
public struct InstanceRateKey: Sendable, Hashable {
    public var region: String
    public var kind: InstanceRateKind
    /// The Savings Plan the rate is for; nil for the on-demand rate.
    public var plan: SavingsPlan?

    public init(region: String, kind: InstanceRateKind, plan: SavingsPlan? = nil) {
        self.region = region
        self.kind = kind
        self.plan = plan
    }

    /// The key's part of a price key: `hosting`, or `hosting/1-year/no-upfront`.
    public var kindPath: String { plan.map { "\(kind.rawValue)/\($0.key)" } ?? kind.rawValue }
}
