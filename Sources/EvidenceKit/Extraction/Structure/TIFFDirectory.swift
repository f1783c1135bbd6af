/// Minimal reader of TIFF image file directories (TIFF 6.0 §2; EXIF 2.32 §4.6.2), used for the
/// one thing libexif does not hand back: where IFD1's JPEG thumbnail pointer points. libexif
/// consumes tags 0x0201/0x0202 when it loads the thumbnail, so their values are read here.
enum TIFFDirectory {
    /// `(offset from the TIFF header, length)` of the IFD1 thumbnail, from JPEGInterchangeFormat
    /// (0x0201) and JPEGInterchangeFormatLength (0x0202). Bounded: IFD counts and offsets are checked.
    static func thumbnailPointer(_ tiff: ArraySlice<UInt8>) -> (offset: Int, length: Int)? {
        let t = Array(tiff)
        guard t.count >= 8 else { return nil }
        let big: Bool
        if t[0] == 0x4D && t[1] == 0x4D { big = true } else if t[0] == 0x49 && t[1] == 0x49 { big = false } else { return nil }
        var r = BinaryReader(t, at: 4, bigEndian: big)
        guard let ifd0 = try? r.u32(), Int(ifd0) + 2 <= t.count else { return nil }
        // skip IFD0 to find the next-IFD offset
        r.position = Int(ifd0)
        guard let count0 = try? r.u16(), (try? r.skip(Int(count0) * 12)) != nil, let ifd1 = try? r.u32(), ifd1 != 0,
              Int(ifd1) + 2 <= t.count, ifd1 != ifd0 else { return nil }
        r.position = Int(ifd1)
        guard let count1 = try? r.u16(), count1 < 1000 else { return nil }
        var offset: Int? = nil, length: Int? = nil
        for _ in 0..<count1 {
            guard let tag = try? r.u16(), let type = try? r.u16(), (try? r.skip(4)) != nil else { return nil }
            let value: Int?
            if type == 4 { value = (try? r.u32()).map(Int.init) } else if type == 3 {
                value = (try? r.u16()).map(Int.init)
                _ = try? r.skip(2)
            } else { _ = try? r.skip(4); value = nil }
            if tag == 0x0201 { offset = value }
            if tag == 0x0202 { length = value }
        }
        guard let offset, let length else { return nil }
        return (offset, length)
    }
}
