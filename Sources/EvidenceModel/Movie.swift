/// The facts of an ISO-BMFF / QuickTime movie as values (read by `MovieFactsReader` in EvidenceKit).

/// A creation or modification time from `mvhd`/`tkhd`/`mdhd`: the raw count of seconds since
/// 1904-01-01 exactly as stored, and that instant written out. ISO/IEC 14496-12 says these are
/// UTC, but many cameras write local time, so no zone is claimed.
public struct BoxTime: Sendable, Codable, Equatable {
    public var raw: UInt64
    public var iso: String
    public init(raw: UInt64) {
        self.raw = raw
        self.iso = CivilTime.iso(since1904: raw)
    }
}

/// One edit-list entry (`elst`, ISO/IEC 14496-12 §8.6.6).
public struct EditEntry: Sendable, Codable, Equatable {
    /// Duration in the movie timescale.
    public var segmentDuration: UInt64
    /// Start in the media timescale; -1 is an empty edit (a gap).
    public var mediaTime: Int64
    public var mediaRate: Double

    public init(segmentDuration: UInt64, mediaTime: Int64, mediaRate: Double) {
        self.segmentDuration = segmentDuration
        self.mediaTime = mediaTime
        self.mediaRate = mediaRate
    }
}

/// One sample of a track's timeline from its sample tables.
public struct TimelineEntry: Sendable, Equatable {
    public var time: Int64
    public var key: Bool
    /// 1-based sample number (decode order).
    public var sample: UInt32

    public init(time: Int64, key: Bool, sample: UInt32) {
        self.time = time
        self.key = key
        self.sample = sample
    }
}

/// What the `trak` box says about one track.
public struct TrackFacts: Sendable, Codable, Equatable {
    public var trackID: UInt32?
    public var offset: Int64
    public var handlerType: String?
    public var handlerName: String?
    public var created: BoxTime?
    public var modified: BoxTime?
    public var mediaCreated: BoxTime?
    public var mediaModified: BoxTime?
    public var mediaTimescale: UInt32?
    public var mediaDuration: UInt64?
    public var language: String?
    /// `tkhd` presentation size (16.16 fixed point, converted).
    public var width: Double?
    public var height: Double?
    /// Rotation encoded in the `tkhd` matrix, degrees clockwise (0, 90, 180, 270 for cameras).
    public var matrixRotation: Double?
    public var edits: [EditEntry]
    /// Sample entry types in `stsd` (codec four-character codes such as `avc1`, `hvc1`, `mp4a`, `mebx`).
    public var sampleEntries: [String]
    /// Number of samples according to `stsz`/`stz2`.
    public var sampleCount: UInt32?
    /// H.264 video tracks: the encoder-revealing fields of the first picture parameter set in `avcC`.
    public var h264PictureParameters: H264PictureParameters? = nil
    /// Video tracks: the earliest presentation time of any stored sample (decode time from `stts` plus
    /// composition offset from `ctts`), in media time-scale units. An edit starting later than this hides
    /// stored pictures; one starting at it only skips B-frame reordering delay.
    public var earliestPresentation: Int64?
    /// Video tracks: number of keyframes (`stss`; every sample when the box is absent).
    public var keyframeCount: Int?
    /// Video tracks: 1-based sample numbers of the keyframes from `stss` (nil when every sample is one).
    /// Kept out of the JSON (it can hold tens of thousands of numbers); `keyframeCount` stands for it.
    public var keyframeSamples: [UInt32]?
    /// Video tracks: every sample's presentation time (decode time + composition offset, media units) in
    /// presentation order, with its keyframe flag. Kept out of the JSON; nil above `timelineLimit` samples.
    public var timeline: [TimelineEntry]?
    /// A GoPro GPMF metadata track's GPS fixes (`gpmd` sample entry), thinned to about one a second.
    public var gpsTrack: [GPSTrackPoint]? = nil

    public enum CodingKeys: String, CodingKey {
        case trackID, offset, handlerType, handlerName, created, modified, mediaCreated, mediaModified, mediaTimescale,
             mediaDuration, language, width, height, matrixRotation, edits, sampleEntries, sampleCount,
             earliestPresentation, keyframeCount, h264PictureParameters
    }

