internal import CFFmpeg

/// Decodes one JPEG held in memory (an EXIF thumbnail) with libavcodec's MJPEG decoder. Everything C
/// lives inside the call: the plane handed to `body` is only valid during it.
public enum ImageBytesDecoder {
    /// JPEG streams larger than this are not decoded from memory (EXIF thumbnails are under 64 KiB).
    public static let maximumBytes = 16 << 20

    public static func withDecodedJPEG<R>(_ bytes: [UInt8], _ body: (PlaneView) throws -> R) throws -> R {
        guard !bytes.isEmpty, bytes.count <= maximumBytes else {
            throw MediaBridgeError.decodeFailed(frameIndex: 0, byteOffset: nil, reason: "JPEG of \(bytes.count) bytes not decoded from memory")
        }
        let av = try FFmpegCalls.library()
        return try FFmpegCalls.decodeSinglePicture(av, codec: AV_CODEC_ID_MJPEG, name: "mjpeg", packet: bytes) { frm in
            try VideoDecoder.withPlane(of: frm, av: av, body)
        }
    }
}
