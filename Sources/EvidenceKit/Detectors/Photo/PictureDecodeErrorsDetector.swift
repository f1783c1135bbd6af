/// `photo.picture.decode-errors` — the JPEG picture decodes, but the decoder reports errors in its
/// coded data (bad codes, blocks it had to conceal). A camera's encoder writes data its decoder reads
/// cleanly: the bytes were changed after capture — by damage in storage or transfer, or by hand.
public struct PictureDecodeErrorsDetector: Detector {
    public static let description = DetectorDescription(
        id: "photo.picture.decode-errors", name: "The photo's picture decodes with errors",
        nameVi: "Hình ảnh giải mã bị lỗi",
        severity: .strong, indicates: .inconclusive,
        rationale: "Every camera JPEG in the corpus decodes without a single error. When libavcodec reports errors in the coded picture (a bad Huffman code, a DC value out of range, blocks concealed), its bytes differ from what the camera's encoder wrote: damage in storage or transfer, or a byte-level change. The pixels after the first error are the decoder's guess, so what they show — a thumbnail that disagrees, a flat area — cannot be told from an edit: the photo needs review, not a verdict. (libheif does not report such errors for HEIC.)",
        rationaleVi: "Mọi ảnh JPEG từ máy ảnh trong bộ mẫu đều giải mã không có một lỗi nào. Khi libavcodec báo lỗi trong dữ liệu ảnh đã mã hóa (một mã Huffman sai, một giá trị DC vượt phạm vi, các khối phải che lỗi), các byte của nó khác với những gì bộ mã hóa của máy ảnh đã ghi: hư hỏng khi lưu trữ hay truyền, hoặc một thay đổi ở mức byte. Các điểm ảnh sau lỗi đầu tiên là phỏng đoán của bộ giải mã, nên những gì chúng cho thấy — một ảnh thu nhỏ không khớp, một vùng phẳng — không thể phân biệt với một lần chỉnh sửa: ảnh cần được xem xét, không phải kết luận. (libheif không báo những lỗi như vậy với HEIC.)",
        examples: [
            DetectorExample("clean decode", .synthetic(kind: .photo).withPictureErrors(false), fires: false),
            DetectorExample("bytes flipped in the scan", .synthetic(kind: .photo).withPictureErrors(true), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.pictureDecodedWithErrors == true else { return [] }
        let sos = e.inspection.structure.segments?.first { $0.marker == "SOS" }
        let evidence: [String: EvidenceValue] = ["byteOffset": .int(sos?.offset ?? e.pictureHeaderOffset), "decoder": "libavcodec mjpeg"]
        return [finding(message("errors", ["byteOffset": .int(sos?.offset ?? e.pictureHeaderOffset)]),
                        evidence)]
    }
}

extension Evidence {
    /// A photo whose picture decoded with (or without) errors (for examples).
    public func withPictureErrors(_ errors: Bool) -> Evidence {
        var e = self
        e.pictureDecodedWithErrors = errors
        return e
    }
}
