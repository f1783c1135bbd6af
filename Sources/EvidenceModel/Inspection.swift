/// The file as received: path, size and SHA-256 (the DESIGN contract's `file` block).
public struct FileIdentity: Sendable, Codable, Equatable {
    public var path: String
    public var bytes: Int64
    public var sha256: String
    /// SHA-256 of the coded picture alone, without metadata (photos): for JPEG the DQT, DHT, SOFn,
    /// DRI and SOS segments with the scan data, in file order (no APPn, COM or bytes after EOI); for
    /// HEIF the bytes of the image items. Equal for two files whose metadata alone differs.
    public var imageDataSha256: String?
    /// Videos: SHA-256 over the SHA-256 digests (32 bytes each) of the best video stream's packets in
    /// decode order — what the camera encoded, whatever container holds it. Equal after a remux
    /// (`ffmpeg -c copy` to MP4 or MOV, `qt-faststart`) or a metadata-only edit; different after any
    /// re-encode, trim or splice. Anyone can recompute it: `ffmpeg -i FILE -map 0:v:0 -c copy -f framehash
    /// -hash sha256 -` lists the packet digests in the same order (see README).
    public var videoPayloadSha256: String?
    /// Videos: how many packets of the best video stream the payload hash covers.
    public var videoPackets: Int?

    public init(path: String, bytes: Int64, sha256: String, imageDataSha256: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
        self.imageDataSha256 = imageDataSha256
    }
}

/// What a file is, decided from its content (never its name).
public enum MediaKind: String, Sendable, Codable {
    case photo, video, other
}

/// Which device wrote the file, and where that was read.
public struct Device: Sendable, Codable, Equatable {
    public var make: String?
    public var model: String?
    public var software: String?
    public var source: String?

    public init(make: String?, model: String?, software: String?, source: String?) {
        self.make = make
        self.model = model
        self.software = software
        self.source = source
    }
}

/// One stream as an officer needs it.
public struct StreamInfo: Sendable, Codable, Equatable {
    public var index: Int
    /// `video`, `audio`, `data`, `subtitle`.
    public var type: String
    public var codec: String
    public var codecTag: String?
    public var profile: String?
    public var level: Int?
    public var width: Int?
    public var height: Int?
    /// Display rotation in degrees counter-clockwise (FFmpeg/ffprobe convention: -90 for a phone held upright).
    public var rotation: Double?
    public var pixelFormat: String?
    /// Average and "real" (lowest common) frame rate, as exact fractions and as numbers.
    public var averageFrameRate: String?
    public var realFrameRate: String?
    public var frameRate: Double?
    public var frameCount: Int64?
    public var bitRate: Int64?
    public var timeBase: String
    public var durationSeconds: Double?
    public var startSeconds: Double?
    public var sampleRate: Int?
    public var channels: Int?
    public var sampleFormat: String?
    /// Handler name of the track (`Core Media Video`, `VideoHandle`, `GoPro AVC`, `VideoHandler`).
    public var handler: String?
    public var language: String?

    public init(index: Int, type: String, codec: String, codecTag: String? = nil, profile: String? = nil, level: Int? = nil, width: Int? = nil, height: Int? = nil, rotation: Double? = nil, pixelFormat: String? = nil, averageFrameRate: String? = nil, realFrameRate: String? = nil, frameRate: Double? = nil, frameCount: Int64? = nil, bitRate: Int64? = nil, timeBase: String, durationSeconds: Double? = nil, startSeconds: Double? = nil, sampleRate: Int? = nil, channels: Int? = nil, sampleFormat: String? = nil, handler: String? = nil, language: String? = nil) {
        self.index = index
        self.type = type
        self.codec = codec
        self.codecTag = codecTag
        self.profile = profile
        self.level = level
        self.width = width
        self.height = height
        self.rotation = rotation
        self.pixelFormat = pixelFormat
        self.averageFrameRate = averageFrameRate
        self.realFrameRate = realFrameRate
        self.frameRate = frameRate
        self.frameCount = frameCount
        self.bitRate = bitRate
        self.timeBase = timeBase
        self.durationSeconds = durationSeconds
        self.startSeconds = startSeconds
        self.sampleRate = sampleRate
        self.channels = channels
        self.sampleFormat = sampleFormat
        self.handler = handler
        self.language = language
    }
}

