/// Minimal reader of TIFF image file directories (TIFF 6.0 §2; EXIF 2.32 §4.6.2) for what libexif does
/// not hand back: the layout of the block, and where IFD1's JPEG thumbnail pointer points (libexif
/// consumes tags 0x0201/0x0202 when it loads the thumbnail, so their values are read here).
enum TIFFDirectory {
    static let typeSizes: [UInt16: Int] = [1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8]

    /// The layout of a TIFF block: IFD0 and IFD1, and the Exif, GPS and Interop directories they point to,
    /// with IFD1's thumbnail pointer. Bounded: at most 8 directories of at most 1000 entries, each visited once.
    static func layout(_ tiff: ArraySlice<UInt8>) -> ExifLayout? {
        let t = Array(tiff)
        guard t.count >= 8 else { return nil }
        let big: Bool
        if t[0] == 0x4D && t[1] == 0x4D { big = true } else if t[0] == 0x49 && t[1] == 0x49 { big = false } else { return nil }
        var r = BinaryReader(t, at: 4, bigEndian: big)
        guard let first = try? r.u32() else { return nil }
        var directories: [(dir: ExifLayout.Directory, values: [(tag: UInt16, offset: Int)])] = []
        var unaligned = 0
        var thumbnail: (offset: Int?, length: Int?) = (nil, nil)
        var rationals: [ExifLayout.StoredRational] = []
        var pending: [(name: String, offset: Int)] = [("IFD0", Int(first))]
        var visited = Set<Int>()
        while let (name, offset) = pending.first, directories.count < 8 {
            pending.removeFirst()
            guard offset >= 8, offset + 2 <= t.count, visited.insert(offset).inserted else { continue }
            r.position = offset
            guard let count = try? r.u16(), count < 1000, offset + 2 + Int(count) * 12 <= t.count else { continue }
            var values: [(tag: UInt16, offset: Int)] = []
            for _ in 0..<Int(count) {
                guard let tag = try? r.u16(), let type = try? r.u16(), let n = try? r.u32(), let field = try? r.u32() else { break }
                let size = (Self.typeSizes[type] ?? 1) * Int(n)
                if name == "IFD1", tag == 0x0201 || tag == 0x0202, n == 1, type == 3 || type == 4 {
                    // A SHORT sits in the first two bytes of the field, whatever the byte order.
                    let value = Int(type == 4 ? field : (big ? field >> 16 : field & 0xFFFF))
                    if tag == 0x0201 { thumbnail.offset = value } else { thumbnail.length = value }
                }
                if name == "GPS", type == 5, n >= 1, n <= 8, Int(field) + size <= t.count, rationals.count < 32 {
                    var v = BinaryReader(t, at: Int(field), bigEndian: big)
                    var nums: [UInt32] = [], dens: [UInt32] = []
                    for _ in 0..<Int(n) {
                        guard let a = try? v.u32(), let b = try? v.u32() else { break }
                        nums.append(a)
                        dens.append(b)
                    }
                    rationals.append(.init(tag: "0x" + ExifReport.hex4(tag), offset: Int(field), numerators: nums, denominators: dens))
                }
                if size > 4, Int(field) < t.count {
                    values.append((tag, Int(field)))
                    if field % 2 == 1 { unaligned += 1 }
                }
                switch tag {
                case 0x8769: pending.append(("Exif", Int(field)))
                case 0x8825: pending.append(("GPS", Int(field)))
                case 0xA005: pending.append(("Interop", Int(field)))
                default: break
                }
            }
            if name == "IFD0", let next = try? r.u32(), next != 0 { pending.append(("IFD1", Int(next))) }
            let stored = values.sorted { $0.offset < $1.offset }
            directories.append((ExifLayout.Directory(name: name, offset: offset, entries: Int(count),
                                                     valueOrder: stored.map { "0x" + ExifReport.hex4($0.tag) }), values))
        }
        guard !directories.isEmpty else { return nil }
        return ExifLayout(directories: directories.sorted { $0.dir.offset < $1.dir.offset }.map(\.dir), unalignedValues: unaligned,
                          thumbnailOffset: thumbnail.offset, thumbnailLength: thumbnail.length,
                          gpsRationals: rationals.isEmpty ? nil : rationals)
    }
}
