/// `photo.exif.device-removed` — the EXIF keeps the maker's own notes (the MakerNote tag), or the exposure the
/// camera measured, but not the make or model that says whose they are: the device tags were deleted after
/// capture, the rest of the camera's EXIF left in place (exiftool -Make= -Model=, privacy tools that "remove
/// the device").
///
/// An invariant of how cameras write, not a list of editors: a maker note is a private directory in a format
/// only its maker defines, and readers pick the format by the Make tag, so firmware that writes one always names
/// itself. Any editor that drops the device tags and keeps the rest breaks it, named or not.
public struct DeviceTagsRemovedDetector: Detector {
    public static let description = DetectorDescription(
        id: "photo.exif.device-removed", name: "Device tags removed, the camera's own record left behind",
        nameVi: "Thẻ thiết bị bị xóa nhưng bản ghi riêng của máy ảnh vẫn còn",
        severity: .strong, indicates: .metadataAltered,
        rationale: "A maker note (EXIF tag 0x927C) is a camera maker's private directory in a format only that maker defines; readers choose how to decode it by the Make tag, so camera firmware that writes one names itself in Make and Model beside it. All 9 corpus originals with a maker note (6 Apple: iPhone 6, 7, 8, 11 Pro, 15 Plus, 17 Pro; 3 Samsung: Galaxy S2, Note 3, SM-J327T1 — JPEG and HEIC) do. A photo that keeps the maker note without make or model had its device tags deleted after capture — by ExifTool or any other tool that removes some tags and keeps the rest. Photos whose camera writes no maker note (5 of the 14 originals: iPhone 4S, Galaxy S24 FE, LG Nexus 4, Nokia 8.3, OnePlus 8) are judged by the exposure instead: every one of the 14 records the exposure it measured (exposure time with sensitivity or aperture), which only a camera does, and names make and model beside it; software that writes EXIF of its own records no exposure. A photo that keeps an exposure record without make or model had its device tags deleted. An exposure time alone is not enough. A camera that records an exposure but never names itself would be called altered; none is known, and the verdict is a review.",
        rationaleVi: "Ghi chú của hãng (thẻ EXIF 0x927C) là một thư mục riêng của hãng máy ảnh, theo định dạng chỉ hãng đó quy định; phần mềm đọc chọn cách giải mã theo thẻ Make, nên phần mềm máy ảnh khi ghi ghi chú này luôn ghi tên mình vào Make và Model bên cạnh. Cả 9 tệp gốc có ghi chú của hãng trong bộ mẫu (6 của Apple: iPhone 6, 7, 8, 11 Pro, 15 Plus, 17 Pro; 3 của Samsung: Galaxy S2, Note 3, SM-J327T1 — JPEG và HEIC) đều như vậy. Một ảnh còn ghi chú của hãng mà không có hãng hay mẫu máy đã bị xóa thẻ thiết bị sau khi chụp — bằng ExifTool hay bất kỳ công cụ nào xóa một số thẻ và giữ lại phần còn lại. Ảnh từ máy không ghi ghi chú của hãng (5 trong 14 tệp gốc: iPhone 4S, Galaxy S24 FE, LG Nexus 4, Nokia 8.3, OnePlus 8) được đánh giá theo thông số phơi sáng: cả 14 tệp đều ghi thông số phơi sáng đã đo (thời gian phơi sáng cùng độ nhạy sáng hoặc khẩu độ), điều chỉ máy ảnh làm, và ghi hãng cùng mẫu máy bên cạnh; phần mềm tự ghi EXIF thì không ghi thông số phơi sáng. Một ảnh còn thông số phơi sáng mà không có hãng hay mẫu máy đã bị xóa thẻ thiết bị. Riêng thời gian phơi sáng thì chưa đủ. Một máy ảnh ghi thông số phơi sáng mà không bao giờ ghi tên mình sẽ bị coi là đã sửa; chưa biết máy nào như vậy, và kết luận là cần xem xét.",
        examples: [
            DetectorExample("an iPhone photo as the camera writes it", .synthetic(kind: .photo).withExifDevice(make: "Apple", model: "iPhone 8", makerNote: 944), fires: false),
            DetectorExample("make and model deleted, maker note kept", .synthetic(kind: .photo).withExifDevice(make: nil, model: nil, makerNote: 944), fires: true),
            DetectorExample("model deleted, make kept", .synthetic(kind: .photo).withExifDevice(make: "samsung", model: nil, makerNote: 98), fires: true),
            DetectorExample("no maker note, no exposure and no device (EXIF written by software): not judged here", .synthetic(kind: .photo).withExifDevice(make: nil, model: nil, makerNote: nil), fires: false),
            DetectorExample("no maker note, make and model deleted, the exposure record kept", .synthetic(kind: .photo).withExifDevice(make: nil, model: nil, makerNote: nil, exposure: ["ExposureTime", "ISOSpeedRatings", "FocalLength"]), fires: true, severity: .strong, indicates: .metadataAltered),
            DetectorExample("a camera without a maker note, as it writes the photo", .synthetic(kind: .photo).withExifDevice(make: "LGE", model: "Nexus 4", makerNote: nil, exposure: ["ExposureTime", "ISOSpeedRatings", "FocalLength"]), fires: false),
            DetectorExample("an exposure time alone (no sensitivity or aperture) is not a camera's record", .synthetic(kind: .photo).withExifDevice(make: nil, model: nil, makerNote: nil, exposure: ["ExposureTime"]), fires: false),
        ])

