import EvidenceKit
import Foundation
import Testing

/// `evidence inspect` against exiftool (metadata) and ffprobe (container and streams) on every
/// corpus file. The oracles are installed by `tools/test`; a missing oracle skips with a message.
@Suite(.enabled(if: Paths.corpusAvailable, Paths.corpusMissing))
struct InspectOracleTests {
    /// One row of `exiftool -T -n`: tab-separated, `-` for an absent tag, exact strings.
    struct ExiftoolRow {
        var make, model, software, dateTimeOriginal, userDataDateTimeOriginal, lat, lon, width, height, thumbnailOffset, thumbnailLength, orientation: String
    }

    static let exiftoolRows: [String: ExiftoolRow] = {
        guard let exiftool = Paths.tool("exiftool") else { return [:] }
        let files = CorpusFile.all.map(\.url.path)
        // Keyed by "folder/name" as MANIFEST.tsv writes it (exiftool's FilePath resolves symlinks).
        guard let r = try? run(exiftool, ["-T", "-n", "-Directory", "-FileName", "-Make", "-Model", "-Software", "-ExifIFD:DateTimeOriginal",
                                          "-UserData:DateTimeOriginal", "-Composite:GPSLatitude", "-Composite:GPSLongitude",
                                          "-File:ImageWidth", "-File:ImageHeight", "-ThumbnailOffset", "-ThumbnailLength", "-IFD0:Orientation"] + files) else { return [:] }
        var rows: [String: ExiftoolRow] = [:]
        for line in r.stdout.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 14 else { continue }
            let key = (f[0] as NSString).lastPathComponent + "/" + f[1]
            rows[key] = ExiftoolRow(make: f[2], model: f[3], software: f[4], dateTimeOriginal: f[5], userDataDateTimeOriginal: f[6],
                                    lat: f[7], lon: f[8], width: f[9], height: f[10], thumbnailOffset: f[11], thumbnailLength: f[12], orientation: f[13])
        }
        return rows
    }()

    /// All corpus inspections in one CLI call (JSON Lines, in argument order).
    static let inspected: [String: Inspection] = {
        let files = CorpusFile.all.map(\.url.path)
        guard let r = try? evidence(["inspect", "--json"] + files), let list = try? inspections(r.stdout) else { return [:] }
        return Dictionary(list.map { ($0.file.path, $0) }, uniquingKeysWith: { a, _ in a })
    }()

    static func text(_ s: String) -> String? { s == "-" || s.isEmpty ? nil : s }

    /// The embedded ICC profile of every corpus JPEG: description, CMM and creator as exiftool reads them
    /// (`ICC-header:ProfileCMMType` and `ProfileCreator` print the codes with -n), or absent in both.
    @Test(.enabled(if: Paths.tool("exiftool") != nil, "exiftool not installed (tools/install-deps --oracles)"))
    func iccProfilesMatchExiftool() throws {
        let jpegs = CorpusFile.all.filter { $0.path.lowercased().hasSuffix(".jpg") }
        #expect(jpegs.count >= 15)
        let r = try run(Paths.tool("exiftool")!, ["-T", "-n", "-ProfileDescription", "-ProfileCMMType", "-ProfileCreator"] + jpegs.map(\.url.path))
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == jpegs.count)
        var withProfile = 0
        for (file, row) in zip(jpegs, rows) {
            let icc = try #require(Self.inspected[file.url.path], "\(file.path) not inspected").structure.iccProfile
            if row[0] == "-" {
                #expect(icc == nil, "\(file.path)")
            } else {
                withProfile += 1
                #expect(icc?.description == row[0], "\(file.path)")
                #expect(icc?.cmm == (row[1] == "-" ? "" : row[1].trimmingCharacters(in: .whitespaces)), "\(file.path)")
                #expect(icc?.creator == (row[2] == "-" ? "" : row[2].trimmingCharacters(in: .whitespaces)), "\(file.path)")
            }
        }
        #expect(withProfile >= 5)
    }

    /// The EXIF layout (directories, entry counts, the order values are stored in) of every corpus JPEG
    /// against `exiftool -v3`, which prints each directory with its entry count and each value's offset.
    @Test(.enabled(if: Paths.tool("exiftool") != nil, "exiftool not installed (tools/install-deps --oracles)"))
    func exifLayoutMatchesExiftool() throws {
        let names = ["IFD0": "IFD0", "ExifIFD": "Exif", "GPS": "GPS", "InteropIFD": "Interop", "IFD1": "IFD1"]
        let jpegs = CorpusFile.all.filter { $0.path.lowercased().hasSuffix(".jpg") }
        var compared = 0
        for file in jpegs {
            guard let layout = try #require(Self.inspected[file.url.path], "\(file.path) not inspected").exif?.layout else { continue }
            let lines = try run(Paths.tool("exiftool")!, ["-v3", file.url.path]).stdout.split(separator: "\n").map(String.init)
            // "  | + [ExifIFD directory with 31 entries]" opens a directory whose tags sit one "| " deeper;
            // "- Tag 0x829a (8 bytes, ...)" is followed by a hex dump line starting with the value's offset.
            var open: [(depth: Int, name: String)] = []
            var entries: [String: Int] = [:]
            var values: [String: [(offset: Int, tag: String)]] = [:]
            for (i, line) in lines.enumerated() {
                let depth = line.components(separatedBy: "| ").count - 1
                if let r = line.range(of: "+ ["), let w = line.range(of: " directory with ") {
                    open.removeAll { $0.depth > depth }
                    let name = String(line[r.upperBound..<w.lowerBound])
                    open.append((depth + 1, name))
                    if let n = Int(line[w.upperBound...].prefix { $0.isNumber }), let ours = names[name] { entries[ours] = n }
                    continue
                }
                open.removeAll { $0.depth > depth }
                guard let r = line.range(of: "- Tag 0x"), let top = open.last, top.depth == depth, let dir = names[top.name], i + 1 < lines.count else { continue }
                let tag = "0x" + line[r.upperBound...].prefix(4).lowercased()
                guard let size = Int(line.components(separatedBy: "(").dropFirst().first?.prefix { $0.isNumber } ?? ""), size > 4 else { continue }
                let dump = lines[i + 1].split(separator: "|").last?.trimmingCharacters(in: .whitespaces) ?? ""
                if let offset = Int(dump.prefix { $0 != ":" }, radix: 16) { values[dir, default: []].append((offset, tag)) }
            }
            for d in layout.directories {
                #expect(entries[d.name] == d.entries, "\(file.path) \(d.name): \(d.entries) entries, exiftool \(entries[d.name] ?? -1)")
                let theirs = (values[d.name] ?? []).sorted { $0.offset < $1.offset }.map(\.tag)
                #expect(theirs == d.valueOrder, "\(file.path) \(d.name): \(d.valueOrder) vs exiftool \(theirs)")
            }
            compared += 1
        }
        #expect(compared >= 12)
    }

    /// APPn segment lengths equal exiftool's (`-v`: "JPEG APP1 (N bytes)", N without the marker and length
    /// bytes), and the iPhone camera's Exif segment fills whole 4096-byte blocks, ending in zeros.
    @Test(.enabled(if: Paths.tool("exiftool") != nil, "exiftool not installed (tools/install-deps --oracles)"))
    func appSegmentLengthsAgreeWithExiftool() throws {
        let jpegs = CorpusFile.all.filter { $0.path.lowercased().hasSuffix(".jpg") }
        #expect(jpegs.count >= 15)
        for file in jpegs {
            let r = try run(Paths.tool("exiftool")!, ["-v", file.url.path])
            let theirs = r.stdout.split(separator: "\n").compactMap { line -> Int? in
                guard line.hasPrefix("JPEG APP"), let open = line.firstIndex(of: "("), let space = line[open...].firstIndex(of: " ") else { return nil }
                return Int(line[line.index(after: open)..<space]).map { $0 + 4 }
            }
            let ours = (Self.inspected[file.url.path]?.structure.segments ?? []).filter { $0.marker.hasPrefix("APP") }.map(\.length)
            #expect(ours == theirs, "\(file.path)")
        }
        for (name, length, zeros) in [("photos/apple_iphone4s.jpg", 12288, 104), ("photos/apple_iphone6_hdr.jpg", 20480, 2836)] {
            let exif = Self.inspected[Paths.corpus.appendingPathComponent(name).path]?.structure.segments?[1]
            #expect(exif?.identifier == "Exif" && exif?.length == length && exif?.zeroPadding == zeros, "\(name): \(String(describing: exif))")
        }
        // The human structure listing names the padding too.
        let text = try evidence(["inspect", Paths.corpus.appendingPathComponent("photos/apple_iphone4s.jpg").path]).stdout
        #expect(text.contains("APP1   @2 12288 \"Exif\", ending in 104 zero bytes"), "\(text)")
    }

    /// The APP14 "Adobe" segment's version, flag words and colour transform equal exiftool's (`-n -Adobe:all`)
    /// on every corpus JPEG; JPEGs without the segment have none on both sides.
    @Test(.enabled(if: Paths.tool("exiftool") != nil, "exiftool not installed (tools/install-deps --oracles)"))
    func adobeSegmentAgreesWithExiftool() throws {
        let jpegs = CorpusFile.all.filter { $0.path.lowercased().hasSuffix(".jpg") }
        let r = try run(Paths.tool("exiftool")!, ["-T", "-n", "-Directory", "-FileName", "-DCTEncodeVersion", "-APP14Flags0", "-APP14Flags1", "-ColorTransform"] + jpegs.map(\.url.path))
        var withSegment = 0
        for line in r.stdout.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6 else { continue }
            let path = Paths.corpus.appendingPathComponent((f[0] as NSString).lastPathComponent + "/" + f[1]).path
            let ours = Self.inspected[path]?.structure.adobe
            if f[2] == "-" {
                #expect(ours == nil, "\(f[1])")
            } else {
                withSegment += 1
                #expect(ours.map { [$0.version, $0.flags0, $0.flags1, $0.transform].map(String.init) } == Array(f[2...5]), "\(f[1])")
            }
        }
        #expect(withSegment == 4) // Photoshop CS6, two Lightroom exports, ACDSee
    }

    /// The H.264 picture parameters read from `avcC` equal what FFmpeg's `trace_headers` prints for the first
    /// PPS (weighted_pred_flag, weighted_bipred_idc, chroma_qp_index_offset, entropy_coding_mode_flag) on every
    /// corpus H.264 MP4/MOV.
    @Test(.enabled(if: Paths.tool("ffmpeg") != nil, "ffmpeg not installed (tools/install-deps --oracles)"))
    func h264PictureParametersAgreeWithTraceHeaders() throws {
        var compared = 0
        for file in CorpusFile.all {
            guard let track = Self.inspected[file.url.path]?.container?.tracks?.first(where: { $0.h264PictureParameters != nil }),
                  let ours = track.h264PictureParameters else { continue }
            let r = try run(Paths.tool("ffmpeg")!, ["-v", "verbose", "-i", file.url.path, "-map", "0:v:0", "-frames:v", "1", "-c", "copy",
                                                    "-bsf:v", "trace_headers", "-f", "null", "-"])
            var fields: [String: Int] = [:]
            for line in r.stderr.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard words.count >= 4, let value = Int(words[words.count - 1]) else { continue }
                for name in ["weighted_pred_flag", "weighted_bipred_idc", "chroma_qp_index_offset", "entropy_coding_mode_flag"]
                where words.contains(Substring(name)) && fields[name] == nil { fields[name] = value }
            }
            #expect(fields["weighted_pred_flag"] == (ours.weightedPredFlag ? 1 : 0), "\(file.path)")
            #expect(fields["weighted_bipred_idc"] == ours.weightedBipredIdc, "\(file.path)")
            #expect(fields["chroma_qp_index_offset"] == ours.chromaQPIndexOffset, "\(file.path)")
            #expect(fields["entropy_coding_mode_flag"] == (ours.entropyCodingCABAC ? 1 : 0), "\(file.path)")
            compared += 1
        }
        #expect(compared >= 15)
    }

    @Test func everyCorpusFileIsInspectedWithoutError() throws {
        let files = CorpusFile.all
        #expect(files.count >= 50, "MANIFEST.tsv lists \(files.count) files")
        let r = try evidence(["inspect", "--json"] + files.map(\.url.path))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        #expect(Self.inspected.count == files.count)
    }

    @Test(.enabled(if: Paths.tool("exiftool") != nil, "exiftool not installed (tools/install-deps --oracles)"),
          arguments: CorpusFile.all)
    func metadataMatchesExiftool(_ file: CorpusFile) throws {
        let oracle = try #require(Self.exiftoolRows[file.path], "exiftool printed no row for \(file.path)")
        let i = try #require(Self.inspected[file.url.path], "evidence printed nothing for \(file.path)")
        let m = i.metadata
        #expect(m.device?.make == Self.text(oracle.make), "make")
        #expect(m.device?.model == Self.text(oracle.model), "model")
        #expect(m.device?.software == Self.text(oracle.software), "software")
        #expect(i.exif?.summary.dateTimeOriginal == Self.text(oracle.dateTimeOriginal), "DateTimeOriginal")
        if let udta = Self.text(oracle.userDataDateTimeOriginal) {
            // exiftool prints 2020:11:20 15:04:02+01:00; we print ISO-8601.
            let iso = udta.prefix(10).replacingOccurrences(of: ":", with: "-") + "T" + udta.dropFirst(11)
            #expect(m.captureTime == iso, "udta capture time")
        }
        if let lat = Double(oracle.lat), let lon = Double(oracle.lon) {
            let gps = try #require(m.gps, "exiftool found GPS \(lat), \(lon)")
            #expect(abs(gps.lat - lat) <= 1e-6, "latitude \(gps.lat) vs \(lat)")
            #expect(abs(gps.lon - lon) <= 1e-6, "longitude \(gps.lon) vs \(lon)")
        } else {
            #expect(m.gps == nil, "exiftool found no GPS position")
        }
        let thumbnail = i.exif?.summary.thumbnail
        #expect(thumbnail?.offset.map(String.init) == Self.text(oracle.thumbnailOffset), "thumbnail offset")
        #expect(thumbnail?.length.map(String.init) == Self.text(oracle.thumbnailLength), "thumbnail length")
        #expect(i.exif?.summary.orientation.map(String.init) == Self.text(oracle.orientation), "EXIF orientation")
        if i.kind == .photo {
            #expect(m.imageWidth.map(String.init) == Self.text(oracle.width), "image width")
            #expect(m.imageHeight.map(String.init) == Self.text(oracle.height), "image height")
        }
    }

    /// ffprobe's reading of a file: format and first video stream.
    struct Probe: Decodable {
        struct Format: Decodable {
            var format_name: String
            var duration: String?
            var tags: [String: String]?
        }
        struct Stream: Decodable {
            var codec_type: String
            var codec_name: String?
            var width: Int?
            var height: Int?
            var r_frame_rate: String?
            var avg_frame_rate: String?
            var nb_frames: String?
        }
        var format: Format
        var streams: [Stream]
    }

    @Test(.enabled(if: Paths.tool("ffprobe") != nil, "ffprobe not installed (tools/install-deps --oracles)"),
          arguments: CorpusFile.all.filter { !$0.path.hasPrefix("photos/") && !$0.path.hasSuffix(".jpg") && !$0.path.hasSuffix(".heic") })
    func containerMatchesFFprobe(_ file: CorpusFile) throws {
        let r = try run(Paths.tool("ffprobe")!, ["-v", "error", "-show_format", "-show_streams", "-of", "json", file.url.path])
        let probe = try JSONDecoder().decode(Probe.self, from: Data(r.stdout.utf8))
        let i = try #require(Self.inspected[file.url.path])
        #expect(i.kind == .video)
        #expect(i.container?.format == probe.format.format_name)
        let video = try #require(probe.streams.first { $0.codec_type == "video" })
        let ours = try #require(i.metadata.streams.first { $0.type == "video" })
        #expect(ours.codec == video.codec_name)
        #expect(ours.width == video.width)
        #expect(ours.height == video.height)
        #expect((ours.realFrameRate ?? "0/0") == video.r_frame_rate)
        #expect((ours.averageFrameRate ?? "0/0") == video.avg_frame_rate)
        #expect(ours.frameCount.map(String.init) == video.nb_frames)
        if let d = probe.format.duration.flatMap(Double.init) {
            let duration = try #require(i.metadata.durationSeconds)
            let frame = 1 / (ours.frameRate ?? 30)
            #expect(abs(duration - d) <= frame, "duration \(duration) vs ffprobe \(d)")
        } else {
            #expect(i.metadata.durationSeconds == nil)
        }
        if let created = probe.format.tags?["creation_time"] {
            // ffprobe prints the mvhd time as 2020-11-20T14:04:36.000000Z; we print the stored instant without a zone.
            let mvhd = i.container?.created?.iso ?? i.metadata.captureTime
            #expect(mvhd == String(created.prefix(19)), "creation time")
        }
    }

    /// Whether the first keyframe packet carries its own SPS, against FFmpeg's `trace_headers` bitstream
    /// filter (which lists the NAL units of the sample description and of each packet separately).
    @Test(.enabled(if: Paths.tool("ffmpeg") != nil, "ffmpeg not installed (tools/install-deps --oracles)"),
          arguments: CorpusFile.all.filter { !$0.path.hasPrefix("photos/") && !$0.path.hasSuffix(".jpg") && !$0.path.hasSuffix(".heic") })
    func inBandParameterSetsMatchFFmpegTrace(_ file: CorpusFile) throws {
        let i = try #require(Self.inspected[file.url.path])
        guard let ours = i.bitstream?.parameterSetsInBand else { return }
        let r = try run(Paths.tool("ffmpeg")!, ["-v", "trace", "-hide_banner", "-i", file.url.path, "-map", "0:v:0", "-c", "copy",
                                                "-bsf:v", "trace_headers", "-frames:v", "1", "-f", "null", "-"])
        let lines = r.stderr.split(separator: "\n").filter { $0.contains("[trace_headers") }
        guard let start = lines.firstIndex(where: { $0.contains("] Packet:") }), lines[start].contains("key frame") else { return }
        let packet = lines[(start + 1)...].prefix { !$0.contains("] Packet:") }
        let sps = packet.contains { $0.contains("nal_unit_type: 7(") || $0.contains("nal_unit_type: 33(") }
        #expect(ours == sps, "evidence says in band: \(ours), trace_headers: \(sps)")
        // The raw Axis stream repeats SPS/PPS at every keyframe; Apple's camera keeps them in hvcC only.
        if file.path.hasPrefix("cctv/axis_") { #expect(ours) }
        if file.path.hasPrefix("phone-video/apple_") { #expect(!ours) }
    }
}
