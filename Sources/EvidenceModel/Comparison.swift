/// `evidence compare ORIGINAL SUBMITTED` (issue 18): what the submission is, measured against the file it claims
/// to come from. Byte level first (the same packets, in runs), then picture level (frame hashes aligned in time),
/// then metadata field by field; photos by file, coded picture, pixels, geometry and local change. The findings
/// are in the same model as `verify`'s, so a report can carry them.
public struct ComparisonReport: Sendable, Codable, Equatable {
    public var schemaVersion = 1
    public var original: FileIdentity
    public var submitted: FileIdentity
    public var kind: MediaKind
    /// The two files are byte for byte the same.
    public var sameFile: Bool
    /// The same coded pictures (video payload hash, or a photo's image-data hash): at most the container or the
    /// metadata differ.
    public var samePayload: Bool
    public var packets: PacketAlignment?
    public var pictures: PictureAlignment?
    public var photo: PhotoComparison?
    /// Metadata that differs, field by field (container tags, items, EXIF, capture times and places).
    public var metadataDifferences: [FieldDifference]
    public var findings: [Finding]
    /// True when the two hold the same pictures and the same metadata (`diff`'s exit 0).
    public var same: Bool
    public var analysisTime: String?
    public var tool = ToolInfo()

    public init(original: FileIdentity, submitted: FileIdentity, kind: MediaKind, sameFile: Bool, samePayload: Bool, packets: PacketAlignment?, pictures: PictureAlignment?,
                photo: PhotoComparison?, metadataDifferences: [FieldDifference], findings: [Finding], same: Bool) {
        self.original = original
        self.submitted = submitted
        self.kind = kind
        self.sameFile = sameFile
        self.samePayload = samePayload
        self.packets = packets
        self.pictures = pictures
        self.photo = photo
        self.metadataDifferences = metadataDifferences
        self.findings = findings
        self.same = same
    }
}

/// Video packets of the submission found, byte for byte, among the original's.
public struct PacketAlignment: Sendable, Codable, Equatable {
    public var originalPackets: Int
    public var submittedPackets: Int
    /// Runs of consecutive submitted packets that are consecutive original packets, in the submission's order.
    public var runs: [PacketRun]
    /// Submitted packets found nowhere in the original.
    public var unmatchedSubmitted: Int
    public init(originalPackets: Int, submittedPackets: Int, runs: [PacketRun], unmatchedSubmitted: Int) {
        self.originalPackets = originalPackets
        self.submittedPackets = submittedPackets
        self.runs = runs
        self.unmatchedSubmitted = unmatchedSubmitted
    }
}

public struct PacketRun: Sendable, Codable, Equatable {
    /// Decode-order indexes, first and last, in each file.
    public var originalFirst: Int
    public var originalLast: Int
    public var submittedFirst: Int
    public var submittedLast: Int
    /// Presentation times (seconds) of the run's first and last packets in the original, when known.
    public var originalStartSeconds: Double?
    public var originalEndSeconds: Double?
    /// Byte offsets of the run's first packet in each file.
    public var originalOffset: Int64?
    public var submittedOffset: Int64?
    /// Packets of the run whose coded slices are the original's but whose bytes are not (parameter sets, SEI or
    /// framing added or removed by the copying tool).
    public var packetsWithOtherHeaders = 0
    public var count: Int { submittedLast - submittedFirst + 1 }
    public init(originalFirst: Int, originalLast: Int, submittedFirst: Int, submittedLast: Int, originalStartSeconds: Double?, originalEndSeconds: Double?, originalOffset: Int64?, submittedOffset: Int64?) {
        self.originalFirst = originalFirst
        self.originalLast = originalLast
        self.submittedFirst = submittedFirst
        self.submittedLast = submittedLast
        self.originalStartSeconds = originalStartSeconds
        self.originalEndSeconds = originalEndSeconds
        self.originalOffset = originalOffset
        self.submittedOffset = submittedOffset
    }
}

