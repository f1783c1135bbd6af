import BenchSupport
import Foundation

// `evidence verify` speed (issue 4): on a 1-minute 1080p H.264 camera clip (the Pixel 7 recording
// from the corpus, stream-copied end to end), `--depth structure` against the clip's decode time
// (goal ≤ 0.1×) and `--depth full` against `ffmpeg -threads 2 -f null` (goal ≤ 1.3×).
let cache = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.cache").standardizedFileURL
try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
guard let ffmpeg = Bench.which("ffmpeg") else { print("ffmpeg not installed: verify benchmark skipped"); exit(0) }
let source = Bench.corpus.appendingPathComponent("edited/google_pixel7_videoonly_lavf_remux.mp4").path
guard FileManager.default.fileExists(atPath: source) else { print("corpus missing: verify benchmark skipped"); exit(0) }
let clip = cache.appendingPathComponent("loop-1080p-h264-60s.mp4").path
if !FileManager.default.fileExists(atPath: clip) {
    _ = Bench.spawn([ffmpeg, "-v", "error", "-y", "-stream_loop", "49", "-i", source, "-t", "60", "-map", "0:v:0", "-c", "copy", clip])
}
let runs = Int(ProcessInfo.processInfo.environment["BENCH_RUNS"] ?? "") ?? 3
let decode = [ffmpeg, "-v", "error", "-threads", "2", "-i", clip, "-an", "-f", "null", "-"]
let s = Bench.compare("structure", ours: [Bench.evidence, "verify", "--depth", "structure", clip], reference: decode, runs: runs)
Bench.report("verify --depth structure, 60 s 1080p H.264", ours: s.ours, reference: s.reference, refName: "ffmpeg -threads 2 -f null (decode)", goal: "≤ 0.1", accepted: [0, 1, 2])
let f = Bench.compare("full", ours: [Bench.evidence, "verify", "--depth", "full", clip], reference: decode, runs: runs)
Bench.report("verify --depth full, same clip", ours: f.ours, reference: f.reference, refName: "ffmpeg -threads 2 -f null (decode)", goal: "≤ 1.3", accepted: [0, 1, 2])
