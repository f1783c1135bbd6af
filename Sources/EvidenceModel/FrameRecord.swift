/// One decoded picture of a video: when it is shown, how it was coded, where its bytes are, and its
/// PDQ hash. `evidence hash --frames` prints these; detectors and `compare` consume them.
public struct FrameRecord: Sendable, Codable, Equatable {
    /// Output (display) order from 0 — the vPDQ `frame_number`.
    public var index: Int
    /// Presentation time from the stream's own timestamps; for streams without timestamps (raw
    /// H.264/H.265 from CCTV) index ÷ frame rate, flagged by `secondsFromFrameRate`.
    public var seconds: Double?
    public var secondsFromFrameRate: Bool?
    /// The same time in stream time-base units.
    public var pts: Int64?
    /// `I`, `P`, `B` (FFmpeg's letters; `?` when the codec does not say).
    public var pictureType: String
    public var key: Bool
    /// Size and byte offset of the packet that carried the picture.
    public var packetSize: Int?
    public var packetOffset: Int64?
    /// PDQ of the picture as coded (what vPDQ hashes).
    public var pdq: PDQHash
    /// PDQ of the picture as players show it, when the stream's display matrix rotates it (phones
    /// filming upright): what a re-encode that applies the rotation will hash to.
    public var pdqDisplayed: PDQHash?
    /// PDQ quality 0–100 (hashes under 50 are usually ignored when matching).
    public var quality: Int
    /// The decoder reported errors in this picture (concealed macroblocks, missing references).
    public var corrupt: Bool
    /// Decoded picture size (a change mid-stream means parts with different parameter sets were joined).
    public var width: Int? = nil
    public var height: Int? = nil
    /// With crops asked for (the duplicates index): PDQ of 95 % and 90 % sub-pictures of a keyframe as shown.
    public var pdqCrops: [PDQHash]? = nil

    /// vPDQ's line: `frame_number,quality,hash_hex,timestamp` (timestamp with three decimals).
    public var vpdqLine: String {
        "\(index),\(quality),\(pdq.hex),\(Self.fixed3(seconds ?? 0))"
    }

    public static func fixed3(_ v: Double) -> String {
        let negative = v < 0
        let thousandths = Int64((abs(v) * 1000).rounded())
        let frac = String(thousandths % 1000)
        return (negative && thousandths > 0 ? "-" : "") + String(thousandths / 1000) + "." + String(repeating: "0", count: 3 - frac.count) + frac
    }

    public init(index: Int, seconds: Double? = nil, secondsFromFrameRate: Bool? = nil, pts: Int64? = nil, pictureType: String, key: Bool, packetSize: Int? = nil, packetOffset: Int64? = nil, pdq: PDQHash, pdqDisplayed: PDQHash? = nil, quality: Int, corrupt: Bool, width: Int? = nil, height: Int? = nil) {
        self.index = index
        self.seconds = seconds
        self.secondsFromFrameRate = secondsFromFrameRate
        self.pts = pts
        self.pictureType = pictureType
        self.key = key
        self.packetSize = packetSize
        self.packetOffset = packetOffset
        self.pdq = pdq
        self.pdqDisplayed = pdqDisplayed
        self.quality = quality
        self.corrupt = corrupt
        self.width = width
        self.height = height
    }
}

/// Which pictures of a clip to hash.
public enum FrameSelection: Sendable, Equatable, CustomStringConvertible {
    case all
    case keyframes
    /// The first picture at or after every multiple of this many seconds (all pictures are decoded).
    case every(seconds: Double)

    /// `all`, `keyframes`, or `every:SECONDS`.
    public init?(argument: String) {
        switch argument {
        case "all": self = .all
        case "keyframes", "key": self = .keyframes
        default:
            guard argument.hasPrefix("every:"), let s = Double(argument.dropFirst(6)), s > 0, s.isFinite else { return nil }
            self = .every(seconds: s)
        }
    }

    public var description: String {
        switch self {
        case .all: return "all"
        case .keyframes: return "keyframes"
        case let .every(s): return "every:\(s)"
        }
    }
}

/// Something the decoder could not use: a packet it rejected, or the point where decoding stopped.
public struct DecodeIssue: Sendable, Codable, Equatable {
    /// Pictures output before it.
    public var afterFrame: Int
    /// The packet's byte offset, when the demuxer knows it.
    public var byteOffset: Int64?
    /// The decoder's or demuxer's own words (FFmpeg's error text), never a format string.
    public var message: String
    /// Set when the container's index listed more video samples than the file holds: how many were read
    /// and how many the index promised (the data ends early: a cut-off recording or a shortened file).
    public var packetsRead: Int64?
    public var packetsIndexed: Int64?

    public init(afterFrame: Int, byteOffset: Int64?, message: String) {
        self.afterFrame = afterFrame
        self.byteOffset = byteOffset
        self.message = message
    }
}
