import MediaBridge

/// vPDQ hash files, as Meta's `vpdq-hash-video` writes and reads them (vpdq/cpp/io): one line per hashed frame,
/// `frame_number,quality,hash_hex,timestamp`, the timestamp in seconds with three decimals. `evidence hash --frames`
/// writes this format; `evidence similar` reads it (`--vpdq` for queries, and files ending `.vpdq` given to
/// `--against`), so hashes made by vpdq can be searched and ours read by vpdq.
public enum VPDQFile {
    public enum ParseError: Error, CustomStringConvertible {
        case line(Int, String)
        case empty
        public var description: String {
            switch self {
            case let .line(n, why): return "line \(n): \(why) (expected frame_number,quality,hash_hex,timestamp)"
            case .empty: return "no vPDQ lines"
            }
        }
    }

    /// Reads vPDQ lines. Blank lines and `#` comments (as `evidence hash --frames` writes before each file when
    /// given several) are skipped. The Python binding's README prints `frame,hash,quality,timestamp`: the hash is
    /// recognised by its 64 hex digits in either place.
    public static func parse(_ text: String) throws(ParseError) -> [HashedFrame] {
        var out: [HashedFrame] = []
        var n = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            n += 1
            var line = Substring(raw)
            while let last = line.last, last == " " { line = line.dropLast() }
            while let first = line.first, first == " " { line = line.dropFirst() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
            guard f.count == 4 else { throw .line(n, "\(f.count) fields") }
            let hashAt = f[2].utf8.count == 64 ? 2 : (f[1].utf8.count == 64 ? 1 : -1)
            guard hashAt >= 0, let hash = PDQHash(hex: f[hashAt].lowercased()) else { throw .line(n, "no 64-digit hex hash") }
            let qualityAt = hashAt == 2 ? 1 : 2
            guard let frame = Int(f[0]), frame >= 0 else { throw .line(n, "frame number '\(f[0])'") }
            guard let quality = Int(f[qualityAt]), (0...100).contains(quality) else { throw .line(n, "quality '\(f[qualityAt])'") }
            guard let seconds = Double(f[3]), seconds.isFinite, seconds >= 0 else { throw .line(n, "timestamp '\(f[3])'") }
            out.append(HashedFrame(frame: frame, seconds: seconds, hash: hash, quality: quality))
        }
        if out.isEmpty { throw .empty }
        return out
    }

    /// One vPDQ line (what `FrameRecord.vpdqLine` writes for a decoded frame).
    public static func line(_ f: HashedFrame) -> String {
        "\(f.frame),\(f.quality),\(f.hash.hex),\(FrameRecord.fixed3(f.seconds))"
    }
}

extension HashedFrame {
    /// A decoded frame's hash as vPDQ keeps it (the coded picture's hash, as vpdq hashes it).
    public init(_ r: FrameRecord) {
        self.init(frame: r.index, seconds: r.seconds ?? 0, hash: r.pdq, quality: r.quality)
    }
}