extension StreamInfo {
    /// A stream with only the basics set (for synthetic evidence); the memberwise init stays available.
    public init(index: Int, type: String, codec: String, width: Int? = nil, height: Int? = nil, timeBase: String) {
        self.init(index: index, type: type, codec: codec, codecTag: nil, profile: nil, level: nil, width: width, height: height,
                  rotation: nil, pixelFormat: nil, averageFrameRate: nil, realFrameRate: nil, frameRate: nil, frameCount: nil,
                  bitRate: nil, timeBase: timeBase, durationSeconds: nil, startSeconds: nil, sampleRate: nil, channels: nil,
                  sampleFormat: nil, handler: nil, language: nil)
    }
}

/// Normalised metadata (DESIGN contract): device, capture time, place, duration, streams.
public struct MediaMetadata: Sendable, Codable, Equatable {
    public var container: String?
    public var device: Device?
    /// ISO-8601; with an offset only when the file states one.
    public var captureTime: String?
    /// Which field `captureTime` came from.
    public var captureTimeSource: String?
    public var gps: GPSPosition?
    public var durationSeconds: Double?
    /// Pixel size of a photo as coded (JPEG SOF, HEIF `ispe` of the primary item), before rotation.
    public var imageWidth: Int?
    public var imageHeight: Int?
    /// EXIF orientation (1–8) or HEIF `irot` as EXIF-style degrees.
    public var orientation: Int?
    public var streams: [StreamInfo]
    /// Every statement of the capture time and place, with where it was read and how far they disagree.
    public var capture: CaptureFacts? = nil

    public init(container: String? = nil, device: Device? = nil, captureTime: String? = nil, captureTimeSource: String? = nil, gps: GPSPosition? = nil, durationSeconds: Double? = nil, imageWidth: Int? = nil, imageHeight: Int? = nil, orientation: Int? = nil, streams: [StreamInfo], capture: CaptureFacts? = nil) {
        self.container = container
        self.device = device
        self.captureTime = captureTime
        self.captureTimeSource = captureTimeSource
        self.gps = gps
        self.durationSeconds = durationSeconds
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
        self.orientation = orientation
        self.streams = streams
        self.capture = capture
    }
}

/// Container-level facts: libavformat's reading plus our own box walk.
public struct ContainerInfo: Sendable, Codable, Equatable {
    /// libavformat short name (`mov,mp4,m4a,3gp,3g2,mj2`, `h264`, `matroska,webm`, …).
    public var format: String?
    public var formatLongName: String?
    public var majorBrand: String?
    public var minorVersion: UInt32?
    public var compatibleBrands: [String]?
    public var durationSeconds: Double?
    public var bitRate: Int64?
    /// `mvhd` times (seconds since 1904, as stored) and timescale.
    public var created: BoxTime?
    public var modified: BoxTime?
    public var timescale: UInt32?
    public var topLevelOrder: [String]?
    public var tracks: [TrackFacts]?
    /// QuickTime/MP4 metadata items (udta ©xxx, keys, ilst).
    public var items: [MetadataItem]?
    /// Container tags as libavformat reports them (includes `encoder`, `creation_time`).
    public var tags: [String: String]
    /// Where each writer tag's value (encoder, encoded_by, software…) first appears in the file, for
    /// containers whose structure we do not walk ourselves (Matroska, AVI, TS…): the byte offset of the
    /// value's text within the first or last MiB. Tags not found there are absent.
    public var tagLocations: [String: Int64]? = nil

