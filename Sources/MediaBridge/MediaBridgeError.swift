/// Typed errors raised at the C boundary. File-derived text never becomes a format string;
/// messages are plain Swift strings built from values.
public enum MediaBridgeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `open(2)`/`stat(2)` failed: the path is missing (`ENOENT`) or not readable (`EACCES`).
    case cannotOpen(path: String, errno: Int32, reason: String)
    /// The path names a directory or another non-regular file.
    case notARegularFile(path: String, what: String)
    /// `read(2)`/`pread(2)` failed part-way.
    case readFailed(path: String, offset: Int64, errno: Int32, reason: String)
    /// libavformat could not open or understand the file (`avformat_open_input`,
    /// `avformat_find_stream_info`); `code` is the AVERROR value, `reason` its `av_strerror` text.
    case demuxFailed(stage: String, code: Int32, reason: String)
    /// libexif found no usable EXIF structure in the bytes handed to it.
    case exifUnparseable(reason: String)
    /// The file has no video stream to decode.
    case noVideoStream
    /// FFmpeg has no decoder for the stream's codec.
    case decoderUnavailable(codec: String)
    /// Reading or decoding stopped part-way: after `frameIndex` pictures, near `byteOffset`.
    case decodeFailed(frameIndex: Int, byteOffset: Int64?, reason: String)
    /// The decoded pictures use a pixel layout the hasher does not read.
    case unsupportedPixels(format: String)
    /// libheif could not read or decode the image (message from libheif).
    case heifFailed(reason: String)
    /// The FFmpeg 5.1 shared libraries could not be loaded (`dlopen`/`dlsym`).
    case libraryUnavailable(reason: String)
    /// OpenSSL EVP call failed (never expected for SHA-256; reported, not trapped).
    case digestFailed(call: String)

    public var description: String {
        switch self {
        case let .cannotOpen(_, _, reason): return reason
        case let .notARegularFile(_, what): return "is \(what), not a regular file"
        case let .readFailed(_, offset, _, reason): return "read failed at byte \(offset): \(reason)"
        case let .demuxFailed(stage, _, reason): return "\(stage): \(reason)"
        case let .exifUnparseable(reason): return "EXIF not readable: \(reason)"
        case let .digestFailed(call): return "OpenSSL \(call) failed"
        case .noVideoStream: return "no video stream in the file"
        case let .decoderUnavailable(codec): return "no decoder for codec \(codec)"
        case let .decodeFailed(frame, offset, reason):
            return "decoding stopped after \(frame) frame(s)" + (offset.map { " near byte \($0)" } ?? "") + ": \(reason)"
        case let .unsupportedPixels(format): return "pixel format \(format) is not supported for hashing"
        case let .heifFailed(reason):
            return "HEIF decoding failed: libheif says \"\(reason)\" (Debian 12's libheif 1.15 cannot decode some recent iPhone HEIC files, iOS 18 and later, that carry HDR gain maps)"
        case let .libraryUnavailable(reason): return "shared library unavailable: \(reason)"
        }
    }

    /// True when the error means the input is absent or not readable (exit code 66),
    /// as opposed to present but not understood (exit code 65).
    public var isMissingInput: Bool {
        switch self {
        case .cannotOpen, .notARegularFile: return true
        default: return false
        }
    }
}
