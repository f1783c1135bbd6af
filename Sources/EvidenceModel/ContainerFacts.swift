/// Matroska and HEIF facts as values (read by `EBMLReader` and `HEIFItemReader` in EvidenceKit).

/// What a Matroska or WebM file says about itself (RFC 8794 EBML; RFC 9559 Matroska): its DocType, the
/// Segment Info's MuxingApp and WritingApp (mandatory: every writer names itself), DateUTC, the tracks'
/// codecs, and whether its elements account for every byte of the file.
public struct MatroskaFacts: Sendable, Codable, Equatable {
    /// `matroska` or `webm` (EBML header DocType, 0x4282).
    public var docType: String?
    public var docTypeVersion: UInt64?
    /// The library that muxed the file (0x4D80), e.g. `libebml v1.4.4 + libmatroska v1.7.1`, `Lavf59.27.100`.
    public var muxingApp: String?
    public var muxingAppOffset: Int64?
    /// The application that wrote it (0x5741), e.g. `mkvmerge v74.0.0 ('You Oughta Know') 64-bit`.
    public var writingApp: String?
    public var writingAppOffset: Int64?
    /// DateUTC (0x4461): when the file was written, as ISO 8601 UTC.
    public var dateUTC: String?
    public var title: String?
    /// Track codec IDs in order (`V_MPEG4/ISO/AVC`, `V_MPEGH/ISO/HEVC`, `A_AAC`…).
    public var codecIDs: [String]
    /// Top-level children of the Segment, in order (SeekHead, Info, Tracks, Cluster…, Cues, Tags), with
    /// consecutive Clusters folded into one entry.
    public var segmentChildren: [String]
    public var clusters: Int

    public init(docType: String? = nil, docTypeVersion: UInt64? = nil, muxingApp: String? = nil, muxingAppOffset: Int64? = nil, writingApp: String? = nil, writingAppOffset: Int64? = nil, dateUTC: String? = nil, title: String? = nil, codecIDs: [String], segmentChildren: [String], clusters: Int) {
        self.docType = docType
        self.docTypeVersion = docTypeVersion
        self.muxingApp = muxingApp
        self.muxingAppOffset = muxingAppOffset
        self.writingApp = writingApp
        self.writingAppOffset = writingAppOffset
        self.dateUTC = dateUTC
        self.title = title
        self.codecIDs = codecIDs
        self.segmentChildren = segmentChildren
        self.clusters = clusters
    }
}

/// One item of a HEIF file (ISO/IEC 23008-12 §9; ISO/IEC 14496-12 §8.11 `iinf`/`iloc`).
public struct HEIFItem: Sendable, Codable, Equatable {
    public var id: UInt32
    /// `hvc1`, `grid`, `Exif`, `mime`, `iden`, `iovl`, `av01`, `jpeg`, …
    public var type: String
    public var name: String?
    public var contentType: String?
    public var hidden: Bool
    /// Where the item's bytes are: absolute file offsets (construction method 0) or offsets into
    /// `idat` converted to file offsets (method 1).
    public var extents: [Extent]
    public var width: UInt32?
    public var height: UInt32?
    /// Rotation from `irot`, degrees counter-clockwise.
    public var rotation: Int?
    /// The item this one is a thumbnail of (`iref` type `thmb`).
    public var thumbnailOf: UInt32? = nil
    /// File offset of the `ispe` property box that gives `width` × `height`.
    public var sizeOffset: Int64? = nil
    /// Mirroring from `imir`: 0 about a vertical axis (left and right swap), 1 about a horizontal axis.
    public var mirror: Int? = nil
    /// Where the item's decoder configuration (`hvcC`, `av1C`, … property payload) is in the file.
    public var decoderConfiguration: Extent? = nil
    /// The items a derived image is made of (`iref` type `dimg`), in order: a grid's tiles row by row.
    public var tiles: [UInt32]? = nil

    public struct Extent: Sendable, Codable, Equatable {
        public var offset: Int64
        public var length: Int64
        public init(offset: Int64, length: Int64) {
            self.offset = offset
            self.length = length
        }
    }

    public init(id: UInt32, type: String, name: String? = nil, contentType: String? = nil, hidden: Bool, extents: [Extent], width: UInt32? = nil, height: UInt32? = nil, rotation: Int? = nil, thumbnailOf: UInt32? = nil, sizeOffset: Int64? = nil) {
        self.id = id
        self.type = type
        self.name = name
        self.contentType = contentType
        self.hidden = hidden
        self.extents = extents
        self.width = width
        self.height = height
        self.rotation = rotation
        self.thumbnailOf = thumbnailOf
        self.sizeOffset = sizeOffset
    }
}

/// The item table of a HEIF/HEIC still image.
public struct HEIFFacts: Sendable, Codable, Equatable {
    public var primaryItem: UInt32?
    public var items: [HEIFItem]
    public var notes: [StructureNote]

    public var primary: HEIFItem? { items.first { $0.id == primaryItem } }
    public var exifItem: HEIFItem? { items.first { $0.type == "Exif" } }
    /// The primary image's first thumbnail item.
    public var thumbnail: HEIFItem? { primaryItem.flatMap { p in items.first { $0.thumbnailOf == p } } }
    public var xmpItems: [HEIFItem] {
        items.filter { $0.type == "mime" && ($0.contentType ?? "").contains("rdf+xml") }
    }

    public init(primaryItem: UInt32? = nil, items: [HEIFItem], notes: [StructureNote]) {
        self.primaryItem = primaryItem
        self.items = items
        self.notes = notes
    }
}
