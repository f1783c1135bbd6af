internal import CFFmpeg

/// What the decoder says about one output picture.
public struct DecodedFrameInfo: Sendable, Equatable {
    /// Output order, from 0.
    public var index: Int
    /// Presentation time in stream time-base units (`best_effort_timestamp`), nil when unknown.
    public var pts: Int64?
    public var seconds: Double?
    /// `I`, `P`, `B`, `S`, `i`, `p`, `b`, or `?` (FFmpeg's picture-type letters).
    public var pictureType: String
    public var isKey: Bool
    /// Size and byte offset of the packet the picture came from (nil when the demuxer does not know).
    public var packetSize: Int?
    public var packetOffset: Int64?
    /// The decoder flagged the picture as corrupt or reported concealed errors in it.
    public var corrupt: Bool
    public var width: Int
    public var height: Int
}

/// A packet the decoder refused, kept so the caller can report it (frame index = pictures output so far).
public struct DecodeProblem: Sendable, Equatable {
    public var afterFrame: Int
    public var packetOffset: Int64?
    public var message: String
}

/// Which pictures to decode.
public enum DecodeSelection: Sendable, Equatable {
    case all
    /// Only keyframes are sent to the decoder (`AVDISCARD_NONKEY`), the rest are skipped unread.
    case keyframes
}

/// Decodes the best video stream of a file on libavcodec's own threads and hands out one picture at
/// a time. Owns the demuxer, decoder, packet and frame; nothing C escapes it.
public final class VideoDecoder {
    private let av: EvkAV
    private let format: UnsafeMutablePointer<AVFormatContext>
    private var codec: UnsafeMutablePointer<AVCodecContext>?
    private var packet: UnsafeMutablePointer<AVPacket>?
    private var frame: UnsafeMutablePointer<AVFrame>?
    private let streamIndex: Int32
    private let selection: DecodeSelection
    private var draining = false
    private var finished = false
    /// Why reading stopped early, and where; thrown once the pictures already decoded are out.
    private var pendingFailure: (offset: Int64?, reason: String)?
    private var pendingError: MediaBridgeError? {
        pendingFailure.map { .decodeFailed(frameIndex: output, byteOffset: $0.offset, reason: $0.reason) }
    }
    private var output = 0
    /// Packets the decoder logged errors for (marked by the log callback through `codec.opaque`, keyed by
    /// the sequence number each packet is sent with).
    private let decodeErrors: UnsafeMutablePointer<EvkDecodeErrors>
    private var packetSequence: Int64 = 0
    private var packetsRead: Int64 = 0
    private let indexedPackets: Int64
    private var lastPacketOffset: Int64?

    public let timeBase: Rational
    public let codecName: String
    /// Average (else nominal) frame rate of the stream, when known.
    public let frameRate: Rational?
    /// Display-matrix rotation, degrees counter-clockwise (ffprobe's convention: -90 for a phone
    /// held upright), nil when the stream carries none.
    public let displayRotation: Double?
    /// Packets the decoder rejected (invalid data); decoding went on after each.
    public private(set) var problems: [DecodeProblem] = []
    /// The first video packets read (up to 8, each cut to 64 KiB), kept for encoder-banner checks so
    /// that describing, scanning and decoding share one pass over the file.
    public private(set) var earlyPackets: [PacketSample] = []

    /// The container and its streams, from this decoder's own demuxer.
    public var container: DemuxedContainer { Demuxer.describeContainer(format, av: av) }

