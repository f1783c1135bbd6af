import BenchSupport
import Foundation

// Issue 15: `evidence batch` on the corpus (58 files): throughput with 1 and 2 jobs at depth structure and full
// (goal: 2 jobs ≥ 1.8× the throughput of 1), side by side with `evidence verify` over the same files (the floor:
// the same screening with no ledger, no screening processes), and the ledger's own cost (transactions, fsync
// included) from the batch's summary. Each run uses a new SQLite ledger in a temporary folder. Runs alternate;
// medians of BENCH_RUNS (default 3).
let corpus = Bench.corpus
guard let manifest = try? String(contentsOf: corpus.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8) else {
    print("corpus not found at \(corpus.path) (set EVIDENCE_CORPUS): batch benchmark skipped")
    exit(0)
}
let files = manifest.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").first.map { corpus.appendingPathComponent(String($0)).path } }
let runs = Int(ProcessInfo.processInfo.environment["BENCH_RUNS"] ?? "") ?? 3
let scratch = NSTemporaryDirectory() + "batch-bench-\(getpid())"
try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: scratch) }
// A manifest of the corpus files (the corpus folder also holds MANIFEST.tsv and README.md).
let list = scratch + "/files.csv"
try ("submission,path\n" + files.map { "\($0),\($0)" }.joined(separator: "\n") + "\n").write(toFile: list, atomically: true, encoding: .utf8)

/// Runs one batch into a fresh ledger; returns the wall time and the ledger seconds and screening seconds it reports.
func batch(depth: String, jobs: Int, threads: Int?, memory: Bool = false) -> (seconds: Double, ledger: Double, screening: Double) {
    let ledger = memory ? ":memory:" : scratch + "/l-\(UUID().uuidString).sqlite"
    defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: ledger + suffix) } }
    let err = scratch + "/err.txt"
    var argv = [Bench.evidence, "batch", list, "--ledger", ledger, "--depth", depth, "--jobs", String(jobs), "--analysis-time", "0"]
    if let threads { argv += ["--threads", String(threads)] }
    let t0 = Date()
    let p = Process()
    p.executableURL = URL(fileURLWithPath: argv[0])
    p.arguments = Array(argv.dropFirst())
    p.standardOutput = FileHandle.nullDevice
    _ = FileManager.default.createFile(atPath: err, contents: nil)
    p.standardError = FileHandle(forWritingAtPath: err)
    try? p.run()
    p.waitUntilExit()
    let seconds = Date().timeIntervalSince(t0)
    let text = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
    func number(after marker: String) -> Double {
        guard let r = text.range(of: marker) else { return .nan }
        return Double(text[r.upperBound...].prefix { $0.isNumber || $0 == "." }) ?? .nan
    }
    return (seconds, number(after: "ledger transactions ") / 1000, number(after: "jobs: screening ") / 1000)
}

for depth in ["structure", "full"] {
    var inMemory: [Double] = []
    var one: [Double] = [], two: [Double] = [], oneDefault: [Double] = [], verify: [Double] = [], ledger: [Double] = [], screening: [Double] = []
    for _ in 0..<runs {
        let a = batch(depth: depth, jobs: 1, threads: 1)
        one.append(a.seconds)
        let b = batch(depth: depth, jobs: 2, threads: 1)
        two.append(b.seconds)
        ledger.append(b.ledger)
        inMemory.append(batch(depth: depth, jobs: 2, threads: 1, memory: true).seconds)
        screening.append(b.screening)
        oneDefault.append(batch(depth: depth, jobs: 1, threads: nil).seconds)
        verify.append(Bench.spawn([Bench.evidence, "verify", "--json", "--depth", depth, "--analysis-time", "0"] + files).seconds)
    }
    let m1 = Bench.median(one), m2 = Bench.median(two), m1d = Bench.median(oneDefault), mv = Bench.median(verify)
    let n = Double(files.count)
    print("depth \(depth), \(files.count) files, medians of \(runs) runs")
    print("  batch --jobs 1 --threads 1:  \(Bench.f(m1, 2)) s  (\(Bench.f(n / m1, 1)) files/s)")
    print("  batch --jobs 2 --threads 1:  \(Bench.f(m2, 2)) s  (\(Bench.f(n / m2, 1)) files/s)   2 jobs ÷ 1 job: \(Bench.f(m1 / m2, 2))×   goal ≥ 1.8×")
    print("  batch --jobs 1 (2 decoder threads): \(Bench.f(m1d, 2)) s")
    print("  verify, same files, one process:    \(Bench.f(mv, 2)) s   batch --jobs 2 ÷ verify: \(Bench.f(m2 / mv, 2))")
    let ml = Bench.median(ledger), ms = Bench.median(screening), mm = Bench.median(inMemory)
    print("  batch --jobs 2 with the ledger in memory (no file, no fsync): \(Bench.f(mm, 2)) s; the durable ledger adds \(Bench.f(m2 - mm, 3)) s = \(Bench.f(100 * (m2 - mm) / mv, 1)) % of verify's time   goal ≤ 5 %")
    print("  ledger transactions on the job threads (2 jobs, fsync and lock waits included): \(Bench.f(1000 * ml / n, 2)) ms per file, \(Bench.f(100 * ml / ms, 1)) % of the screening time (overlapped with the next screening)")
}
