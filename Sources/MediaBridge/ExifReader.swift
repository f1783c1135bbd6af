internal import CExif

/// One EXIF entry copied out of libexif: the raw bytes as stored plus libexif's rendering.
public struct ExifEntryRecord: Sendable {
    /// IFD name: `0th`, `Exif`, `GPS`, `Interoperability`, `1st` (the thumbnail IFD).
    public var ifd: String
    public var tag: UInt16
    /// libexif's name for the tag in this IFD, `nil` for tags it does not know.
    public var name: String?
    /// TIFF field type name (`ASCII`, `Short`, `Rational`, …).
    public var format: String
    public var formatCode: UInt16
    public var components: Int
    /// The value bytes exactly as stored (in `ExifBlock.bigEndian` byte order).
    public var data: [UInt8]
    /// libexif's human-readable rendering (`exif_entry_get_value`).
    public var display: String
}

/// A parsed EXIF (TIFF) structure.
public struct ExifBlock: Sendable {
    public var bigEndian: Bool
    public var entries: [ExifEntryRecord]
    /// The JPEG thumbnail bytes of IFD1, when present.
    public var thumbnail: [UInt8]?
}

/// Reads EXIF with libexif (exif.org; EXIF 2.32 / CIPA DC-008).
///
/// libexif by default "fixes" data to follow the specification — it adds mandatory tags that are
/// missing and drops unknown ones. A forensic reader must see what the file holds, so both options
/// are switched off before loading.
public enum ExifReader {
    static let ifdNames = ["0th", "1st", "Exif", "GPS", "Interoperability"] // EXIF_IFD_0, _1, _EXIF, _GPS, _INTEROPERABILITY

    /// `bytes` starts with the `Exif\0\0` header followed by the TIFF header.
    public static func read(_ bytes: [UInt8]) throws(MediaBridgeError) -> ExifBlock {
        guard bytes.count >= 14 else { throw .exifUnparseable(reason: "only \(bytes.count) bytes") }
        guard let data = exif_data_new() else { throw .exifUnparseable(reason: "libexif could not allocate") }
        defer { exif_data_unref(data) }
        exif_data_unset_option(data, EXIF_DATA_OPTION_IGNORE_UNKNOWN_TAGS)
        exif_data_unset_option(data, EXIF_DATA_OPTION_FOLLOW_SPECIFICATION)
        exif_data_set_option(data, EXIF_DATA_OPTION_DONT_CHANGE_MAKER_NOTE)
        bytes.withUnsafeBufferPointer { exif_data_load_data(data, $0.baseAddress, UInt32($0.count)) }

        let order = exif_data_get_byte_order(data)
        var entries: [ExifEntryRecord] = []
        var text = [CChar](repeating: 0, count: 1024)
        for (index, ifdName) in ifdNames.enumerated() {
            guard let content = evk_exif_ifd(data, Int32(index)) else { continue }
            let ifd = ExifIfd(rawValue: UInt32(index))
            for i in 0..<content.pointee.count {
                guard let e = evk_exif_entry(content, i) else { continue }
                let entry = e.pointee
                let size = Int(entry.size)
                let raw: [UInt8] = size > 0 && entry.data != nil
                    ? Array(UnsafeBufferPointer(start: entry.data, count: size)) : []
                text[0] = 0
                exif_entry_get_value(e, &text, UInt32(text.count))
                var display = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                // libexif reports its own failures to render a value as text ("Internal error (unknown value
                // 46784)"): never show that as the file's value; show the stored numbers instead.
                if display.hasPrefix("Internal error") {
                    display = rawRendering(raw, format: UInt16(entry.format.rawValue), bigEndian: order == EXIF_BYTE_ORDER_MOTOROLA)
                }
                entries.append(ExifEntryRecord(
                    ifd: ifdName,
                    tag: UInt16(entry.tag.rawValue),
                    name: exif_tag_get_name_in_ifd(entry.tag, ifd).map { String(cString: $0) },
                    format: exif_format_get_name(entry.format).map { String(cString: $0) } ?? "Unknown",
                    formatCode: UInt16(entry.format.rawValue),
                    components: Int(entry.components),
                    data: raw,
                    display: display))
            }
        }
        guard !entries.isEmpty else { throw .exifUnparseable(reason: "no IFD entries could be read") }
        var thumbnail: [UInt8]? = nil
        if let t = data.pointee.data, data.pointee.size > 0 {
            thumbnail = Array(UnsafeBufferPointer(start: t, count: Int(data.pointee.size)))
        }
        return ExifBlock(bigEndian: order == EXIF_BYTE_ORDER_MOTOROLA, entries: entries, thumbnail: thumbnail)
    }

    /// The stored value as numbers (SHORT, LONG) or hexadecimal bytes, with a note that EXIF defines no
    /// meaning for it, for values libexif cannot render.
    static func rawRendering(_ data: [UInt8], format: UInt16, bigEndian: Bool) -> String {
        func unsigned(_ bytes: ArraySlice<UInt8>) -> UInt64 {
            let ordered = bigEndian ? Array(bytes) : bytes.reversed()
            return ordered.reduce(0) { $0 << 8 | UInt64($1) }
        }
        let width = format == 3 ? 2 : format == 4 ? 4 : 0
        let text: String
        if width > 0, !data.isEmpty, data.count % width == 0 {
            text = stride(from: 0, to: data.count, by: width).map { String(unsigned(data[$0..<$0 + width])) }.joined(separator: " ")
        } else {
            text = "0x" + data.prefix(64).map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        }
        return text + " (a value EXIF defines no meaning for)"
    }
}
