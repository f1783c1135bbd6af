import EvidenceKit
import Foundation
import Testing

/// Issue 18: `evidence compare` on a real camera clip and photo and copies made here with ffmpeg and ImageMagick,
/// each edit placed at a known picture or pixel, then located; packet counts checked against ffprobe.
@Suite(.timeLimit(.minutes(6)),
       .enabled(if: Paths.tool("ffmpeg") != nil && Paths.tool("ffprobe") != nil, "ffmpeg is needed to make the edited copies"))
struct CompareTests {
    static let clip = "dashcam/gopro_hero5_karma.mp4" // 362 pictures at 29.97 per second, keyframe every 8
    static let photo = "photos/samsung_gt-i9100_galaxy_s2.jpg"
    static var binary: String { ProcessInfo.processInfo.environment["EVIDENCE_RELEASE_BIN"] ?? Paths.evidenceBinary.path }

    static func compare(_ original: String, _ submitted: String) throws -> (status: Int32, report: ComparisonReport) {
        let r = try run(binary, ["compare", "--json", "--analysis-time", "0", original, submitted])
        let report = try JSONDecoder().decode(ComparisonReport.self, from: Data(r.stdout.utf8))
        return (r.status, report)
    }

    static func ffmpeg(_ args: [String]) throws {
        let r = try run(Paths.tool("ffmpeg")!, ["-v", "error", "-y"] + args)
        #expect(r.status == 0, "ffmpeg \(args.joined(separator: " ")): \(r.stderr)")
    }

