/// `photo.exif.device-removed` — the EXIF keeps the maker's own notes (the MakerNote tag) but not the make or
/// model that says whose notes they are: the device tags were deleted after capture, the rest of the camera's
/// EXIF left in place (exiftool -Make= -Model=, privacy tools that "remove the device").
///
/// An invariant of how cameras write, not a list of editors: a maker note is a private directory in a format
/// only its maker defines, and readers pick the format by the Make tag, so firmware that writes one always names
/// itself. Any editor that drops the device tags and keeps the rest breaks it, named or not.
public struct DeviceTagsRemovedDetector: Detector {
    public static let description = DetectorDescription(
        id: "photo.exif.device-removed", name: "Device tags removed, the maker's notes left behind",
        nameVi: "Thẻ thiết bị bị xóa nhưng ghi chú của hãng vẫn còn",
        severity: .strong, indicates: .metadataAltered,
        rationale: "A maker note (EXIF tag 0x927C) is a camera maker's private directory in a format only that maker defines; readers choose how to decode it by the Make tag, so camera firmware that writes one names itself in Make and Model beside it. All 9 corpus originals with a maker note (6 Apple: iPhone 6, 7, 8, 11 Pro, 15 Plus, 17 Pro; 3 Samsung: Galaxy S2, Note 3, SM-J327T1 — JPEG and HEIC) do. A photo that keeps the maker note without make or model had its device tags deleted after capture — by ExifTool or any other tool that removes some tags and keeps the rest. Photos whose camera writes no maker note (5 of the 14 originals) are not judged here: without make and model they stay inconclusive (photo.exif.no-camera-metadata).",
        rationaleVi: "Ghi chú của hãng (thẻ EXIF 0x927C) là một thư mục riêng của hãng máy ảnh, theo định dạng chỉ hãng đó quy định; phần mềm đọc chọn cách giải mã theo thẻ Make, nên phần mềm máy ảnh khi ghi ghi chú này luôn ghi tên mình vào Make và Model bên cạnh. Cả 9 tệp gốc có ghi chú của hãng trong bộ mẫu (6 của Apple: iPhone 6, 7, 8, 11 Pro, 15 Plus, 17 Pro; 3 của Samsung: Galaxy S2, Note 3, SM-J327T1 — JPEG và HEIC) đều như vậy. Một ảnh còn ghi chú của hãng mà không có hãng hay mẫu máy đã bị xóa thẻ thiết bị sau khi chụp — bằng ExifTool hay bất kỳ công cụ nào xóa một số thẻ và giữ lại phần còn lại. Ảnh từ máy không ghi ghi chú của hãng (5 trong 14 tệp gốc) không được đánh giá ở đây: thiếu hãng và mẫu máy thì chúng vẫn là chưa kết luận (photo.exif.no-camera-metadata).",
        examples: [
            DetectorExample("an iPhone photo as the camera writes it", .synthetic(kind: .photo).withExifDevice(make: "Apple", model: "iPhone 8", makerNote: 944), fires: false),
            DetectorExample("make and model deleted, maker note kept", .synthetic(kind: .photo).withExifDevice(make: nil, model: nil, makerNote: 944), fires: true),
            DetectorExample("model deleted, make kept", .synthetic(kind: .photo).withExifDevice(make: "samsung", model: nil, makerNote: 98), fires: true),
            DetectorExample("no maker note and no device (a camera that writes none, or EXIF rebuilt): not judged here", .synthetic(kind: .photo).withExifDevice(make: nil, model: nil, makerNote: nil), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .photo, let exif = e.inspection.exif, exif.summary.makerNote.present else { return [] }
        let s = exif.summary
        let missing = [("Make", s.make), ("Model", s.model)].filter { ($0.1?.trimmingSpaces ?? "").isEmpty }.map(\.0)
        guard !missing.isEmpty else { return [] }
        // Where the device tags belong: the 0th IFD (offsets in the layout are from the TIFF header).
        let ifd0 = exif.layout?.directories.first { $0.name == "IFD0" }
        let at = exif.tiffHeaderOffset + Int64(ifd0?.offset ?? 0)
        let length = s.makerNote.length ?? 0
        return [finding(message("maker-note", ["missing": .text(missing.joined(separator: ", ")), "length": .number(length), "byteOffset": .int(at)]),
                        ["missingTags": .strings(missing), "makerNoteBytes": .int(Int64(length)), "directory": .string("IFD0"), "byteOffset": .int(at)])]
    }
}

extension Evidence {
    /// A photo whose EXIF names `make` and `model` (nil: the tag is absent) and holds a maker note of
    /// `makerNote` bytes (nil: none), for examples.
    public func withExifDevice(make: String?, model: String?, makerNote: Int?) -> Evidence {
        var e = self
        var summary = ExifSummary(thumbnail: .init(present: false), makerNote: .init(present: makerNote != nil, length: makerNote))
        summary.make = make
        summary.model = model
        summary.dateTimeOriginal = "2018:02:05 15:11:44"
        e.inspection.exif = ExifReport(byteOrder: "big-endian (MM)", tiffHeaderOffset: 12, ifds: [:], summary: summary)
        return e
    }
}
