#if canImport(Glibc)
import Glibc // time()
#elseif canImport(Darwin)
import Darwin
#endif
import MediaBridge

/// Reads one file once and returns everything judgement needs, as values (DESIGN "one pass, then pure
/// judgement"; issue 13).
///
/// One `HashingReader` serves every reader of the file: the sniffer, our structure walkers, libavformat
/// (through a custom I/O context) and the photo decoders. It reads the file in blocks, each from the disk
/// once, and feeds the file's SHA-256 as they go by. One libavformat session describes the container,
/// shows every video packet to a `PacketCollector` (packet digests, the video payload hash, encoder
/// banners, Signed Video) and, at the depths that decode, decodes. Decoder failures become values
/// (`DecodeIssue`), never nothing. Nothing here judges.
public struct Probe: Sendable {
    public var depth: VerifyDepth
    /// The time of the analysis (Unix seconds), an input so that two runs agree byte for byte; nil: now.
    public var analysisTime: Int64?
    /// Threads the video decoder uses (0: one per core). `evidence batch` gives each of its jobs its share.
    public var decoderThreads: Int = 0
    /// Pictures and decoded pixels one file may cost (the policy's `limits`): decoding stops there, and the stop is
    /// a decode issue naming the limit; box depth, boxes and segments bound the walkers.
    public var limits = ResourceLimits() { didSet { inspector.limits = limits } }
    var inspector = Inspector(imageDataHash: true)
    /// Keep grey thumbnails of the keyframes or the photo (`evidence report`): made from the pictures the
    /// probe decodes anyway (videos), or by one more decode of the photo's bytes already in memory.
    public var thumbnails = false

    public init(depth: VerifyDepth, analysisTime: Int64? = nil, decoderThreads: Int = 0) {
        self.depth = depth
        self.analysisTime = analysisTime
        self.decoderThreads = decoderThreads
    }

    /// Test hook: when the environment sets `EVIDENCE_TEST_INTERNAL_FAULT`, every file fails as an internal
    /// error with that text, so the tests can see exit code 70 and its one line without breaking the tool.
    static var injectedFault: String? {
        guard let v = getenv("EVIDENCE_TEST_INTERNAL_FAULT") else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : "injected fault (EVIDENCE_TEST_INTERNAL_FAULT): " + s
    }

    /// Raw streams up to this size are decoded to their end at every depth (a 64 MiB CCTV export of
    /// 1080p H.264 is a few minutes and decodes in well under a minute on two cores).
    public static let rawStreamDecodeLimit: Int64 = 64 << 20

    /// HEIC pictures larger than this many pixels are not decoded (3 bytes each in memory; phone sensors
    /// reach 200 MP).
    /// Photos declaring more pixels than this are not decoded, whatever their format (3 bytes each in memory; phone
    /// sensors reach 200 MP); `media.read.incomplete` names the limit (issue 19).
    public static let largestPicturePixels: UInt64 = 250_000_000

