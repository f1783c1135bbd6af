internal import CFFmpeg

extension FFmpegCalls {
    /// Decodes one coded picture held in memory (an EXIF thumbnail, a HEIF tile) with a fresh single-threaded
    /// decoder for `codec`, `extradata` (when given) as its configuration, and hands the decoded frame to `body`.
    /// libavcodec reads up to 64 bytes past the end of a buffer, so both are padded with zeros; `maxPixels` makes
    /// it refuse larger pictures before allocating them. Every C object is freed before this returns, and the
    /// frame is valid inside `body` only.
    static func decodeSinglePicture<R>(_ av: EvkAV, codec id: AVCodecID, name: String, extradata: [UInt8]? = nil, packet bytes: [UInt8],
                                       index: Int = 0, maxPixels: Int64? = nil, _ body: (UnsafeMutablePointer<AVFrame>) throws -> R) throws -> R {
        let padding = 64
        guard let decoder = av.avcodec_find_decoder!(id) else { throw MediaBridgeError.decoderUnavailable(codec: name) }
        var context = av.avcodec_alloc_context3!(decoder)
        var packet = av.av_packet_alloc!()
        var frame = av.av_frame_alloc!()
        defer {
            av.av_frame_free!(&frame)
            av.av_packet_free!(&packet)
            av.avcodec_free_context!(&context)
        }
        guard let ctx = context, let pkt = packet, let frm = frame else { throw MediaBridgeError.decoderUnavailable(codec: "\(name) (allocation failed)") }
        ctx.pointee.thread_count = 1
        if let maxPixels { ctx.pointee.max_pixels = maxPixels }
        if let extradata, !extradata.isEmpty {
            // Owned by the context from here on (avcodec_free_context frees it).
            guard let extra = av.av_malloc!(extradata.count + padding)?.assumingMemoryBound(to: UInt8.self) else {
                throw MediaBridgeError.decoderUnavailable(codec: "\(name) (allocation failed)")
            }
            extradata.withUnsafeBufferPointer { extra.update(from: $0.baseAddress!, count: extradata.count) }
            (extra + extradata.count).initialize(repeating: 0, count: padding)
            ctx.pointee.extradata = extra
            ctx.pointee.extradata_size = Int32(extradata.count)
        }
        var rc = av.avcodec_open2!(ctx, decoder, nil)
        guard rc >= 0 else { throw MediaBridgeError.demuxFailed(stage: "cannot open the \(name) decoder", code: rc, reason: describe(av, rc)) }
        var padded = bytes + [UInt8](repeating: 0, count: padding)
        rc = padded.withUnsafeMutableBufferPointer { buffer -> Int32 in
            pkt.pointee.data = buffer.baseAddress
            pkt.pointee.size = Int32(bytes.count)
            // Not reference-counted: libavcodec copies the bytes before this closure returns.
            let sent = av.avcodec_send_packet!(ctx, pkt)
            pkt.pointee.data = nil
            pkt.pointee.size = 0
            return sent
        }
        guard rc >= 0 else { throw MediaBridgeError.decodeFailed(frameIndex: index, byteOffset: nil, reason: describe(av, rc)) }
        _ = av.avcodec_send_packet!(ctx, nil)
        rc = av.avcodec_receive_frame!(ctx, frm)
        guard rc >= 0 else { throw MediaBridgeError.decodeFailed(frameIndex: index, byteOffset: nil, reason: describe(av, rc)) }
        return try body(frm)
    }
}
