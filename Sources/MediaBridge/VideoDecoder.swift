// Over 300 lines: one owner of the libavformat session and the libavcodec decoder (packet reading, the
// packet observer, decoding, the decoder-error log bridge); splitting it would pass raw pointers between files.
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
    /// Only keyframes are sent to the decoder (`AVDISCARD_NONKEY`); the others are read, not decoded.
    case keyframes
    /// Nothing is decoded: every packet is read and shown to the packet observer (no decoder is opened,
    /// so a file whose codec this FFmpeg cannot decode, or with no video at all, is still read).
    case none
}

/// One compressed packet of the video stream as the demuxer hands it out, before any decoding.
public struct PacketInfo: Sendable, Equatable {
    public var stream: Int
    /// Byte offset in the file, when the demuxer knows it.
    public var offset: Int64?
    public var size: Int
    /// Presentation and decoding times in the stream's time base, when known.
    public var pts: Int64?
    public var dts: Int64?
    public var isKey: Bool
}

/// Decodes the best video stream of a file on libavcodec's own threads and hands out one picture at
/// a time. Owns the demuxer, decoder, packet and frame; nothing C escapes it.
public final class VideoDecoder {
    private let av: EvkAV
    private let input: FormatInput
    private var format: UnsafeMutablePointer<AVFormatContext> { input.context }
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
    /// How the video packets delimit NAL units (nil without a video stream).
    public let framing: NALFraming?
    /// Called with every packet of the video stream, in the order read (decode order), before it is
    /// decoded or skipped; the bytes are valid only during the call.
    public var packetObserver: ((PacketInfo, UnsafeRawBufferPointer) -> Void)?
    /// Packets of the video stream read so far (all of them, whatever is decoded).
    public private(set) var videoPacketsRead: Int64 = 0
    /// The container's index promised more video samples than the file holds (set at the end of reading).
    public private(set) var endedEarly: (read: Int64, indexed: Int64)?