    public init() {}

    /// The EXIF tags that record a capture's exposure: only a camera measures them.
    static let exposureTags = ["ExposureTime", "ISOSpeedRatings", "PhotographicSensitivity", "FNumber"]

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .photo, let exif = e.inspection.exif else { return [] }
        let s = exif.summary
        let missing = [("Make", s.make), ("Model", s.model)].filter { ($0.1?.trimmingSpaces ?? "").isEmpty }.map(\.0)
        guard !missing.isEmpty else { return [] }
        // Where the device tags belong: the 0th IFD (offsets in the layout are from the TIFF header).
        let ifd0 = exif.layout?.directories.first { $0.name == "IFD0" }
        let at = exif.tiffHeaderOffset + Int64(ifd0?.offset ?? 0)
        if s.makerNote.present {
            let length = s.makerNote.length ?? 0
            return [finding(message("maker-note", ["missing": .text(missing.joined(separator: ", ")), "length": .number(length), "byteOffset": .int(at)]),
                            ["missingTags": .strings(missing), "makerNoteBytes": .int(Int64(length)), "directory": .string("IFD0"), "byteOffset": .int(at)])]
        }
        // No maker note: the exposure the camera measured (exposure time with sensitivity or aperture) is the
        // camera's own record, and every camera original that keeps one names its make and model.
        let exposure = (exif.ifds["Exif"] ?? []).compactMap(\.name).filter { Self.exposureTags.contains($0) }
        guard exposure.contains("ExposureTime"), exposure.count >= 2 else { return [] }
        return [finding(message("exposure", ["missing": .text(missing.joined(separator: ", ")), "tags": .list(exposure), "byteOffset": .int(at)]),
                        ["missingTags": .strings(missing), "exposureTags": .strings(exposure), "directory": .string("IFD0"), "byteOffset": .int(at)])]
    }
}

extension Evidence {
    /// A photo whose EXIF names `make` and `model` (nil: the tag is absent) and holds a maker note of
    /// `makerNote` bytes (nil: none), for examples.
    public func withExifDevice(make: String?, model: String?, makerNote: Int?, exposure: [String] = []) -> Evidence {
        var e = self
        var summary = ExifSummary(thumbnail: .init(present: false), makerNote: .init(present: makerNote != nil, length: makerNote))
        summary.make = make
        summary.model = model
        summary.dateTimeOriginal = "2018:02:05 15:11:44"
        let tags = exposure.enumerated().map { n, name in ExifTag(tag: "0x" + String(0x8000 + n, radix: 16), name: name, format: "RATIONAL", count: 1, value: "1") }
        e.inspection.exif = ExifReport(byteOrder: "big-endian (MM)", tiffHeaderOffset: 12, ifds: exposure.isEmpty ? [:] : ["Exif": tags], summary: summary)
        return e
    }
}
