/// `photo.picture.undecodable` — below `--depth structure` the JPEG picture is decoded; when libavcodec
/// cannot decode it at all (hostile sizes, missing tables, no scan), nothing in it can be checked.
public struct UndecodablePictureDetector: Detector {
    public static let description = DetectorDescription(
        id: "photo.picture.undecodable", name: "The photo's picture cannot be decoded",
        nameVi: "Không giải mã được hình ảnh",
        severity: .conclusive, indicates: .unreadable,
        rationale: "A camera JPEG always decodes. When the decoder refuses the picture (a declared size beyond any camera's, missing tables, no scan data), its pixels cannot be examined, whatever the metadata says. Reported with the decoder's reason; the metadata findings are kept. A HEIC picture that this build's libheif cannot decode (Debian 12's 1.15 and iOS 18+ files with gain maps) is only noted (info): that is a limit of the tool, not of the file.",
        rationaleVi: "Ảnh JPEG từ máy ảnh luôn giải mã được. Khi bộ giải mã từ chối ảnh (kích thước khai báo vượt quá mọi máy ảnh, thiếu bảng, không có dữ liệu quét), không thể kiểm tra các điểm ảnh của nó, dù siêu dữ liệu nói gì. Phát hiện được báo kèm lý do của bộ giải mã; các phát hiện về siêu dữ liệu vẫn được giữ. Một ảnh HEIC mà libheif của bản dựng này không giải mã được (bản 1.15 của Debian 12 với các tệp iOS 18 trở lên có gain map) chỉ được ghi nhận (thông tin): đó là giới hạn của công cụ, không phải của tệp.",
        examples: [
            DetectorExample("decoded", .synthetic(kind: .photo), fires: false),
            DetectorExample("declared 65535×65535", .synthetic(kind: .photo).withPictureDecodeError("Picture size 65535x65535 is invalid"), fires: true),
            DetectorExample("HEIC this libheif cannot decode (noted, not evidence)", .synthetic(kind: .photo).withPixelLimitation("Unsupported feature: Unsupported color conversion"), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        if let limit = e.pixelLimitation {
            // The tool, not the file: Debian 12's libheif 1.15 refuses iOS 18+ pictures with gain maps, and
            // pictures declaring more pixels than any camera are not decoded at all.
            var evidence: [String: EvidenceValue] = ["reason": .string(limit)]
            if let p = e.inspection.structure.heif?.primary, let o = p.extents.first?.offset { evidence["byteOffset"] = .int(o) }
            return [finding(message("not-examined", ["reason": .text(limit)]),
                            evidence, severity: .info, indicates: VerdictClass.none)]
        }
        guard let reason = e.pictureDecodeError else { return [] }
        var evidence: [String: EvidenceValue] = ["reason": .string(reason), "byteOffset": .int(e.pictureHeaderOffset)]
        if let f = e.inspection.structure.frame { evidence["declaredSize"] = .string("\(f.width)x\(f.height)") }
        return [finding(message("undecodable", ["reason": .text(reason)]), evidence)]
    }
}

extension Evidence {
    /// A photo whose picture failed to decode (for examples).
    public func withPictureDecodeError(_ reason: String) -> Evidence {
        var e = self
        e.pictureDecodeError = reason
        return e
    }

    /// A HEIC photo whose picture this build's libheif could not decode (for examples).
    public func withPixelLimitation(_ reason: String) -> Evidence {
        var e = self
        e.pixelLimitation = reason
        return e
    }
}