    /// Opens `path` (through `reader` when given), picks its best video stream and opens a decoder with
    /// `threads` threads (0 = one per core); with `.none`, no decoder.
    public init(path: String, reader: HashingReader? = nil, selection: DecodeSelection = .all, threads: Int = 0) throws(MediaBridgeError) {
        let av = try FFmpegCalls.library()
        let input = try FormatInput(av, path: path, reader: reader)
        let format = input.context
        try FFmpegCalls.findStreamInfo(av, format)
        var decoderPointer: UnsafePointer<AVCodec>? = nil
        let index = av.av_find_best_stream!(format, AVMEDIA_TYPE_VIDEO, -1, -1, &decoderPointer, 0)
        let videoStream = index >= 0 ? format.pointee.streams[Int(index)] : nil
        if selection == .none {
            // Packets only: describe what there is, decode nothing.
            self.av = av
            self.input = input
            self.codec = nil
            self.decodeErrors = evk_decode_errors_new()!
            self.packet = av.av_packet_alloc!()
            self.frame = nil
            self.streamIndex = index
            self.selection = selection
            self.timeBase = videoStream.map { Rational($0.pointee.time_base.num, $0.pointee.time_base.den) } ?? Rational(1, 1)
            self.indexedPackets = videoStream?.pointee.nb_frames ?? 0
            self.frameRate = videoStream.flatMap { s in [s.pointee.avg_frame_rate, s.pointee.r_frame_rate].first { $0.num > 0 && $0.den > 0 } }.map { Rational($0.num, $0.den) }
            self.displayRotation = videoStream.flatMap { Self.rotation(av, $0) }
            self.codecName = videoStream.flatMap { av.avcodec_get_name!($0.pointee.codecpar.pointee.codec_id).map { String(cString: $0) } } ?? "none"
            self.framing = videoStream.map { Self.framing(av, $0) }
            guard packet != nil else { throw .decoderUnavailable(codec: "allocation failed") }
            return
        }
        guard let stream = videoStream else {
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
        self.input = input
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
        self.displayRotation = Self.rotation(av, stream)
        self.codecName = av.avcodec_get_name!(stream.pointee.codecpar.pointee.codec_id).map { String(cString: $0) } ?? "unknown"
        self.framing = Self.framing(av, stream)
    }

    deinit {
        av.av_frame_free!(&frame)
        av.av_packet_free!(&packet)
        if codec != nil { av.avcodec_free_context!(&codec) } // joins the decoder's threads: nothing counts after this
        evk_decode_errors_free(decodeErrors)
        // `input` closes the format context after this.
    }

    private static func rotation(_ av: EvkAV, _ stream: UnsafeMutablePointer<AVStream>) -> Double? {
        var sideDataSize = 0
        guard let matrix = av.av_stream_get_side_data!(stream, AV_PKT_DATA_DISPLAYMATRIX, &sideDataSize), sideDataSize >= 36 else { return nil }
        let angle = matrix.withMemoryRebound(to: Int32.self, capacity: 9) { av.av_display_rotation_get!($0) }
        return angle.isFinite ? angle : nil
    }

    /// MP4/MOV H.264 and HEVC packets carry length-prefixed NAL units (the prefix size is in `avcC`/`hvcC`);
    /// raw streams, TS and most recorder formats carry Annex B start codes.
    private static func framing(_ av: EvkAV, _ stream: UnsafeMutablePointer<AVStream>) -> NALFraming {
        guard let par = stream.pointee.codecpar else { return .annexB }
        let codec = av.avcodec_get_name!(par.pointee.codec_id).map { String(cString: $0) } ?? "unknown"
        let extra = par.pointee.extradata.map { Array(UnsafeBufferPointer(start: $0, count: Int(par.pointee.extradata_size))) } ?? []
        if codec == "h264", extra.count >= 7, extra[0] == 1 { return .lengthPrefixed(Int(extra[4] & 3) + 1) }
        if codec == "hevc", extra.count >= 23, extra[0] == 1 { return .lengthPrefixed(Int(extra[21] & 3) + 1) }
        return .annexB
    }

    /// Reads every remaining packet without decoding (selection `.none`), showing each video packet to the
    /// observer. Throws when reading fails part-way (where, and why).
    public func readAllPackets() throws(MediaBridgeError) {
        guard let packet else { return }
        while true {
            let read = av.av_read_frame!(format, packet)
            if read < 0 {
                if read != evk_averror_eof() {
                    throw .decodeFailed(frameIndex: 0, byteOffset: lastPacketOffset, reason: FFmpegCalls.describe(av, read))
                }
                noteEnd()
                return
            }
            defer { av.av_packet_unref!(packet) }
            _ = observe(packet)
        }
    }

    /// Counts and shows one packet to the observer; true when it belongs to the video stream.
    private func observe(_ packet: UnsafeMutablePointer<AVPacket>) -> Bool {
        guard streamIndex >= 0, packet.pointee.stream_index == streamIndex else { return false }
        videoPacketsRead += 1
        lastPacketOffset = packet.pointee.pos >= 0 ? packet.pointee.pos : nil
        if let packetObserver, let data = packet.pointee.data {
            let nopts = evk_nopts_value()
            let info = PacketInfo(stream: Int(packet.pointee.stream_index), offset: lastPacketOffset, size: Int(packet.pointee.size),
                                  pts: packet.pointee.pts == nopts ? nil : packet.pointee.pts, dts: packet.pointee.dts == nopts ? nil : packet.pointee.dts,
                                  isKey: packet.pointee.flags & Int32(evk_pkt_flag_key()) != 0)
            packetObserver(info, UnsafeRawBufferPointer(start: data, count: Int(packet.pointee.size)))
        }
        if earlyPackets.count < 8, let data = packet.pointee.data {
            earlyPackets.append(PacketSample(offset: lastPacketOffset, size: Int(packet.pointee.size),
                                             isKey: packet.pointee.flags & Int32(evk_pkt_flag_key()) != 0,
                                             bytes: Array(UnsafeBufferPointer(start: data, count: min(Int(packet.pointee.size), 64 << 10)))))
        }
        return true
    }

    /// At the end of the file: the container's sample table promised more video packets than were read
    /// (a cut-off recording, or a shortened file whose index was not rewritten).
    private func noteEnd() {
        if indexedPackets > 0 && videoPacketsRead < indexedPackets { endedEarly = (videoPacketsRead, indexedPackets) }
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
                } else {
                    noteEnd()
                    if let (n, indexed) = endedEarly, selection == .all {
                        // The container's sample table promised more: the data ends early (a cut-off
                        // recording or a shortened file whose index was not rewritten).
                        pendingFailure = (lastPacketOffset, "the video ended after \(n) of the \(indexed) samples its index lists (file truncated, or index altered)")
                    }
                }
                draining = true
                _ = av.avcodec_send_packet!(codec, nil)
                continue
            }
            defer { av.av_packet_unref!(packet) }
            guard observe(packet) else { continue }
            if selection == .keyframes && packet.pointee.flags & Int32(evk_pkt_flag_key()) == 0 { continue }
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
