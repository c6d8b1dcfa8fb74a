// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "GenAIPlanner",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "GenAIPlanner", targets: ["GenAIPlanner"]),
        .executable(name: "genai-plan", targets: ["genai-plan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // SHA-256 of downloaded price files (PlannerFetch only).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // `swift package generate-documentation --target GenAIPlanner` (the DocC catalog); not linked into anything.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // Tests only: property-based tests over generated profiles.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Pure planning core: models, money, pricing catalog, cost engines. No file, network or terminal I/O.
        .target(name: "PlannerCore"),
        // The bundled pricing snapshot (generated from Pricing/) and the loader for catalog directories.
        .target(name: "PlannerPricing", dependencies: ["PlannerCore"]),
        // Workload profiles: YAML (Yams) with positions, validation and diagnostics.
        .target(name: "PlannerProfiles", dependencies: ["PlannerCore", .product(name: "Yams", package: "Yams")]),
        // libcurl's headers and typed C shims (apt: libcurl4-openssl-dev). No pkg-config module on purpose:
        // it would add -lcurl to every executable, while libcurl is loaded with dlopen by `pricing refresh`
        // only, so that no other command pays for loading it and its dependencies at start.
        .systemLibrary(name: "CCurl"),
        // Pricing refresh from the AWS Price List Bulk API: HTTP over libcurl, streaming JSON, catalog writing.
        .target(
            name: "PlannerFetch",
            dependencies: ["PlannerCore", "CCurl", .product(name: "Crypto", package: "swift-crypto")]),
        // Renderers: text, Markdown, JSON.
        .target(name: "PlannerReports", dependencies: ["PlannerCore"]),
        // Umbrella module of the library product.
        .target(
            name: "GenAIPlanner",
            dependencies: ["PlannerCore", "PlannerPricing", "PlannerProfiles", "PlannerReports", "PlannerFetch"]),
        // The thin command-line tool.
        .executableTarget(
            name: "genai-plan",
            dependencies: [
                "PlannerCore", "PlannerPricing", "PlannerProfiles", "PlannerReports", "PlannerFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writes Sources/PlannerPricing/EmbeddedPricing.swift and EmbeddedCatalogArchive.swift from Pricing/:
        // `swift run genai-plan-embed-pricing`.
        .executableTarget(name: "genai-plan-embed-pricing", dependencies: ["PlannerCore"]),
        // Fuzz targets (profile loader, catalog decoder, streaming JSON), shared by the fuzzer and the regression tests.
        .target(
            name: "PlannerFuzzTargets",
            dependencies: ["PlannerCore", "PlannerPricing", "PlannerProfiles", "PlannerReports", "PlannerFetch"]),
        // libFuzzer binary when built with `-sanitize=fuzzer,address -DFUZZING` (see README, "Fuzzing"); otherwise a replayer of inputs.
        .target(name: "CFuzzing"),
        .executableTarget(name: "genai-plan-fuzz", dependencies: ["PlannerFuzzTargets", "CFuzzing"]),
        // A real HTTP/1.1 server on loopback, for the refresh tests and the refresh benchmark.
        .target(name: "LoopbackHTTP"),
        // Benchmarks: `swift run -c release genai-plan-bench`.
        .executableTarget(
            name: "genai-plan-bench",
            dependencies: [
                "PlannerCore", "PlannerPricing", "PlannerProfiles", "PlannerReports", "PlannerFetch", "LoopbackHTTP",
            ]),
        // What the tests share: the repository root, golden files, a runner of the built binary.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PlannerCoreTests", dependencies: ["PlannerCore", "PlannerPricing"], exclude: ["Fixtures"]),
        .testTarget(name: "PlannerPricingTests", dependencies: ["PlannerCore", "PlannerPricing", "TestSupport"]),
        .testTarget(
            name: "PlannerProfilesTests",
            dependencies: ["PlannerCore", "PlannerPricing", "PlannerProfiles", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PlannerReportsTests",
            dependencies: ["PlannerCore", "PlannerPricing", "PlannerProfiles", "PlannerReports", "TestSupport"],
            exclude: ["Golden"]
        ),
        // Lists the modules too: SwiftPM does not always rebuild a client of an `@_exported` umbrella when a re-exported module changes.
        .testTarget(
            name: "GenAIPlannerTests",
            dependencies: [
                "GenAIPlanner", "PlannerCore", "PlannerPricing", "PlannerProfiles", "PlannerReports", "PlannerFetch",
            ]),
        .testTarget(
            name: "PlannerFetchTests",
            dependencies: [
                "PlannerCore", "PlannerPricing", "PlannerFetch", "LoopbackHTTP",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "genai-plan", "genai-plan-embed-pricing", "TestSupport", "LoopbackHTTP",
                .product(name: "Yams", package: "Yams"),
            ]),
        .testTarget(
            name: "RobustnessTests",
            dependencies: [
                "PlannerCore", "PlannerPricing", "PlannerProfiles", "PlannerFuzzTargets", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Regressions"]
        ),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("MemberImportVisibility"),
        ]
}
