import MediaBridge

/// Reads the first packets of a video (no decoding) and looks for encoder banners.
public enum BitstreamScanner {
    static let signatures: [(marker: String, encoder: String)] = [("x264 - core", "x264"), ("x265 (build", "x265"), ("Lavc", "Lavc")]

    static func facts(from samples: [PacketSample]) -> BitstreamFacts {
        var banners: [EncoderBanner] = []
        for (n, sample) in samples.enumerated() {
            for (marker, encoder) in signatures where !banners.contains(where: { $0.encoder == encoder }) {
                guard let at = find(Array(marker.utf8), in: sample.bytes) else { continue }
                var end = at
                while end < sample.bytes.count && end - at < 600 && sample.bytes[end] >= 0x20 && sample.bytes[end] < 0x7F { end += 1 }
                banners.append(EncoderBanner(encoder: encoder, text: String(decoding: sample.bytes[at..<end], as: UTF8.self),
                                             byteOffset: sample.offset.map { $0 + Int64(at) }, packetIndex: n))
            }
        }
        let key = samples.first(where: \.isKey)
        return BitstreamFacts(packetsRead: samples.count, banners: banners, parameterSetsInBand: key.flatMap { nalHeaders($0.bytes) }.map { $0.contains(where: isSPS) })
    }

    /// H.264 `nal_unit_type` 7 or H.265 `nal_unit_type` 33 (forbidden bit clear). The two header layouts
    /// cannot be confused here: an H.265 SPS header byte (0x42) is H.264 type 2, an H.264 SPS (0x67,
    /// 0x47, 0x27) is H.265 type 51, 35 or 19.
    static func isSPS(_ header: UInt8) -> Bool {
        header & 0x80 == 0 && (header & 0x1F == 7 || (header >> 1) & 0x3F == 33)
    }

    /// The first byte of each NAL unit in the packet bytes read: Annex B start codes (raw streams, MPEG-TS,
    /// some recorders' MP4s) or 4-byte big-endian lengths (MP4/MOV). Nil when neither walks.
    static func nalHeaders(_ b: [UInt8]) -> [UInt8]? {
        guard b.count >= 5 else { return nil }
        if b[0] == 0 && b[1] == 0 && (b[2] == 1 || (b[2] == 0 && b[3] == 1)) {
            var headers: [UInt8] = []
            var i = 0
            while i + 3 < b.count {
                if b[i] == 0 && b[i + 1] == 0 && b[i + 2] == 1 {
                    headers.append(b[i + 3])
                    i += 3
                } else {
                    i += 1
                }
            }
            return headers
        }
        var headers: [UInt8] = []
        var i = 0
        while i + 4 < b.count {
            let n = Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
            guard n > 0, n < 1 << 28 else { return headers.isEmpty ? nil : headers }
            headers.append(b[i + 4])
            i += 4 + n
        }
        return headers.isEmpty ? nil : headers
    }

    static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard needle.count <= hay.count, let first = needle.first else { return nil }
        var i = 0
        while i <= hay.count - needle.count {
            if hay[i] == first && Array(hay[i..<i + needle.count]) == needle { return i }
            i += 1
        }
        return nil
    }
}
