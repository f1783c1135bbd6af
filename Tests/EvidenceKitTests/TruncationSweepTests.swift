@testable import EvidenceKit
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 14 acceptance: no file that is not a complete camera original is accepted. Every corpus file is cut
/// at 0 and 1 byte, at every 1 % of its length and 1 byte short of its end, and each cut is verified in-process
/// at depth structure: none may be accepted. One scratch copy per file is shortened step by step with
/// `ftruncate` (longest cut first), so the sweep writes each file once. The other depths run on a sample here
/// and in full from `tools/sweep` (`EVIDENCE_SWEEP=full`: every cut at depths keyframes and full too).
@Suite struct TruncationSweepTests {
    static let corpus: URL = HeifPixelTests.corpus
    static var available: Bool { HeifPixelTests.available }
    static let missing: Comment = "corpus not found (set EVIDENCE_CORPUS; default ../shared/corpus): truncation sweep skipped"

    struct Row: Sendable, CustomTestStringConvertible {
        var path: String
        var label: String
        var testDescription: String { path }
    }

    static let files: [Row] = {
        guard let text = try? String(contentsOf: corpus.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return f.count > 13 ? Row(path: f[0], label: f[13]) : nil
        }
    }()

    /// Percent steps between cuts: every 1 %, but every 3 % in CI (`CI=true`), where the 20-minute budget asks
    /// for a sample; `tools/sweep` (`EVIDENCE_SWEEP=full`) and every run outside CI cut at every 1 %.
    static var percentStep: Int {
        let env = ProcessInfo.processInfo.environment
        return env["CI"] == "true" && env["EVIDENCE_SWEEP"] != "full" ? 3 : 1
    }

    /// The cut lengths of a file of `size` bytes, longest first: size − 1, every 1 % (3 % in CI), 1 and 0.
    static func cuts(_ size: Int) -> [Int] {
        Array(Set([0, 1, size - 1] + stride(from: percentStep, to: 100, by: percentStep).map { size * $0 / 100 })).filter { $0 >= 0 && $0 < size }.sorted(by: >)
    }

    /// Verifies every cut of `row` at `depth`; returns the cuts that were accepted, with their verdicts.
    static func acceptedCuts(_ row: Row, depth: VerifyDepth, only: [Int]? = nil) throws -> [String] {
        let source = corpus.appendingPathComponent(row.path)
        let bytes = try Data(contentsOf: source)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evidencekit-sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let scratch = dir.appendingPathComponent("cut." + source.pathExtension)
        try bytes.write(to: scratch)
        let verifier = Verifier(depth: depth)
        var accepted: [String] = []
        for cut in only ?? cuts(bytes.count) {
            #expect(truncate(scratch.path, off_t(cut)) == 0)
            if only != nil { try bytes.prefix(cut).write(to: scratch) }
            do {
                let report = try verifier.verify(path: scratch.path)
                if report.verdict.decision == .accept { accepted.append("\(cut)/\(bytes.count) bytes: \(report.verdict.explanation)") }
            } catch {
                // Unreadable (empty, or no format recognised): not accepted, which is the point.
            }
        }
        return accepted
    }

    @Test(.enabled(if: available, missing), arguments: files)
    func noTruncationIsAccepted(_ row: Row) throws {
        let accepted = try Self.acceptedCuts(row, depth: .structure)
        #expect(accepted.isEmpty, "\(row.path): \(accepted.count) cut(s) accepted, first: \(accepted.first ?? "")")
    }

    /// A sample at depths that decode: the camera originals cut at 50 % and 1 byte short.
    @Test(.enabled(if: available, missing), arguments: files.filter { $0.label == "camera-original" })
    func decodedTruncationsAreNotAccepted(_ row: Row) throws {
        let size = try (FileManager.default.attributesOfItem(atPath: Self.corpus.appendingPathComponent(row.path).path)[.size] as? NSNumber)?.intValue ?? 0
        if ProcessInfo.processInfo.environment["EVIDENCE_SWEEP"] == "full" {
            for depth in [VerifyDepth.keyframes, .full] {
                let accepted = try Self.acceptedCuts(row, depth: depth)
                #expect(accepted.isEmpty, "\(row.path) at \(depth): \(accepted)")
            }
            return
        }
        let accepted = try Self.acceptedCuts(row, depth: .keyframes, only: [size / 2, size - 1])
        #expect(accepted.isEmpty, "\(row.path): \(accepted)")
    }

    /// The whole files, for contrast: every camera original is accepted (the sweep is not passing because
    /// nothing is ever accepted).
    @Test(.enabled(if: available, missing), arguments: files.filter { $0.label == "camera-original" })
    func completeOriginalIsAccepted(_ row: Row) throws {
        let report = try Verifier(depth: .structure).verify(path: Self.corpus.appendingPathComponent(row.path).path)
        #expect(report.findings.contains { $0.id == "family.writer.recognised" }, "\(row.path)")
        if row.path.hasPrefix("cctv/") {
            // Raw streams: recognised (signatures, recorder framing), but nothing records where they end, so a
            // cut at a picture boundary cannot be told from the end of the recording: never accepted.
            #expect(report.verdict.class == .inconclusive && report.verdict.reasons.first == "media.read.incomplete", "\(row.path): \(report.verdict.explanation)")
        } else {
            #expect(report.verdict.class == .consistentWithOriginal, "\(row.path): \(report.verdict.explanation)")
        }
    }
}