    /// Opens `path`, picks its best video stream and opens a decoder with `threads` threads (0 = one per core).
    public init(path: String, selection: DecodeSelection = .all, threads: Int = 0) throws(MediaBridgeError) {
        let av = try FFmpegCalls.library()
        let format = try FFmpegCalls.openInput(av, path)
        var built = false
        defer { if !built { FFmpegCalls.closeInput(av, format) } }
        try FFmpegCalls.findStreamInfo(av, format)
        var decoderPointer: UnsafePointer<AVCodec>? = nil
        let index = av.av_find_best_stream!(format, AVMEDIA_TYPE_VIDEO, -1, -1, &decoderPointer, 0)
        guard index >= 0, let stream = format.pointee.streams[Int(index)] else {
            throw .noVideoStream
        }
        guard let decoder = decoderPointer ?? av.avcodec_find_decoder!(stream.pointee.codecpar.pointee.codec_id) else {
            let name = av.avcodec_get_name!(stream.pointee.codecpar.pointee.codec_id).map { String(cString: $0) } ?? "unknown"
            throw .decoderUnavailable(codec: name)
        }
        guard let ctx = av.avcodec_alloc_context3!(decoder) else { throw .decoderUnavailable(codec: "allocation failed") }
        var context: UnsafeMutablePointer<AVCodecContext>? = ctx
        guard let errors = evk_decode_errors_new() else {
            av.avcodec_free_context!(&context)
            throw .decoderUnavailable(codec: "allocation failed")
        }
        var rc = av.avcodec_parameters_to_context!(ctx, stream.pointee.codecpar)
        if rc >= 0 {
            ctx.pointee.opaque = UnsafeMutableRawPointer(errors)
            ctx.pointee.thread_count = Int32(threads)
            ctx.pointee.thread_type = Int32(evk_thread_frame_and_slice())
            ctx.pointee.flags |= Int32(evk_codec_flag_output_corrupt())
            ctx.pointee.pkt_timebase = stream.pointee.time_base
            if selection == .keyframes { ctx.pointee.skip_frame = AVDISCARD_NONKEY }
            rc = av.avcodec_open2!(ctx, decoder, nil)
        }
        guard rc >= 0, let pkt = av.av_packet_alloc!(), let frm = av.av_frame_alloc!() else {
            av.avcodec_free_context!(&context)
            evk_decode_errors_free(errors)
            throw .demuxFailed(stage: "cannot open the video decoder", code: rc, reason: FFmpegCalls.describe(av, rc))
        }
        self.av = av
        self.format = format
        self.codec = ctx
        self.decodeErrors = errors
        self.packet = pkt
        self.frame = frm
        self.streamIndex = index
        self.selection = selection
        self.timeBase = Rational(stream.pointee.time_base.num, stream.pointee.time_base.den)
        self.indexedPackets = stream.pointee.nb_frames
        let rates = [stream.pointee.avg_frame_rate, stream.pointee.r_frame_rate, ctx.pointee.framerate]
        self.frameRate = rates.first { $0.num > 0 && $0.den > 0 }.map { Rational($0.num, $0.den) }
        var sideDataSize = 0
        if let matrix = av.av_stream_get_side_data!(stream, AV_PKT_DATA_DISPLAYMATRIX, &sideDataSize), sideDataSize >= 36 {
            let angle = matrix.withMemoryRebound(to: Int32.self, capacity: 9) { av.av_display_rotation_get!($0) }
            self.displayRotation = angle.isFinite ? angle : nil
        } else {
            self.displayRotation = nil
        }
        self.codecName = av.avcodec_get_name!(stream.pointee.codecpar.pointee.codec_id).map { String(cString: $0) } ?? "unknown"
        built = true
    }

    deinit {
        av.av_frame_free!(&frame)
        av.av_packet_free!(&packet)
        av.avcodec_free_context!(&codec) // joins the decoder's threads: nothing counts after this
        evk_decode_errors_free(decodeErrors)
        FFmpegCalls.closeInput(av, format)
    }

