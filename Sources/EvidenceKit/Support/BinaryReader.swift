/// Reads big- or little-endian integers from a byte array, never past its end.
struct BinaryReader {
    struct OutOfBounds: Error {}
    let bytes: [UInt8]
    var position: Int
    var bigEndian = true

    init(_ bytes: [UInt8], at position: Int = 0, bigEndian: Bool = true) {
        self.bytes = bytes
        self.position = position
        self.bigEndian = bigEndian
    }

    var remaining: Int { bytes.count - position }

    mutating func skip(_ n: Int) throws {
        guard n >= 0, remaining >= n else { throw OutOfBounds() }
        position += n
    }

    mutating func take(_ n: Int) throws -> ArraySlice<UInt8> {
        guard n >= 0, remaining >= n else { throw OutOfBounds() }
        defer { position += n }
        return bytes[position..<position + n]
    }

    mutating func uint(_ width: Int) throws -> UInt64 {
        let s = try take(width)
        var v: UInt64 = 0
        if bigEndian {
            for b in s { v = v << 8 | UInt64(b) }
        } else {
            for b in s.reversed() { v = v << 8 | UInt64(b) }
        }
        return v
    }

    mutating func u8() throws -> UInt8 { UInt8(try uint(1)) }
    mutating func u16() throws -> UInt16 { UInt16(try uint(2)) }
    mutating func u32() throws -> UInt32 { UInt32(try uint(4)) }
    mutating func u64() throws -> UInt64 { try uint(8) }
    mutating func i32() throws -> Int32 { Int32(bitPattern: try u32()) }
    mutating func i64() throws -> Int64 { Int64(bitPattern: try u64()) }
    mutating func i16() throws -> Int16 { Int16(bitPattern: try u16()) }

    mutating func fourCC() throws -> String { FourCC.string(try take(4)) }

    /// A NUL-terminated string (UTF-8, invalid bytes replaced); consumes the NUL if present.
    mutating func cString(max: Int = 4096) throws -> String {
        let end = bytes[position..<min(bytes.count, position + max)].firstIndex(of: 0) ?? min(bytes.count, position + max)
        let s = String(decoding: bytes[position..<end], as: UTF8.self)
        position = min(bytes.count, end + 1)
        return s
    }
}

/// Four-character codes as text: printable ASCII as is, `©` (0xA9) kept, anything else escaped.
enum FourCC {
    static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var out = ""
        for b in bytes {
            if b == 0xA9 { out += "©" } else if b >= 0x20 && b < 0x7F { out.append(Character(Unicode.Scalar(b))) } else {
                out += "\\x" + (b < 16 ? "0" : "") + String(b, radix: 16)
            }
        }
        return out
    }

    /// Whether four bytes plausibly form a box type: printable ASCII or ©; ISO-BMFF item
    /// references in `ilst` are 32-bit integers and are accepted separately by the caller.
    static func isPlausible<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        bytes.count == 4 && bytes.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0xA9 }
    }
}

extension Array where Element == UInt8 {
    /// Printable ASCII text, trimmed of trailing NULs and spaces (how EXIF and QuickTime store text).
    var trimmedText: String {
        var end = count
        while end > 0 && (self[end - 1] == 0 || self[end - 1] == 0x20) { end -= 1 }
        var start = 0
        while start < end && self[start] == 0x20 { start += 1 }
        return String(decoding: self[start..<end], as: UTF8.self)
    }
}
