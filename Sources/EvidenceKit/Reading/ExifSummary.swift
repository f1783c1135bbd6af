import MediaBridge

extension ExifReport {
    /// Builds the report from libexif's entries. `tiffHeaderOffset` locates the block in the file.
    /// `tiff` is the TIFF structure (from its "II"/"MM" header) that `block` was read from.
    init(block: ExifBlock, tiff: ArraySlice<UInt8>, tiffHeaderOffset: Int64) {
        // A value type of the model (another module): start from an empty report, then fill it in.
        self.init(byteOrder: "", tiffHeaderOffset: 0, ifds: [:], summary: ExifSummary(thumbnail: .init(present: false), makerNote: .init(present: false)))
        var ifds: [String: [ExifTag]] = [:]
        for e in block.entries {
            ifds[e.ifd, default: []].append(ExifTag(
                tag: "0x" + Self.hex4(e.tag), name: e.name, format: e.format, count: e.components,
                value: e.display.count > 512 ? String(e.display.prefix(512)) + "…" : e.display,
                identifies: IdentifyingFields.exifTag(e.tag, directory: e.ifd)))
        }
        self.byteOrder = block.bigEndian ? "big-endian (MM)" : "little-endian (II)"
        self.tiffHeaderOffset = tiffHeaderOffset
        self.ifds = ifds
        let layout = TIFFDirectory.layout(tiff)
        let pointer = layout.flatMap { l in l.thumbnailOffset.flatMap { o in l.thumbnailLength.map { (offset: o, length: $0) } } }
        self.summary = ExifSummary(block: block, thumbnailPointer: pointer, tiffHeaderOffset: tiffHeaderOffset)
        self.layout = layout
    }

    static func hex4(_ v: UInt16) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: 4 - h.count) + h
    }
}