    /// Decodes the next picture; nil at the end of the stream. When reading the file fails part-way,
    /// the pictures already inside the decoder are still returned, then the error is thrown.
    public func nextFrame() throws(MediaBridgeError) -> DecodedFrameInfo? {
        guard !finished, let codec, let packet, let frame else { return nil }
        while true {
            av.av_frame_unref!(frame)
            let rc = av.avcodec_receive_frame!(codec, frame)
            if rc >= 0 { return describeFrame(frame) }
            if rc == evk_averror_eof() {
                finished = true
                if let e = pendingError { throw e }
                return nil
            }
            if rc != evk_averror_eagain() {
                problems.append(DecodeProblem(afterFrame: output, packetOffset: lastPacketOffset, message: FFmpegCalls.describe(av, rc)))
                if draining { finished = true; if let e = pendingError { throw e }; return nil }
            }
            // The decoder wants input.
            if draining {
                finished = true
                if let e = pendingError { throw e }
                return nil
            }
            let read = av.av_read_frame!(format, packet)
            if read < 0 {
                if read != evk_averror_eof() {
                    pendingFailure = (lastPacketOffset, FFmpegCalls.describe(av, read))
                } else if selection == .all && indexedPackets > 0 && packetsRead < indexedPackets {
                    // The container's sample table promised more: the data ends early (a cut-off
                    // recording or a shortened file whose index was not rewritten).
                    pendingFailure = (lastPacketOffset, "the video ended after \(packetsRead) of the \(indexedPackets) samples its index lists (file truncated, or index altered)")
                }
                draining = true
                _ = av.avcodec_send_packet!(codec, nil)
                continue
            }
            defer { av.av_packet_unref!(packet) }
            guard packet.pointee.stream_index == streamIndex else { continue }
            if selection == .keyframes && packet.pointee.flags & Int32(evk_pkt_flag_key()) == 0 { continue }
            lastPacketOffset = packet.pointee.pos >= 0 ? packet.pointee.pos : nil
            packetsRead += 1
            if earlyPackets.count < 8, let data = packet.pointee.data {
                earlyPackets.append(PacketSample(offset: lastPacketOffset, size: Int(packet.pointee.size),
                                                 isKey: packet.pointee.flags & Int32(evk_pkt_flag_key()) != 0,
                                                 bytes: Array(UnsafeBufferPointer(start: data, count: min(Int(packet.pointee.size), 64 << 10)))))
            }
            packetSequence += 1
            evk_set_packet_sequence(codec, packetSequence)
            let sent = av.avcodec_send_packet!(codec, packet)
            if sent < 0 && sent != evk_averror_eagain() {
                problems.append(DecodeProblem(afterFrame: output, packetOffset: lastPacketOffset, message: FFmpegCalls.describe(av, sent)))
            }
        }
    }

    private func describeFrame(_ f: UnsafeMutablePointer<AVFrame>) -> DecodedFrameInfo {
        defer { output += 1 }
        let nopts = evk_nopts_value()
        let ts = f.pointee.best_effort_timestamp != nopts ? f.pointee.best_effort_timestamp : (f.pointee.pts != nopts ? f.pointee.pts : nil)
        let letter = UInt8(bitPattern: av.av_get_picture_type_char!(f.pointee.pict_type))
        // Errors the decoder logged while decoding this picture's packet (see EvkDecodeErrors in shim.h).
        let logged = evk_decode_errors_take(decodeErrors, evk_frame_packet_sequence(f)) != 0
        return DecodedFrameInfo(
            index: output,
            pts: ts,
            seconds: ts.map { Double($0) * Double(timeBase.numerator) / Double(timeBase.denominator) },
            pictureType: String(UnicodeScalar(letter)),
            isKey: f.pointee.key_frame != 0,
            packetSize: f.pointee.pkt_size > 0 ? Int(f.pointee.pkt_size) : nil,
            packetOffset: f.pointee.pkt_pos >= 0 ? f.pointee.pkt_pos : nil,
            corrupt: f.pointee.flags & Int32(evk_frame_flag_corrupt()) != 0 || f.pointee.decode_error_flags != 0 || logged,
            width: Int(f.pointee.width), height: Int(f.pointee.height))
    }

    /// The brightness plane of the picture last returned by `nextFrame()`.
    public func withCurrentPicture<R>(_ body: (PlaneView) throws -> R) throws -> R {
        guard let f = frame else { throw MediaBridgeError.unsupportedPixels(format: "no picture") }
        return try Self.withPlane(of: f, av: av, body)
    }

    /// Decodes the next picture and keeps it: the returned object holds its own reference to the
    /// decoded buffers, so it can be hashed on another thread while decoding goes on.
    public func nextPicture() throws(MediaBridgeError) -> DecodedPicture? {
        guard let info = try nextFrame(), let frame else { return nil }
        guard let copy = av.av_frame_alloc!() else { throw .decodeFailed(frameIndex: info.index, byteOffset: info.packetOffset, reason: "out of memory") }
        if av.av_frame_ref!(copy, frame) < 0 {
            var c: UnsafeMutablePointer<AVFrame>? = copy
            av.av_frame_free!(&c)
            throw .decodeFailed(frameIndex: info.index, byteOffset: info.packetOffset, reason: "cannot keep a reference to the decoded picture")
        }
        return DecodedPicture(frame: copy, av: av, info: info)
    }

