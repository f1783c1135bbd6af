/// EXIF as values (read with libexif and `TIFFDirectory` in EvidenceKit).

/// One EXIF tag for display and JSON: number, libexif's name, type, count, rendered value.
public struct ExifTag: Sendable, Codable, Equatable {
    public var tag: String
    public var name: String?
    public var format: String
    public var count: Int
    public var value: String
    /// Set when the value identifies a person, a device or a place (`IdentifyingFields`).
    public var identifies: Identifies?

    public init(tag: String, name: String? = nil, format: String, count: Int, value: String, identifies: Identifies? = nil) {
        self.tag = tag
        self.name = name
        self.format = format
        self.count = count
        self.value = value
        self.identifies = identifies
    }
}

/// GPS position in decimal degrees (south and west negative, from the Ref tags).
public struct GPSPosition: Sendable, Codable, Equatable {
    public var lat: Double
    public var lon: Double
    public var altitude: Double?
    /// GPS clock time (UTC) when the file records it: EXIF GPSDateStamp + GPSTimeStamp.
    public var time: String?
    /// Where it came from: `EXIF GPS IFD`, `com.apple.quicktime.location.ISO6709`, `udta ©xyz`.
    public var source: String

    public init(lat: Double, lon: Double, altitude: Double? = nil, time: String? = nil, source: String) {
        self.lat = lat
        self.lon = lon
        self.altitude = altitude
        self.time = time
        self.source = source
    }
}

/// Normalised EXIF fields an officer asks about first (EXIF 2.32, CIPA DC-008 tag numbers).
public struct ExifSummary: Sendable, Codable, Equatable {
    public var make: String?
    public var model: String?
    public var software: String?
    public var processingSoftware: String?
    public var hostComputer: String?
    public var lensModel: String?
    /// 0x9003, 0x9004 (CreateDate), 0x0132 (ModifyDate), as stored (`YYYY:MM:DD HH:MM:SS`).
    public var dateTimeOriginal: String?
    public var createDate: String?
    public var modifyDate: String?
    /// 0x9010–0x9012 OffsetTime, OffsetTimeOriginal, OffsetTimeDigitized.
    public var offsetTime: String?
    public var offsetTimeOriginal: String?
    public var offsetTimeDigitized: String?
    /// 0x9290–0x9292 SubSecTime, SubSecTimeOriginal, SubSecTimeDigitized.
    public var subSecTime: String?
    public var subSecTimeOriginal: String?
    public var subSecTimeDigitized: String?
    /// DateTimeOriginal as ISO-8601 with sub-seconds and offset when the file states them.
    public var captureTime: String?
    public var gps: GPSPosition?
    public var orientation: Int?
    /// 0xA002/0xA003 PixelXDimension/PixelYDimension (Exif IFD).
    public var pixelWidth: Int?
    public var pixelHeight: Int?
    /// 0x0100/0x0101 ImageWidth/ImageLength (0th IFD).
    public var imageWidth: Int?
    public var imageHeight: Int?
    public var thumbnail: Thumbnail
    public var makerNote: MakerNote

    public struct Thumbnail: Sendable, Codable, Equatable {
        public var present: Bool
        /// File offset of the thumbnail JPEG (TIFF offset of JPEGInterchangeFormat + TIFF header offset).
        public var offset: Int64?
        public var length: Int?
        public var width: Int?
        public var height: Int?
        public init(present: Bool, offset: Int64? = nil, length: Int? = nil, width: Int? = nil, height: Int? = nil) {
            self.present = present
            self.offset = offset
            self.length = length
            self.width = width
            self.height = height
        }
    }
    public struct MakerNote: Sendable, Codable, Equatable {
        public var present: Bool
        public var length: Int?
        public init(present: Bool, length: Int? = nil) {
            self.present = present
            self.length = length
        }
    }

    public init(make: String? = nil, model: String? = nil, software: String? = nil, processingSoftware: String? = nil, hostComputer: String? = nil, lensModel: String? = nil, dateTimeOriginal: String? = nil, createDate: String? = nil, modifyDate: String? = nil, offsetTime: String? = nil, offsetTimeOriginal: String? = nil, offsetTimeDigitized: String? = nil, subSecTime: String? = nil, subSecTimeOriginal: String? = nil, subSecTimeDigitized: String? = nil, captureTime: String? = nil, gps: GPSPosition? = nil, orientation: Int? = nil, pixelWidth: Int? = nil, pixelHeight: Int? = nil, imageWidth: Int? = nil, imageHeight: Int? = nil, thumbnail: Thumbnail, makerNote: MakerNote) {
        self.make = make
        self.model = model
        self.software = software
        self.processingSoftware = processingSoftware
        self.hostComputer = hostComputer
        self.lensModel = lensModel
        self.dateTimeOriginal = dateTimeOriginal
        self.createDate = createDate
        self.modifyDate = modifyDate
        self.offsetTime = offsetTime
        self.offsetTimeOriginal = offsetTimeOriginal
        self.offsetTimeDigitized = offsetTimeDigitized
        self.subSecTime = subSecTime
        self.subSecTimeOriginal = subSecTimeOriginal
        self.subSecTimeDigitized = subSecTimeDigitized
        self.captureTime = captureTime
        self.gps = gps
        self.orientation = orientation
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
        self.thumbnail = thumbnail
        self.makerNote = makerNote
    }
}

