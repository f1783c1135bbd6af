// swift-tools-version:6.0
// EvidenceKit: forensic inspection of photos and video clips submitted as evidence.
// Layers (see DESIGN.md): C system libraries -> MediaBridge (the only Swift that imports C)
// -> EvidenceKit (pure Swift library) -> evidence (thin CLI).
import PackageDescription

let package = Package(
    name: "EvidenceKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "EvidenceKit", targets: ["EvidenceKit"]),
        .library(name: "EvidenceLedger", targets: ["EvidenceLedger"]),
        .executable(name: "evidence", targets: ["evidence"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The ledger's SQLite (issue 15): GRDB over Debian's libsqlite3.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // FFmpeg headers only: the libraries are opened with dlopen on first use (Sources/CFFmpeg/shim.h
        // says why), so no pkgConfig here, which would add -lavformat to every link.
        // Debian installs the headers in /usr/include/x86_64-linux-gnu, on the default search path.
        .systemLibrary(
            name: "CFFmpeg", path: "Sources/CFFmpeg",
            providers: [.apt(["libavformat-dev", "libavcodec-dev", "libavutil-dev"])]),
        // libheif headers only, opened with dlopen like FFmpeg (Sources/CHeif/shim.h).
        .systemLibrary(
            name: "CHeif", path: "Sources/CHeif",
            providers: [.apt(["libheif-dev"])]),
        .systemLibrary(
            name: "CExif", path: "Sources/CExif", pkgConfig: "libexif",
            providers: [.apt(["libexif-dev"])]),
        .systemLibrary(
            name: "COpenSSL", path: "Sources/COpenSSL", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),
        .target(name: "MediaBridge", dependencies: ["CFFmpeg", "CHeif", "CExif", "COpenSSL"]),
        // libpq, PostgreSQL's own C client (README "Ledger": why not a Swift client).
        .systemLibrary(
            name: "CPostgres", path: "Sources/CPostgres", pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]),
        // The only Swift that touches libpq: an owning connection, typed errors, rows as Swift values.
        .target(name: "PostgresBridge", dependencies: ["CPostgres"]),
        // Cairo + Pango for the court report's PDF (issue 17): one bridge, like libpq's.
        .systemLibrary(
            name: "CCairo", path: "Sources/CCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .target(name: "PDFBridge", dependencies: ["CCairo"]),
        // The value types every layer shares (inspection, evidence, findings, verdicts, frame and packet
        // records, messages): no dependencies, so batch, reports and compare can stand on them alone.
        .target(name: "EvidenceModel"),
        .target(name: "EvidenceKit", dependencies: ["EvidenceModel", "MediaBridge", "PDFBridge"]),
        // The batch ledger (issue 15): hash-chained log of screenings on SQLite (GRDB) or PostgreSQL,
        // its work queue, manifests and claims.
        .target(
            name: "EvidenceLedger",
            dependencies: ["EvidenceKit", "EvidenceModel", "PostgresBridge", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "evidence",
            dependencies: [
                "EvidenceKit", "EvidenceLedger",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "MediaBridgeTests", dependencies: ["MediaBridge"]),
        .testTarget(name: "EvidenceKitTests", dependencies: ["EvidenceKit", "EvidenceModel", "MediaBridge"]),
        .testTarget(name: "EvidenceCLITests", dependencies: ["EvidenceKit"]),
        .testTarget(name: "EvidenceLedgerTests", dependencies: ["EvidenceLedger", "EvidenceKit", "PostgresBridge", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
