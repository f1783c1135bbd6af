/// An example that runs as a test: an Evidence value and whether the detector must fire on it.
public struct DetectorExample: Sendable {
    public var name: String
    /// The name in Vietnamese (`ExampleNames`; `DetectorTests` checks every example has one).
    public var nameVi: String { ExampleNames.vietnamese[name] ?? name }
    public var evidence: Evidence
    public var fires: Bool
    /// When set, the severity and class the (first) finding must carry: an example that fires weakly is a
    /// different statement from one that decides.
    public var severity: Severity?
    public var indicates: VerdictClass?
    public var file: String
    public var line: Int

    public init(_ name: String, _ evidence: Evidence, fires: Bool, severity: Severity? = nil, indicates: VerdictClass? = nil,
                file: String = #filePath, line: Int = #line) {
        self.name = name
        self.evidence = evidence
        self.fires = fires
        self.severity = severity
        self.indicates = indicates
        self.file = file
        self.line = line
    }
}

/// The documentation of a detector, written once and shown by `evidence detectors explain ID`.
public struct DetectorDescription: Sendable {
    public var id: String
    public var name: String
    public var nameVi: String
    public var severity: Severity
    public var indicates: VerdictClass
    public var rationale: String
    public var rationaleVi: String
    public var examples: [DetectorExample]
}

/// A pure function from evidence to findings (DESIGN: detectors never touch files or C).
public protocol Detector: Sendable {
    static var description: DetectorDescription { get }
    func run(_ evidence: Evidence) -> [Finding]
}

extension Detector {
    /// A finding with this detector's id, severity and class, its prose from the catalogues.
    func finding(_ message: Message, _ evidence: [String: EvidenceValue], severity: Severity? = nil, indicates: VerdictClass? = nil) -> Finding {
        let d = Self.description
        return Finding(id: d.id, severity: severity ?? d.severity, indicates: indicates ?? d.indicates, message: message, evidence: evidence)
    }

    /// A catalogue message under this detector's id: `Message("<id>.<name>", …)`.
    func message(_ name: String, _ arguments: [String: MessageArgument] = [:]) -> Message {
        Message(Self.description.id + "." + name, arguments)
    }
}

/// Every detector, in the order they run.
public enum DetectorRegistry {
    public static let all: [any Detector] = [
        TruncatedStructureDetector(),
        ReadCompletenessDetector(),
        MetadataUnparsedDetector(),
        EncoderBannerDetector(),
        EncoderSettingsDetector(),
        FFmpegMuxerDetector(),
        MatroskaWriterDetector(),
        EditingSoftwareDetector(),
        EditListDetector(),
        IndexMovedDetector(),
        AppleWriterLayoutDetector(),
        EmptyItemListDetector(),
        AndroidReservationDetector(),
        NonCameraFrameSizeDetector(),
        ExifDimensionsDetector(),
        HeifLayoutDetector(),
        HeifWriterLayoutDetector(),
        NoCameraMetadataDetector(),
        DeviceTagsRemovedDetector(),
        MetadataStrippedDetector(),
        SharedCopyFormatDetector(),
        ScreenshotDetector(),
        QuantizationDetector(),
        JPEGWriterDetector(),
        CameraTableLayoutDetector(),
        TransposedTablesDetector(),
        AppleExifPaddingDetector(),
        EditorEncoderDetector(),
        EditorICCProfileDetector(),
        ThumbnailMismatchDetector(),
        FlatFillDetector(),
        UndecodablePictureDetector(),
        PictureDecodeErrorsDetector(),
        ExifDatesDetector(),
        ExifRewrittenDetector(),
        CaptureTimeCrossCheckDetector(),
        SignedVideoDetector(),
        CorruptFramesDetector(),
        ErrorsFromKeyframeDetector(),
        TimestampGapDetector(),
        TimestampCollapseDetector(),
        KeyframePatternDetector(),
        ParameterChangeDetector(),
        AudioVideoDurationDetector(),
        FrozenFramesDetector(),
        ContentDiscontinuityDetector(),
        DoubleCompressionDetector(),
        ZeroedTimesDetector(),
        RecordingMetadataAbsentDetector(),
        FileNameTimeDetector(),
        TimeConsistencyDetector(),
        LocationRemovedDetector(),
        LocationWrittenTwiceDetector(),
        CaptureMetadataMissingDetector(),
        DeviceIdentifiedDetector(),
        FamilyInvariantDetector(),
        FamilyUnrecognisedDetector(),
        FamilyRecognisedDetector(),
    ]

    public static var descriptions: [DetectorDescription] { all.map { type(of: $0).description } }

    public static func description(of id: String) -> DetectorDescription? { descriptions.first { $0.id == id } }
}

extension Evidence {
    /// Where a photo's picture header is (the JPEG frame header), to locate findings about the picture as
    /// a whole; 0 (the format signature) for other formats.
    public var pictureHeaderOffset: Int64 {
        inspection.structure.segments?.first { $0.marker.hasPrefix("SOF") }?.offset ?? 0
    }

    /// The `mvhd` box's offset, when the structure walk recorded it.
    public var movieHeaderOffset: Int64? {
        inspection.structure.boxes?.first { $0.type == "moov" }?.children.first { $0.type == "mvhd" }?.offset
    }
}

