/// What a detector looks at: everything read from the file, as values (no file, no C).
public struct Evidence: Sendable {
    public var inspection: Inspection
    /// Encoder banners and parameter sets found in the first packets (nil when not read).
    public var bitstream: BitstreamFacts?
    /// Decoded frame records (nil below `--depth keyframes`).
    public var frames: [FrameRecord]?
    /// Every packet of the video stream, read without decoding (nil for photos and hand-built evidence).
    public var packets: [PacketRecord]?
    /// Bytes the probe took from the file, all readers together (the "read once" measure; nil when built by hand).
    public var bytesReadFromFile: Int64?
    /// Photos below `--depth structure`: the EXIF thumbnail (JPEG) or thumbnail item (HEIF) compared with the picture.
    public var thumbnail: ThumbnailComparison?
    /// Photos below `--depth structure`: why the picture could not be decoded (nil when it was).
    public var pictureDecodeError: String?
    /// JPEG photos below `--depth structure`: the decoder reported errors in the picture (concealed blocks).
    public var pictureDecodedWithErrors: Bool?
    /// Photos below `--depth structure`: rectangles of one flat brightness, largest first.
    public var uniformRegions: [UniformRegion]?
    /// HEIF photos below `--depth structure`: why this build's libheif could not decode the picture, so
    /// that the pixel checks did not run (a limit of the tool, not evidence).
    public var pixelLimitation: String?
    /// The time of the analysis (Unix seconds), an input of the probe: for "capture time in the future".
    public var verifiedAt: Int64?
    /// H.264 videos: the Signed Video signatures in the stream, checked (nil when there are none).
    public var signedVideo: SignedVideoFacts?
    /// Videos that were decoded: packets the decoder rejected and, last, where decoding stopped if it did.
    public var decodeProblems: [DecodeIssue]?
    /// Decoding stopped before the end of the stream (the last entry of `decodeProblems` says where).
    public var decodeStopped: Bool = false
    /// How much was read (nil for evidence built by hand: examples behave as at depth structure).
    public var depth: VerifyDepth?
    /// A raw stream larger than this many bytes was not decoded to its end at this depth, so whether its
    /// last picture is whole is unknown (nil when it was decoded, or is not a raw stream).
    public var rawStreamNotDecodedAbove: Int64?
    /// With `Probe.thumbnails`: grey thumbnails of the keyframes (videos) or of the picture (photos).
    public var thumbnails: [GreyThumbnail]?

    public init(inspection: Inspection, bitstream: BitstreamFacts? = nil, frames: [FrameRecord]? = nil, thumbnail: ThumbnailComparison? = nil) {
        self.inspection = inspection
        self.bitstream = bitstream
        self.frames = frames
        self.thumbnail = thumbnail
    }

    public var container: ContainerInfo? { inspection.container }
    public var items: [MetadataItem] { inspection.container?.items ?? [] }
    public var xmpProperties: [String: String] {
        var all: [String: String] = [:]
        for p in inspection.xmp ?? [] { all.merge(p.properties) { a, b in a + "; " + b } }
        return all
    }
    public var videoStream: StreamInfo? { inspection.metadata.streams.first { $0.type == "video" } }
    public var handlerNames: [String] { (inspection.container?.tracks ?? []).compactMap(\.handlerName) }
}

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
    /// When the analysis ran (ISO 8601, UTC): `--analysis-time` when given, else the clock at the start.
    /// An input of the judgement ("a capture time in the future"), so two runs with the same options
    /// print the same bytes.
    public var analysisTime: String?
    public var tool = ToolInfo()
    /// `evidence batch` only: the submission this result answers and the ledger entry that records it.
    public var submission: String?
    public var ledgerSeq: Int64?
    /// `evidence batch` (from a manifest) and `verify --claimed-time/--claimed-place`: what the submission
    /// claims; the `claim.*` findings compare it with the file.
    public var claims: Claims?

    public init(schemaVersion: Int = 1, file: FileIdentity, kind: MediaKind, metadata: MediaMetadata, findings: [Finding], verdict: Verdict, depth: String, analysisTime: String? = nil, tool: ToolInfo = ToolInfo()) {
        self.schemaVersion = schemaVersion
        self.file = file
        self.kind = kind
        self.metadata = metadata
        self.findings = findings
        self.verdict = verdict
        self.depth = depth
        self.analysisTime = analysisTime
        self.tool = tool
    }
}
