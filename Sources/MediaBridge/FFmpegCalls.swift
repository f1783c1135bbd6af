internal import CFFmpeg

/// Every libav* call that can fail goes through here, so AVERROR codes become typed errors in one
/// place (the swift-system pattern). Nothing here passes file-derived text as a format string.
enum FFmpegCalls {
    /// FFmpeg logs to stderr by default; the CLI owns stderr, so silence it once per process.
    static let quietLogs: Void = { av_log_set_level(AV_LOG_QUIET) }()

    static func errorText(_ code: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        if av_strerror(code, &buffer, buffer.count) < 0 { return "error \(code)" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `avformat_open_input`: on failure FFmpeg frees the context and leaves the pointer nil.
    static func openInput(_ path: String) throws(MediaBridgeError) -> UnsafeMutablePointer<AVFormatContext> {
        _ = quietLogs
        var context: UnsafeMutablePointer<AVFormatContext>? = nil
        let rc = avformat_open_input(&context, path, nil, nil)
        guard rc >= 0, let context else {
            throw .demuxFailed(stage: "cannot open as media", code: rc, reason: describe(rc))
        }
        return context
    }

    /// `avformat_find_stream_info`: reads packets to fill codec parameters.
    static func findStreamInfo(_ context: UnsafeMutablePointer<AVFormatContext>) throws(MediaBridgeError) {
        let rc = avformat_find_stream_info(context, nil)
        if rc < 0 {
            throw .demuxFailed(stage: "cannot read stream information", code: rc, reason: describe(rc))
        }
    }

    /// Plain-language reading of the AVERROR codes a hostile or damaged file produces.
    static func describe(_ code: Int32) -> String {
        if code == evk_averror_invaliddata() { return "invalid data found when processing input" }
        if code == evk_averror_eof() { return "unexpected end of file" }
        return errorText(code)
    }

    /// Copies an `AVDictionary` into Swift (key order as stored).
    static func dictionary(_ dict: OpaquePointer?) -> [(String, String)] {
        guard let dict else { return [] }
        var out: [(String, String)] = []
        var entry: UnsafeMutablePointer<AVDictionaryEntry>? = nil
        while let e = av_dict_get(dict, "", entry, AV_DICT_IGNORE_SUFFIX) {
            out.append((String(cString: e.pointee.key), String(cString: e.pointee.value)))
            entry = e
        }
        return out
    }
}
