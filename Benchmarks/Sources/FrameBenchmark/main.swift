import BenchSupport
import Foundation

// `evidence hash --frames` against plain decode and against vpdq (issue 3), side by side in one run.
//  1. 1080p H.264 camera clip of 24 s (a real Pixel 7 recording from the corpus, stream-copied 20 times
//     end to end, so the bitstream is the phone's own): `--frames all` vs `ffmpeg -threads 2 -f null`
//     (goal ≤ 1.2×) and vs vpdq thread_count=2, every frame (goal ≥ 5× faster);
//     `--frames keyframes` as a multiple of real time (goal ≥ 50×).
//  2. The largest HEVC phone clip in the corpus (iPhone 17 Pro, 1920×1440), looped to 20 s: same.
//  3. Memory: peak RSS of `--frames all` on 24 s vs 5 min of the same content.
let cache = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.cache").standardizedFileURL
try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
let corpus = Bench.corpus
guard let ffmpeg = Bench.which("ffmpeg") else { print("ffmpeg not installed: frame benchmark skipped"); exit(0) }
let runs = Int(ProcessInfo.processInfo.environment["BENCH_RUNS"] ?? "") ?? 3

/// Stream-copies `source` `times` times end to end (no re-encode: the camera's own bitstream).
func loop(_ source: String, times: Int, name: String) -> String? {
    let src = corpus.appendingPathComponent(source).path
    guard FileManager.default.fileExists(atPath: src) else { print("corpus file \(source) missing: skipped"); return nil }
    let out = cache.appendingPathComponent(name).path
    if !FileManager.default.fileExists(atPath: out) {
        let s = Bench.spawn([ffmpeg, "-v", "error", "-y", "-stream_loop", String(times - 1), "-i", src, "-map", "0:v:0", "-c", "copy", out])
        guard s.status == 0 else { print("could not make \(name)"); return nil }
    }
    return out
}

func durationSeconds(_ path: String) -> Double {
    guard let ffprobe = Bench.which("ffprobe") else { return .nan }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: ffprobe)
    p.arguments = ["-v", "error", "-show_entries", "format=duration", "-of", "default=nw=1:nk=1", path]
    let pipe = Pipe()
    p.standardOutput = pipe
    try? p.run()
    p.waitUntilExit()
    return Double(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? .nan
}

/// vpdq from the oracle environment made by `tools/install-deps --oracles`.
// Not standardised: that would resolve the venv's `python` symlink to the base interpreter.
let python = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/../../../.cache/pyenv/bin/python"

func suite(_ title: String, clip: String) {
    let seconds = durationSeconds(clip)
    print("\(title) (\(Bench.f(seconds, 1)) s)")
    let r = Bench.compare("frames", ours: [Bench.evidence, "hash", "--frames", "all", clip],
                          reference: [ffmpeg, "-v", "error", "-threads", "2", "-i", clip, "-an", "-f", "null", "-"], runs: runs)
    Bench.report("  hash --frames all", ours: r.ours, reference: r.reference, refName: "ffmpeg -threads 2 -f null (decode only)", goal: "≤ 1.2")
    let key = (0..<runs).map { _ in Bench.spawn([Bench.evidence, "hash", "--frames", "keyframes", clip]) }
    let k = Bench.median(key.map(\.seconds))
    print("  hash --frames keyframes: median \(Bench.f(k)) s = \(Bench.f(seconds / k, 1))× real time   goal: ≥ 50×")
    if FileManager.default.isExecutableFile(atPath: python) {
        let v = Bench.spawn([python, "-c", "import sys, vpdq; vpdq.computeHash(sys.argv[1], seconds_per_hash=0, thread_count=2)", clip])
        let ours = Bench.median(r.ours.map(\.seconds))
        if v.status != 0 { print("  WARNING: vpdq exited \(v.status)") }
        print("  vpdq (PyPI 0.2.5, every frame, thread_count=2): \(Bench.f(v.seconds)) s; evidence is \(Bench.f(v.seconds / ours, 2))× faster   goal: ≥ 5×")
    } else {
        print("  vpdq not installed (.cache/pyenv): comparison skipped")
    }
}

if let clip = loop("edited/google_pixel7_videoonly_lavf_remux.mp4", times: 20, name: "loop-1080p-h264.mp4") {
    suite("1080p H.264, Pixel 7 bitstream", clip: clip)
}
// The same pictures re-encoded at a typical sharing bit rate (x264 CRF 23): decoding is cheaper, so
// the per-frame cost of hashing weighs more — the situation the issue measured vpdq in.
if let camera = loop("edited/google_pixel7_videoonly_lavf_remux.mp4", times: 20, name: "loop-1080p-h264.mp4") {
    let out = cache.appendingPathComponent("loop-1080p-h264-crf23.mp4").path
    if !FileManager.default.fileExists(atPath: out) {
        _ = Bench.spawn([ffmpeg, "-v", "error", "-y", "-i", camera, "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", out])
    }
    if FileManager.default.fileExists(atPath: out) { suite("1080p H.264, the same pictures re-encoded with x264 CRF 23", clip: out) }
}
if let clip = loop("phone-video/apple_iphone17pro_livephoto_IMG_1635.mov", times: 10, name: "loop-1440p-hevc.mov") {
    suite("1920×1440 HEVC, iPhone 17 Pro bitstream (no 4K clip in the corpus)", clip: clip)
}
// No 4K clip in the corpus: the iPhone 17 Pro clip upscaled to 3840×2880 and encoded with x265 (10-bit
// Main 10 like phones record), 10 s. The bitstream is x265's, not the phone's: decode cost is what counts here.
if let source = loop("phone-video/apple_iphone17pro_livephoto_IMG_1635.mov", times: 5, name: "loop-1440p-hevc-10s.mov") {
    let out = cache.appendingPathComponent("upscaled-4k-hevc.mp4").path
    if !FileManager.default.fileExists(atPath: out) {
        print("encoding the 4K HEVC clip once (x265 ultrafast)…")
        _ = Bench.spawn([ffmpeg, "-v", "error", "-y", "-i", source, "-vf", "scale=3840:2880", "-c:v", "libx265", "-preset", "ultrafast",
                         "-pix_fmt", "yuv420p10le", "-x265-params", "log-level=error", "-an", out])
    }
    if FileManager.default.fileExists(atPath: out) { suite("3840×2880 HEVC 10-bit (iPhone 17 Pro clip upscaled, x265)", clip: out) }
}
if let short = loop("edited/google_pixel7_videoonly_lavf_remux.mp4", times: 20, name: "loop-1080p-h264.mp4"),
   let long = loop("edited/google_pixel7_videoonly_lavf_remux.mp4", times: 250, name: "loop-1080p-h264-5min.mp4") {
    let a = Bench.spawn([Bench.evidence, "hash", "--frames", "all", short])
    let b = Bench.spawn([Bench.evidence, "hash", "--frames", "all", long])
    print("memory: peak RSS of hash --frames all: \(a.maxRSSKiB / 1024) MiB on \(Bench.f(durationSeconds(short), 0)) s, \(b.maxRSSKiB / 1024) MiB on \(Bench.f(durationSeconds(long), 0)) s of the same content")
}
