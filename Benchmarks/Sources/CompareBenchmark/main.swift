import BenchSupport
import Foundation

// `evidence compare` speed (issue 18), on the 1-minute 1080p H.264 camera clip (the Pixel 7 recording from the
// corpus, stream-copied end to end) as the original:
//  - against an x264 re-encode of it, at depth full (both decoded, pictures aligned): goal ≤ 2.2× one
//    `verify --depth full` of the original (two decodes are the floor);
//  - against a stream-copy trim of it, at depth structure (packets only: the byte-level proof): goal ≤ 0.1× that.
guard let (ffmpeg, clip) = Bench.cameraClip60s(for: "CompareBenchmark") else { exit(0) }
let cache = Bench.cache
let reencoded = cache.appendingPathComponent("loop-1080p-h264-60s-x264.mp4").path
if !FileManager.default.fileExists(atPath: reencoded) {
    _ = Bench.spawn([ffmpeg, "-v", "error", "-y", "-i", clip, "-an", "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", reencoded])
}
let trimmed = cache.appendingPathComponent("loop-1080p-h264-60s-trim.mp4").path
if !FileManager.default.fileExists(atPath: trimmed) {
    _ = Bench.spawn([ffmpeg, "-v", "error", "-y", "-ss", "20", "-i", clip, "-t", "30", "-map", "0:v:0", "-c", "copy", trimmed])
}
let runs = Int(ProcessInfo.processInfo.environment["BENCH_RUNS"] ?? "") ?? 3
let verify = [Bench.evidence, "verify", "--json", "--depth", "full", "--analysis-time", "0", clip]
let full = Bench.compare("full", ours: [Bench.evidence, "compare", "--json", "--analysis-time", "0", clip, reencoded], reference: verify, runs: runs)
Bench.report("compare --depth full, 60 s 1080p original against its x264 re-encode", ours: full.ours, reference: full.reference,
             refName: "verify --depth full (one clip)", goal: "≤ 2.2", accepted: [0, 1], referenceAccepted: [0, 1, 2])
let bytes = Bench.compare("structure", ours: [Bench.evidence, "compare", "--json", "--depth", "structure", "--analysis-time", "0", clip, trimmed], reference: verify, runs: runs)
Bench.report("compare --depth structure (byte-level proof), the same original against a 30 s stream-copy trim", ours: bytes.ours, reference: bytes.reference,
             refName: "verify --depth full (one clip)", goal: "≤ 0.1", accepted: [0, 1], referenceAccepted: [0, 1, 2])