    /// Everything read from `path`. A file that is only partly readable throws `.unreadable` with what
    /// was read (hashes included) as `partial`.
    public func gather(path: String) throws(InspectionError) -> Evidence {
        if let fault = Self.injectedFault { throw .internalFault(path: path, reason: fault) }
        let reader: HashingReader
        do { reader = try HashingReader(path: path) } catch let e as MediaBridgeError { throw .from(e, path: path) } catch {
            throw .unreadable(path: path, reason: "\(error)", partial: nil)
        }
        guard reader.size > 0 else { throw .unreadable(path: path, reason: "empty file (0 bytes)", partial: nil) }
        let head: [UInt8]
        do { head = try reader.read(at: 0, count: 4096) } catch { throw .unreadable(path: path, reason: "\(error)", partial: nil) }
        let family = Sniffer.family(of: head)
        // Kind and format come from content alone: bytes that are no format we know are never handed to
        // libavformat, which would otherwise open a one-byte `x.jpg` as an image sequence by its name.
        if family == .unknown {
            throw .unreadable(path: path, reason: "not a recognised photo or video format (the first bytes are \(Array(head.prefix(8)).hexString); the file name is not evidence of its format)", partial: nil)
        }
        // A photo is read whole and kept: the walk, the image-data hash and the pixel checks reuse the bytes.
        if family.kind == .photo && reader.size <= inspector.maxInMemoryPhoto { reader.holdEverything() }

        // A raw stream (Annex B, recorder framings) has no index that vouches for its end: only decoding
        // every picture shows whether the last one is whole, so raw streams up to `rawStreamDecodeLimit`
        // bytes are decoded at every depth.
        let decodesRaw = family.isRawStream && (depth == .full || reader.size <= Self.rawStreamDecodeLimit)
        let selection: DecodeSelection = depth == .full || decodesRaw ? .all : depth == .keyframes ? .keyframes : .none
        let collector = PacketCollector()
        let openSession: Inspector.OpenSession = { reader in
            do throws(MediaBridgeError) {
                return .success(try VideoDecoder(path: path, reader: reader, selection: selection, threads: decoderThreads))
            } catch {
                switch error {
                case .noVideoStream, .decoderUnavailable:
                    // Nothing to decode (no video, or a codec this FFmpeg lacks): still describe and read it.
                    do throws(MediaBridgeError) { return .success(try VideoDecoder(path: path, reader: reader, selection: .none)) } catch { return .failure(error) }
                default:
                    return .failure(error)
                }
            }
        }

        var inspection: Inspection
        let session: VideoDecoder?
        do {
            (inspection, session) = try inspector.inspect(reader: reader, family: family, head: head, openSession: openSession)
        } catch let error {
            guard case .unreadable(let p, let reason, var partial?) = error else { throw error }
            // Partly readable: the identity still covers every byte.
            try fill(&partial.file, reader: reader, collector: nil)
            throw .unreadable(path: p, reason: reason, partial: partial)
        }

        var evidence = Evidence(inspection: inspection, bitstream: inspection.bitstream)
        evidence.verifiedAt = analysisTime ?? Clock.now()
        evidence.depth = depth
        if family.isRawStream && !decodesRaw && depth != .full { evidence.rawStreamNotDecodedAbove = Self.rawStreamDecodeLimit }

        if let session {
            read(session, into: &evidence, collector: collector, path: path, decodes: inspection.kind == .video && selection != .none, selection: selection)
        }
        if depth != .structure, inspection.kind == .photo { checkPixels(of: inspection, reader: reader, into: &evidence) }
        if thumbnails, inspection.kind == .photo { evidence.thumbnails = photoThumbnail(of: inspection, reader: reader) }
        try fill(&evidence.inspection.file, reader: reader, collector: session == nil ? nil : collector)
        if session != nil, inspection.kind == .video { evidence.packets = collector.records }
        evidence.bytesReadFromFile = reader.bytesFromFile
        if let failure = collector.failure { throw .internalFault(path: path, reason: "a video packet's SHA-256 could not be computed: \(failure)") }
        return evidence
    }

    /// Reads every packet through the session (decoding what `selection` asks), feeding the collector.
    private func read(_ session: VideoDecoder, into evidence: inout Evidence, collector: PacketCollector, path: String, decodes: Bool, selection: DecodeSelection) {
        collector.start(codec: session.codecName, framing: session.framing)
        session.packetObserver = { info, bytes in collector.add(info, bytes) }
        var issues: [DecodeIssue] = []
        var stopped = false
        if decodes {
            let frameSelection: FrameSelection = selection == .keyframes ? .keyframes : .all
            let frames = FrameReader(decoder: session, path: path, selection: frameSelection)
            frames.thumbnailKeyframes = thumbnails
            var records: [FrameRecord] = []
            // A decode that stops part-way is evidence (where and why), never silently a shorter clip.
            var stop: DecodeIssue? = nil
            var pixels = 0.0
            do {
                while let r = try frames.next() {
                    records.append(r)
                    pixels += Double(r.width ?? 0) * Double(r.height ?? 0)
                    if records.count >= limits.frames || pixels > limits.megapixels * 1_000_000 {
                        let what = records.count >= limits.frames
                            ? "the limit of \(limits.frames) pictures per file"
                            : "the limit of \(Int(limits.megapixels)) decoded megapixels per file"
                        stop = DecodeIssue(afterFrame: records.count, byteOffset: r.packetOffset, message: "limit: decoding stopped at \(what) (policy limits)")
                        break
                    }
                }
            } catch {
                stop = DecodeIssue(afterFrame: records.count, byteOffset: records.last?.packetOffset, message: error.reason)
            }
            evidence.frames = records
            if thumbnails { evidence.thumbnails = frames.thumbnails }
            issues = frames.problems.map { DecodeIssue(afterFrame: $0.afterFrame, byteOffset: $0.packetOffset, message: $0.message) }
            if let stop { issues.append(stop); stopped = true }
        } else {
            do {
                try session.readAllPackets()
            } catch {
                issues.append(DecodeIssue(afterFrame: 0, byteOffset: nil, message: "reading the packets stopped: \(error.description)"))
                stopped = true
            }
        }
        // The index promised more video samples than the file holds: the data ends early, at any depth.
        if !stopped, let (n, indexed) = session.endedEarly, evidence.inspection.kind == .video {
            var issue = DecodeIssue(afterFrame: evidence.frames?.count ?? 0, byteOffset: collector.records.last?.offset,
                                    message: "the video ended after \(n) of the \(indexed) samples its index lists (file truncated, or index altered)")
            issue.packetsRead = n
            issue.packetsIndexed = indexed
            issues.append(issue)
            stopped = true
        }
        session.packetObserver = nil
        if evidence.inspection.kind == .video {
            evidence.decodeProblems = issues
            evidence.decodeStopped = stopped
        }
        var facts = BitstreamScanner.facts(from: session.earlyPackets)
        for b in evidence.inspection.bitstream?.banners ?? [] where !facts.banners.contains(where: { $0.encoder == b.encoder }) { facts.banners.append(b) }
        evidence.bitstream = facts
        evidence.inspection.bitstream = facts
        evidence.signedVideo = collector.signedVideo()
    }

