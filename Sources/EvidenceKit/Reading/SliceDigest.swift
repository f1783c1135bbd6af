import MediaBridge

/// The SHA-256 of a packet's coded slices alone (H.264 NAL unit types 1–5, H.265 types 0–31), each written as a
/// 4-byte big-endian length and its bytes: the same for the same coded pictures whether the packet is
/// length-prefixed or Annex B, and whether or not parameter sets, SEI or access unit delimiters travel with it.
enum SliceDigest {
    enum Codec { case h264, hevc }

    /// Nil when the packet is exactly its slices with 4-byte lengths (its own SHA-256 is then the same digest),
    /// or when its NAL units cannot be read (the packet's digest stands for it).
    static func digest(_ packet: [UInt8], codec: Codec, framing: NALFraming) throws -> String? {
        guard let units = units(packet, framing: framing), !units.isEmpty else { return nil }
        let vcl = units.filter { r in
            guard r.count > 0 else { return false }
            let header = packet[r.lowerBound]
            switch codec {
            case .h264: return (1...5).contains(header & 0x1F)
            case .hevc: return (header >> 1) & 0x3F < 32
            }
        }
        if case .lengthPrefixed(4) = framing, vcl.count == units.count { return nil }
        let hasher = try SHA256Hasher()
        for r in vcl {
            let n = UInt32(r.count)
            try hasher.update([UInt8(n >> 24), UInt8((n >> 16) & 0xFF), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF)])
            try packet.withUnsafeBytes { try hasher.update(UnsafeRawBufferPointer(rebasing: $0[r])) }
        }
        return try hasher.finalize().hexString
    }

    /// The byte ranges of the NAL units (without length or start code), nil when the framing does not parse.
    static func units(_ p: [UInt8], framing: NALFraming) -> [Range<Int>]? {
        var out: [Range<Int>] = []
        switch framing {
        case let .lengthPrefixed(size):
            guard (1...4).contains(size) else { return nil }
            var i = 0
            while i < p.count {
                guard i + size <= p.count else { return nil }
                var n = 0
                for k in 0..<size { n = n << 8 | Int(p[i + k]) }
                i += size
                guard n > 0, i + n <= p.count else { return nil }
                out.append(i..<(i + n))
                i += n
            }
        case .annexB:
            var starts: [(code: Int, payload: Int)] = []
            var i = 0
            while i + 2 < p.count {
                if p[i] == 0, p[i + 1] == 0, p[i + 2] == 1 {
                    let code = i > 0 && p[i - 1] == 0 ? i - 1 : i
                    starts.append((code, i + 3))
                    i += 3
                } else {
                    i += 1
                }
            }
            for (k, s) in starts.enumerated() {
                var end = k + 1 < starts.count ? starts[k + 1].code : p.count
                while end > s.payload && p[end - 1] == 0 { end -= 1 } // trailing zero bytes belong to no unit
                if end > s.payload { out.append(s.payload..<end) }
            }
        }
        return out
    }
}
