import EvidenceKit
import Foundation
import Testing

/// Issue 13: one probe. The video payload hash survives remuxes and metadata edits and nothing else;
/// the packet digests agree with FFmpeg's own; two runs with the same analysis time print the same bytes;
/// failures keep their JSON line and their exit codes.
@Suite struct ProbeTests {
    static let available = Paths.corpusAvailable
    /// Every corpus clip in an ISO-BMFF container (MP4, MOV, 3GP), originals and edited copies alike.
    static let videos = CorpusFile.all.filter { ["MP4", "MOV", "3GP"].contains(where: $0.container.hasPrefix) }

    /// SHA-256 over the per-packet SHA-256 lines of `ffmpeg -f framehash -hash sha256` (stream copy of the
    /// first video stream): the independent recomputation README describes.
    static func ffmpegPayload(_ path: String) throws -> (digest: String, packets: Int)? {
        guard let ffmpeg = Paths.tool("ffmpeg") else { return nil }
        let r = try run(ffmpeg, ["-v", "error", "-i", path, "-map", "0:v:0", "-c", "copy", "-f", "framehash", "-hash", "sha256", "-"])
        var digests: [UInt8] = []
        var n = 0
        for line in r.stdout.split(separator: "\n") where !line.hasPrefix("#") {
            // stream, dts, pts, duration, size, hash[, S=n, side-data size, side-data hash …]
            let fields = line.split(separator: ",")
            guard fields.count >= 6 else { continue }
            let hex = fields[5].trimmingCharacters(in: .whitespaces)
            guard hex.count == 64 else { continue }
            var i = hex.startIndex
            while i < hex.endIndex {
                let j = hex.index(i, offsetBy: 2)
                digests.append(UInt8(hex[i..<j], radix: 16)!)
                i = j
            }
            n += 1
        }
        let file = try TempDir()
        let u = try file.file("digests", digests)
        let sum = try run("/usr/bin/sha256sum", [u.path])
        return (String(sum.stdout.prefix(64)), n)
    }

    static func payload(_ path: String) throws -> (String?, Int?) {
        let r = try evidence("hash", "--payload", "--json", path)
        guard r.status == 0, let line = r.stdout.split(separator: "\n").first else { return (nil, nil) }
        let record = try JSONDecoder().decode(HashRecord.self, from: Data(line.utf8))
        return (record.file.videoPayloadSha256, record.file.videoPackets)
    }

    /// Every camera clip's payload hash and packet count equal FFmpeg's packet digests hashed in order.
    @Test(.enabled(if: available, Paths.corpusMissing), arguments: videos)
    func payloadMatchesFFmpegPacketDigests(_ file: CorpusFile) throws {
        guard let oracle = try Self.ffmpegPayload(file.url.path) else { return }
        let (ours, count) = try Self.payload(file.url.path)
        #expect(ours == oracle.digest)
        #expect(count == oracle.packets)
    }

