internal import CFFmpeg
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open `AVFormatContext`, and, when it reads through a `HashingReader`, the custom `AVIOContext`
/// and the retained state its callbacks use. Closing frees all of them (a custom I/O context is not
/// freed by `avformat_close_input`).
final class FormatInput {
    let context: UnsafeMutablePointer<AVFormatContext>
    private let av: EvkAV
    private var io: UnsafeMutablePointer<AVIOContext>?
    private let state: Unmanaged<ReaderState>?

    /// Opens `path` with libavformat. With `reader`, libavformat reads through it (so its reads feed the
    /// file's SHA-256 and come off the disk once); `path` then only names the file in libavformat's probing.
    init(_ av: EvkAV, path: String, reader: HashingReader?) throws(MediaBridgeError) {
        self.av = av
        guard let reader else {
            context = try FFmpegCalls.openInput(av, path)
            io = nil
            state = nil
            return
        }
        guard var ctx = av.avformat_alloc_context!() else { throw .demuxFailed(stage: "cannot open as media", code: 0, reason: "out of memory") }
        let bufferSize: Int32 = 256 << 10
        guard let buffer = av.av_malloc!(Int(bufferSize)) else {
            av.avformat_free_context!(ctx)
            throw .demuxFailed(stage: "cannot open as media", code: 0, reason: "out of memory")
        }
        let retained = Unmanaged.passRetained(ReaderState(reader))
        guard let pb = av.avio_alloc_context!(buffer.assumingMemoryBound(to: UInt8.self), bufferSize, 0, retained.toOpaque(),
                                              ioRead, nil, ioSeek) else {
            av.av_free!(buffer)
            av.avformat_free_context!(ctx)
            retained.release()
            throw .demuxFailed(stage: "cannot open as media", code: 0, reason: "out of memory")
        }
        ctx.pointee.pb = pb
        ctx.pointee.flags |= Int32(evk_avfmt_flag_custom_io())
        // Bounds a hostile file cannot move (issue 19): the probe reads at most 5 MB, each stream's index keeps at
        // most 1 MiB of entries, and no more than 64 streams are made (cameras write at most a handful).
        ctx.pointee.probesize = 5_000_000
        ctx.pointee.max_index_size = 1 << 20
        ctx.pointee.max_streams = 64
        var opened: UnsafeMutablePointer<AVFormatContext>? = ctx
        let rc = av.avformat_open_input!(&opened, path, nil, nil)
        guard rc >= 0, let o = opened else {
            // On failure libavformat freed the format context but not our I/O context.
            Self.freeIO(av, pb)
            retained.release()
            throw .demuxFailed(stage: "cannot open as media", code: rc, reason: FFmpegCalls.describe(av, rc))
        }
        ctx = o
        context = ctx
        io = pb
        state = retained
    }

    deinit {
        FFmpegCalls.closeInput(av, context)
        if let io { Self.freeIO(av, io) }
        state?.release()
    }

    private static func freeIO(_ av: EvkAV, _ pb: UnsafeMutablePointer<AVIOContext>) {
        // libavformat may have replaced the buffer: free the one the context holds now.
        av.av_free!(pb.pointee.buffer)
        var p: UnsafeMutablePointer<AVIOContext>? = pb
        av.avio_context_free!(&p)
    }
}

/// The position of libavformat's reads in the file, and the reader they go through.
private final class ReaderState {
    let reader: HashingReader
    var position: Int64 = 0
    init(_ reader: HashingReader) { self.reader = reader }
}

/// `read_packet` callback: copies from the reader at the current position.
private func ioRead(_ opaque: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<UInt8>?, _ size: Int32) -> Int32 {
    guard let opaque, let buffer, size > 0 else { return evk_averror_eof() }
    let state = Unmanaged<ReaderState>.fromOpaque(opaque).takeUnretainedValue()
    do {
        let n = try state.reader.read(at: state.position, into: UnsafeMutableRawBufferPointer(start: buffer, count: Int(size)))
        if n == 0 { return evk_averror_eof() }
        state.position += Int64(n)
        return Int32(n)
    } catch {
        return evk_averror(EIO)
    }
}

/// `seek` callback: `AVSEEK_SIZE` asks for the size; otherwise SEEK_SET, SEEK_CUR or SEEK_END.
private func ioSeek(_ opaque: UnsafeMutableRawPointer?, _ offset: Int64, _ whence: Int32) -> Int64 {
    guard let opaque else { return -1 }
    let state = Unmanaged<ReaderState>.fromOpaque(opaque).takeUnretainedValue()
    if whence & evk_avseek_size() != 0 { return state.reader.size }
    let target: Int64
    switch whence & ~evk_avseek_force() {
    case SEEK_SET: target = offset
    case SEEK_CUR: target = state.position + offset
    case SEEK_END: target = state.reader.size + offset
    default: return -1
    }
    guard target >= 0 else { return Int64(evk_averror(EINVAL)) }
    state.position = target
    return target
}
