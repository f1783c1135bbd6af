import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One finished child process: wall time and peak resident memory (from `wait4`'s rusage).
public struct Sample: Sendable {
    public var seconds: Double
    public var maxRSSKiB: Int
    public var status: Int32
}

public enum Bench {
    /// Runs `argv` with stdout/stderr to /dev/null and returns its wall time and peak RSS.
    public static func spawn(_ argv: [String]) -> Sample {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let cargs = argv.map { strdup($0) } + [nil]
        defer { cargs.forEach { free($0) } }
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        let rc = posix_spawnp(&pid, argv[0], &actions, nil, cargs, environ)
        guard rc == 0 else { fatalError("cannot start \(argv[0]): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        clock_gettime(CLOCK_MONOTONIC, &end)
        let secs = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
        return Sample(seconds: secs, maxRSSKiB: Int(usage.ru_maxrss), status: (status >> 8) & 0xff)
    }

    public static func median(_ v: [Double]) -> Double {
        let s = v.sorted()
        return s.isEmpty ? .nan : s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// Alternates A and B `runs` times after one warm-up each, so both see the same machine state.
    public static func compare(_ name: String, ours: [String], reference: [String], runs: Int = 5) -> (ours: [Sample], reference: [Sample]) {
        _ = spawn(ours)
        _ = spawn(reference)
        var a: [Sample] = [], b: [Sample] = []
        for _ in 0..<runs {
            a.append(spawn(ours))
            b.append(spawn(reference))
        }
        return (a, b)
    }

    /// The benchmarks' cache folder (`Benchmarks/.cache`, ignored by git), made if missing.
    public static var cache: URL {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.cache").standardizedFileURL
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The 1-minute 1080p H.264 camera clip several suites share (the Pixel 7 recording from the corpus, stream-copied
    /// end to end into the cache), with ffmpeg's path; nil, after saying why, when ffmpeg or the corpus is missing.
    public static func cameraClip60s(for suite: String) -> (ffmpeg: String, clip: String)? {
        guard let ffmpeg = which("ffmpeg") else { print("ffmpeg not installed: \(suite) skipped"); return nil }
        let source = corpus.appendingPathComponent("edited/google_pixel7_videoonly_lavf_remux.mp4").path
        guard FileManager.default.fileExists(atPath: source) else { print("corpus missing: \(suite) skipped"); return nil }
        let clip = cache.appendingPathComponent("loop-1080p-h264-60s.mp4").path
        if !FileManager.default.fileExists(atPath: clip) {
            _ = spawn([ffmpeg, "-v", "error", "-y", "-stream_loop", "49", "-i", source, "-t", "60", "-map", "0:v:0", "-c", "copy", clip])
        }
        return (ffmpeg, clip)
    }

    public static func which(_ tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let p = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// The `evidence` binary to measure: `$EVIDENCE_BIN`, else the main package's release build.
    public static var evidence: String {
        if let e = ProcessInfo.processInfo.environment["EVIDENCE_BIN"] { return e }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../.build/release/evidence").standardizedFileURL.path
    }

    public static var corpus: URL {
        if let c = ProcessInfo.processInfo.environment["EVIDENCE_CORPUS"] { return URL(fileURLWithPath: c) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../../shared/corpus").standardizedFileURL
    }

    public static func f(_ v: Double, _ d: Int = 3) -> String { String(format: "%.\(d)f", v) }

    /// One result row: `name  ours  reference  ratio  goal`.
    /// `accepted`: exit codes that mean success for our command (`verify` exits 1 for "review").
    public static func report(_ name: String, ours: [Sample], reference: [Sample], refName: String, goal: String, ratioIsSpeedup: Bool = false,
                              accepted: Set<Int32> = [0], referenceAccepted: Set<Int32> = [0]) {
        let a = median(ours.map(\.seconds)), b = median(reference.map(\.seconds))
        let ratio = ratioIsSpeedup ? b / a : a / b
        let rss = ours.map(\.maxRSSKiB).max() ?? 0
        let failed = ours.contains { !accepted.contains($0.status) } || reference.contains { !referenceAccepted.contains($0.status) }
        print("\(name)\n  evidence: median \(f(a)) s over \(ours.count) runs (peak RSS \(rss / 1024) MiB)\n  \(refName): median \(f(b)) s\n  "
              + (ratioIsSpeedup ? "speed-up (reference / evidence): \(f(ratio, 2))×" : "time ratio (evidence / reference): \(f(ratio, 3))")
              + "   goal: \(goal)" + (failed ? "   WARNING: a run exited non-zero" : ""))
    }
}