    public init(trackID: UInt32? = nil, offset: Int64, handlerType: String? = nil, handlerName: String? = nil, created: BoxTime? = nil, modified: BoxTime? = nil, mediaCreated: BoxTime? = nil, mediaModified: BoxTime? = nil, mediaTimescale: UInt32? = nil, mediaDuration: UInt64? = nil, language: String? = nil, width: Double? = nil, height: Double? = nil, matrixRotation: Double? = nil, edits: [EditEntry], sampleEntries: [String], sampleCount: UInt32? = nil, h264PictureParameters: H264PictureParameters? = nil, earliestPresentation: Int64? = nil, keyframeCount: Int? = nil, keyframeSamples: [UInt32]? = nil, timeline: [TimelineEntry]? = nil) {
        self.trackID = trackID
        self.offset = offset
        self.handlerType = handlerType
        self.handlerName = handlerName
        self.created = created
        self.modified = modified
        self.mediaCreated = mediaCreated
        self.mediaModified = mediaModified
        self.mediaTimescale = mediaTimescale
        self.mediaDuration = mediaDuration
        self.language = language
        self.width = width
        self.height = height
        self.matrixRotation = matrixRotation
        self.edits = edits
        self.sampleEntries = sampleEntries
        self.sampleCount = sampleCount
        self.h264PictureParameters = h264PictureParameters
        self.earliestPresentation = earliestPresentation
        self.keyframeCount = keyframeCount
        self.keyframeSamples = keyframeSamples
        self.timeline = timeline
    }
}

/// One metadata item from `udta` atoms, `meta`/`keys`+`ilst`, or iTunes-style `ilst`.
public struct MetadataItem: Sendable, Codable, Equatable {
    /// `keys` name (`com.apple.quicktime.make`), or the atom type (`©mak`, `©xyz`, `©too`).
    public var key: String
    public var value: String
    /// `keys`, `udta` or `ilst`.
    public var source: String
    public var offset: Int64
    /// Set when the value identifies a person, a device or a place (`IdentifyingFields`).
    public var identifies: Identifies?

    public init(key: String, value: String, source: String, offset: Int64) {
        self.key = key
        self.value = value
        self.source = source
        self.offset = offset
        identifies = IdentifyingFields.item(key)
    }
}

/// An XMP packet found in the file.
public struct XMPPacket: Sendable, Codable, Equatable {
    public var offset: Int64
    public var length: Int
    /// Where it was: `uuid box`, `udta/XMP_`, `JPEG APP1`, `HEIF item`.
    public var location: String
    public var properties: [String: String]
    public var text: String
    /// The properties that identify a person, a device or a place, by name (`IdentifyingFields`).
    public var identifying: [String: Identifies]?

    public init(offset: Int64, length: Int, location: String, properties: [String: String], text: String) {
        self.offset = offset
        self.length = length
        self.location = location
        self.properties = properties
        self.text = text
        let marked = properties.keys.reduce(into: [String: Identifies]()) { out, k in if let i = IdentifyingFields.xmpProperty(k) { out[k] = i } }
        identifying = marked.isEmpty ? nil : marked
    }
}

/// Facts read from the boxes of an ISO-BMFF / QuickTime movie.
public struct MovieFacts: Sendable, Codable, Equatable {
    public var majorBrand: String?
    public var minorVersion: UInt32?
    public var compatibleBrands: [String]
    public var created: BoxTime?
    public var modified: BoxTime?
    public var timescale: UInt32?
    public var duration: UInt64?
    public var tracks: [TrackFacts]
    public var items: [MetadataItem]
    /// Order of the top-level boxes, e.g. `ftyp, wide, mdat, moov` (camera) vs `ftyp, moov, mdat` (faststart).
    public var topLevelOrder: [String]

    public func item(_ key: String) -> MetadataItem? { items.first { $0.key == key } }

    public init(majorBrand: String? = nil, minorVersion: UInt32? = nil, compatibleBrands: [String], created: BoxTime? = nil, modified: BoxTime? = nil, timescale: UInt32? = nil, duration: UInt64? = nil, tracks: [TrackFacts], items: [MetadataItem], topLevelOrder: [String]) {
        self.majorBrand = majorBrand
        self.minorVersion = minorVersion
        self.compatibleBrands = compatibleBrands
        self.created = created
        self.modified = modified
        self.timescale = timescale
        self.duration = duration
        self.tracks = tracks
        self.items = items
        self.topLevelOrder = topLevelOrder
    }
}