extension ExifSummary {
    init(block: ExifBlock, thumbnailPointer: (offset: Int, length: Int)?, tiffHeaderOffset: Int64) {
        self.init(thumbnail: .init(present: false), makerNote: .init(present: false))
        func entry(_ ifd: String, _ tag: UInt16) -> ExifEntryRecord? {
            block.entries.first { $0.ifd == ifd && $0.tag == tag }
        }
        func text(_ ifd: String, _ tag: UInt16) -> String? {
            guard let e = entry(ifd, tag), !e.data.isEmpty else { return nil }
            let t = e.data.trimmedText
            return t.isEmpty ? nil : t
        }
        func integers(_ e: ExifEntryRecord) -> [UInt64] {
            let width: Int
            switch e.formatCode {
            case 1, 6, 7: width = 1 // BYTE, SBYTE, UNDEFINED
            case 3, 8: width = 2 // SHORT, SSHORT
            case 4, 9: width = 4 // LONG, SLONG
            default: return []
            }
            var r = BinaryReader(e.data, bigEndian: block.bigEndian)
            var out: [UInt64] = []
            while r.remaining >= width, let v = try? r.uint(width) { out.append(v) }
            return out
        }
        func integer(_ ifd: String, _ tag: UInt16) -> Int? {
            entry(ifd, tag).flatMap { integers($0).first }.map { Int($0) }
        }
        func rationals(_ ifd: String, _ tag: UInt16) -> [Double?] {
            guard let e = entry(ifd, tag), e.formatCode == 5 || e.formatCode == 10 else { return [] }
            var r = BinaryReader(e.data, bigEndian: block.bigEndian)
            var out: [Double?] = []
            while r.remaining >= 8, let n = try? r.u32(), let d = try? r.u32() {
                if e.formatCode == 10 {
                    out.append(d == 0 ? nil : Double(Int32(bitPattern: n)) / Double(Int32(bitPattern: d)))
                } else {
                    out.append(d == 0 ? nil : Double(n) / Double(d))
                }
            }
            return out
        }
        // IFD1 0x0201 JPEGInterchangeFormat (offset from the TIFF header), 0x0202 length.
        // libexif drops these two tags from its entries once it has loaded the thumbnail.
        let thumbOffset = integer("1st", 0x0201) ?? thumbnailPointer?.offset
        let thumbLength = integer("1st", 0x0202) ?? thumbnailPointer?.length
        thumbnail = Thumbnail(
            present: block.thumbnail != nil,
            offset: thumbOffset.map { tiffHeaderOffset + Int64($0) },
            length: block.thumbnail?.count ?? thumbLength,
            width: integer("1st", 0x0100), height: integer("1st", 0x0101))
        let note = entry("Exif", 0x927C)
        makerNote = MakerNote(present: note != nil, length: note?.data.count)
        make = text("0th", 0x010F)
        model = text("0th", 0x0110)
        software = text("0th", 0x0131)
        processingSoftware = text("0th", 0x000B)
        hostComputer = text("0th", 0x013C)
        lensModel = text("Exif", 0xA434)
        dateTimeOriginal = text("Exif", 0x9003)
        createDate = text("Exif", 0x9004)
        modifyDate = text("0th", 0x0132)
        offsetTime = text("Exif", 0x9010)
        offsetTimeOriginal = text("Exif", 0x9011)
        offsetTimeDigitized = text("Exif", 0x9012)
        subSecTime = text("Exif", 0x9290)
        subSecTimeOriginal = text("Exif", 0x9291)
        subSecTimeDigitized = text("Exif", 0x9292)
        captureTime = dateTimeOriginal.flatMap { CivilTime.isoFromExif($0, subSeconds: subSecTimeOriginal, offset: offsetTimeOriginal) }
        orientation = integer("0th", 0x0112)
        pixelWidth = integer("Exif", 0xA002)
        pixelHeight = integer("Exif", 0xA003)
        imageWidth = integer("0th", 0x0100)
        imageHeight = integer("0th", 0x0101)

        // GPS IFD: 0x0001 LatitudeRef, 0x0002 Latitude, 0x0003 LongitudeRef, 0x0004 Longitude,
        // 0x0005 AltitudeRef, 0x0006 Altitude, 0x0007 TimeStamp, 0x001D DateStamp.
        let lat = rationals("GPS", 0x0002), lon = rationals("GPS", 0x0004)
        if lat.count == 3, lon.count == 3, let la = Self.degrees(lat), let lo = Self.degrees(lon) {
            let latRef = text("GPS", 0x0001)?.uppercased(), lonRef = text("GPS", 0x0003)?.uppercased()
            var alt = rationals("GPS", 0x0006).first ?? nil
            if let a = alt, integer("GPS", 0x0005) == 1 { alt = a == 0 ? 0 : -a }
            var time: String? = nil
            let ts = rationals("GPS", 0x0007)
            if let date = text("GPS", 0x001D), ts.count == 3, let h = ts[0], let m = ts[1], let s = ts[2] {
                let secs = Int(s), frac = s - Double(secs)
                var t = date.replacingAll(":", "-") + "T" + CivilTime.pad(Int64(h), 2) + ":" + CivilTime.pad(Int64(m), 2) + ":" + CivilTime.pad(Int64(secs), 2)
                if frac > 0 { t += String(String(frac).dropFirst(1).prefix(4)) }
                time = t + "Z"
            }
            gps = GPSPosition(lat: latRef == "S" ? -la : la, lon: lonRef == "W" ? -lo : lo, altitude: alt, time: time, source: "EXIF GPS IFD")
        }

    }

    static func degrees(_ dms: [Double?]) -> Double? {
        guard let d = dms[0] else { return nil }
        return d + (dms[1] ?? 0) / 60 + (dms[2] ?? 0) / 3600
    }
}

extension ExifReport {
    /// The report for a bare TIFF block (from its "II"/"MM" header), as a JPEG's APP1 or a HEIF `Exif` item holds
    /// it after its prefix: libexif's entries, our directory layout and the summary. nil when libexif cannot read it.
    /// (The fuzz target `FuzzTIFF` enters here.)
    public static func parse(tiff: [UInt8]) -> ExifReport? {
        guard let block = try? ExifReader.read(Array("Exif\0\0".utf8) + tiff) else { return nil }
        return ExifReport(block: block, tiff: tiff[...], tiffHeaderOffset: 0)
    }

    /// Our TIFF directory reader alone (IFD0, IFD1, Exif, GPS, Interop; value order, thumbnail pointer).
    public static func layout(tiff: [UInt8]) -> ExifLayout? { TIFFDirectory.layout(tiff[...]) }
}
