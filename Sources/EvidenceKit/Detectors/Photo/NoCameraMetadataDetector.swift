/// `photo.exif.no-camera-metadata` — a photo without the EXIF a camera writes (no make and no model;
/// a capture time alone is kept by some converters). Messaging apps, screenshots and many converters
/// strip it; so do some privacy settings. Nothing then ties the picture to a camera, so the photo
/// cannot be accepted as an original: it goes to review (`inconclusive`), without accusing anyone.
public struct NoCameraMetadataDetector: Detector {
    public static let description = DetectorDescription(
        id: "photo.exif.no-camera-metadata", name: "Photo without camera EXIF",
        nameVi: "Ảnh không có EXIF của camera",
        severity: .strong, indicates: .inconclusive,
        rationale: "Every phone camera writes EXIF with its make, model and the capture time (all 14 corpus originals do). Telegram, Zalo, Facebook and WhatsApp re-compress photos and drop EXIF; screenshots never have it; users can also strip metadata on purpose. Without it nothing ties the picture to a camera or a time, so the photo is sent for review as inconclusive — not called edited.",
        rationaleVi: "Camera điện thoại luôn ghi EXIF với hãng, mẫu máy và thời điểm chụp (cả 14 ảnh gốc trong bộ mẫu). Telegram, Zalo, Facebook, WhatsApp nén lại ảnh và xóa EXIF; ảnh chụp màn hình không có EXIF; người dùng cũng có thể tự xóa. Khi đó không có gì gắn ảnh với một camera hay thời điểm, nên ảnh được chuyển xem xét (chưa kết luận), không bị coi là đã chỉnh sửa.",
        examples: [
            DetectorExample("camera EXIF", .synthetic(kind: .photo, device: Device(make: "Apple", model: "iPhone 6", software: "8.3", source: "EXIF 0th IFD")).withCaptureTime("2015-04-10T20:12:23"), fires: false),
            DetectorExample("no EXIF", .synthetic(kind: .photo), fires: true),
            DetectorExample("date kept, camera removed", .synthetic(kind: .photo).withCaptureTime("2020:10:21 12:26:18"), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .photo else { return [] }
        let d = e.inspection.metadata.device
        let hasDevice = d?.make != nil || d?.model != nil
        guard !hasDevice else { return [] }
        let segments = e.inspection.structure.segments?.filter { $0.marker.hasPrefix("APP") }.map { "\($0.marker) \($0.identifier ?? "")" } ?? []
        var evidence: [String: EvidenceValue] = ["exif": .string(e.inspection.exif == nil ? "absent" : "present without make or model")]
        if !segments.isEmpty { evidence["appSegments"] = .strings(segments) }
        // Where the camera's EXIF is, or would be: its TIFF header, else right after the JPEG SOI.
        evidence["byteOffset"] = .int(e.inspection.exif?.tiffHeaderOffset ?? (e.inspection.structure.format == "jpeg" ? 2 : 0))
        return [finding(message(e.inspection.exif == nil ? "no-exif" : "no-make"), evidence)]
    }
}

/// `photo.format.shared-copy` — a photo in a format or size that cameras do not produce but sharing
/// does: PNG, GIF or WebP, or a long side of exactly 1280, 1600, 2048 or 2560 pixels without camera EXIF
/// (the sizes messaging apps scale to).
public struct SharedCopyFormatDetector: Detector {
    static let sharedLongSides: Set<Int> = [960, 1280, 1600, 2048, 2560]

    public static let description = DetectorDescription(
        id: "photo.format.shared-copy", name: "Format or size of a shared copy",
        nameVi: "Định dạng hoặc kích thước của bản sao đã chia sẻ",
        severity: .weak, indicates: .reEncoded,
        rationale: "Phone cameras save JPEG or HEIC at sensor sizes. PNG, GIF and WebP come from screenshots, editors and web or messaging apps, and messaging apps scale photos to a fixed long side (Telegram 1280 or 2560, WhatsApp 1600, Facebook 2048). Weak alone: it asks for review together with another sign.",
        rationaleVi: "Camera điện thoại lưu JPEG hoặc HEIC ở kích thước cảm biến. PNG, GIF, WebP đến từ ảnh chụp màn hình, phần mềm chỉnh sửa và ứng dụng web/nhắn tin; ứng dụng nhắn tin thu ảnh về cạnh dài cố định (Telegram 1280 hoặc 2560, WhatsApp 1600, Facebook 2048).",
        examples: [
            DetectorExample("camera JPEG", .synthetic(kind: .photo, device: Device(make: "Apple", model: "iPhone 6", software: nil, source: nil)).withPhoto(width: 3264, height: 2448, exif: (3264, 2448)), fires: false),
            DetectorExample("Telegram-sized, no EXIF", .synthetic(kind: .photo).withPhoto(width: 1280, height: 1022, exif: nil), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .photo else { return [] }
        let container = e.inspection.metadata.container ?? ""
        if ["PNG", "GIF", "WEBP"].contains(container) {
            return [finding(message("format", ["format": .text(container)]),
                            ["format": .string(container), "byteOffset": .int(0)])]
        }
        guard let w = e.inspection.metadata.imageWidth, let h = e.inspection.metadata.imageHeight, Self.sharedLongSides.contains(max(w, h)),
              e.inspection.metadata.device?.make == nil else { return [] }
        return [finding(message("size", ["w": .number(w), "h": .number(h), "long": .number(max(w, h))]),
                        ["width": .int(Int64(w)), "height": .int(Int64(h)), "byteOffset": .int(e.pictureHeaderOffset)])]
    }
}

extension Evidence {
    /// A copy whose EXIF records a capture time (for examples).
    public func withCaptureTime(_ iso: String) -> Evidence {
        var e = self
        var summary = e.inspection.exif?.summary ?? ExifSummary(thumbnail: .init(present: false), makerNote: .init(present: false))
        summary.dateTimeOriginal = iso
        e.inspection.exif = ExifReport(byteOrder: "big-endian (MM)", tiffHeaderOffset: 12, ifds: [:], summary: summary)
        return e
    }
}
