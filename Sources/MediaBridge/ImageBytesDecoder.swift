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
        guard let decoder = av.avcodec_find_decoder!(AV_CODEC_ID_MJPEG) else { throw MediaBridgeError.decoderUnavailable(codec: "mjpeg") }
        var context = av.avcodec_alloc_context3!(decoder)
        var packet = av.av_packet_alloc!()
        var frame = av.av_frame_alloc!()
        defer {
            av.av_frame_free!(&frame)
            av.av_packet_free!(&packet)
            av.avcodec_free_context!(&context)
        }
        guard let ctx = context, let pkt = packet, let frm = frame else { throw MediaBridgeError.decoderUnavailable(codec: "mjpeg (allocation failed)") }
        ctx.pointee.thread_count = 1
        var rc = av.avcodec_open2!(ctx, decoder, nil)
        guard rc >= 0 else { throw MediaBridgeError.demuxFailed(stage: "cannot open the JPEG decoder", code: rc, reason: FFmpegCalls.describe(av, rc)) }
        // libavcodec reads up to 64 bytes past the end of a packet: pad with zeros.
        var padded = bytes + [UInt8](repeating: 0, count: 64)
        rc = padded.withUnsafeMutableBufferPointer { buffer -> Int32 in
            pkt.pointee.data = buffer.baseAddress
            pkt.pointee.size = Int32(bytes.count)
            // Not reference-counted: libavcodec copies the bytes before this closure returns.
            let sent = av.avcodec_send_packet!(ctx, pkt)
            pkt.pointee.data = nil
            pkt.pointee.size = 0
            return sent
        }
        guard rc >= 0 else { throw MediaBridgeError.decodeFailed(frameIndex: 0, byteOffset: nil, reason: FFmpegCalls.describe(av, rc)) }
        _ = av.avcodec_send_packet!(ctx, nil)
        rc = av.avcodec_receive_frame!(ctx, frm)
        guard rc >= 0 else { throw MediaBridgeError.decodeFailed(frameIndex: 0, byteOffset: nil, reason: FFmpegCalls.describe(av, rc)) }
        return try VideoDecoder.withPlane(of: frm, av: av, body)
    }
}