    static func withPlane<R>(of f: UnsafeMutablePointer<AVFrame>, av: EvkAV, _ body: (PlaneView) throws -> R) throws -> R {
        guard let data = f.pointee.data.0 else { throw MediaBridgeError.unsupportedPixels(format: "no picture") }
        guard let desc = av.av_pix_fmt_desc_get!(AVPixelFormat(rawValue: f.pointee.format)) else {
            throw MediaBridgeError.unsupportedPixels(format: "pixel format \(f.pointee.format)")
        }
        let d = desc.pointee
        let name = d.name.map { String(cString: $0) } ?? "?"
        if d.flags & (evk_pix_fmt_flag_pal() | evk_pix_fmt_flag_hwaccel() | evk_pix_fmt_flag_bitstream()) != 0 {
            throw MediaBridgeError.unsupportedPixels(format: name)
        }
        let c0 = d.comp.0
        let width = Int(f.pointee.width), height = Int(f.pointee.height)
        func planeBase(_ plane: Int32) -> UnsafeMutablePointer<UInt8>? {
            switch plane {
            case 0: return f.pointee.data.0
            case 1: return f.pointee.data.1
            case 2: return f.pointee.data.2
            case 3: return f.pointee.data.3
            default: return nil
            }
        }
        if d.flags & evk_pix_fmt_flag_rgb() != 0 {
            let r = d.comp.0, g = d.comp.1, b = d.comp.2
            guard r.plane == g.plane, g.plane == b.plane, r.depth == 8, g.depth == 8, b.depth == 8,
                  let base = planeBase(r.plane) else { throw MediaBridgeError.unsupportedPixels(format: name) }
            let view = PlaneView(base: UnsafeRawPointer(base), width: width, height: height, stride: Int(linesize(f, r.plane)),
                                 layout: .rgb(step: Int(r.step), r: Int(r.offset), g: Int(g.offset), b: Int(b.offset)))
            return try body(view)
        }
        guard let base = planeBase(c0.plane) ?? Optional(data) else { throw MediaBridgeError.unsupportedPixels(format: name) }
        let fullRange = f.pointee.color_range == AVCOL_RANGE_JPEG || name.hasPrefix("yuvj") || name.hasPrefix("gray")
        let view = PlaneView(base: UnsafeRawPointer(base), width: width, height: height, stride: Int(linesize(f, c0.plane)),
                             layout: .luma(step: Int(c0.step), offset: Int(c0.offset), bitDepth: Int(c0.depth), shift: Int(c0.shift),
                                           bigEndian: d.flags & evk_pix_fmt_flag_be() != 0, fullRange: fullRange))
        return try body(view)
    }

    private static func linesize(_ f: UnsafeMutablePointer<AVFrame>, _ plane: Int32) -> Int32 {
        switch plane {
        case 0: return f.pointee.linesize.0
        case 1: return f.pointee.linesize.1
        case 2: return f.pointee.linesize.2
        default: return f.pointee.linesize.3
        }
    }
}

/// One decoded picture kept alive by its own reference (`av_frame_ref`); freed in `deinit`.
/// Read-only after creation, so it may be handed to another thread.
public final class DecodedPicture: @unchecked Sendable {
    private var frame: UnsafeMutablePointer<AVFrame>?
    private let av: EvkAV
    public let info: DecodedFrameInfo

    init(frame: UnsafeMutablePointer<AVFrame>, av: EvkAV, info: DecodedFrameInfo) {
        self.frame = frame
        self.av = av
        self.info = info
    }

    deinit { av.av_frame_free!(&frame) }

    public func withPlane<R>(_ body: (PlaneView) throws -> R) throws -> R {
        guard let frame else { throw MediaBridgeError.unsupportedPixels(format: "no picture") }
        return try VideoDecoder.withPlane(of: frame, av: av, body)
    }
}