    static func packetCount(_ path: String) throws -> Int {
        let r = try run(Paths.tool("ffprobe")!, ["-v", "error", "-select_streams", "v:0", "-count_packets", "-show_entries", "stream=nb_read_packets", "-of", "csv=p=0", path])
        return Int(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @Test func videoEditsAreProvedOrLocated() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let tmp = try TempDir()
        let original = Paths.corpus.appendingPathComponent(Self.clip).path
        func out(_ name: String) -> String { tmp.url.appendingPathComponent(name).path }
        let x264 = ["-an", "-c:v", "libx264", "-preset", "veryfast", "-crf", "18"]

        // The same file: exit 0. A remux: the same packets, metadata listed, exit 1.
        let same = try Self.compare(original, original)
        #expect(same.status == 0 && same.report.same && same.report.findings.map(\.id) == ["compare.file.same"])
        try Self.ffmpeg(["-i", original, "-map", "0:v:0", "-c", "copy", out("remux.mov")])
        let remux = try Self.compare(original, out("remux.mov"))
        #expect(remux.status == 1 && remux.report.samePayload && remux.report.findings.contains { $0.id == "compare.packets.same" })
        #expect(!remux.report.metadataDifferences.isEmpty)

        // Stream-copy trim from 4 s: one run of the original's packets, to its last one; as many as ffprobe counts.
        try Self.ffmpeg(["-ss", "4", "-i", original, "-map", "0:v:0", "-c", "copy", out("trim.mp4")])
        let trim = try Self.compare(original, out("trim.mp4"))
        let runs = try #require(trim.report.packets?.runs)
        let kept = try Self.packetCount(out("trim.mp4")), all = try Self.packetCount(original)
        #expect(runs.count == 1 && runs[0].originalLast == all - 1 && runs[0].originalFirst == all - kept, "\(runs)")
        #expect(trim.report.findings.contains { $0.id == "compare.packets.trim" && $0.severity == .conclusive })

        // Stream-copy splice of 0–4 s and 8 s–end: two runs, the second starting where the original's 8 s keyframe is.
        try Self.ffmpeg(["-t", "4", "-i", original, "-map", "0:v:0", "-c", "copy", out("a.mp4")])
        try Self.ffmpeg(["-ss", "8", "-i", original, "-map", "0:v:0", "-c", "copy", out("b.mp4")])
        try "file '\(out("a.mp4"))'\nfile '\(out("b.mp4"))'\n".write(toFile: out("list.txt"), atomically: true, encoding: .utf8)
        try Self.ffmpeg(["-f", "concat", "-safe", "0", "-i", out("list.txt"), "-c", "copy", out("splice.mp4")])
        let splice = try Self.compare(original, out("splice.mp4"))
        let spliceRuns = try #require(splice.report.packets?.runs)
        #expect(spliceRuns.count == 2 && spliceRuns[1].originalLast == all - 1 && spliceRuns[0].originalFirst == 0, "\(spliceRuns)")
        #expect(splice.report.findings.contains { $0.id == "compare.packets.splice" })

        // A whole re-encode: no packet in common, ≥ 99 % of pictures matched in order.
        try Self.ffmpeg(["-i", original] + x264 + [out("x264.mp4")])
        let reencode = try Self.compare(original, out("x264.mp4"))
        let pictures = try #require(reencode.report.pictures)
        #expect(pictures.matchedShare >= 0.99 && pictures.segments.map(\.kind) == [.matched], "\(pictures.segments)")
        #expect(reencode.report.findings.contains { $0.id == "compare.pictures.reencoded" })

        // A re-encoded trim of 3 s–9 s: cut before picture 90 and from picture 270 on, each within one picture.
        try Self.ffmpeg(["-ss", "3", "-i", original, "-t", "6"] + x264 + [out("trim-x264.mp4")])
        let rtrim = try #require(try Self.compare(original, out("trim-x264.mp4")).report.pictures)
        let kinds = rtrim.segments.map(\.kind)
        #expect(kinds == [.cut, .matched, .cut], "\(rtrim.segments)")
        if kinds == [.cut, .matched, .cut] {
            #expect(abs((rtrim.segments[1].originalFirst ?? 0) - 90) <= 1 && abs((rtrim.segments[2].originalFirst ?? 0) - 270) <= 1, "\(rtrim.segments)")
        }

        // Pictures 120–179 deleted: a cut of exactly those, within one picture.
        try Self.ffmpeg(["-i", original, "-vf", "select='not(between(n\\,120\\,179))'", "-fps_mode", "passthrough"] + x264 + [out("deleted.mp4")])
        let deleted = try #require(try Self.compare(original, out("deleted.mp4")).report.pictures)
        let cut = deleted.segments.first { $0.kind == .cut }
        #expect(abs((cut?.originalFirst ?? 0) - 120) <= 1 && abs((cut?.originalLast ?? 0) - 179) <= 1, "\(deleted.segments)")

        // A freeze of pictures 150–179 on picture 149: frozen pictures from 150, the original's 150–179 cut.
        try Self.ffmpeg(["-i", original, "-filter_complex", "[0:v:0]split[a][b];[a][b]freezeframes=first=150:last=179:replace=149[v]", "-map", "[v]"] + x264 + [out("freeze.mp4")])
        let freeze = try Self.compare(original, out("freeze.mp4"))
        let fz = try #require(freeze.report.pictures)
        #expect(abs((fz.duplicatedPictures.first ?? 0) - 150) <= 1 && fz.duplicatedPictures.count >= 28, "\(fz.duplicatedPictures)")
        #expect(freeze.report.findings.contains { $0.id == "compare.pictures.frozen" })

        // Twice as fast: speed 2 within 2 %.
        try Self.ffmpeg(["-i", original, "-vf", "setpts=0.5*PTS"] + x264 + [out("speed.mp4")])
        let speed = try #require(try Self.compare(original, out("speed.mp4")).report.pictures)
        let measured = speed.segments.first { $0.kind == .matched }?.speed ?? 0
        #expect(abs(measured - 2) <= 0.04, "\(speed.segments)")

        // Another recording: nothing matches.
        let other = Paths.corpus.appendingPathComponent("phone-video/apple_iphone17pro_livephoto_IMG_1635.mov").path
        let unrelated = try Self.compare(original, other)
        #expect(unrelated.report.findings.contains { $0.id == "compare.pictures.unrelated" })
        // In the court report: the comparison in the record, an eleventh check, the alignment drawn in the HTML.
        let rec = try run(Self.binary, ["report", out("deleted.mp4"), "--original", original, "--analysis-time", "0", "--lang", "en"])
        let record = try JSONDecoder().decode(ReportRecord.self, from: Data(rec.stdout.utf8))
        #expect(record.comparison?.pictures?.segments.contains { $0.kind == .cut } == true)
        #expect(record.checks.last?.area == "comparison" && record.checks.last?.status == .warning)
        let page = try run(Self.binary, ["report", out("deleted.mp4"), "--original", original, "--analysis-time", "0", "--format", "html", "--lang", "vi"]).stdout
        #expect(page.contains("So sánh với bản gốc được khai") && page.contains("<svg class=\"alignment\""))
        // Both languages, and the text output.
        let text = try run(Self.binary, ["compare", "--lang", "vi", original, out("deleted.mp4")])
        #expect(text.status == 1 && text.stdout.contains("đã bị cắt"))
    }

    @Test func photoEditsAreLocated() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let convert = try #require(Paths.tool("convert-im6.q16") ?? Paths.tool("convert"), "ImageMagick not installed")
        let tmp = try TempDir()
        let original = Paths.corpus.appendingPathComponent(Self.photo).path
        func out(_ name: String) -> String { tmp.url.appendingPathComponent(name).path }
        let probe = try run(Paths.tool("ffprobe")!, ["-v", "error", "-show_entries", "stream=width,height", "-of", "csv=p=0", original]).stdout
        let wh = probe.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap { Int($0) }
        try #require(wh.count == 2)
        let (w, h) = (wh[0], wh[1])

        // A crop of the central 80 %: located within 2 pixels.
        let (cx, cy, cw, ch) = (w / 10, h / 10, w - 2 * (w / 10), h - 2 * (h / 10))
        _ = try run(convert, [original, "-crop", "\(cw)x\(ch)+\(cx)+\(cy)", "+repage", "-quality", "95", out("crop.jpg")])
        let crop = try #require(try Self.compare(original, out("crop.jpg")).report.photo?.crop)
        #expect(abs(crop.x - cx) <= 2 && abs(crop.y - cy) <= 2 && crop.width == cw && crop.height == ch, "\(crop)")

        // Half size: the scale within 1 %.
        _ = try run(convert, [original, "-resize", "50%", "-quality", "95", out("half.jpg")])
        let half = try #require(try Self.compare(original, out("half.jpg")).report.photo)
        #expect(abs((half.scale ?? 0) - 0.5) <= 0.005, "\(half)")

        // A grey rectangle over the middle: located with intersection over union ≥ 0.8.
        let (x0, y0, x1, y1) = (w * 3 / 10, h * 3 / 10, w * 7 / 10, h * 7 / 10)
        _ = try run(convert, [original, "-fill", "rgb(128,128,128)", "-draw", "rectangle \(x0),\(y0) \(x1),\(y1)", "-quality", "95", out("paint.jpg")])
        let paint = try Self.compare(original, out("paint.jpg"))
        let region = try #require(paint.report.photo?.changedRegion)
        let ix = max(0, min(x1 + 1, region.x + region.width) - max(x0, region.x)), iy = max(0, min(y1 + 1, region.y + region.height) - max(y0, region.y))
        let inter = Double(ix * iy), union = Double((x1 - x0 + 1) * (y1 - y0 + 1) + region.width * region.height) - inter
        #expect(inter / union >= 0.8, "IoU \(inter / union): \(region)")
        #expect(paint.report.findings.contains { $0.id == "compare.photo.region" && $0.severity == .strong })

        // A quarter turn.
        _ = try run(convert, [original, "-rotate", "90", "-quality", "95", out("turned.jpg")])
        #expect(try Self.compare(original, out("turned.jpg")).report.photo?.rotation == 90)

        // A metadata-only edit: same coded picture, the field listed.
        try FileManager.default.copyItem(atPath: original, toPath: out("dated.jpg"))
        if let exiftool = Paths.tool("exiftool") {
            _ = try run(exiftool, ["-q", "-overwrite_original", "-DateTimeOriginal=2020:01:01 10:00:00", out("dated.jpg")])
            let dated = try Self.compare(original, out("dated.jpg"))
            #expect(dated.status == 1 && dated.report.samePayload && dated.report.photo?.samePixels == true)
            #expect(dated.report.metadataDifferences.contains { $0.field.contains("0x9003") && $0.submitted == "2020:01:01 10:00:00" }, "\(dated.report.metadataDifferences.map(\.field))")
        }
    }
}
