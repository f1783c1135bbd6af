import EvidenceKit
import Foundation
import Testing

/// Issue 19: a fixed-seed sample of byte mutations of every corpus file through `evidence verify --json`: the exit
/// code is one of the documented ones, stdout is one JSON object (a report, or a failure record with one stderr
/// line), and the file's SHA-256 sees the change. (Whether a changed picture is caught is issue 14's question and
/// depends on the depth: at depth structure nothing is decoded.)
/// CI runs 3 mutations per file at depth structure and one at depth keyframes; `tools/sweep` runs
/// `EVIDENCE_SWEEP=full` (50 per file at every depth).
@Suite struct MutationSweepTests {
    static let full = ProcessInfo.processInfo.environment["EVIDENCE_SWEEP"] == "full"
    static let documented: Set<Int32> = [0, 1, 2, 65]

    /// SplitMix64: the same mutations on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    }

    /// Mutation `k` of `bytes`: 1–8 bytes changed, half of them in the first 64 KiB (where headers live).
    static func mutate(_ bytes: [UInt8], seed: UInt64) -> [UInt8] {
        var r = Random(state: seed)
        var out = bytes
        for _ in 0..<(1 + r.below(8)) {
            let span = r.below(2) == 0 ? min(out.count, 65_536) : out.count
            let at = r.below(span)
            out[at] = r.below(4) == 0 ? 0 : UInt8(truncatingIfNeeded: r.next())
        }
        return out
    }

    @Test(.enabled(if: Paths.corpusAvailable, Paths.corpusMissing), arguments: CorpusFile.all)
    func mutatedFilesStayWithinTheContract(_ file: CorpusFile) throws {
        let bytes = try [UInt8](Data(contentsOf: file.url))
        let dir = try TempDir()
        let count = Self.full ? 50 : 3
        let name = "m." + file.url.pathExtension
        for k in 0..<count {
            let seed = UInt64(truncatingIfNeeded: file.sha256.hashValueStable) &+ UInt64(k)
            let mutated = Self.mutate(bytes, seed: seed)
            let path = try dir.file(name, mutated).path
            let depths = Self.full ? ["structure", "keyframes", "full"] : (k == 0 ? ["structure", "keyframes"] : ["structure"])
            for depth in depths {
                let r = try evidence("verify", "--json", "--depth", depth, "--analysis-time", "0", path)
                let where_ = "\(file.path) mutation \(k) depth \(depth)"
                #expect(Self.documented.contains(r.status), "\(where_): exit \(r.status) \(r.stderr)")
                let lines = r.stdout.split(separator: "\n")
                #expect(lines.count == 1, "\(where_): \(lines.count) stdout lines")
                guard let line = lines.first else { continue }
                if let report = try? JSONDecoder().decode(VerifyReport.self, from: Data(line.utf8)) {
                    #expect(r.stderr.isEmpty, "\(where_): \(r.stderr)")
                    #expect(report.file.sha256 != file.sha256 || mutated == bytes, "\(where_): the hash did not see the change")
                } else {
                    let failure = try? JSONDecoder().decode(FailureRecord.self, from: Data(line.utf8))
                    #expect(failure != nil, "\(where_): stdout is neither a report nor a failure record")
                    #expect(r.stderr.split(separator: "\n").count == 1, "\(where_): \(r.stderr)")
                }
            }
        }
    }
}

extension String {
    /// A hash of the text that is the same in every process (Swift's `hashValue` is seeded per process).
    var hashValueStable: UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in utf8 { h = (h ^ UInt64(b)) &* 0x0100_0000_01B3 }
        return h
    }
}
