import BenchSupport
import Foundation

// `evidence report` speed (issue 17): a full report of a 1-minute 1080p H.264 camera clip (the Pixel 7
// recording from the corpus, stream-copied end to end) against `evidence verify --depth full` on the same
// clip (goal ≤ 1.2×), once per format. The report decodes the clip once, like verify, and adds the
// thumbnails, the record, the rendering and, here, an Ed25519 signature.
guard let (_, clip) = Bench.cameraClip60s(for: "ReportBenchmark") else { exit(0) }
let cache = Bench.cache
let key = cache.appendingPathComponent("bench-report.key").path
if !FileManager.default.fileExists(atPath: key) { _ = Bench.spawn([Bench.evidence, "keygen", "--out", key]) }
let runs = Int(ProcessInfo.processInfo.environment["BENCH_RUNS"] ?? "") ?? 3
let when = "2026-12-05T08:00:00+07:00"
let verify = [Bench.evidence, "verify", "--json", "--depth", "full", "--analysis-time", when, clip]
for format in ["json", "html", "pdf"] {
    let out = cache.appendingPathComponent("bench-report.\(format)").path
    let ours = [Bench.evidence, "report", "--format", format, "--depth", "full", "--analysis-time", when, "--sign", key, "--out", out, clip]
    let r = Bench.compare(format, ours: ours, reference: verify, runs: runs)
    Bench.report("report --format \(format) --sign, 60 s 1080p H.264", ours: r.ours, reference: r.reference, refName: "verify --json --depth full", goal: "≤ 1.2", accepted: [0], referenceAccepted: [0, 1, 2])
}
