import MediaBridge

/// A software encoder's self-description found in the coded video (an SEI "user data unregistered"
/// message, H.264 §D.1.6 / H.265 §D.2.7): x264 and x265 write their version and every setting.
public struct EncoderBanner: Sendable, Codable, Equatable {
    /// `x264`, `x265`, `Lavc`.
    public var encoder: String
    /// The banner text as stored (up to 600 characters).
    public var text: String
    /// Byte offset of the banner's first character in the file.
    public var byteOffset: Int64?
    /// Index of the packet (decode order) that carries it; -1 when it is in the sample description (`stsd`).
    public var packetIndex: Int
}

/// What the first packets of the video stream say about the encoder.
public struct BitstreamFacts: Sendable, Codable, Equatable {
    public var packetsRead: Int
    public var banners: [EncoderBanner]
}

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
        return BitstreamFacts(packetsRead: samples.count, banners: banners)
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
