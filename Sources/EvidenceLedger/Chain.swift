import EvidenceKit
import Foundation
import MediaBridge

/// One log row as it is hashed: the sorted-key JSON of these five fields (the body embedded as a string, so
/// the bytes hashed are the bytes stored).
public struct LogRow: Codable, Sendable, Equatable {
    public var seq: Int64
    public var kind: String
    public var submission: String?
    public var sha256: String?
    public var body: String
}

/// The ledger's hash chain: `chain(n) = SHA-256(chain(n − 1) ‖ canonical row n)` over the raw 32-byte digest of
/// the previous link and the UTF-8 bytes of the row's canonical JSON; `chain(0)` is 32 zero bytes. Anyone can
/// recompute it from an export (README shows how with Python's hashlib).
public enum Chain {
    public static let genesis = String(repeating: "0", count: 64)

    /// The row's canonical bytes: `{"body":…,"kind":…,"seq":…,"sha256":…,"submission":…}`, keys sorted, no spaces,
    /// absent values as `null`, strings escaped as Python's `json.dumps(…, ensure_ascii=False)` escapes them (`\"`,
    /// `\\`, `\b \f \n \r \t`, other control characters as `\u00xx`), everything else verbatim UTF-8. So
    /// `json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()` gives the same bytes.
    public static func canonical(_ row: LogRow) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(row.body.utf8.count + 200)
        out += Array(#"{"body":"#.utf8)
        string(row.body, into: &out)
        out += Array(#","kind":"#.utf8)
        string(row.kind, into: &out)
        out += Array(#","seq":"#.utf8)
        out += Array(String(row.seq).utf8)
        out += Array(#","sha256":"#.utf8)
        if let v = row.sha256 { string(v, into: &out) } else { out += Array("null".utf8) }
        out += Array(#","submission":"#.utf8)
        if let v = row.submission { string(v, into: &out) } else { out += Array("null".utf8) }
        out.append(UInt8(ascii: "}"))
        return out
    }

    static func string(_ s: String, into out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    public static func link(previous: String, row: LogRow) throws -> String {
        guard let prev = bytes(hex: previous), prev.count == 32 else { throw ChainError.malformedLink(previous) }
        let h = try SHA256Hasher()
        try h.update(prev)
        try h.update(try canonical(row))
        return try h.finalize().hexString
    }

    static func bytes(hex: String) -> [UInt8]? {
        let u = Array(hex.utf8)
        guard u.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(u.count / 2)
        var i = 0
        while i < u.count {
            guard let hi = nibble(u[i]), let lo = nibble(u[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }

    static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }
}

public enum ChainError: Error, CustomStringConvertible {
    case malformedLink(String)
    public var description: String {
        switch self {
        case let .malformedLink(l): return "malformed chain value '\(l.prefix(80))'"
        }
    }
}

/// What `ledger verify` found.
public struct ChainReport: Sendable, Codable, Equatable {
    public var rows: Int64
    public var headSeq: Int64
    public var headChain: String
    public var ok: Bool
    /// The first row that does not verify, and why.
    public var firstBadSeq: Int64?
    public var problem: String?
}

extension Ledger {
    /// Recomputes the chain over every row: a row edited, deleted, inserted or moved breaks it at that row (or, for
    /// a deletion, at the row after the gap), and the head must name the last row. Also checks that each submission
    /// row points at an earlier result row.
    public func verifyChain(expecting anchor: (Int64, String)? = nil) throws -> ChainReport {
        var expected: Int64 = 1, chain = Chain.genesis
        var bad: (Int64, String)?
        var kinds: [Int64: String] = [:]
        var rows: Int64 = 0
        try forEachRow { r in
            guard bad == nil else { return }
            rows += 1
            if r.seq != expected {
                bad = (r.seq, r.seq > expected
                       ? "row \(r.seq) follows row \(expected - 1): rows \(expected)…\(r.seq - 1) are missing (deleted)"
                       : "row \(r.seq) appears after row \(expected - 1): rows are out of order or duplicated")
                return
            }
            let recomputed = try Chain.link(previous: chain, row: LogRow(seq: r.seq, kind: r.kind, submission: r.submission, sha256: r.sha256, body: r.body))
            if recomputed != r.chain {
                bad = (r.seq, "row \(r.seq) (\(r.kind)) does not hash to its chain value: its content was changed, or it was inserted or moved here")
                return
            }
            if r.kind == "submission" {
                let entry = try? JSONDecoder().decode(SubmissionEntry.self, from: Data(r.body.utf8))
                guard let target = entry?.resultSeq, let k = kinds[target], k == "screening" || k == "error" else {
                    bad = (r.seq, "submission row \(r.seq) does not point at an earlier screening or error row")
                    return
                }
            }
            if let anchor, anchor.0 == r.seq, anchor.1 != r.chain {
                bad = (r.seq, "row \(r.seq) verifies but its chain value is not the one recorded earlier (\(anchor.1.prefix(16))…): the chain was rebuilt")
                return
            }
            kinds[r.seq] = r.kind
            chain = r.chain
            expected += 1
        }
        let h = try head()
        if bad == nil, let anchor, anchor.0 > expected - 1 {
            bad = (anchor.0, "the recorded head names row \(anchor.0), but the log ends at row \(expected - 1): rows at the end were removed")
        }
        let last = expected - 1
        if bad == nil, h.seq != last || h.chain != chain {
            let row = last > h.seq ? h.seq + 1 : last < h.seq ? last + 1 : last
            bad = (row, "the head names row \(h.seq) (\(h.chain.prefix(16))…) but the log ends at row \(last) (\(chain.prefix(16))…): "
                   + (last > h.seq ? "rows were appended without the head" : last < h.seq ? "rows at the end were deleted" : "the last row was replaced"))
        }
        return ChainReport(rows: rows, headSeq: h.seq, headChain: h.chain, ok: bad == nil, firstBadSeq: bad?.0, problem: bad?.1)
    }
}
