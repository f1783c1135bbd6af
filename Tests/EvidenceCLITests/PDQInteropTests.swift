import Foundation
import Testing

/// The reference PDQ packages installed by `tools/install-deps --oracles`.
enum ReferencePDQ {
    static let python: String? = {
        let p = Paths.packageRoot.appendingPathComponent(".cache/pyenv/bin/python").path
        return FileManager.default.isExecutableFile(atPath: p) ? p : nil
    }()

    /// The parts of `tools/pdq-interop`'s summary the acceptance checks.
    struct Summary: Decodable, Sendable {
        struct Photos: Decodable, Sendable {
            struct Same: Decodable, Sendable { var files: Int; var identicalShare: Double?; var maxDistance: Int? }
            struct EndToEnd: Decodable, Sendable { var files: Int; var max: Int? }
            var samePixels: Same
            var endToEnd: EndToEnd
        }
        struct Videos: Decodable, Sendable { var frames: Int; var median: Double?; var p99: Int?; var matchAgreement: Double? }
        var photos: Photos
        var videos: Videos
    }

    /// Runs the script once (the optimised binary when tools/test built it).
    static let summary: Result<Summary, any Error> = {
        guard let python else { return .failure(CocoaError(.fileNoSuchFile)) }
        let binary = ProcessInfo.processInfo.environment["EVIDENCE_RELEASE_BIN"] ?? Paths.evidenceBinary.path
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pdq-interop-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: out) }
        return Result {
            let r = try run(python, [Paths.packageRoot.appendingPathComponent("tools/pdq-interop").path, "photos", "videos",
                                     "--corpus", Paths.corpus.path, "--evidence", binary, "--out", out.path])
            guard r.status == 0 else { throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: r.stderr]) }
            return try JSONDecoder().decode(Summary.self, from: Data(contentsOf: out))
        }
    }()
}

/// PDQ interoperability on the real corpus (issue 3 acceptance), measured by `tools/pdq-interop`
/// against PyPI `pdqhash` (photos) and `vpdq` (every video frame).
@Suite(.enabled(if: Paths.corpusAvailable, Paths.corpusMissing),
       .enabled(if: ReferencePDQ.python != nil, "reference PDQ packages not installed (.cache/pyenv; run tools/install-deps --oracles)"))
struct PDQInteropTests {
    @Test func photoHashesAreBitIdenticalOnTheSamePixels() throws {
        let s = try ReferencePDQ.summary.get().photos.samePixels
        #expect(s.files >= 20)
        #expect((s.identicalShare ?? 0) >= 0.95)
        #expect((s.maxDistance ?? 99) <= 4)
    }

    @Test func photoHashesEndToEndStayClose() throws {
        // Our decoders (FFmpeg, libheif, and libavcodec on the HEVC items of the two iOS 18+ HEICs libheif 1.15
        // refuses) against Pillow's: decoding differences only. All 27 corpus photos decode.
        let e = try ReferencePDQ.summary.get().photos.endToEnd
        #expect(e.files >= 27)
        #expect((e.max ?? 99) <= 16)
    }

    @Test func videoFrameHashesAgreeWithVPDQ() throws {
        let v = try ReferencePDQ.summary.get().videos
        #expect(v.frames >= 5000)
        #expect((v.median ?? 99) <= 6)
        #expect((v.p99 ?? 99) <= 16)
        #expect((v.matchAgreement ?? 0) >= 0.995)
    }
}
