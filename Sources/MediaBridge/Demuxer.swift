internal import CFFmpeg

/// An exact rational as FFmpeg stores it (`AVRational`); `nil` at the boundary when 0/0.
public struct Rational: Sendable, Hashable, Codable, CustomStringConvertible {
    public var numerator: Int32
    public var denominator: Int32
    public init(_ numerator: Int32, _ denominator: Int32) {
        self.numerator = numerator
        self.denominator = denominator
    }
    public var value: Double { Double(numerator) / Double(denominator) }
    public var description: String { "\(numerator)/\(denominator)" }
}

/// One stream as libavformat describes it, copied out of `AVStream`/`AVCodecParameters`.
public struct DemuxedStream: Sendable {
    public var index: Int
    public var mediaType: String
    public var codecName: String
    public var codecTag: String?
    public var profile: String?
    public var level: Int?
    public var width: Int?
    public var height: Int?
    public var pixelFormat: String?
    public var sampleFormat: String?
    public var averageFrameRate: Rational?
    public var realFrameRate: Rational?
    public var frameCount: Int64?
    public var bitRate: Int64?
    public var timeBase: Rational
    public var durationSeconds: Double?
    public var startSeconds: Double?
    public var sampleRate: Int?
    public var channels: Int?
    /// Rotation of the display matrix in degrees, counter-clockwise, as `av_display_rotation_get`
    /// (and ffprobe's side data) reports it.
    public var displayRotation: Double?
    public var tags: [String: String]
}

/// The start of one compressed packet, as stored.
public struct PacketSample: Sendable {
    /// Byte offset of the packet in the file, when the demuxer knows it.
    public var offset: Int64?
    public var size: Int
    public var isKey: Bool
    /// The first bytes of the packet.
    public var bytes: [UInt8]

    public init(offset: Int64?, size: Int, isKey: Bool, bytes: [UInt8]) {
        self.offset = offset
        self.size = size
        self.isKey = isKey
        self.bytes = bytes
    }
}

/// How a video stream's packets delimit NAL units: Annex B start codes, or a big-endian length of 1–4 bytes.
public enum NALFraming: Sendable, Equatable {
    case annexB
    case lengthPrefixed(Int)
}

/// What libavformat makes of a whole file.
public struct DemuxedContainer: Sendable {
    public var formatName: String
    public var formatLongName: String?
    public var durationSeconds: Double?
    public var startSeconds: Double?
    public var bitRate: Int64?
    public var tags: [String: String]
    public var streams: [DemuxedStream]
}

/// How libavformat's description of a container becomes values (`DemuxedContainer`, `DemuxedStream`). The one
/// libavformat session of a file is `VideoDecoder`'s (the probe's); this namespace only reads its context.
enum Demuxer {
    /// Describes an open format context (shared with `VideoDecoder`, which owns its own).
    static func describeContainer(_ context: UnsafeMutablePointer<AVFormatContext>, av: EvkAV) -> DemuxedContainer {
        let f = context.pointee
        let nopts = evk_nopts_value()
        let timeBase = Double(evk_time_base())
        var streams: [DemuxedStream] = []
        for i in 0..<Int(f.nb_streams) {
            guard let s = f.streams[i] else { continue }
            streams.append(Self.describe(stream: s, av: av))
        }
        return DemuxedContainer(
            formatName: f.iformat.map { String(cString: $0.pointee.name) } ?? "unknown",
            formatLongName: f.iformat.flatMap { $0.pointee.long_name.map { String(cString: $0) } },
            durationSeconds: f.duration == nopts || f.duration < 0 ? nil : Double(f.duration) / timeBase,
            startSeconds: f.start_time == nopts ? nil : Double(f.start_time) / timeBase,
            bitRate: f.bit_rate > 0 ? f.bit_rate : nil,
            tags: Dictionary(FFmpegCalls.dictionary(av, f.metadata), uniquingKeysWith: { a, _ in a }),
            streams: streams)
    }

