internal import CFFmpeg

/// Every libav* call goes through here: the function table is loaded on first use (see
/// `Sources/CFFmpeg/shim.h` for why FFmpeg is not linked), and AVERROR codes become typed errors in
/// one place (the swift-system pattern). Nothing here passes file-derived text as a format string.
enum FFmpegCalls {
    private struct Table: @unchecked Sendable {
        // @unchecked: the table is written once inside pthread_once and only read afterwards.
        let pointer: UnsafePointer<EvkAV>
    }

    private static let loaded: Result<Table, MediaBridgeError> = {
        let table = evk_av()!
        if let error = table.pointee.error {
            return .failure(.libraryUnavailable(reason: String(cString: error)))
        }
        // FFmpeg logs to stderr by default; the CLI owns stderr. Errors go to a callback that prints
        // nothing and counts decoder errors per decoder (see evk_log_callback in shim.h).
        table.pointee.av_log_set_callback!(evk_log_callback_pointer())
        table.pointee.av_log_set_level!(AV_LOG_ERROR)
        return .success(Table(pointer: table))
    }()

    /// The loaded function table.
    static func library() throws(MediaBridgeError) -> EvkAV {
        try loaded.get().pointer.pointee
    }

    static func errorText(_ av: EvkAV, _ code: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        if av.av_strerror!(code, &buffer, buffer.count) < 0 { return "error \(code)" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `avformat_open_input`: on failure FFmpeg frees the context and leaves the pointer nil.
    static func openInput(_ av: EvkAV, _ path: String) throws(MediaBridgeError) -> UnsafeMutablePointer<AVFormatContext> {
        // libavformat opens the path itself and would block on a FIFO: refuse non-regular files first.
        try Syscalls.requireRegularFile(path)
        var context: UnsafeMutablePointer<AVFormatContext>? = nil
        let rc = av.avformat_open_input!(&context, path, nil, nil)
        guard rc >= 0, let context else {
            throw .demuxFailed(stage: "cannot open as media", code: rc, reason: describe(av, rc))
        }
        return context
    }

    /// `avformat_find_stream_info`: reads packets to fill codec parameters.
    static func findStreamInfo(_ av: EvkAV, _ context: UnsafeMutablePointer<AVFormatContext>) throws(MediaBridgeError) {
        let rc = av.avformat_find_stream_info!(context, nil)
        if rc < 0 {
            throw .demuxFailed(stage: "cannot read stream information", code: rc, reason: describe(av, rc))
        }
    }

    static func closeInput(_ av: EvkAV, _ context: UnsafeMutablePointer<AVFormatContext>) {
        var c: UnsafeMutablePointer<AVFormatContext>? = context
        av.avformat_close_input!(&c)
    }

    /// Plain-language reading of the AVERROR codes a hostile or damaged file produces.
    static func describe(_ av: EvkAV, _ code: Int32) -> String {
        if code == evk_averror_invaliddata() { return "invalid data found when processing input" }
        if code == evk_averror_eof() { return "unexpected end of file" }
        return errorText(av, code)
    }

    /// Copies an `AVDictionary` into Swift (key order as stored).
    static func dictionary(_ av: EvkAV, _ dict: OpaquePointer?) -> [(String, String)] {
        guard let dict else { return [] }
        var out: [(String, String)] = []
        var entry: UnsafeMutablePointer<AVDictionaryEntry>? = nil
        while let e = av.av_dict_get!(dict, "", entry, AV_DICT_IGNORE_SUFFIX) {
            out.append((String(cString: e.pointee.key), String(cString: e.pointee.value)))
            entry = e
        }
        return out
    }
}
