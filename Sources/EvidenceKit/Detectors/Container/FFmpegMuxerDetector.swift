/// `container.writer.ffmpeg` — the container was written by FFmpeg's muxer (libavformat, "Lavf"),
/// which names itself in the `encoder` tag (`©too`). Cameras write their own containers, so the file
/// was at least rewritten (remuxed, trimmed, converted); whether the pictures were re-encoded is for
/// the bitstream detectors to say. Without the tag (stripped, or `-fflags +bitexact`), libavformat's
/// file-type box still names it.
public struct FFmpegMuxerDetector: Detector {
    public static let description = DetectorDescription(
        id: "container.writer.ffmpeg", name: "Container written by FFmpeg (Lavf)",
        nameVi: "Tệp chứa được ghi bởi FFmpeg (Lavf)",
        severity: .strong, indicates: .remuxed,
        rationale: "libavformat writes its version (Lavf58.76.100) into the encoder tag of every MP4/MOV it muxes. Phones and cameras use their own writers. A Lavf tag means the container was rebuilt after recording, by a converter, an editor or an export tool. Without the tag (removed, or FFmpeg run with -fflags +bitexact) the file-type box still shows libavformat's habits: minor version 512 always, and compatible brands that repeat the major brand and add iso2, the codec's brand and mp41 (isom, iso2, avc1, mp41 by default; mp42, iso2, avc1, mp41 when -brand mp42 is given), or just qt in a MOV — which apps that reuse FFmpeg's settings (Telegram's muxer) write too; no camera original in the corpus does (phones write mp42 or qt with minor version 0, GoPro mp41 with its own). Told to keep all metadata (-movflags use_metadata_tags), libavformat also writes the input's file-type tags (major_brand, minor_version, compatible_brands) as QuickTime metadata keys, which no camera does. The handler name 'VideoHandler' alone is not used as evidence: some embedded camera muxers write it too.",
        rationaleVi: "libavformat ghi phiên bản của nó (Lavf58.76.100) vào thẻ encoder của mọi tệp MP4/MOV nó đóng gói. Điện thoại và máy quay dùng bộ ghi riêng của chúng. Một thẻ Lavf nghĩa là tệp chứa đã được dựng lại sau khi quay, bởi một phần mềm chuyển đổi, một phần mềm chỉnh sửa hay một công cụ xuất. Khi không có thẻ này (đã bị xóa, hoặc FFmpeg chạy với -fflags +bitexact), hộp kiểu tệp vẫn cho thấy thói quen của libavformat: phiên bản phụ luôn là 512, và các nhãn tương thích lặp lại nhãn chính rồi thêm iso2, nhãn của bộ mã và mp41 (mặc định là isom, iso2, avc1, mp41; là mp42, iso2, avc1, mp41 khi có -brand mp42), hoặc chỉ qt trong tệp MOV — điều mà các ứng dụng dùng lại thiết lập của FFmpeg (bộ ghi của Telegram) cũng làm; không tệp gốc nào từ máy quay trong bộ mẫu làm vậy (điện thoại ghi mp42 hoặc qt với phiên bản phụ 0, GoPro ghi mp41 với phiên bản riêng). Khi được yêu cầu giữ mọi siêu dữ liệu (-movflags use_metadata_tags), libavformat còn ghi các thẻ kiểu tệp của tệp nguồn (major_brand, minor_version, compatible_brands) thành khóa siêu dữ liệu QuickTime, điều mà không máy quay nào làm. Riêng tên trình xử lý 'VideoHandler' không được dùng làm bằng chứng: một số bộ ghi nhúng trong máy quay cũng ghi tên này.",
        examples: [
            DetectorExample("Apple camera file", .synthetic(handlers: ["Core Media Video"], items: [("com.apple.quicktime.make", "Apple")]), fires: false),
            DetectorExample("VideoHandler alone", .synthetic(handlers: ["VideoHandler"]), fires: false),
            DetectorExample("Lavf encoder tag", .synthetic(handlers: ["VideoHandler"], tags: ["encoder": "Lavf58.76.100"], items: [("©too", "Lavf58.76.100")]), fires: true),
            DetectorExample("Matroska ENCODER tag", .synthetic(majorBrand: nil, topLevel: [], tags: ["ENCODER": "Lavf59.27.100"]), fires: true),
            DetectorExample("libavformat's file-type box without the tag (Telegram)", .synthetic(handlers: ["VideoHandle", "SoundHandle"]).withFileType("isom", 512, ["isom", "iso2", "avc1", "mp41"]), fires: true),
            DetectorExample("libavformat's file type with -brand mp42", .synthetic(handlers: ["VideoHandle", "SoundHandle"]).withFileType("mp42", 512, ["mp42", "iso2", "avc1", "mp41"]), fires: true),
            DetectorExample("libavformat's MOV file type (qt, minor 512)", .synthetic(handlers: ["Core Media Video"]).withFileType("qt  ", 512, ["qt  "]), fires: true),
            DetectorExample("Apple camera file type (qt, minor 0)", .synthetic(handlers: ["Core Media Video"]).withFileType("qt  ", 0, ["qt  "]), fires: false),
            DetectorExample("the input's file type kept as metadata keys (-movflags use_metadata_tags)", .synthetic(handlers: ["VideoHandle", "SoundHandle"], items: [("com.android.version", "6.0.1")]).withFileType("mp42", 0, ["isom", "mp42"]).withMetadataKeys([("major_brand", "mp42"), ("minor_version", "0")]), fires: true),
            DetectorExample("Android camera file type", .synthetic(handlers: ["VideoHandle", "SoundHandle"]).withFileType("mp42", 0, ["isom", "mp42"]), fires: false),
            DetectorExample("isom with another minor version", .synthetic(handlers: ["MetaHandle"]).withFileType("isom", 131_072, ["isom", "iso2", "mp41"]), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        // Matroska writes the tag as ENCODER, MP4/MOV as encoder (©too).
        guard let (version, item) = e.ffmpegMuxerTag else {
            // libavformat told to keep metadata tags (-movflags use_metadata_tags) writes the input's format
            // tags — its file type among them — as QuickTime metadata keys; no camera stores its file type so.
            let formatKeys = e.items.filter { $0.source == "keys" && ["major_brand", "minor_version", "compatible_brands"].contains($0.key) }
            if let first = formatKeys.first {
                var evidence: [String: EvidenceValue] = ["byteOffset": .int(first.offset), "keys": .strings(formatKeys.map { "\($0.key) = \($0.value)" })]
                if !e.handlerNames.isEmpty { evidence["handlers"] = .strings(e.handlerNames) }
                return [finding(message("format-keys", ["keys": .list(formatKeys.map(\.key)), "byteOffset": .int(first.offset)]), evidence)]
            }
            guard let ftyp = e.libavformatFileType else { return [] }
            let ftypBox = e.inspection.structure.boxes?.first { $0.type == "ftyp" }
            var evidence: [String: EvidenceValue] = ["fileType": .string(ftyp), "byteOffset": .int(ftypBox?.offset ?? 0)]
            let handlers = e.handlerNames
            if !handlers.isEmpty { evidence["handlers"] = .strings(handlers) }
            return [finding(message("default-file-type", ["byteOffset": .int(ftypBox?.offset ?? 0), "fileType": .text(ftyp)]), evidence)]
        }
        var evidence: [String: EvidenceValue] = ["encoder": .string(version)]
        if let item, item.source == "tag" { evidence["byteOffset"] = .int(item.offset); evidence["tag"] = .string(item.key) }
        else if let item { evidence["byteOffset"] = .int(item.offset); evidence["atom"] = .string(item.key) } else { evidence["tag"] = .string("encoder") }
        let handlers = e.handlerNames
        if !handlers.isEmpty { evidence["handlers"] = .strings(handlers) }
        let m: Message
        if let item, item.source == "tag" {
            m = message("muxer-tag-text", ["version": .text(version), "byteOffset": .int(item.offset)])
        } else if let item {
            m = message("muxer-tag-atom", ["version": .text(version), "atom": .text(item.key), "byteOffset": .int(item.offset)])
        } else {
            m = message("muxer-tag", ["version": .text(version)])
        }
        return [finding(m, evidence)]
    }
}

extension Evidence {
    /// A copy with these QuickTime metadata keys (`keys`/`ilst`) added (for examples).
    public func withMetadataKeys(_ keys: [(String, String)]) -> Evidence {
        var e = self
        let items = e.inspection.container?.items ?? []
        e.inspection.container?.items = items + keys.enumerated().map { MetadataItem(key: $1.0, value: $1.1, source: "keys", offset: Int64(5_000 + $0 * 40)) }
        return e
    }

    /// A copy with this file-type box (for examples).
    public func withFileType(_ major: String, _ minor: UInt32, _ compatible: [String]) -> Evidence {
        var e = self
        e.inspection.container?.majorBrand = major
        e.inspection.container?.minorVersion = minor
        e.inspection.container?.compatibleBrands = compatible
        return e
    }
}