    /// The payload hash is unchanged by `ffmpeg -c copy` to MP4 and MOV, qt-faststart, and ExifTool date and
    /// GPS edits; a re-encode and a trim change it.
    @Test(.enabled(if: available, Paths.corpusMissing), arguments: videos)
    func payloadSurvivesRemuxAndMetadataEditsOnly(_ file: CorpusFile) throws {
        guard let ffmpeg = Paths.tool("ffmpeg") else { return }
        let dir = try TempDir()
        let (original, _) = try Self.payload(file.url.path)
        let base = try #require(original)
        func derived(_ name: String, _ make: (String) throws -> RunResult) throws -> String? {
            let out = dir.url.appendingPathComponent(name).path
            let r = try make(out)
            guard r.status == 0, FileManager.default.fileExists(atPath: out) else {
                Issue.record("\(name) not made: \(r.stderr.prefix(300))")
                return nil
            }
            return try Self.payload(out).0
        }
        let copy = ["-v", "error", "-y", "-i", file.url.path, "-map", "0", "-c", "copy", "-map_metadata", "0"]
        // MP4 takes neither PCM audio nor the phones' timed-metadata tracks: the video stream alone goes there.
        let videoOnly = ["-v", "error", "-y", "-i", file.url.path, "-map", "0:v:0", "-c", "copy"]
        #expect(try derived("remux.mp4") { try run(ffmpeg, videoOnly + ["-f", "mp4", $0]) } == base, "ffmpeg -c copy to MP4")
        #expect(try derived("remux.mov") { try run(ffmpeg, copy + ["-f", "mov", $0]) } == base, "ffmpeg -c copy to MOV")
        if let faststart = Paths.tool("qt-faststart") {
            let fast = try derived("faststart.mp4") { out in
                let r = try run(faststart, [file.url.path, out])
                // qt-faststart writes nothing when the index is already at the front: the file is unchanged.
                if !FileManager.default.fileExists(atPath: out) { try FileManager.default.copyItem(atPath: file.url.path, toPath: out) }
                return r
            }
            #expect(fast == base, "qt-faststart")
        }
        if let exiftool = Paths.tool("exiftool") {
            let dated = try derived("dated.mp4") { try run(exiftool, ["-q", "-m", "-AllDates+=0:0:1 0:0:0", "-o", $0, file.url.path]) }
            #expect(dated == base, "ExifTool dates shifted")
            let moved = try derived("moved.mp4") { try run(exiftool, ["-q", "-m", "-GPSCoordinates=21.8537, 106.7615, 0", "-o", $0, file.url.path]) }
            #expect(moved == base, "ExifTool GPS moved")
        }
        let reencoded = try derived("reencoded.mp4") { try run(ffmpeg, ["-v", "error", "-y", "-i", file.url.path, "-map", "0:v:0", "-t", "2", "-c:v", "libx264", "-preset", "ultrafast", $0]) }
        #expect(reencoded != nil && reencoded != base, "re-encode")
        let packets = try #require(try Self.payload(file.url.path).1)
        if packets >= 4 {
            // A stream-copy trim that drops the last packets (frames:v keeps the first half, in decode order).
            let trimmed = try derived("trimmed.mp4") { try run(ffmpeg, ["-v", "error", "-y", "-i", file.url.path, "-map", "0:v:0", "-c", "copy", "-frames:v", "\(packets / 2)", $0]) }
            #expect(trimmed != nil && trimmed != base, "trim")
        }
    }

    /// `verify --json --analysis-time …` twice on every corpus file (depth keyframes: structure, packets
    /// and decoded keyframes): the same bytes. Dictionary order differs between processes, so this also
    /// catches any output that depends on it.
    @Test(.enabled(if: available, Paths.corpusMissing), arguments: CorpusFile.all)
    func verifyTwiceGivesTheSameBytes(_ file: CorpusFile) throws {
        let args = ["verify", "--json", "--depth", "keyframes", "--analysis-time", "2026-12-05T08:00:00+07:00", file.url.path]
        let a = try evidence(args), b = try evidence(args)
        #expect(a.status == b.status)
        #expect(!a.stdout.isEmpty)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.contains("\"analysisTime\":\"2026-12-05T01:00:00Z\""))
        // Issue 13: every finding on real media comes from the catalogues, and its Vietnamese states every
        // number its English does; the verdict is explained in both languages.
        guard let report = try? JSONDecoder().decode(VerifyReport.self, from: Data(a.stdout.utf8)) else { return }
        #expect(report.verdict.explanationVi?.isEmpty == false)
        for f in report.findings {
            #expect(f.messageKey != nil, "\(f.id)")
            #expect(MessageRenderer.statedNumbers(f.message, .en) == MessageRenderer.statedNumbers(f.messageVi, .vi), "\(f.id)\n\(f.message)\n\(f.messageVi)")
        }
    }