/// Decoded pictures of the two clips aligned by their PDQ hashes, in time order.
public struct PictureAlignment: Sendable, Codable, Equatable {
    public var originalPictures: Int
    public var submittedPictures: Int
    /// Matched, cut (original pictures with no counterpart) and inserted (submitted pictures with none), in order.
    public var segments: [AlignedSegment]
    /// Share of the submission's pictures matched to an original picture (0–1).
    public var matchedShare: Double
    /// Matched pictures whose distance jumps against their neighbours': changed locally (a logo, a blur, a paint).
    public var changedPictures: [ChangedPicture]
    /// Submitted pictures that repeat the one before instead of showing the next original picture (a freeze).
    public var duplicatedPictures: [Int]
    /// Single original pictures skipped inside a matched segment played at normal speed.
    public var droppedPictures: [Int]
    /// Median distance of the matched pairs.
    public var medianDistance: Int?
    public init(originalPictures: Int, submittedPictures: Int, segments: [AlignedSegment], matchedShare: Double, changedPictures: [ChangedPicture], duplicatedPictures: [Int], droppedPictures: [Int], medianDistance: Int?) {
        self.originalPictures = originalPictures
        self.submittedPictures = submittedPictures
        self.segments = segments
        self.matchedShare = matchedShare
        self.changedPictures = changedPictures
        self.duplicatedPictures = duplicatedPictures
        self.droppedPictures = droppedPictures
        self.medianDistance = medianDistance
    }
}

public struct AlignedSegment: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case matched, cut, inserted }
    public var kind: Kind
    /// Picture numbers (display order), first and last, in each file (nil on the side a segment does not have).
    public var originalFirst: Int?
    public var originalLast: Int?
    public var submittedFirst: Int?
    public var submittedLast: Int?
    public var originalStartSeconds: Double?
    public var originalEndSeconds: Double?
    public var submittedStartSeconds: Double?
    public var submittedEndSeconds: Double?
    /// Matched segments: original time elapsed per second of the submission (1 normal, 2 played twice as fast).
    public var speed: Double?
    public var medianDistance: Int?
    public init(kind: Kind, originalFirst: Int? = nil, originalLast: Int? = nil, submittedFirst: Int? = nil, submittedLast: Int? = nil) {
        self.kind = kind
        self.originalFirst = originalFirst
        self.originalLast = originalLast
        self.submittedFirst = submittedFirst
        self.submittedLast = submittedLast
    }
}

public struct ChangedPicture: Sendable, Codable, Equatable {
    public var submittedFrame: Int
    public var originalFrame: Int
    public var distance: Int
    /// Median distance of the matched pictures around it.
    public var neighbourDistance: Int
    public init(submittedFrame: Int, originalFrame: Int, distance: Int, neighbourDistance: Int) {
        self.submittedFrame = submittedFrame
        self.originalFrame = originalFrame
        self.distance = distance
        self.neighbourDistance = neighbourDistance
    }
}

/// Two photos compared: as files, as coded pictures, as pixels, as geometry, and region by region.
public struct PhotoComparison: Sendable, Codable, Equatable {
    /// The decoded brightness is identical, sample for sample (nil when either did not decode).
    public var samePixels: Bool?
    public var originalSize: PixelSize?
    public var submittedSize: PixelSize?
    /// How the submission's picture lies in the original's: rotation (clockwise degrees), scale (submitted ÷
    /// original), and the original's rectangle it shows (a crop when smaller than the picture).
    public var rotation: Int?
    public var scale: Double?
    public var crop: PixelRect?
    /// After alignment, the rectangle (in the submission's pixels) where the two differ beyond re-compression.
    public var changedRegion: PixelRect?
    /// Mean brightness difference (0–255) of the two at 48 × 48 after the best quarter turn: a few units for a
    /// re-save, tens for different pictures.
    public var thumbnailDifference: Double?
    public init() {}
}

public struct PixelSize: Sendable, Codable, Equatable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

public struct PixelRect: Sendable, Codable, Equatable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

public struct FieldDifference: Sendable, Codable, Equatable {
    /// Where the field lives: `EXIF Exif 0x9003`, `container tag creation_time`, `item com.apple.quicktime.make`, `capture time`.
    public var field: String
    public var original: String?
    public var submitted: String?
    public init(field: String, original: String?, submitted: String?) {
        self.field = field
        self.original = original
        self.submitted = submitted
    }
}
