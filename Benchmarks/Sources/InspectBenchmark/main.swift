import BenchSupport
import Foundation

// `evidence inspect --json` vs the oracles the issue names, on the real corpus.
//  1. all corpus photos in one process vs `exiftool -j` on the same files in one process (goal ≥ 5× faster),
//     inspect and verify; verify --depth full as well (reported);
//  2. each corpus video, one process per file, vs `ffprobe -show_format -show_streams -of json` (reported).
let corpus = Bench.corpus
guard let manifest = try? String(contentsOf: corpus.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8) else {
    print("corpus not found at \(corpus.path) (set EVIDENCE_CORPUS): inspect benchmark skipped")
    exit(0)
}
let files = manifest.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").first.map(String.init) }
let photos = files.filter { name in [".jpg", ".jpeg", ".heic"].contains { name.lowercased().hasSuffix($0) } }.map { corpus.appendingPathComponent($0).path }
let videos = files.filter { name in [".mp4", ".mov", ".3gp", ".h264", ".bcm"].contains { name.lowercased().hasSuffix($0) } }.map { corpus.appendingPathComponent($0).path }
let runs = Int(ProcessInfo.processInfo.environment["BENCH_RUNS"] ?? "") ?? 5

if let exiftool = Bench.which("exiftool") {
    let r = Bench.compare("photos", ours: [Bench.evidence, "inspect", "--json"] + photos, reference: [exiftool, "-j"] + photos, runs: runs)
    Bench.report("inspect \(photos.count) corpus photos (JPEG + HEIC), one process each side", ours: r.ours, reference: r.reference,
                 refName: "exiftool -j", goal: "≥ 5× faster", ratioIsSpeedup: true)
    let v = Bench.compare("verify photos", ours: [Bench.evidence, "verify", "--json"] + photos, reference: [exiftool, "-j"] + photos, runs: runs)
    Bench.report("verify \(photos.count) corpus photos (issue 5), one process each side", ours: v.ours, reference: v.reference,
                 refName: "exiftool -j", goal: "≥ 5× faster", ratioIsSpeedup: true, accepted: [0, 1, 2])
    // Depth full decodes every JPEG and HEIC picture and its thumbnail (reported, no goal).
    let full = Bench.compare("verify photos full", ours: [Bench.evidence, "verify", "--json", "--depth", "full"] + photos,
                             reference: [exiftool, "-j"] + photos, runs: max(1, runs / 2))
    Bench.report("verify --depth full \(photos.count) corpus photos (pictures and thumbnails decoded), one process each side", ours: full.ours,
                 reference: full.reference, refName: "exiftool -j", goal: "reported", ratioIsSpeedup: true, accepted: [0, 1, 2])
} else {
    print("exiftool not installed: photo comparison skipped")
}

if let ffprobe = Bench.which("ffprobe") {
    var ours: [Double] = [], theirs: [Double] = []
    for _ in 0..<runs {
        var a = 0.0, b = 0.0
        for v in videos {
            a += Bench.spawn([Bench.evidence, "inspect", "--json", v]).seconds
            b += Bench.spawn([ffprobe, "-v", "error", "-show_format", "-show_streams", "-of", "json", v]).seconds
        }
        ours.append(a)
        theirs.append(b)
    }
    let a = Bench.median(ours), b = Bench.median(theirs)
    print("inspect \(videos.count) corpus videos, one process per file\n  evidence: median \(Bench.f(a)) s total (\(Bench.f(a / Double(videos.count) * 1000, 1)) ms/file)\n  ffprobe -show_format -show_streams: median \(Bench.f(b)) s total (\(Bench.f(b / Double(videos.count) * 1000, 1)) ms/file)\n  time ratio (evidence / ffprobe): \(Bench.f(a / b, 2))   (evidence also hashes every byte and walks every box)")
}
