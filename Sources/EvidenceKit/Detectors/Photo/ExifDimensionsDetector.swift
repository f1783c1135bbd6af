/// `photo.exif.dimensions` — the picture's real size (JPEG frame header, HEIF `ispe`) differs from the
/// size the camera recorded in EXIF (PixelXDimension/PixelYDimension, else ImageWidth/ImageLength).
/// Editors that resize or crop often copy the original EXIF unchanged.
public struct ExifDimensionsDetector: Detector {
    public static let description = DetectorDescription(
        id: "photo.exif.dimensions", name: "Picture size differs from the size EXIF recorded",
        nameVi: "Kích thước ảnh khác với kích thước ghi trong EXIF",
        severity: .strong, indicates: .reEncoded,
        rationale: "The camera writes the pixel size of the picture it encodes into EXIF. A resize or crop made afterwards changes the picture but tools often carry the old EXIF across. A different aspect ratio means part of it was cut away (edited); the same aspect ratio means it was scaled, or cut to the same shape — the file shows only that it was saved again (re-encoded), and the EXIF thumbnail, where there is one, tells a crop. Width and height swapped is not counted: HEIF stores rotation separately and some phones record the other orientation.",
        rationaleVi: "Máy ảnh ghi kích thước điểm ảnh của ảnh nó mã hóa vào EXIF. Việc thu phóng hay cắt ảnh về sau làm thay đổi ảnh, nhưng các công cụ thường chép nguyên EXIF cũ sang. Tỉ lệ khung khác đi nghĩa là một phần ảnh đã bị cắt bỏ (đã chỉnh sửa); tỉ lệ khung giữ nguyên nghĩa là ảnh đã được thu phóng, hoặc bị cắt theo đúng tỉ lệ đó — tệp chỉ cho thấy nó đã được lưu lại (mã hóa lại), còn ảnh thu nhỏ EXIF, nếu có, sẽ cho biết có bị cắt hay không. Chiều rộng và chiều cao bị đảo chỗ cho nhau thì không tính: HEIF lưu phép xoay riêng và một số điện thoại ghi theo hướng kia.",
        examples: [
            DetectorExample("sizes agree", .synthetic(kind: .photo).withPhoto(width: 4032, height: 3024, exif: (4032, 3024)), fires: false),
            DetectorExample("HEIF stores the turned size", .synthetic(kind: .photo).withPhoto(width: 3024, height: 4032, exif: (4032, 3024)), fires: false),
            DetectorExample("no EXIF size", .synthetic(kind: .photo).withPhoto(width: 1280, height: 1022, exif: nil), fires: false),
            DetectorExample("downscaled", .synthetic(kind: .photo).withPhoto(width: 500, height: 375, exif: (3648, 2736)), fires: true),
            DetectorExample("cropped", .synthetic(kind: .photo).withPhoto(width: 2566, height: 3313, exif: (4032, 3024)), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .photo, let w = e.inspection.metadata.imageWidth, let h = e.inspection.metadata.imageHeight,
              let s = e.inspection.exif?.summary else { return [] }
        let recorded: (Int, Int, String)
        if let pw = s.pixelWidth, let ph = s.pixelHeight, pw > 0, ph > 0 {
            recorded = (pw, ph, "EXIF PixelXDimension × PixelYDimension")
        } else if let iw = s.imageWidth, let ih = s.imageHeight, iw > 0, ih > 0 {
            recorded = (iw, ih, "EXIF ImageWidth × ImageLength")
        } else { return [] }
        let (ew, eh, field) = recorded
        if (ew == w && eh == h) || (ew == h && eh == w) { return [] }
        let actualRatio = Double(max(w, h)) / Double(min(w, h)), recordedRatio = Double(max(ew, eh)) / Double(min(ew, eh))
        let sameShape = abs(actualRatio - recordedRatio) / recordedRatio < 0.01
        let evidence: [String: EvidenceValue] = ["width": .int(Int64(w)), "height": .int(Int64(h)), "exifWidth": .int(Int64(ew)), "exifHeight": .int(Int64(eh)),
                                                 "field": .string(field), "byteOffset": .int(e.inspection.exif?.tiffHeaderOffset ?? 0)]
        if sameShape {
            return [finding(message("scaled", ["w": .number(w), "h": .number(h), "field": .text(field), "ew": .number(ew), "eh": .number(eh),
                                               "scale": .decimal(Double(max(w, h)) / Double(max(ew, eh)), places: 3)]), evidence)]
        }
        return [finding(message("cropped", ["w": .number(w), "h": .number(h), "field": .text(field), "ew": .number(ew), "eh": .number(eh),
                                            "aspect": .decimal(actualRatio, places: 3), "recordedAspect": .decimal(recordedRatio, places: 3)]),
                        evidence, indicates: .edited)]
    }

    func fmt(_ v: Double) -> String { String((v * 1000).rounded() / 1000) }
}

extension Evidence {
    /// A photo copy with a decoded size and, optionally, the EXIF pixel size (for examples).
    public func withPhoto(width: Int, height: Int, exif: (Int, Int)?) -> Evidence {
        var e = self
        e.inspection.metadata.imageWidth = width
        e.inspection.metadata.imageHeight = height
        var summary = ExifSummary(thumbnail: .init(present: false), makerNote: .init(present: false))
        summary.pixelWidth = exif?.0
        summary.pixelHeight = exif?.1
        e.inspection.exif = ExifReport(byteOrder: "big-endian (MM)", tiffHeaderOffset: 12, ifds: [:], summary: summary)
        return e
    }
}