extension Evidence {
    /// The first trace of software that rewrote the file after the camera, if any: an encoder banner in
    /// the coded pictures, FFmpeg's muxer tag, or the file-type box exactly as libavformat writes it. Detectors whose pattern a recorder can also produce
    /// (dropped or padded frames) accuse only when the file was certainly processed by software;
    /// a camera-written file with the same pattern asks for review instead.
    /// `softwareTrace` as a phrase in either language.
    var softwareTraceMessage: MessageArgument? {
        if let b = bitstream?.banners.first {
            return .message(b.byteOffset.map { Message("common.trace.banner-at", ["encoder": .text(b.encoder), "byteOffset": .int($0)]) }
                ?? Message("common.trace.banner", ["encoder": .text(b.encoder)]))
        }
        if let muxer = ffmpegMuxerTag {
            return .message(muxer.item.map { Message("common.trace.muxer-at", ["version": .text(muxer.version), "byteOffset": .int($0.offset)]) }
                ?? Message("common.trace.muxer", ["version": .text(muxer.version)]))
        }
        if let ftyp = libavformatFileType { return .message(Message("common.trace.file-type", ["fileType": .text(ftyp)])) }
        return nil
    }

    public var softwareTrace: String? {
        if let b = bitstream?.banners.first {
            return "\(b.encoder) encoder banner" + (b.byteOffset.map { " at byte \($0)" } ?? "")
        }
        if let muxer = ffmpegMuxerTag {
            return "FFmpeg muxer tag \(muxer.version)" + (muxer.item.map { " at byte \($0.offset)" } ?? "")
        }
        if let ftyp = libavformatFileType {
            return "libavformat's file-type box (\(ftyp))"
        }
        return nil
    }

    /// The MP4 file-type box libavformat's muxer writes: major brand `isom`, minor version 512, compatible
    /// brands `isom`, (`dby1` for Dolby Vision,) `iso2`, (`avc1` for H.264,) `mp41`. FFmpeg writes it with or without its `Lavf`
    /// tag (`-fflags +bitexact`, `-map_metadata -1` drop the tag), and some apps copy it (Telegram's
    /// muxer); no camera original in the corpus writes it (phones write `mp42`/`qt  `, GoPro `mp41`).
    /// libavformat always writes minor version 512; in MP4 mode the compatible brands are the major brand
    /// (isom, or whatever `-brand` set) followed by iso2, the codec's brand and mp41; in MOV mode just `qt  `.
    public var libavformatFileType: String? {
        guard let c = container, let major = c.majorBrand, c.minorVersion == 512, let brands = c.compatibleBrands else { return nil }
        let mp4Mode = brands.count >= 3 && brands.first == major && brands.contains("iso2") && brands.last == "mp41"
            && brands.dropFirst().allSatisfy({ ["isom", "iso2", "avc1", "mp41", "dby1", "hvc1", "av01", "iso4", "iso5", "iso6", "dash"].contains($0) })
        let movMode = major == "qt  " && brands == ["qt  "]
        guard mp4Mode || movMode else { return nil }
        let bare = { (b: String) in String(b.reversed().drop { $0 == " " }.reversed()) }
        return "\(bare(major)), minor version 512, compatible " + brands.map(bare).joined(separator: " ")
    }

    /// FFmpeg's muxer signature (`Lavf58.76.100`): the metadata item that carries it, with its offset,
    /// or the container-level `encoder` tag (Matroska and others).
    public var ffmpegMuxerTag: (version: String, item: MetadataItem?)? {
        // MP4 mode writes ©too, MOV mode ©swr (QuickTime's "software"), Matroska an ENCODER tag.
        if let item = items.first(where: { ["©too", "©swr", "©enc", "encoder"].contains($0.key) && $0.value.hasPrefix("Lavf") }) {
            return (item.value, item)
        }
        if let tag = container?.tags.first(where: { $0.key.lowercased() == "encoder" && $0.value.hasPrefix("Lavf") }) {
            // Located by its text where the container is not walked (Matroska: the muxing-app element comes first).
            let at = container?.tagLocations?[tag.key]
            return (tag.value, at.map { MetadataItem(key: tag.key, value: tag.value, source: "tag", offset: $0) })
        }
        return nil
    }
}

/// A picture's presentation time, from the decoded frames or from the MP4/MOV sample tables.
public struct TimedPicture: Sendable, Equatable {
    /// Display order from 0.
    public var index: Int
    public var seconds: Double
    public var key: Bool
    /// Where its coded data starts (decoded frames), or its sample number (sample tables).
    public var byteOffset: Int64?
    public var sample: UInt32?
}

extension Evidence {
    /// Presentation times of the video's pictures in display order, and where they were read: the decoded
    /// frames when the verification decoded them, otherwise the MP4/MOV sample tables (`stts`, `ctts`,
    /// `stss`), which every depth reads. nil when neither gives real timestamps.
    public var pictureTimes: (pictures: [TimedPicture], source: String)? {
        if let frames, !frames.isEmpty {
            guard !frames.contains(where: { $0.secondsFromFrameRate == true || $0.seconds == nil }) else { return nil }
            return (frames.map { TimedPicture(index: $0.index, seconds: $0.seconds ?? 0, key: $0.key, byteOffset: $0.packetOffset, sample: nil) }, "decoded frames")
        }
        guard let track = container?.tracks?.first(where: { $0.handlerType == "vide" }), let timeline = track.timeline,
              let scale = track.mediaTimescale, scale > 0 else { return nil }
        let s = Double(scale)
        return (timeline.enumerated().map { TimedPicture(index: $0, seconds: Double($1.time) / s, key: $1.key, byteOffset: nil, sample: $1.sample) }, "sample tables")
    }
}
