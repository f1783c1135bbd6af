/// Decides what a file is from its first bytes (magic numbers), never from its name.
public enum FileFamily: String, Sendable, Codable {
    case jpeg, png, heif, isoBMFF = "iso-bmff", matroska, avi, mpegTS = "mpeg-ts", dahua, annexB = "h26x-annex-b", bcMedia = "bcmedia", gif, webp, unknown

    /// Elementary streams and recorder framings with no index that vouches for the end of the stream:
    /// whether the last picture is complete is known only by decoding it.
    public var isRawStream: Bool { self == .annexB || self == .bcMedia || self == .dahua }

    public var kind: MediaKind {
        switch self {
        case .jpeg, .png, .heif, .gif, .webp: return .photo
        case .isoBMFF, .matroska, .avi, .mpegTS, .dahua, .annexB, .bcMedia: return .video
        case .unknown: return .other
        }
    }
}

public enum Sniffer {
    /// HEIF still-image brands (ISO/IEC 23008-12 Annex B; `avif` from the AV1 image format).
    static let stillImageBrands: Set<String> = ["heic", "heix", "heim", "heis", "mif1", "mif2", "avif", "avis"]
    static let quickTimeTopLevel: Set<String> = ["moov", "mdat", "wide", "free", "skip", "pnot", "uuid"]

    public static func family(of head: [UInt8]) -> FileFamily {
        func at(_ i: Int, _ s: String) -> Bool {
            let b = Array(s.utf8)
            return head.count >= i + b.count && Array(head[i..<i + b.count]) == b
        }
        if head.count >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF { return .jpeg }
        if head.count >= 8 && head[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] { return .png }
        if at(0, "GIF87a") || at(0, "GIF89a") { return .gif }
        if at(0, "RIFF") && at(8, "WEBP") { return .webp }
        if at(0, "RIFF") && at(8, "AVI ") { return .avi }
        if head.count >= 4 && head[0..<4] == [0x1A, 0x45, 0xDF, 0xA3] { return .matroska }
        if at(0, "DHAV") { return .dahua }
        // Reolink/Swann BcMedia recordings (the Baichuan protocol's media framing): each frame starts with a
        // four-character magic, "00dc"/"01dc" + codec name for I/P pictures, "1001"/"1002" for the stream info.
        if (at(0, "00dc") || at(0, "01dc")) && (at(4, "H264") || at(4, "H265")) { return .bcMedia }
        if (at(0, "1001") || at(0, "1002")) && head.count >= 32 { return .bcMedia }
        if at(4, "ftyp") {
            var brands: [String] = []
            if head.count >= 12 { brands.append(FourCC.string(head[8..<12])) }
            var size = 0
            for b in head.prefix(4) { size = size << 8 | Int(b) }
            var i = 16
            while i + 4 <= min(size, head.count) { brands.append(FourCC.string(head[i..<i + 4])); i += 4 }
            // A still image only when the major brand says so; `msf1`/`hevc` sequences and
            // movies that merely list `mif1` stay videos.
            if let major = brands.first, stillImageBrands.contains(major) { return .heif }
            return .isoBMFF
        }
        if head.count >= 8, quickTimeTopLevel.contains(FourCC.string(head[4..<8])) { return .isoBMFF }
        if head.count >= 377 && head[0] == 0x47 && head[188] == 0x47 && head[376] == 0x47 { return .mpegTS }
        if head.count >= 5 && head[0] == 0 && head[1] == 0 && (head[2] == 1 || (head[2] == 0 && head[3] == 1)) { return .annexB }
        return .unknown
    }
}
