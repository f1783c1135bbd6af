#if canImport(Glibc)
import Glibc // time()
#elseif canImport(Darwin)
import Darwin
#endif
import MediaBridge

/// How much of the file `verify` reads.
public enum VerifyDepth: String, Sendable, CaseIterable {
    /// Structure and metadata, plus the first video packets (encoder banners): no decoding.
    case structure
    /// Also decode and hash keyframes.
    case keyframes
    /// Also decode and hash every picture.
    case full
}

/// `evidence verify --json` output (DESIGN "The JSON contract").
public struct VerifyReport: Sendable, Codable, Equatable {
    public var schemaVersion = 1
    public var file: FileIdentity
    public var kind: MediaKind
    public var metadata: MediaMetadata
    public var findings: [Finding]
    public var verdict: Verdict
    public var depth: String
    public var tool = ToolInfo()
}

/// Runs the probe, the detectors and the policy for one file.
public struct Verifier: Sendable {
    public var policy: Policy
    public var depth: VerifyDepth

    public init(policy: Policy = .default, depth: VerifyDepth = .structure) {
        self.policy = policy
        self.depth = depth
    }

    /// Reads every packet of an H.264 stream (no decoding) and checks its Signed Video signatures, if any.
    /// A file libavformat cannot read again gives nil: the other findings already say what is wrong with it.
    static func signedVideo(path: String) -> SignedVideoFacts? {
        guard let demuxer = try? Demuxer(path: path), let (codec, framing) = demuxer.videoFraming(), codec == "h264" else { return nil }
        var scanner = SignedVideoScanner(framing: framing)
        do {
            // A signing camera puts its first signature within a group of pictures or two of the start; a stream
            // without one in its first 600 pictures (10–20 s) is taken as unsigned, so unsigned files are not read to the end.
            try demuxer.forEachVideoPacket { offset, _, bytes in
                try scanner.add(packet: bytes, offset: offset)
                return scanner.hasSignatures || scanner.packets < SignedVideoScanner.unsignedAfter
            }
            return try scanner.facts()
        } catch {
            return nil
        }
    }

