import EvidenceKit
import Foundation
import Testing

/// `evidence hash --frames` and `--perceptual` on the fixtures and on real corpus files.
@Suite struct FrameHashTests {
    let clip = Paths.packageRoot.appendingPathComponent("Fixtures/example-clip.mp4").path
    let photo = Paths.packageRoot.appendingPathComponent("Fixtures/example-photo.jpg").path

    func frames(_ args: String...) throws -> (RunResult, [FrameRecord]) {
        let r = try evidence(["hash", "--json"] + args)
        let records = try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(FrameHashRecord.self, from: Data($0.utf8)).frame }
        return (r, records)
    }

    @Test func everyFrameInVPDQFormat() throws {
        let r = try evidence("hash", "--frames", "all", clip)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 50) // 2 s at 25 fps
        for (n, line) in lines.enumerated() {
            let f = line.split(separator: ",")
            #expect(f.count == 4)
            #expect(f[0] == "\(n)")
            #expect(f[2].count == 64 && PDQHash(hex: String(f[2])) != nil)
            // timestamps from the stream: 25 fps → n × 0.040 s
            #expect(f[3] == Substring(FrameRecord.fixed3(Double(n) * 0.04)))
        }
        #expect(lines[0].hasPrefix("0,") && lines[1].hasSuffix(",0.040"))
    }

    @Test func jsonCarriesCodingFacts() throws {
        let (r, records) = try frames("--frames", "all", clip)
        #expect(r.status == 0)
        #expect(records.count == 50)
        let first = try #require(records.first)
        #expect(first.key && first.pictureType == "I")
        #expect(records.dropFirst().allSatisfy { !$0.key })
        #expect(Set(records.map(\.pictureType)).isSubset(of: ["I", "P", "B"]))
        #expect(records.allSatisfy { ($0.packetSize ?? 0) > 0 && ($0.packetOffset ?? -1) > 0 && !$0.corrupt })
        #expect(records.allSatisfy { $0.quality > 50 })
        // the picture changes over time: testsrc2 moves, so consecutive hashes differ a little
        #expect(records[0].pdq.distance(to: records[49].pdq) > 0)
    }

    @Test func keyframesOnly() throws {
        let (r, records) = try frames("--frames", "keyframes", clip)
        #expect(r.status == 0)
        #expect(records.map(\.index) == [0])
        let (_, all) = try frames("--frames", "all", clip)
        #expect(records[0].pdq == all[0].pdq) // same picture, same hash
    }

    @Test func everyHalfSecond() throws {
        let (_, records) = try frames("--frames", "every:0.5", clip)
        // the first picture at or after 0, 0.5, 1.0 and 1.5 s (25 fps: 0.52 s is the first at or after 0.5)
        #expect(records.map(\.index) == [0, 13, 25, 38])
        #expect(records.compactMap(\.seconds) == [0, 0.52, 1.0, 1.52])
    }

    @Test func badSelectionIsAUsageError() throws {
        #expect(try evidence("hash", "--frames", "sometimes", clip).status == 64)
        #expect(try evidence("hash", "--frames", "all", "--perceptual", clip).status == 64)
    }

    @Test func truncatedClipKeepsTheFramesBeforeTheCut() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: clip)))
        let dir = try TempDir()
        let cut = try dir.file("cut.mp4", Array(bytes.prefix(25_000)))
        let r = try evidence("hash", "--frames", "all", cut.path)
        #expect(r.status == 65)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 10 && lines.count < 50)
        #expect(r.stderr.contains("decoding stopped after \(lines.count) frame(s) near byte"), "\(r.stderr)")
        #expect(r.stderr.contains("of the 50 samples its index lists"))
    }

    @Test(.enabled(if: Paths.tool("ffmpeg") != nil, "ffmpeg not installed: cannot make the audio-only file"))
    func audioOnlyFileHasNoVideoStream() throws {
        let ffmpeg = Paths.tool("ffmpeg")!
        let dir = try TempDir()
        let out = dir.url.appendingPathComponent("tone.m4a").path
        _ = try run(ffmpeg, ["-v", "error", "-f", "lavfi", "-i", "sine=duration=1", "-c:a", "aac", out])
        let r = try evidence("hash", "--frames", "all", out)
        #expect(r.status == 65)
        #expect(r.stderr == "evidence: \(out): no video stream in the file\n")
    }

    @Test func photoPerceptualLine() throws {
        let r = try evidence("hash", "--perceptual", photo)
        #expect(r.status == 0, "\(r.stderr)")
        let f = r.stdout.trimmingCharacters(in: .newlines).split(separator: ",")
        #expect(f.count == 3 && f[0].count == 64 && f[1] == "100" && f[2] == Substring(photo))
        let json = try evidence("hash", "--perceptual", "--json", photo)
        let record = try JSONDecoder().decode(HashRecord.self, from: Data(json.stdout.utf8))
        let p = try #require(record.perceptual)
        #expect(p.pdq.hex == String(f[0]))
        #expect(p.dihedral["original"] == p.pdq && p.dihedral.count == 8)
        #expect(p.width == 640 && p.height == 480 && p.decoder == "FFmpeg mjpeg")
        #expect(record.file.sha256 == "2edb6cd26c689999a61225a396ddadd1a7e68e045d6c0a4c986381bf44e8ec3a")
    }

    @Test func perceptualRefusesVideos() throws {
        let r = try evidence("hash", "--perceptual", clip)
        #expect(r.status == 65)
        #expect(r.stderr.contains("is a video, not a photo: use --frames"))
    }

    /// The Axis signed-video tamper pair differs in one byte inside frame 137: the decoder flags
    /// exactly that picture as corrupt, and only in the modified file.
    @Test(.enabled(if: Paths.corpusAvailable, Paths.corpusMissing))
    func tamperedFrameIsMarkedCorrupt() throws {
        let modified = Paths.corpus.appendingPathComponent("edited/signedvideo_2021_signed_test_h264_modified_frame_137.mp4").path
        let original = Paths.corpus.appendingPathComponent("edited/signedvideo_2021_signed_test_h264.mp4").path
        let (r, records) = try frames("--frames", "all", modified)
        #expect(r.status == 0)
        #expect(records.filter(\.corrupt).map(\.index) == [137])
        let bad = try #require(records.first { $0.corrupt })
        let offset = try #require(bad.packetOffset), size = try #require(bad.packetSize)
        #expect(offset <= 155_977 && 155_977 < offset + Int64(size)) // the altered byte (0-based) is in its packet
        #expect(r.stderr.contains("1 picture(s) decoded with errors"))
        let (_, clean) = try frames("--frames", "all", original)
        #expect(clean.filter(\.corrupt).isEmpty)
        #expect(clean.count == records.count)
    }

    /// The HEVC decoder reports most bitstream damage only in its log ("cu_qp_delta … outside the valid
    /// range"), not on the frame: those messages are counted per decoder. Sixty bytes flipped inside the
    /// first picture of the iPad clip mark that picture corrupt; the untouched clip has none.
    @Test(.enabled(if: Paths.corpusAvailable, Paths.corpusMissing))
    func hevcDamageReportedOnlyInTheLogIsMarkedCorrupt() throws {
        let source = Paths.corpus.appendingPathComponent("phone-video/apple_ipadmini_ios17.0_hevc720p.mov")
        let (_, clean) = try frames("--frames", "all", source.path)
        #expect(clean.count == 35 && clean.allSatisfy { !$0.corrupt })
        var bytes = try [UInt8](Data(contentsOf: source))
        let first = try #require(clean.first?.packetOffset)
        for k in Int(first) + 200..<Int(first) + 260 { bytes[k] ^= 0x5A }
        let dir = try TempDir()
        let damaged = try dir.file("damaged.mov", bytes)
        let (r, records) = try frames("--frames", "all", damaged.path)
        #expect(records.filter(\.corrupt).map(\.index) == [0])
        #expect(r.stderr.contains("1 picture(s) decoded with errors"))
    }

    /// A clip filmed upright carries a -90° display matrix: each record also gives the hash of the
    /// picture as shown, which is what a re-encode that applies the rotation hashes to.
    @Test(.enabled(if: Paths.corpusAvailable && Paths.tool("ffmpeg") != nil, "corpus or ffmpeg missing"))
    func displayedHashFollowsTheDisplayMatrix() throws {
        let source = Paths.corpus.appendingPathComponent("phone-video/apple_ipadmini_ios17.0_hevc720p.mov").path
        let (_, records) = try frames("--frames", "all", source)
        #expect(records.count == 35 && records.allSatisfy { $0.pdqDisplayed != nil })
        let dir = try TempDir()
        let rotated = dir.url.appendingPathComponent("rotated.mp4").path
        _ = try run(Paths.tool("ffmpeg")!, ["-v", "error", "-i", source, "-an", "-c:v", "libx264", "-crf", "18", "-fps_mode", "passthrough", rotated])
        let (_, copies) = try frames("--frames", "all", rotated)
        #expect(copies.count == 35 && copies.allSatisfy { $0.pdqDisplayed == nil }) // ffmpeg applied the rotation
        let shown = zip(records, copies).map { $0.pdqDisplayed!.distance(to: $1.pdq) }
        let coded = zip(records, copies).map { $0.pdq.distance(to: $1.pdq) }
        #expect(shown.max()! <= 31, "\(shown)")
        #expect(coded.min()! > 31) // the coded picture is turned 90°: unrelated to the copy
        let (_, fixture) = try frames("--frames", "keyframes", clip)
        #expect(fixture.first?.pdqDisplayed == nil)
    }

    /// A rotated HEVC phone clip, a 10-bit Dolby Vision clip and raw CCTV streams all decode and hash.
    @Test(.enabled(if: Paths.corpusAvailable, Paths.corpusMissing),
          arguments: ["phone-video/apple_iphone14pro_dolbyvision.mov", "cctv/axis_7EB1_fw11.6_signed_vendor_1080p.h264",
                      "cctv/swann_reolink-oem_bcmedia_1440p_h264_adpcm.bcm", "phone-video/samsung_android13_motionphoto_video.mov"])
    func realClipsHashWithoutErrors(_ file: String) throws {
        let (r, records) = try frames("--frames", "all", Paths.corpus.appendingPathComponent(file).path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!records.isEmpty)
        #expect(records.allSatisfy { $0.quality >= 50 })
        #expect(records.first?.key == true)
    }
}