    private static func rational(_ r: AVRational) -> Rational? {
        r.num == 0 || r.den == 0 ? nil : Rational(r.num, r.den)
    }

    private static func fourcc(_ tag: UInt32) -> String? {
        guard tag != 0 else { return nil }
        let bytes = [UInt8(tag & 0xff), UInt8((tag >> 8) & 0xff), UInt8((tag >> 16) & 0xff), UInt8(tag >> 24)]
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7f }) else { return hex32(tag) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func describe(stream s: UnsafeMutablePointer<AVStream>, av: EvkAV) -> DemuxedStream {
        let nopts = evk_nopts_value()
        let par = s.pointee.codecpar.pointee
        let tb = s.pointee.time_base
        let seconds: (Int64) -> Double? = { v in
            v == nopts || tb.den == 0 ? nil : Double(v) * Double(tb.num) / Double(tb.den)
        }
        let type: String
        switch par.codec_type {
        case AVMEDIA_TYPE_VIDEO: type = "video"
        case AVMEDIA_TYPE_AUDIO: type = "audio"
        case AVMEDIA_TYPE_DATA: type = "data"
        case AVMEDIA_TYPE_SUBTITLE: type = "subtitle"
        case AVMEDIA_TYPE_ATTACHMENT: type = "attachment"
        default: type = "unknown"
        }
        var rotation: Double? = nil
        var sideDataSize: Int = 0
        if let matrix = av.av_stream_get_side_data!(s, AV_PKT_DATA_DISPLAYMATRIX, &sideDataSize), sideDataSize >= 36 {
            let angle = matrix.withMemoryRebound(to: Int32.self, capacity: 9) { av.av_display_rotation_get!($0) }
            if angle.isFinite { rotation = angle == 0 ? 0 : angle }
        }
        let isVideo = par.codec_type == AVMEDIA_TYPE_VIDEO
        let isAudio = par.codec_type == AVMEDIA_TYPE_AUDIO
        return DemuxedStream(
            index: Int(s.pointee.index),
            mediaType: type,
            codecName: av.avcodec_get_name!(par.codec_id).map { String(cString: $0) } ?? "unknown",
            codecTag: fourcc(par.codec_tag),
            profile: av.avcodec_profile_name!(par.codec_id, par.profile).map { String(cString: $0) },
            level: par.level > 0 ? Int(par.level) : nil,
            width: isVideo && par.width > 0 ? Int(par.width) : nil,
            height: isVideo && par.height > 0 ? Int(par.height) : nil,
            pixelFormat: isVideo ? av.av_get_pix_fmt_name!(AVPixelFormat(rawValue: par.format)).map { String(cString: $0) } : nil,
            sampleFormat: isAudio ? av.av_get_sample_fmt_name!(AVSampleFormat(rawValue: par.format)).map { String(cString: $0) } : nil,
            averageFrameRate: isVideo ? rational(s.pointee.avg_frame_rate) : nil,
            realFrameRate: isVideo ? rational(s.pointee.r_frame_rate) : nil,
            frameCount: s.pointee.nb_frames > 0 ? s.pointee.nb_frames : nil,
            bitRate: par.bit_rate > 0 ? par.bit_rate : nil,
            timeBase: Rational(tb.num, tb.den),
            durationSeconds: seconds(s.pointee.duration),
            startSeconds: seconds(s.pointee.start_time),
            sampleRate: isAudio && par.sample_rate > 0 ? Int(par.sample_rate) : nil,
            channels: isAudio && par.ch_layout.nb_channels > 0 ? Int(par.ch_layout.nb_channels) : nil,
            displayRotation: rotation,
            tags: Dictionary(FFmpegCalls.dictionary(av, s.pointee.metadata), uniquingKeysWith: { a, _ in a }))
    }
}

func hex32(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, 8 - hex.count)) + hex
}
