/// A JPEG's segments and tables as values (read by `JPEGMarkerWalker` in EvidenceKit).

// Over 300 lines: the segment model types (segments, frame header, tables, trailer, Adobe, ICC) and the one
// walker that fills them (ITU-T T.81 Annex B) belong together; each type is small.
/// One JPEG marker segment (ITU-T T.81 Annex B; EXIF/JFIF/XMP application segments).
public struct JPEGSegment: Sendable, Codable, Equatable {
    /// Marker name: `SOI`, `APP1`, `DQT`, `SOF0`, `DHT`, `SOS`, `EOI`, …
    public var marker: String
    public var code: UInt8
    /// Offset of the 0xFF marker byte.
    public var offset: Int64
    /// Bytes of the segment including the 2 marker bytes (for SOS: header only).
    public var length: Int
    /// For APPn/COM: the identifier string at the start of the payload (`Exif`, `JFIF`,
    /// `http://ns.adobe.com/xap/1.0/`, `MPF`, `ICC_PROFILE`, `Photoshop 3.0`, `Adobe`, …).
    public var identifier: String?
    /// For SOS: bytes of entropy-coded data that follow the header, up to the next marker.
    public var scanDataLength: Int64?
    /// For APPn: how many zero bytes end the payload, when some do (a writer reserving room: Apple's
    /// camera pads its Exif segment to a 4096-byte boundary).
    public var zeroPadding: Int? = nil

    public init(marker: String, code: UInt8, offset: Int64, length: Int, identifier: String? = nil, scanDataLength: Int64? = nil, zeroPadding: Int? = nil) {
        self.marker = marker
        self.code = code
        self.offset = offset
        self.length = length
        self.identifier = identifier
        self.scanDataLength = scanDataLength
        self.zeroPadding = zeroPadding
    }
}

/// The frame header (SOFn).
public struct JPEGFrame: Sendable, Codable, Equatable {
    public var process: String
    public var precision: Int
    public var width: Int
    public var height: Int
    public var components: Int
    /// Sampling factors per component as `HxV`, e.g. `["2x2","1x1","1x1"]` for 4:2:0.
    public var sampling: [String]

    public init(process: String, precision: Int, width: Int, height: Int, components: Int, sampling: [String]) {
        self.process = process
        self.precision = precision
        self.width = width
        self.height = height
        self.components = components
        self.sampling = sampling
    }
}

/// The APP14 "Adobe" segment (Adobe Technical Note 5116, "Supporting the DCT Filters in PostScript
/// Level 2", §18): written by Adobe's DCT encoder in every JPEG it saves, and by libjpeg only when asked to
/// (always for CMYK and YCCK pictures), with both flag words zero.
public struct AdobeMarker: Sendable, Codable, Equatable {
    /// Offset of the segment's marker.
    public var offset: Int64
    public var version: Int
    /// The two flag words; Adobe's encoder sets bits in the first (Photoshop 0xC000, Lightroom 0x4000 in the
    /// corpus), libjpeg writes zero.
    public var flags0: Int
    public var flags1: Int
    /// Colour transform: 0 none (RGB or CMYK), 1 YCbCr, 2 YCCK.
    public var transform: Int

    public init(offset: Int64, version: Int, flags0: Int, flags1: Int, transform: Int) {
        self.offset = offset
        self.version = version
        self.flags0 = flags0
        self.flags1 = flags1
        self.transform = transform
    }
}

/// Bytes after the EOI marker of the primary image.
public struct JPEGTrailer: Sendable, Codable, Equatable {
    public var offset: Int64
    public var length: Int64
    /// What the bytes look like: `zero padding` (also `… ending with an EOI marker`, as the OnePlus 8
    /// writes), `embedded JPEG images (MPF or appended)`, `Samsung SEF trailer`,
    /// `unidentified data`.
    public var kind: String
    /// Offsets of further SOI markers (FFD8FF) found in the trailer.
    public var embeddedImageOffsets: [Int64]

    public init(offset: Int64, length: Int64, kind: String, embeddedImageOffsets: [Int64]) {
        self.offset = offset
        self.length = length
        self.kind = kind
        self.embeddedImageOffsets = embeddedImageOffsets
    }
}

/// One quantisation table (DQT, ITU-T T.81 §B.2.4.1), in natural (row-major) order.
public struct QuantizationTable: Sendable, Codable, Equatable {
    /// Table slot 0–3 (0 is usually luminance, 1 chrominance).
    public var id: Int
    public var precision: Int
    public var values: [Int]
    /// The IJG (libjpeg) quality whose scaled standard table is closest, and whether it matches exactly.
    public var ijgQuality: Int?
    public var ijgExact: Bool

    public init(id: Int, precision: Int, values: [Int], ijgQuality: Int? = nil, ijgExact: Bool) {
        self.id = id
        self.precision = precision
        self.values = values
        self.ijgQuality = ijgQuality
        self.ijgExact = ijgExact
    }
}

/// One Huffman table (DHT, ITU-T T.81 §B.2.4.2): class 0 = DC, 1 = AC.
public struct HuffmanTableInfo: Sendable, Codable, Equatable {
    public var tableClass: Int
    public var id: Int
    /// Number of codes of each length 1…16.
    public var codeLengthCounts: [Int]
    /// The counts are those of the example tables of T.81 Annex K.3 (what camera encoders and libjpeg
    /// use by default); optimised tables (jpegtran -optimize, Photoshop, ImageMagick) differ.
    public var annexK: Bool

    public init(tableClass: Int, id: Int, codeLengthCounts: [Int], annexK: Bool) {
        self.tableClass = tableClass
        self.id = id
        self.codeLengthCounts = codeLengthCounts
        self.annexK = annexK
    }
}

public struct JPEGStructure: Sendable, Codable, Equatable {
    public var segments: [JPEGSegment]
    public var frame: JPEGFrame?
    public var quantizationTables: [QuantizationTable]?
    public var huffmanTables: [HuffmanTableInfo]? = nil
    /// The embedded ICC profile's identifying fields (first APP2 ICC_PROFILE chunk).
    public var iccProfile: ICCProfileHeader? = nil
    /// The first APP14 "Adobe" segment's fields.
    public var adobe: AdobeMarker? = nil
    public var trailer: JPEGTrailer?
    public var coverage: Coverage
    public var notes: [StructureNote]

    /// The first APPn segment whose identifier equals `identifier`.
    public func segment(_ marker: String, identifier: String? = nil) -> JPEGSegment? {
        segments.first { $0.marker == marker && (identifier == nil || $0.identifier == identifier) }
    }

    public init(segments: [JPEGSegment], frame: JPEGFrame? = nil, quantizationTables: [QuantizationTable]? = nil, huffmanTables: [HuffmanTableInfo]? = nil, iccProfile: ICCProfileHeader? = nil, adobe: AdobeMarker? = nil, trailer: JPEGTrailer? = nil, coverage: Coverage, notes: [StructureNote]) {
        self.segments = segments
        self.frame = frame
        self.quantizationTables = quantizationTables
        self.huffmanTables = huffmanTables
        self.iccProfile = iccProfile
        self.adobe = adobe
        self.trailer = trailer
        self.coverage = coverage
        self.notes = notes
    }
}
