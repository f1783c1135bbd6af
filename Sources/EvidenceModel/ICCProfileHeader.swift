/// The identifying fields of an embedded ICC profile (ICC.1:2010 §7.2 header, §9.2 `desc` tag): who
/// made it tells a camera's own profile (Apple "Display P3", Samsung) from the one desktop editors embed
/// (the 1998 HP/Linotronic "sRGB IEC61966-2.1").
public struct ICCProfileHeader: Sendable, Codable, Equatable {
    /// Preferred CMM type (bytes 4–7), profile creator (80–83), device manufacturer (48–51): four-letter codes.
    public var cmm: String
    public var creator: String
    public var manufacturer: String
    /// The profile description (`desc` text, or the first `mluc` record of version 4 profiles).
    public var description: String?
    /// Where the profile starts in the file (inside the first APP2 ICC_PROFILE segment).
    public var offset: Int64

    /// Parses the header and the description from the first bytes of a profile; nil if too short.
    public static func parse(_ p: [UInt8], offset: Int64) -> ICCProfileHeader? {
        guard p.count >= 132 else { return nil }
        func code(_ at: Int) -> String {
            String(decoding: p[at..<(at + 4)].map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self).trimmingSpaces
        }
        func u32(_ at: Int) -> Int? {
            guard at + 4 <= p.count else { return nil }
            return Int(p[at]) << 24 | Int(p[at + 1]) << 16 | Int(p[at + 2]) << 8 | Int(p[at + 3])
        }
        var description: String?
        if let count = u32(128) {
            for i in 0..<min(count, 100) {
                let entry = 132 + i * 12
                guard let sig = u32(entry), let start = u32(entry + 4), let size = u32(entry + 8) else { break }
                guard sig == 0x6465_7363, start + 12 <= p.count, size >= 12 else { continue } // 'desc'
                let type = u32(start)
                if type == 0x6465_7363, let n = u32(start + 8), n > 0, start + 12 + n <= p.count { // 'desc' (v2): ASCII
                    description = String(decoding: p[(start + 12)..<(start + 12 + n)].prefix { $0 != 0 }, as: UTF8.self)
                } else if type == 0x6D6C_7563, let records = u32(start + 8), records > 0, // 'mluc' (v4): UTF-16BE
                          let len = u32(start + 20), let at = u32(start + 24), start + at + len <= p.count {
                    let units = stride(from: start + at, to: start + at + len - 1, by: 2).map { UInt16(p[$0]) << 8 | UInt16(p[$0 + 1]) }
                    description = String(decoding: units, as: UTF16.self)
                }
                break
            }
        }
        return ICCProfileHeader(cmm: code(4), creator: code(80), manufacturer: code(48), description: description, offset: offset)
    }

    public init(cmm: String, creator: String, manufacturer: String, description: String? = nil, offset: Int64) {
        self.cmm = cmm
        self.creator = creator
        self.manufacturer = manufacturer
        self.description = description
        self.offset = offset
    }
}