    /// Photos below depth structure: decode the picture from the bytes already read (a JPEG that does not
    /// decode is unreadable), look for flat fills and compare the thumbnail.
    private func checkPixels(of inspection: Inspection, reader: HashingReader, into evidence: inout Evidence) {
        // A picture that declares more pixels than any camera records is not decoded at all (it would take
        // gigabytes); `media.read.incomplete` names the limit at every depth.
        if let w = inspection.metadata.imageWidth, let h = inspection.metadata.imageHeight, UInt64(max(0, w)) * UInt64(max(0, h)) > Self.largestPicturePixels {
            return
        }
        if inspection.structure.format == "jpeg" {
            let t = inspection.exif?.summary.thumbnail
            let thumb: (Int64, Int)? = t.flatMap { t in t.present ? t.offset.flatMap { o in t.length.map { (o, $0) } } : nil }
            let r = ThumbnailComparer.check(reader: reader, thumbnail: thumb)
            evidence.thumbnail = r.comparison
            evidence.pictureDecodeError = r.decodeError
            evidence.pictureDecodedWithErrors = r.decodedWithErrors
            evidence.uniformRegions = r.uniformRegions
        }
        if let heif = inspection.structure.heif, heif.primary != nil {
            // HEIC: the picture and its thumbnail item through libheif. A picture this libheif cannot decode
            // is reported as a limitation, never as an unreadable file (iOS 18+ gain-map files).
            // (A picture declaring more than `largestPicturePixels` returned above, undecoded.)
            if let bytes = try? reader.readAll() {
                let r = ThumbnailComparer.checkHEIF(bytes: bytes, thumbnailOffset: heif.thumbnail?.extents.first?.offset)
                evidence.thumbnail = r.comparison
                evidence.uniformRegions = r.uniformRegions
                evidence.pixelLimitation = r.limitation
            }
        }
    }

    /// A grey thumbnail of a JPEG or HEIF photo as it is shown (EXIF orientation applied); nil when it does not decode.
    private func photoThumbnail(of inspection: Inspection, reader: HashingReader) -> [GreyThumbnail]? {
        if let w = inspection.metadata.imageWidth, let h = inspection.metadata.imageHeight, UInt64(max(0, w)) * UInt64(max(0, h)) > Self.largestPicturePixels { return nil }
        guard let bytes = try? reader.readAll() else { return nil }
        let turn = Thumbnailer.rotation(exifOrientation: inspection.metadata.orientation)
        var made: (width: Int, height: Int, pixels: [UInt8])?
        if inspection.structure.format == "jpeg" {
            made = try? ImageBytesDecoder.withDecodedJPEG(bytes) { Thumbnailer.make($0, rotation: turn) }
        } else if inspection.structure.heif?.primary != nil, let d = try? HEIFPictures(bytes: bytes) {
            // The irot/imir transforms are applied (by libheif or by HEIFPictures): the picture arrives as shown.
            made = try? d.withPicture { Thumbnailer.make($0) }
        }
        return made.map { [GreyThumbnail(frame: nil, seconds: nil, width: $0.width, height: $0.height, pixels: $0.pixels)] }
    }

    /// The file's SHA-256 (reading whatever nobody read) and, for videos, the payload hash.
    private func fill(_ identity: inout FileIdentity, reader: HashingReader, collector: PacketCollector?) throws(InspectionError) {
        do { identity.sha256 = try reader.finish().hexString } catch let e as MediaBridgeError { throw .from(e, path: reader.path) } catch {
            throw .unreadable(path: reader.path, reason: "\(error)", partial: nil)
        }
        if let collector, collector.hasVideo, collector.failure == nil, let payload = collector.payloadDigest() {
            identity.videoPayloadSha256 = payload
            identity.videoPackets = collector.records.count
        }
    }
}

/// The wall clock, read in one place (the probe's default analysis time).
enum Clock {
    static func now() -> Int64 { Int64(time(nil)) }
}
