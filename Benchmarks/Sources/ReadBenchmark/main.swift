import BenchSupport
import EvidenceKit
import Foundation

// Issue 13: "read each file once". For every corpus photo and video, at each depth, the bytes the
// process read (`rchar` from /proc/self/io: every read(2)/pread(2), page cache or not) divided by the
// file's size, measured around one in-process `Verifier.verify` (goal ≤ 1.1 at every depth), side by side
// with the same ratio for a whole `evidence verify` process (start-up reads included: shared-library
// headers, locale files), and the verify time of each depth summed over the files.
//
// Before the probe (commit 0530862), the process ratio was 1.27–5.59 at depth structure and 1.93–8.28 at
// full on the corpus videos, 2.03–4.07 for photos at depth full (README "Reading each file once").
func rchar() -> Int64 {
    guard let text = try? String(contentsOfFile: "/proc/self/io", encoding: .utf8) else { return -1 }
    for line in text.split(separator: "\n") where line.hasPrefix("rchar:") {
        return Int64(line.split(separator: " ").last ?? "") ?? -1
    }
    return -1
}

let corpus = Bench.corpus
guard let manifest = try? String(contentsOf: corpus.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8) else {
    print("corpus not found at \(corpus.path) (set EVIDENCE_CORPUS): read benchmark skipped")
    exit(0)
}
let rows = manifest.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
let files = rows.filter { $0.count > 13 && ($0[13] == "camera-original" || $0[13] == "unknown") }.map { corpus.appendingPathComponent($0[0]).path }
func size(_ p: String) -> Int64 { ((try? FileManager.default.attributesOfItem(atPath: p)[.size]) as? Int64) ?? 1 }

print("file".padding(toLength: 58, withPad: " ", startingAt: 0) + "   bytes    structure  keyframes  full   | process: structure  full")
var worst: [VerifyDepth: Double] = [:]
var seconds: [VerifyDepth: Double] = [:]
for path in files {
    var cells: [String] = []
    for depth in VerifyDepth.allCases {
        let verifier = Verifier(depth: depth, analysisTime: 0)
        let before = rchar()
        let t0 = Date()
        _ = try? verifier.verify(path: path)
        seconds[depth, default: 0] += Date().timeIntervalSince(t0)
        let ratio = Double(rchar() - before) / Double(size(path))
        worst[depth] = max(worst[depth] ?? 0, ratio)
        cells.append(Bench.f(ratio, 3).padding(toLength: 9, withPad: " ", startingAt: 0))
    }
    var process: [String] = []
    for depth in ["structure", "full"] {
        let before = rchar()
        _ = Bench.spawn([Bench.evidence, "verify", "--json", "--depth", depth, path])
        process.append(Bench.f(Double(rchar() - before) / Double(size(path)), 3).padding(toLength: 9, withPad: " ", startingAt: 0))
    }
    let name = String(path.dropFirst(corpus.path.count + 1))
    print(name.padding(toLength: 58, withPad: " ", startingAt: 0) + String(size(path)).leftPad(9) + "    " + cells.joined(separator: "  ") + " |          " + process.joined(separator: " "))
}
for depth in VerifyDepth.allCases {
    let w = worst[depth] ?? .nan
    print("worst in-process ratio at depth \(depth.rawValue): \(Bench.f(w)) (goal ≤ 1.1: \(w <= 1.1 ? "met" : "NOT met")); verify time over \(files.count) files \(Bench.f(seconds[depth] ?? 0, 2)) s")
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
