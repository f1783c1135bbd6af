/// `photo.picture.undecodable` — below `--depth structure` the JPEG or HEIC picture is decoded; when it cannot
/// be decoded at all (hostile sizes, missing tables, no scan; a HEIC neither libheif nor its HEVC items decode),
/// nothing in it can be checked.
public struct UndecodablePictureDetector: Detector {
    public static let description = DetectorDescription(
        id: "photo.picture.undecodable", name: "The photo's picture cannot be decoded",
        nameVi: "Không giải mã được hình ảnh",
        severity: .conclusive, indicates: .unreadable,
        rationale: "A camera JPEG always decodes. When the decoder refuses the picture (a declared size beyond any camera's, missing tables, no scan data), its pixels cannot be examined, whatever the metadata says. Reported with the decoder's reason; the metadata findings are kept. A HEIC picture is decoded by libheif or, when libheif refuses the file (Debian 12's 1.15 and the gain-map items of iOS 18 and later), from its own HEVC items; one that neither decodes may be a limit of the tool rather than of the file, so it is not called unreadable — but at a depth that decodes, a picture nobody could look at is not accepted either (inconclusive, with the decoders' reasons).",
        rationaleVi: "Ảnh JPEG từ máy ảnh luôn giải mã được. Khi bộ giải mã từ chối ảnh (kích thước khai báo vượt quá mọi máy ảnh, thiếu bảng, không có dữ liệu quét), không thể kiểm tra các điểm ảnh của nó, dù siêu dữ liệu nói gì. Phát hiện được báo kèm lý do của bộ giải mã; các phát hiện về siêu dữ liệu vẫn được giữ. Ảnh HEIC được giải mã bằng libheif, hoặc khi libheif từ chối tệp (bản 1.15 của Debian 12 với các mục gain map của iOS 18 trở lên) thì giải mã trực tiếp từ các mục HEVC của chính nó; một ảnh mà cả hai cách đều không giải mã được có thể là giới hạn của công cụ chứ không phải của tệp, nên không bị gọi là không đọc được — nhưng ở mức kiểm tra có giải mã, một ảnh không ai xem được cũng không được chấp nhận (chưa kết luận được, kèm lý do của các bộ giải mã).",
        examples: [
            DetectorExample("decoded", .synthetic(kind: .photo), fires: false),
            DetectorExample("declared 65535×65535", .synthetic(kind: .photo).withPictureDecodeError("Picture size 65535x65535 is invalid"), fires: true,
                            severity: .conclusive, indicates: .unreadable),
            DetectorExample("HEIC neither decoder can decode (not accepted, not accused)", .synthetic(kind: .photo).withPixelLimitation("Unsupported feature: Unsupported color conversion"), fires: true,
                            severity: .strong, indicates: .inconclusive),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        if let limit = e.pixelLimitation {
            // Perhaps the tool, not the file (a coding neither libheif nor libavcodec here supports): never
            // `unreadable`, but a picture nobody looked at is not accepted at a depth that decodes.
            // Where: the primary item (its id and first bytes), else the start of the file.
            var evidence: [String: EvidenceValue] = ["reason": .string(limit), "byteOffset": .int(0)]
            if let p = e.inspection.structure.heif?.primary {
                evidence["item"] = .int(Int64(p.id))
                if let o = p.extents.first?.offset { evidence["byteOffset"] = .int(o) }
            }
            return [finding(message("not-examined", ["reason": .text(limit)]),
                            evidence, severity: .strong, indicates: .inconclusive)]
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
