import BenchSupport
import Foundation

// `evidence hash` vs `openssl dgst -sha256` on a 2 GiB file (page-cached), side by side.
// Goal (issue 2): time ratio ≤ 1.1; peak resident memory of `evidence hash` < 50 MB.
let cache = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.cache").standardizedFileURL
try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
let file = cache.appendingPathComponent("hash-2GiB.bin")
let size = 2 << 30
if (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) != size {
    print("writing \(file.path) (2 GiB of pseudo-random bytes)…")
    FileManager.default.createFile(atPath: file.path, contents: nil)
    let h = try FileHandle(forWritingTo: file)
    var x: UInt64 = 0x9E37_79B9_7F4A_7C15
    var chunk = [UInt64](repeating: 0, count: (8 << 20) / 8)
    for _ in 0..<(size / (8 << 20)) {
        for i in chunk.indices { x ^= x << 13; x ^= x >> 7; x ^= x << 17; chunk[i] = x }
        try h.write(contentsOf: chunk.withUnsafeBytes { Data($0) })
    }
    try h.close()
}
guard let openssl = Bench.which("openssl") else { fatalError("openssl not found") }
let runs = Int(ProcessInfo.processInfo.environment["BENCH_RUNS"] ?? "") ?? 5
let r = Bench.compare("hash", ours: [Bench.evidence, "hash", file.path], reference: [openssl, "dgst", "-sha256", file.path], runs: runs)
Bench.report("SHA-256 of a 2 GiB file (page cache warm)", ours: r.ours, reference: r.reference, refName: "openssl dgst -sha256", goal: "≤ 1.1, peak RSS < 50 MB")
