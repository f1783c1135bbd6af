// swift-tools-version:6.0
// Benchmarks: one executable per capability, each timing `evidence` against the reference tool the
// issue names, side by side in one run (alternating runs, medians, ratio). Run with tools/bench.
import PackageDescription

let package = Package(
    name: "EvidenceBenchmarks",
    dependencies: [.package(path: "../")],
    targets: [
        .target(name: "BenchSupport"),
        .executableTarget(name: "HashBenchmark", dependencies: ["BenchSupport"]),
        .executableTarget(name: "FrameBenchmark", dependencies: ["BenchSupport"]),
        .executableTarget(name: "VerifyBenchmark", dependencies: ["BenchSupport"]),
        .executableTarget(name: "InspectBenchmark", dependencies: ["BenchSupport", .product(name: "EvidenceKit", package: "main")]),
        .executableTarget(name: "BatchBenchmark", dependencies: ["BenchSupport"]),
        .executableTarget(name: "ReportBenchmark", dependencies: ["BenchSupport"]),
        .executableTarget(name: "CompareBenchmark", dependencies: ["BenchSupport"]),
        .executableTarget(name: "DuplicatesBenchmark", dependencies: ["BenchSupport", .product(name: "EvidenceKit", package: "main"),
                                                                   .product(name: "EvidenceLedger", package: "main")]),
        .executableTarget(name: "ReadBenchmark", dependencies: ["BenchSupport", .product(name: "EvidenceKit", package: "main")]),
    ],
    swiftLanguageModes: [.v6]
)
