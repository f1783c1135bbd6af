import Foundation
import Testing

/// `tools/make-derivatives --score`: processed copies of every camera-original video (remux, re-encode,
/// trims, splices, frame edits, metadata edits), verified at depth full. Checks what the detectors
/// guarantee today; README shows the full confusion matrix.
@Suite(.enabled(if: Paths.corpusAvailable, Paths.corpusMissing),
       .enabled(if: Paths.tool("ffmpeg") != nil && Paths.tool("exiftool") != nil, "ffmpeg and exiftool are needed to make derivatives"))
struct DerivativeTests {
    struct Score: Decodable, Sendable {
        struct Row: Decodable, Sendable { var transform: String; var label: String; var verdict: String; var path: String }
        var files: Int
        var flagged: Int
        var rows: [Row]
    }

    static let score: Result<Score, any Error> = Result {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("derivatives-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: out) }
        let binary = ProcessInfo.processInfo.environment["EVIDENCE_RELEASE_BIN"] ?? Paths.evidenceBinary.path
        let r = try run("/usr/bin/env", ["python3", Paths.packageRoot.appendingPathComponent("tools/make-derivatives").path, "--score",
                                         "--corpus", Paths.corpus.path, "--evidence", binary, "--out", out.path])
        guard r.status == 0 else { throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: r.stderr]) }
        return try JSONDecoder().decode(Score.self, from: Data(contentsOf: out))
    }

    @Test func remuxesAndReEncodesGetTheirClass() throws {
        let s = try Self.score.get()
        #expect(s.files >= 80)
        for row in s.rows where row.label == "remuxed" || row.label == "re-encoded" {
            #expect(row.verdict == row.label, "\(row.transform) of \(row.path): \(row.verdict)")
        }
    }

    @Test func nearlyEveryDerivativeIsFlagged() throws {
        let s = try Self.score.get()
        let missed = s.rows.filter { $0.verdict == "consistent-with-original" }
        #expect(Double(s.flagged) / Double(s.files) >= 0.95, "missed: \(missed.map { "\($0.transform) \($0.path)" })")
        // Edits made with re-encoding or FFmpeg are never passed as originals.
        #expect(missed.allSatisfy { $0.transform == "gps-removed" })
    }

    @Test func metadataEditsAreCaughtWhereTheyLeaveTraces() throws {
        let s = try Self.score.get()
        let dates = s.rows.filter { $0.transform == "date-changed" }
        #expect(!dates.isEmpty && dates.allSatisfy { $0.verdict == "metadata-altered" })
        // Apple keeps a location-accuracy key after the position is removed; Android's ©xyz leaves no trace.
        #expect(s.rows.filter { $0.transform == "gps-removed" && $0.verdict == "metadata-altered" }.count >= 3)
    }

    /// Cuts and frame edits that leave a trace in the file itself: the edit list of a stream-copy trim,
    /// the squeezed pictures at a stream-copy splice, the hole a deletion leaves in a regular timeline,
    /// a freeze inside a moving scene. A re-encoded trim and a speed change leave none (they come out
    /// `re-encoded`): that needs the claimed original.
    @Test func cutsAndFrameEditsWithTracesAreEdited() throws {
        let s = try Self.score.get()
        for t in ["trim-copy", "splice", "delete-frames", "duplicate-frames"] {
            let rows = s.rows.filter { $0.transform == t }
            #expect(rows.count >= 5, "\(t): \(rows.count) derivatives")
            for row in rows { #expect(row.verdict == "edited", "\(t) of \(row.path): \(row.verdict)") }
        }
        for row in s.rows where row.transform == "trim-reencode" || row.transform == "speed-2x" {
            #expect(row.verdict == "re-encoded" || row.verdict == "edited", "\(row.transform) of \(row.path): \(row.verdict)")
        }
    }
}
