internal import CFFmpeg
internal import COpenSSL

/// The versions of the C libraries that read a file, for a report's method section: another version may read
/// the same file differently, so a re-run that wants the same bytes needs the same ones.
public enum LibraryVersions {
    /// FFmpeg's as compiled against (the shared libraries of the same major version are loaded at run time),
    /// OpenSSL's and (for photos, whose pictures it decodes) libheif's as running.
    public static func all(heif: Bool) -> [String: String] {
        var v: [String: String] = [
            "libavformat": "\(LIBAVFORMAT_VERSION_MAJOR).\(LIBAVFORMAT_VERSION_MINOR).\(LIBAVFORMAT_VERSION_MICRO)",
            "libavcodec": "\(LIBAVCODEC_VERSION_MAJOR).\(LIBAVCODEC_VERSION_MINOR).\(LIBAVCODEC_VERSION_MICRO)",
            "openssl": String(cString: OpenSSL_version(0)),
        ]
        if heif, let heif = HeifDecoder.libraryVersion { v["libheif"] = heif }
        return v
    }
}