/// The full EXIF report: every tag by IFD, plus the summary.
public struct ExifReport: Sendable, Codable, Equatable {
    public var byteOrder: String
    /// File offset of the TIFF header ("II*\0" or "MM\0*"); all EXIF offsets count from here.
    public var tiffHeaderOffset: Int64
    public var ifds: [String: [ExifTag]]
    public var summary: ExifSummary
    /// Where the directories and their values are stored (nil when the TIFF header cannot be read).
    public var layout: ExifLayout? = nil

    public init(byteOrder: String, tiffHeaderOffset: Int64, ifds: [String: [ExifTag]], summary: ExifSummary, layout: ExifLayout? = nil) {
        self.byteOrder = byteOrder
        self.tiffHeaderOffset = tiffHeaderOffset
        self.ifds = ifds
        self.summary = summary
        self.layout = layout
    }
}

/// How an EXIF (TIFF) block is laid out: which directories it has, where, and in what order each one
/// stores the values too large for its entries. Writers differ here (Kee, Johnson & Farid used the
/// EXIF layout as part of a camera's signature): camera firmware writes values in its own order, often
/// unpadded; TIFF rewriters (ExifTool, Android ExifInterface, Adobe's XMP toolkit) write them in tag
/// order on word boundaries.
public struct ExifLayout: Sendable, Codable, Equatable {
    public struct Directory: Sendable, Codable, Equatable {
        /// `IFD0`, `Exif`, `GPS`, `Interop`, `IFD1`.
        public var name: String
        /// Offset from the TIFF header.
        public var offset: Int
        public var entries: Int
        /// Tags (`0x829a`) of the values stored outside the entries, in the order they are stored.
        public var valueOrder: [String]
        /// Whether those values are stored in ascending tag order.
        public var valuesInTagOrder: Bool { valueOrder == valueOrder.sorted() }
        public init(name: String, offset: Int, entries: Int, valueOrder: [String]) {
            self.name = name
            self.offset = offset
            self.entries = entries
            self.valueOrder = valueOrder
        }
    }
    /// Directories in the order they are stored.
    public var directories: [Directory]
    /// Values stored at odd offsets (the TIFF specification asks for word boundaries; some firmware ignores it).
    public var unalignedValues: Int
    /// `(offset from the TIFF header, length)` of the IFD1 thumbnail, from JPEGInterchangeFormat (0x0201)
    /// and JPEGInterchangeFormatLength (0x0202); libexif drops those tags once it loads the thumbnail.
    public var thumbnailOffset: Int? = nil
    public var thumbnailLength: Int? = nil
    /// The GPS directory's RATIONAL values as stored (numerator, denominator): libexif hands back only a
    /// formatted decimal, while how a writer turns degrees into fractions (camera firmware: whole degrees
    /// and minutes over 1, seconds over a power of ten; float converters: reduced fractions such as
    /// 68266/1601) is a trace of the writer.
    public var gpsRationals: [StoredRational]? = nil

    /// One RATIONAL tag's stored fractions and where they are.
    public struct StoredRational: Sendable, Codable, Equatable {
        /// `0x0002` (GPSLatitude), `0x0004` (GPSLongitude), `0x0006` (GPSAltitude), `0x0007` (GPSTimeStamp), …
        public var tag: String
        /// Offset of the values from the TIFF header.
        public var offset: Int
        public var numerators: [UInt32]
        public var denominators: [UInt32]
        public init(tag: String, offset: Int, numerators: [UInt32], denominators: [UInt32]) {
            self.tag = tag
            self.offset = offset
            self.numerators = numerators
            self.denominators = denominators
        }
    }

    public func directory(_ name: String) -> Directory? { directories.first { $0.name == name } }

    public init(directories: [Directory], unalignedValues: Int, thumbnailOffset: Int? = nil, thumbnailLength: Int? = nil, gpsRationals: [StoredRational]? = nil) {
        self.directories = directories
        self.unalignedValues = unalignedValues
        self.thumbnailOffset = thumbnailOffset
        self.thumbnailLength = thumbnailLength
        self.gpsRationals = gpsRationals
    }
}
