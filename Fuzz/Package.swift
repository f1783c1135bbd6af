// swift-tools-version:6.0
// Fuzz targets (issue 19): one libFuzzer executable per parser we wrote, and one for the whole probe. Built and run
// by `tools/fuzz TARGET [SECONDS]` with `-sanitize=fuzzer,address` (lld as the linker: gold cannot link libFuzzer's
// archive here); never part of the main build or CI's test command. Seeds are made at run time from the corpus.
import PackageDescription

let fuzzTargets = ["FuzzBoxes", "FuzzJPEG", "FuzzEBML", "FuzzXMP", "FuzzH264Parameters", "FuzzSignedVideo", "FuzzProbe", "FuzzGPMF", "FuzzTIFF"]

let package = Package(
    name: "EvidenceFuzz",
    dependencies: [.package(path: "../")],
    targets: [.target(name: "FuzzDriver")]
        + fuzzTargets.map { .executableTarget(name: $0, dependencies: ["FuzzDriver", .product(name: "EvidenceKit", package: "main")]) },
    swiftLanguageModes: [.v6]
)