    /// Each reader of the file goes through the probe's one reader: bytes taken from the file ÷ its size
    /// stays at or under 1.1 at every depth (the benchmark measures the process's `rchar` as well).
    @Test(.enabled(if: available, Paths.corpusMissing), arguments: CorpusFile.all.filter { $0.label == "camera-original" })
    func eachFileIsReadOnce(_ file: CorpusFile) throws {
        for depth in VerifyDepth.allCases {
            let e = try Probe(depth: depth, analysisTime: 0).gather(path: file.url.path)
            let ratio = Double(try #require(e.bytesReadFromFile)) / Double(file.bytes)
            #expect(ratio <= 1.1, "\(depth): \(ratio)")
            #expect(e.inspection.file.sha256 == file.sha256)
        }
    }

    /// An internal fault exits 70 with one line naming the file; with --json the file still gets its line.
    @Test func internalFaultExits70WithOneLine() throws {
        let dir = try TempDir()
        let f = try dir.file("clip.mp4", Array(repeating: 0, count: 64))
        var env = ProcessInfo.processInfo.environment
        env["EVIDENCE_TEST_INTERNAL_FAULT"] = "probe"
        for command in ["verify", "inspect"] {
            let r = try run(Paths.evidenceBinary.path, [command, "--json", f.path], environment: env)
            #expect(r.status == 70, "\(command)")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].contains(f.path) && lines[0].contains("internal error"), "\(command): \(r.stderr)")
            let record = try JSONDecoder().decode(FailureRecord.self, from: Data(r.stdout.utf8))
            #expect(record.error.kind == "internal" && record.file.path == f.path)
        }
    }

    /// A missing file and a junk file keep their JSON line (and their exit codes, 66 and 65) in a run of
    /// several files, so a pipeline reading JSON Lines loses none; the readable file is still verified.
    @Test(.enabled(if: available, Paths.corpusMissing))
    func failedFilesKeepTheirJSONLine() throws {
        let dir = try TempDir()
        let junk = try dir.file("x.jpg", Array("not a photo\n".utf8))
        let good = Paths.corpus.appendingPathComponent("photos/apple_iphone4s.jpg").path
        let missing = dir.url.appendingPathComponent("gone.mp4").path
        // `hash` computes a SHA-256 of any bytes: only the missing file fails there.
        for (command, kinds) in [("verify", ["missing", "unreadable"]), ("inspect", ["missing", "unreadable"]), ("hash", ["missing"])] {
            let r = try evidence(command, "--json", good, missing, junk.path)
            #expect(r.status == 66, "\(command)")
            let lines = r.stdout.split(separator: "\n")
            #expect(lines.count == 3, "\(command): \(r.stdout)")
            let failures = lines.compactMap { try? JSONDecoder().decode(FailureRecord.self, from: Data($0.utf8)) }
            #expect(failures.map(\.error.kind).sorted() == kinds, "\(command)")
            #expect(failures.allSatisfy { [missing, junk.path].contains($0.file.path) })
            #expect(r.stderr.split(separator: "\n").count == kinds.count, "\(command): \(r.stderr)")
        }
    }

    /// A truncated clip: `inspect` and `verify` agree on exit code 65.
    @Test(.enabled(if: available, Paths.corpusMissing), arguments: videos.prefix(4))
    func truncatedClipExits65FromInspectAndVerify(_ file: CorpusFile) throws {
        let dir = try TempDir()
        let bytes = try Data(contentsOf: file.url)
        let cut = try dir.file("cut." + file.url.pathExtension, Array(bytes.prefix(bytes.count / 2)))
        let i = try evidence("inspect", "--json", cut.path)
        let v = try evidence("verify", "--json", cut.path)
        #expect(i.status == 65)
        #expect(v.status == i.status, "verify \(v.status), inspect \(i.status)")
    }

    /// `hash --packets` lists what `hash --payload` covers, with offsets inside the file.
    @Test(.enabled(if: available, Paths.corpusMissing))
    func packetListCoversThePayload() throws {
        let path = Paths.corpus.appendingPathComponent("dashcam/gopro_hero5_karma.mp4").path
        let r = try evidence("hash", "--packets", "--json", path)
        #expect(r.status == 0)
        let packets = try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(PacketHashRecord.self, from: Data($0.utf8)).packet }
        let (_, count) = try Self.payload(path)
        #expect(packets.count == count)
        #expect(packets.first?.key == true)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64)
        #expect(packets.allSatisfy { ($0.offset ?? -1) >= 0 && $0.offset! + Int64($0.size) <= size })
        #expect(Set(packets.map(\.sha256)).count > packets.count / 2)
    }
}