    /// One pass per file: SHA-256 and the structure walk read the bytes; one libavformat session
    /// describes the streams, reads the first packets (encoder banners) and, below `structure`
    /// depth, decodes and hashes the pictures.
    public func verify(path: String) throws(InspectionError) -> VerifyReport {
        // Decoding is for videos: sniff first so a photo is not opened as a one-frame video.
        let (family, size) = Self.head(path: path)
        let isVideo = family?.kind == .video
        // A raw stream (Annex B, recorder framings) has no index that vouches for its end: only decoding
        // every picture shows whether the last one is whole, so raw streams up to `rawStreamDecodeLimit`
        // bytes are decoded at every depth.
        let decodesRaw = family?.isRawStream == true && (depth == .full || size <= Self.rawStreamDecodeLimit)
        let selection: FrameSelection? = !isVideo ? nil : (depth == .full || decodesRaw ? .all : depth == .keyframes ? .keyframes : nil)
        // Opened by the inspector once the structure walk allows it (never for impossible sample tables).
        var reader: FrameReader? = nil
        let inspection: Inspection
        do {
            inspection = try Inspector(imageDataHash: true).inspect(path: path, openDecoder: {
                reader = selection.flatMap { try? FrameReader(path: path, selection: $0) }
                return reader
            })
        } catch let error {
            guard case let .unreadable(_, reason, partial?) = error else { throw error }
            // Partly readable (truncated): judge what was read.
            var i = partial
            if !i.problems.contains(reason) { i.problems.append(reason) }
            return judge(Evidence(inspection: i))
        }
        var evidence = Evidence(inspection: inspection, bitstream: inspection.bitstream)
        evidence.verifiedAt = Int64(time(nil))
        evidence.depth = depth
        if family?.isRawStream == true && !decodesRaw && depth != .full { evidence.rawStreamNotDecodedAbove = Self.rawStreamDecodeLimit }
        if inspection.kind == .video, inspection.metadata.streams.contains(where: { $0.type == "video" && $0.codec == "h264" }) {
            evidence.signedVideo = Self.signedVideo(path: path)
        }
        if let reader, inspection.kind == .video {
            var frames: [FrameRecord] = []
            // A decode that stops part-way is evidence (where and why), never silently a shorter clip.
            var stopped: DecodeIssue? = nil
            do {
                while let r = try reader.next() { frames.append(r) }
            } catch {
                stopped = DecodeIssue(afterFrame: frames.count, byteOffset: frames.last?.packetOffset, message: error.reason)
            }
            evidence.frames = frames
            evidence.decodeProblems = reader.problems.map { DecodeIssue(afterFrame: $0.afterFrame, byteOffset: $0.packetOffset, message: $0.message) } + (stopped.map { [$0] } ?? [])
            evidence.decodeStopped = stopped != nil
            var facts = reader.bitstream
            for b in inspection.bitstream?.banners ?? [] where !facts.banners.contains(where: { $0.encoder == b.encoder }) { facts.banners.append(b) }
            evidence.bitstream = facts
        }
        if depth != .structure, inspection.kind == .photo, inspection.structure.format == "jpeg" {
            // Decode the picture (a JPEG that does not decode is unreadable), look for flat fills and compare its thumbnail.
            let t = inspection.exif?.summary.thumbnail
            let thumb: (Int64, Int)? = t.flatMap { t in t.present ? t.offset.flatMap { o in t.length.map { (o, $0) } } : nil }
            let r = ThumbnailComparer.check(path: path, thumbnail: thumb)
            evidence.thumbnail = r.comparison
            evidence.pictureDecodeError = r.decodeError
            evidence.pictureDecodedWithErrors = r.decodedWithErrors
            evidence.uniformRegions = r.uniformRegions
        }
        if depth != .structure, inspection.kind == .photo, let heif = inspection.structure.heif, heif.primary != nil {
            // HEIC: the picture and its thumbnail item through libheif. A picture this libheif cannot decode
            // is reported as a limitation, never as an unreadable file (iOS 18+ gain-map files).
            let declared = heif.primary.flatMap { p in p.width.flatMap { w in p.height.map { UInt64(w) * UInt64($0) } } } ?? 0
            if declared > Self.largestHEIFPixels {
                // Decoding would take gigabytes: no phone sensor is that large (the largest, 200 MP).
                evidence.pixelLimitation = "the picture declares \(heif.primary?.width ?? 0)×\(heif.primary?.height ?? 0) pixels, more than any camera records (\(Self.largestHEIFPixels / 1_000_000) MP); not decoded, to bound memory"
            } else {
                let r = ThumbnailComparer.checkHEIF(path: path, thumbnailOffset: heif.thumbnail?.extents.first?.offset)
                evidence.thumbnail = r.comparison
                evidence.uniformRegions = r.uniformRegions
                evidence.pixelLimitation = r.limitation
            }
        }
        return judge(evidence)
    }

    /// Whether the file's first bytes are a photo format's (JPEG, HEIF, PNG, …). Photos decode on one
    /// thread; videos use every core.
    public static func isPhoto(path: String) -> Bool {
        family(path: path)?.kind == .photo
    }

    /// The format the file's first bytes name (nil when it cannot be opened).
    static func family(path: String) -> FileFamily? { head(path: path).family }

    /// The format the file's first bytes name and its size, from one open (nil family when it cannot be opened).
    static func head(path: String) -> (family: FileFamily?, size: Int64) {
        guard let file = try? RandomAccessFile(path: path) else { return (nil, 0) }
        return ((try? file.read(at: 0, count: 4096)).map { Sniffer.family(of: $0) }, file.size)
    }

    /// Raw streams up to this size are decoded to their end at every depth (a 64 MiB CCTV export of
    /// 1080p H.264 is a few minutes and decodes in well under a minute on two cores).
    public static let rawStreamDecodeLimit: Int64 = 64 << 20

    /// HEIC pictures larger than this many pixels are not decoded (3 bytes each in memory; phone sensors
    /// reach 200 MP).
    static let largestHEIFPixels: UInt64 = 250_000_000

    /// Detectors and policy on already gathered evidence.
    public func judge(_ evidence: Evidence) -> VerifyReport {
        let findings = DetectorRegistry.all.flatMap { $0.run(evidence) }
        let verdict = VerdictAggregator.verdict(findings, policy: policy)
        let i = evidence.inspection
        return VerifyReport(file: i.file, kind: i.kind, metadata: i.metadata, findings: findings, verdict: verdict, depth: depth.rawValue)
    }
}
