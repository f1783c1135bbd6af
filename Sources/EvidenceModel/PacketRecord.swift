/// One compressed packet of the video stream as the file stores it, read without decoding: where it is,
/// its timing, and the SHA-256 of its bytes. Two files holding the same packets (a remux, a metadata
/// edit, a stream-copy trim of part of them) share these digests, so `compare` can align them packet by
/// packet and the ledger can find the same footage in another container.
public struct PacketRecord: Sendable, Codable, Equatable {
    /// Decode order, from 0.
    public var index: Int
    /// The stream's index in the container.
    public var stream: Int
    /// Byte offset of the packet in the file (nil when the demuxer does not know it).
    public var offset: Int64?
    public var size: Int
    /// Presentation and decoding times in the stream's time base (nil when the container gives none).
    public var pts: Int64?
    public var dts: Int64?
    public var key: Bool
    /// SHA-256 of the packet's bytes, lower-case hexadecimal.
    public var sha256: String
    /// H.264/H.265: SHA-256 of the packet's coded slices alone (VCL NAL units, each as a 4-byte big-endian length
    /// and its bytes), leaving out parameter sets, SEI and delimiters, whatever the framing. Nil when it equals
    /// `sha256` (length-prefixed slices only) or the codec is neither. A remux that puts parameter sets in-band
    /// (FFmpeg's concat demuxer) or rewrites the framing (MPEG-TS) keeps these.
    public var sliceSha256: String? = nil
    /// The digest that identifies the coded picture: the slices' when they were hashed apart, else the packet's.
    public var pictureDigest: String { sliceSha256 ?? sha256 }

    public init(index: Int, stream: Int, offset: Int64?, size: Int, pts: Int64?, dts: Int64?, key: Bool, sha256: String) {
        self.index = index
        self.stream = stream
        self.offset = offset
        self.size = size
        self.pts = pts
        self.dts = dts
        self.key = key
        self.sha256 = sha256
    }
}
