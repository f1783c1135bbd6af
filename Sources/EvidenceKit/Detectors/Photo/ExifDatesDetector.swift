/// `photo.exif.modified-after-capture` — EXIF ModifyDate (0x0132) and DateTimeOriginal (0x9003)
/// disagree by more than a minute. Phone cameras write both with the capture time (all 14 corpus
/// originals: equal to the second, or no ModifyDate); Lightroom, Photoshop, transfer tools and photo
/// apps set ModifyDate when they save the file again.
public struct ExifDatesDetector: Detector {
    static let toleranceSeconds: Int64 = 60

    public static let description = DetectorDescription(
        id: "photo.exif.modified-after-capture", name: "Photo saved again after it was taken",
        nameVi: "Ảnh được lưu lại sau khi chụp",
        severity: .strong, indicates: .metadataAltered,
        rationale: "A phone writes the capture time into both DateTimeOriginal and ModifyDate when it saves the photo. Software that edits or re-saves the file later updates ModifyDate (Lightroom, Photoshop, Nikon Transfer, phone photo editors). A ModifyDate more than a minute after the capture — or before it — means the file was written again, or its dates were edited.",
        rationaleVi: "Điện thoại ghi thời điểm chụp vào cả DateTimeOriginal lẫn ModifyDate khi lưu ảnh. Phần mềm chỉnh sửa hoặc lưu lại tệp về sau sẽ cập nhật ModifyDate (Lightroom, Photoshop, Nikon Transfer, các trình sửa ảnh trên điện thoại). Một ModifyDate muộn hơn thời điểm chụp quá một phút — hoặc sớm hơn nó — nghĩa là tệp đã được ghi lại, hoặc các ngày của nó đã bị sửa.",
        examples: [
            DetectorExample("phone: equal", .synthetic(kind: .photo).withExifDates(original: "2015:04:10 20:12:23", modified: "2015:04:10 20:12:23"), fires: false),
            DetectorExample("no ModifyDate", .synthetic(kind: .photo).withExifDates(original: "2022:08:14 14:12:31", modified: nil), fires: false),
            DetectorExample("Lightroom export 3 months later", .synthetic(kind: .photo).withExifDates(original: "2008:09:20 09:01:07", modified: "2008:12:19 19:06:11"), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .photo, let s = e.inspection.exif?.summary, let original = s.dateTimeOriginal, let modified = s.modifyDate,
              let t0 = CivilTime.unixSeconds(original), let t1 = CivilTime.unixSeconds(modified) else { return [] }
        let diff = t1 - t0
        guard abs(diff) > Self.toleranceSeconds else { return [] }
        let evidence: [String: EvidenceValue] = ["dateTimeOriginal": .string(original), "modifyDate": .string(modified),
                                                 "differenceSeconds": .int(diff), "byteOffset": .int(e.inspection.exif?.tiffHeaderOffset ?? 0)]
        if diff > 0 {
            return [finding(message("saved-later", ["modified": .text(modified), "apart": .message(Self.humanMessage(diff)), "original": .text(original)]), evidence)]
        }
        return [finding(message("modified-before", ["modified": .text(modified), "apart": .message(Self.humanMessage(-diff)), "original": .text(original)]), evidence)]
    }

    /// A span of time as whole days, hours or minutes, in either language.
    static func humanMessage(_ s: Int64) -> Message {
        if s >= 86_400 { return Message("common.duration.days", ["n": .int(s / 86_400)]) }
        if s >= 3600 { return Message("common.duration.hours", ["n": .int(s / 3600)]) }
        return Message("common.duration.minutes", ["n": .int(s / 60)])
    }

    static func human(_ s: Int64) -> String {
        if s >= 86_400 { return "\(s / 86_400) day(s)" }
        if s >= 3600 { return "\(s / 3600) hour(s)" }
        return "\(s / 60) minute(s)"
    }
}

extension Evidence {
    /// A photo copy with EXIF DateTimeOriginal and ModifyDate (for examples).
    public func withExifDates(original: String, modified: String?) -> Evidence {
        var e = self
        var summary = e.inspection.exif?.summary ?? ExifSummary(thumbnail: .init(present: false), makerNote: .init(present: false))
        summary.dateTimeOriginal = original
        summary.modifyDate = modified
        e.inspection.exif = ExifReport(byteOrder: "big-endian (MM)", tiffHeaderOffset: 12, ifds: [:], summary: summary)
        return e
    }
}