    public init(format: String? = nil, formatLongName: String? = nil, majorBrand: String? = nil, minorVersion: UInt32? = nil, compatibleBrands: [String]? = nil, durationSeconds: Double? = nil, bitRate: Int64? = nil, created: BoxTime? = nil, modified: BoxTime? = nil, timescale: UInt32? = nil, topLevelOrder: [String]? = nil, tracks: [TrackFacts]? = nil, items: [MetadataItem]? = nil, tags: [String: String], tagLocations: [String: Int64]? = nil) {
        self.format = format
        self.formatLongName = formatLongName
        self.majorBrand = majorBrand
        self.minorVersion = minorVersion
        self.compatibleBrands = compatibleBrands
        self.durationSeconds = durationSeconds
        self.bitRate = bitRate
        self.created = created
        self.modified = modified
        self.timescale = timescale
        self.topLevelOrder = topLevelOrder
        self.tracks = tracks
        self.items = items
        self.tags = tags
        self.tagLocations = tagLocations
    }
}

/// The structural walk: ISO-BMFF boxes or JPEG segments, with coverage of the file's bytes.
public struct StructureReport: Sendable, Codable, Equatable {
    /// `iso-bmff`, `jpeg`, `png` or `none` (containers we do not walk ourselves yet).
    public var format: String
    public var boxes: [Box]?
    public var segments: [JPEGSegment]?
    public var frame: JPEGFrame?
    /// JPEG quantisation tables with their nearest IJG quality.
    public var quantizationTables: [QuantizationTable]?
    /// JPEG Huffman tables: class, id, and whether they are T.81 Annex K's.
    public var huffmanTables: [HuffmanTableInfo]? = nil
    /// JPEG: the embedded ICC profile's maker and description.
    public var iccProfile: ICCProfileHeader? = nil
    /// JPEG: the APP14 "Adobe" segment's fields (Adobe's encoder marks every JPEG it writes).
    public var adobe: AdobeMarker? = nil
    public var trailer: JPEGTrailer?
    public var heif: HEIFFacts?
    /// Matroska/WebM: the EBML header and Segment Info as our own reader finds them.
    public var matroska: MatroskaFacts? = nil
    public var coverage: Coverage?
    public var notes: [StructureNote]

    public init(format: String, boxes: [Box]? = nil, segments: [JPEGSegment]? = nil, frame: JPEGFrame? = nil, quantizationTables: [QuantizationTable]? = nil, huffmanTables: [HuffmanTableInfo]? = nil, iccProfile: ICCProfileHeader? = nil, adobe: AdobeMarker? = nil, trailer: JPEGTrailer? = nil, heif: HEIFFacts? = nil, matroska: MatroskaFacts? = nil, coverage: Coverage? = nil, notes: [StructureNote]) {
        self.format = format
        self.boxes = boxes
        self.segments = segments
        self.frame = frame
        self.quantizationTables = quantizationTables
        self.huffmanTables = huffmanTables
        self.iccProfile = iccProfile
        self.adobe = adobe
        self.trailer = trailer
        self.heif = heif
        self.matroska = matroska
        self.coverage = coverage
        self.notes = notes
    }
}

/// Everything `evidence inspect` knows about one file.
public struct Inspection: Sendable, Codable, Equatable {
    public var schemaVersion = 1
    public var file: FileIdentity
    public var kind: MediaKind
    public var metadata: MediaMetadata
    public var container: ContainerInfo?
    public var structure: StructureReport
    public var exif: ExifReport?
    public var xmp: [XMPPacket]?
    /// Encoder banners found in the first video packets (videos only).
    public var bitstream: BitstreamFacts?
    /// Parts of the file that could not be read, with the reason; empty when all went well.
    public var problems: [String]
    public var tool: ToolInfo

    public init(schemaVersion: Int = 1, file: FileIdentity, kind: MediaKind, metadata: MediaMetadata, container: ContainerInfo? = nil, structure: StructureReport, exif: ExifReport? = nil, xmp: [XMPPacket]? = nil, bitstream: BitstreamFacts? = nil, problems: [String], tool: ToolInfo) {
        self.schemaVersion = schemaVersion
        self.file = file
        self.kind = kind
        self.metadata = metadata
        self.container = container
        self.structure = structure
        self.exif = exif
        self.xmp = xmp
        self.bitstream = bitstream
        self.problems = problems
        self.tool = tool
    }
}

public struct ToolInfo: Sendable, Codable, Equatable {
    public var name = "evidence"
    public var version = EvidenceKit.version
    public init() {}
}

public enum EvidenceKit {
    public static let version = "0.1.0"
}
