import EvidenceKit
import Foundation
import Testing

/// Issue 16: duplicates and near-duplicates, through the CLI on real corpus files and copies made here with
/// ffmpeg, ImageMagick and ExifTool: the ledger's index as batches fill it (`link.*` findings), `evidence similar`
/// on the ledger and on files, and vPDQ hash files both ways with Meta's vpdq.
@Suite(.timeLimit(.minutes(8)),
       .enabled(if: Paths.tool("ffmpeg") != nil, "ffmpeg is needed to make the copies"))
struct SimilarTests {
    static let clip = "dashcam/gopro_hero5_karma.mp4"
    static let otherClip = "phone-video/android601_with-gps.mp4"
    static let photo = "photos/samsung_gt-i9100_galaxy_s2.jpg"
    static let otherPhoto = "photos/lge_nexus4.jpg"
    static var binary: String { ProcessInfo.processInfo.environment["EVIDENCE_RELEASE_BIN"] ?? Paths.evidenceBinary.path }

    static func similar(_ args: [String]) throws -> [SimilarityReport] {
        let r = try run(Self.binary, ["similar", "--json"] + args)
        #expect(r.status == 0, "similar \(args): \(r.stderr)")
        return try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(SimilarityReport.self, from: Data($0.utf8)) }
    }

    static func ffmpeg(_ args: [String]) throws {
        let r = try run(Paths.tool("ffmpeg")!, ["-v", "error", "-y"] + args)
        #expect(r.status == 0, "ffmpeg \(args.joined(separator: " ")): \(r.stderr)")
    }

    /// Originals screened by a batch at depth keyframes, then copies: each copy's batch line links it to its
    /// original with the right kind, names the same or another reporter, and a claimed time after the original was
    /// received is contradicted. `similar --ledger` answers the same; unrelated files link to nothing.
    @Test func batchLinksCopiesToTheirOriginals() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let tmp = try TempDir()
        func out(_ name: String) -> String { tmp.url.appendingPathComponent(name).path }
        let clip = Paths.corpus.appendingPathComponent(Self.clip).path
        let photo = Paths.corpus.appendingPathComponent(Self.photo).path
        let x264 = ["-an", "-c:v", "libx264", "-preset", "veryfast", "-crf", "28"]
        try Self.ffmpeg(["-i", clip, "-map", "0:v:0", "-c", "copy", out("remux.mov")])
        try Self.ffmpeg(["-i", clip] + x264 + [out("x264.mp4")])
        try Self.ffmpeg(["-i", clip, "-vf", "scale=640:-2"] + x264 + [out("small.mp4")])
        try Self.ffmpeg(["-i", clip, "-vf", "crop=iw*0.9:ih*0.9"] + x264 + [out("crop.mp4")])
        try Self.ffmpeg(["-ss", "3", "-i", clip, "-t", "6"] + x264 + [out("trim.mp4")])
        try Self.ffmpeg(["-i", photo, "-vf", "scale=iw/2:-2", "-q:v", "5", out("half.jpg")])
        try Self.ffmpeg(["-i", photo, "-vf", "crop=iw*0.9:ih*0.9", "-q:v", "3", out("crop.jpg")])
        try Self.ffmpeg(["-i", photo, "-vf", "transpose=1", "-q:v", "3", out("turned.jpg")])

        let ledger = out("ledger.sqlite")
        try """
            submission,path,received_time,reporter_phone
            S-1,\(clip),2026-12-01T09:00:00+07:00,0900000001
            S-2,\(photo),2026-12-01T09:05:00+07:00,0900000001
            S-3,\(Paths.corpus.appendingPathComponent(Self.otherClip).path),2026-12-01T09:10:00+07:00,0900000002
            S-4,\(Paths.corpus.appendingPathComponent(Self.otherPhoto).path),2026-12-01T09:15:00+07:00,0900000002
            """.write(toFile: out("first.csv"), atomically: true, encoding: .utf8)
        let first = try run(Self.binary, ["batch", out("first.csv"), "--ledger", ledger, "--depth", "keyframes", "--analysis-time", "0"])
        #expect(first.stdout.split(separator: "\n").count == 4, "\(first.stderr)")
        // None of four unrelated originals links to another.
        #expect(!first.stdout.contains("\"link."), "\(first.stdout)")

        try """
            submission,path,received_time,claimed_time,reporter_phone
            S-10,\(clip),2026-12-02T10:00:00+07:00,,0900000001
            S-11,\(out("remux.mov")),2026-12-02T10:01:00+07:00,,0900000001
            S-12,\(out("x264.mp4")),2026-12-02T10:02:00+07:00,2026-12-02T08:00:00+07:00,0900000003
            S-13,\(out("small.mp4")),2026-12-02T10:03:00+07:00,,0900000003
            S-14,\(out("crop.mp4")),2026-12-02T10:04:00+07:00,,
            S-15,\(out("trim.mp4")),2026-12-02T10:05:00+07:00,,0900000003
            S-16,\(out("half.jpg")),2026-12-02T10:06:00+07:00,,0900000003
            S-17,\(out("crop.jpg")),2026-12-02T10:07:00+07:00,,0900000003
            S-18,\(out("turned.jpg")),2026-12-02T10:08:00+07:00,,0900000003
            """.write(toFile: out("second.csv"), atomically: true, encoding: .utf8)
        let second = try run(Self.binary, ["batch", out("second.csv"), "--ledger", ledger, "--depth", "keyframes", "--analysis-time", "0"])
        var links: [String: [Finding]] = [:]
        for line in second.stdout.split(separator: "\n") {
            let r = try JSONDecoder().decode(VerifyReport.self, from: Data(line.utf8))
            links[r.submission ?? "?"] = r.findings.filter { $0.id.hasPrefix("link.") }
        }
        #expect(links.count == 9, "\(second.stderr)")
        func linked(_ s: String, _ id: String, to target: String) -> Finding? {
            links[s]?.first { $0.id == id && $0.evidence["linkedSubmission"] == .string(target) }
        }
        #expect(linked("S-10", "link.same-file", to: "S-1") != nil, "\(links["S-10"] ?? [])")
        #expect(linked("S-10", "link.same-file", to: "S-1")?.message.contains("same reporter") == true)
        #expect(linked("S-11", "link.same-payload", to: "S-1") != nil, "\(links["S-11"] ?? [])")
        for s in ["S-12", "S-13", "S-14", "S-15"] {
            let f = linked(s, "link.similar-footage", to: "S-1")
            #expect(f != nil, "\(s): \(links[s] ?? [])")
            #expect(f?.severity == .info && f?.indicates == VerdictClass.none && f?.location?.frame != nil)
        }
        #expect(linked("S-12", "link.similar-footage", to: "S-1")?.message.contains("another reporter") == true)
        #expect(linked("S-14", "link.similar-footage", to: "S-1")?.message.contains("not recorded") == true)
        // Claimed 08:00 on 2 December, a day after the footage was received on 1 December.
        let contradicted = links["S-12"]?.first { $0.id == "link.time.contradicted" }
        #expect(contradicted?.severity == .strong && contradicted?.indicates == .inconclusive && contradicted?.messageVi.contains("sai") == true)
        // The trim (3–9 s of the original) is placed on the original's timeline, within a keyframe interval.
        if case let .double(t)? = linked("S-15", "link.similar-footage", to: "S-1")?.evidence["linkedSeconds"] {
            #expect(abs(t - 3) <= 1.5, "trim starts at \(t) s of the original")
        } else {
            Issue.record("no linkedSeconds for the trim: \(links["S-15"] ?? [])")
        }
        for s in ["S-16", "S-17", "S-18"] {
            #expect(linked(s, "link.similar-photo", to: "S-2") != nil, "\(s): \(links[s] ?? [])")
            #expect(links[s]?.contains { $0.evidence["linkedSubmission"] == .string("S-4") } == false)
        }
        for s in ["S-12", "S-13", "S-14", "S-15"] {
            #expect(links[s]?.contains { $0.evidence["linkedSubmission"] == .string("S-3") } == false, "\(s) linked to an unrelated clip")
        }

        // The officer's view of the same ledger, every picture of the query hashed (x264 put one keyframe in the 6 s
        // trim): the trim's matched range, the turned photo's turn.
        let reports = try Self.similar([out("trim.mp4"), out("turned.jpg"), Paths.corpus.appendingPathComponent(Self.otherClip).path, "--ledger", ledger, "--frames", "all"])
        #expect(reports.count == 3)
        if reports.count == 3 {
            let trim = reports[0].matches.first { $0.submission == "S-1" }
            #expect(trim?.kind == .similarFootage && (trim?.queryShare ?? 0) >= 0.8, "\(reports[0].matches)")
            if let r = trim?.ranges?.first {
                #expect(abs(r.targetStart - 3) <= 1.5 && abs(r.targetEnd - 9) <= 1.5 && r.queryStart <= 1, "\(r)")
            }
            let turned = reports[1].matches.first { $0.submission == "S-2" }
            #expect(turned?.kind == .similarPhoto && turned?.dihedral != "original" && (turned?.distance?.min ?? 99) <= 31, "\(reports[1].matches)")
            // The other clip is in the ledger itself: only that file, no one else's footage.
            #expect(reports[2].matches.map(\.kind) == [.sameFile] && reports[2].matches.first?.submission == "S-3", "\(reports[2].matches)")
        }
    }

    /// An ExifTool date edit of an iPhone 17 Pro HEIC (one libheif 1.15 refuses; its HEVC items are decoded
    /// directly) links by its coded picture: `same-payload`, not merely a similar picture.
    @Test(.enabled(if: Paths.tool("exiftool") != nil, "exiftool not installed"))
    func undecodablePhotoStillLinksByPayload() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let tmp = try TempDir()
        let original = Paths.corpus.appendingPathComponent("photos/apple_iphone17pro_IMG_1635.heic").path
        let copy = tmp.url.appendingPathComponent("dated.heic").path
        let e = try run(Paths.tool("exiftool")!, ["-q", "-DateTimeOriginal=2026:12:01 08:30:00", "-o", copy, original])
        try #require(e.status == 0, "\(e.stderr)")
        let reports = try Self.similar([copy, "--against", original])
        #expect(reports.first?.matches.map(\.kind) == [.samePayload], "\(reports)")
        #expect(reports.first?.notes?.first?.contains("could be hashed") == true || reports.first?.hashes == 1, "\(reports)")
    }

    /// vPDQ hash files both ways: hashes written by Meta's vpdq are read by `similar` and match our own of the same
    /// clip; ours (`hash --frames all`) are read with vpdq's own types and match vpdq's hashes.
    @Test(.enabled(if: ReferencePDQ.python != nil, "vpdq not installed (.cache/pyenv; run tools/install-deps --oracles)"))
    func vpdqFilesLoadAndMatchBothWays() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let tmp = try TempDir()
        let clip = Paths.corpus.appendingPathComponent(Self.clip).path
        let theirs = tmp.url.appendingPathComponent("theirs.vpdq").path
        let ours = tmp.url.appendingPathComponent("ours.vpdq").path
        let script = """
            import sys, vpdq
            mode = sys.argv[1]
            if mode == "hash":
                with open(sys.argv[3], "w") as f:
                    for x in vpdq.computeHash(sys.argv[2], seconds_per_hash=0, thread_count=2):
                        f.write(f"{x.frame_number},{x.quality},{x.hex},{x.timestamp:.3f}\\n")
            else:
                def read(p):
                    out = []
                    for line in open(p):
                        line = line.strip()
                        if not line or line.startswith("#"): continue
                        n, q, h, t = line.split(",")
                        out.append(vpdq.VpdqFeature(int(q), int(n), vpdq.str_to_hash(h), float(t)))
                    return out
                a, b = read(sys.argv[2]), read(sys.argv[3])
                good = lambda fs: {x.hex: x for x in fs if x.quality >= 50}
                ga, gb = good(a), good(b)
                qa = sum(1 for x in ga.values() if any(x.hamming_distance(y) <= 31 for y in gb.values()))
                qb = sum(1 for y in gb.values() if any(y.hamming_distance(x) <= 31 for x in ga.values()))
                print(len(a), len(b), qa / len(ga), qb / len(gb))
            """
        let py = tmp.url.appendingPathComponent("vpdq_io.py").path
        try script.write(toFile: py, atomically: true, encoding: .utf8)
        let made = try run(ReferencePDQ.python!, [py, "hash", clip, theirs])
        try #require(made.status == 0, "vpdq: \(made.stderr)")
        let hashed = try run(Self.binary, ["hash", "--frames", "all", clip])
        try #require(hashed.status == 0)
        try hashed.stdout.write(toFile: ours, atomically: true, encoding: .utf8)

        // Theirs searched by us, against the clip itself.
        let reports = try Self.similar([theirs, "--against", clip, "--frames", "all"])
        let m = reports.first?.matches.first
        #expect(reports.first?.hashes == 362 && m?.kind == .similarFootage && (m?.queryShare ?? 0) >= 0.95 && (m?.targetShare ?? 0) >= 0.95, "\(reports)")
        // Ours read with vpdq's types and matched against vpdq's: ≥ 95 % of distinct usable hashes both ways.
        let read = try run(ReferencePDQ.python!, [py, "match", ours, theirs])
        let f = read.stdout.split(separator: " ").map { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 }
        #expect(read.status == 0 && f.count == 4 && f[0] == 362 && f[1] == 362 && f[2] >= 0.95 && f[3] >= 0.95, "\(read.stdout) \(read.stderr)")
    }
}
