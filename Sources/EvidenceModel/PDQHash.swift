/// A 256-bit PDQ hash ("The TMK+PDQF and PDQ hashing algorithms", Meta, 2019; ThreatExchange `pdq/`).
///
/// Bit `k = 16·i + j` is set when DCT coefficient (i, j) of the 16×16 block exceeds the median. The
/// hex form is the reference's: 64 digits, most significant (bit 255) first, so hashes printed here
/// and by `pdqhash`/`vpdq` compare as strings.
public struct PDQHash: Hashable, Sendable, CustomStringConvertible, Codable {
    /// Bits 0–63, 64–127, 128–191, 192–255.
    public var words: (UInt64, UInt64, UInt64, UInt64)

    public init(words: (UInt64, UInt64, UInt64, UInt64)) { self.words = words }

    public static let zero = PDQHash(words: (0, 0, 0, 0))

    /// Two PDQ hashes of the same picture are usually within this Hamming distance (PDQ README).
    public static let matchThreshold = 31

    public init(bits: [Bool]) {
        precondition(bits.count == 256)
        var w: [UInt64] = [0, 0, 0, 0]
        for (k, b) in bits.enumerated() where b { w[k >> 6] |= 1 << UInt64(k & 63) }
        words = (w[0], w[1], w[2], w[3])
    }

    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var w: [UInt64] = []
        for chunk in 0..<4 {
            guard let v = UInt64(String(decoding: digits[(chunk * 16)..<(chunk * 16 + 16)], as: UTF8.self), radix: 16) else { return nil }
            w.append(v)
        }
        words = (w[3], w[2], w[1], w[0])
    }

    public func bit(_ k: Int) -> Bool {
        let w = [words.0, words.1, words.2, words.3][k >> 6]
        return (w >> UInt64(k & 63)) & 1 == 1
    }

    public var hex: String {
        [words.3, words.2, words.1, words.0].map { w -> String in
            let s = String(w, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }.joined()
    }

    public var description: String { hex }

    /// Hamming distance (0–256).
    public func distance(to other: PDQHash) -> Int {
        (words.0 ^ other.words.0).nonzeroBitCount + (words.1 ^ other.words.1).nonzeroBitCount
            + (words.2 ^ other.words.2).nonzeroBitCount + (words.3 ^ other.words.3).nonzeroBitCount
    }

    public static func == (a: PDQHash, b: PDQHash) -> Bool { a.distance(to: b) == 0 }
    public func hash(into h: inout Hasher) {
        h.combine(words.0); h.combine(words.1); h.combine(words.2); h.combine(words.3)
    }

    public init(from decoder: any Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let h = PDQHash(hex: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a 64-digit PDQ hex hash"))
        }
        self = h
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(hex)
    }
}

/// A PDQ hash with its quality score (0–100; the reference skips hashes below 50 when matching).
public struct PDQResult: Sendable, Equatable, Codable {
    public var hash: PDQHash
    public var quality: Int

    public init(hash: PDQHash, quality: Int) {
        self.hash = hash
        self.quality = quality
    }
}

/// The eight dihedral transforms of a picture, for matching rotated or mirrored submissions.
public enum Dihedral: String, CaseIterable, Sendable, Codable {
    case original, rotate90, rotate180, rotate270, flipX, flipY, flipPlus1, flipMinus1
}
