/// `metadata.time.filename` — the date and time in the file's name (IMG_20240112_181119.jpg,
/// VID_20240112_181119.mp4, 20240112181119_0180.MP4, PXL_…, WhatsApp's IMG-20240112-WA0001) disagree
/// with the capture time inside the file, or the capture time lies in the future.
public struct FileNameTimeDetector: Detector {
    /// Beyond time zones (mvhd is UTC by the standard, local on many cameras) and the clip's length.
    static let zoneSlackSeconds: Int64 = 14 * 3600
    static let futureSlackSeconds: Int64 = 86_400

    public static let description = DetectorDescription(
        id: "metadata.time.filename", name: "File name date or future capture time",
        nameVi: "Ngày trong tên tệp hoặc thời điểm chụp ở tương lai",
        severity: .weak, indicates: .metadataAltered,
        rationale: "Phones, dashcams and recorders name files after the moment recording started (IMG_/VID_/PXL_ yyyymmdd_hhmmss, dashcam yyyymmddhhmmss, WhatsApp IMG-yyyymmdd-WAnnnn). When the capture time inside the file is more than a day away from that name (after allowing 14 hours for time zones and the clip's length), either the metadata dates were changed or the file was renamed; a capture time more than a day after the moment of verification cannot come from a working clock. Files are renamed often and recorder clocks drift, so this is weak: it supports other findings and never decides alone.",
        rationaleVi: "Điện thoại, camera hành trình và đầu ghi đặt tên tệp theo thời điểm bắt đầu ghi (IMG_/VID_/PXL_ yyyymmdd_hhmmss, camera hành trình yyyymmddhhmmss, WhatsApp IMG-yyyymmdd-WAnnnn). Khi thời điểm chụp ghi bên trong tệp lệch hơn một ngày so với tên đó (sau khi đã cho phép 14 giờ chênh lệch múi giờ và độ dài của video), thì hoặc ngày giờ trong siêu dữ liệu đã bị sửa, hoặc tệp đã bị đổi tên; một thời điểm chụp muộn hơn thời điểm kiểm tra quá một ngày không thể đến từ một đồng hồ hoạt động bình thường. Tệp thường được đổi tên và đồng hồ của thiết bị ghi hay bị trôi, nên đây là dấu hiệu yếu: nó hỗ trợ các phát hiện khác và không bao giờ tự quyết định.",
        examples: [
            DetectorExample("name matches capture", .synthetic(kind: .photo).withNamedCapture("IMG_20150410_201223.jpg", capture: "2015-04-10T20:12:23.550", now: 1_800_000_000), fires: false),
            DetectorExample("name without a date", .synthetic(kind: .photo).withNamedCapture("evidence.jpg", capture: "2015-04-10T20:12:23", now: 1_800_000_000), fires: false),
            DetectorExample("dates moved to 2019, name says 2015", .synthetic(kind: .photo).withNamedCapture("IMG_20150410_201223.jpg", capture: "2019-01-01T08:00:00", now: 1_800_000_000), fires: true),
            DetectorExample("WhatsApp name, same day", .synthetic(kind: .photo).withNamedCapture("IMG-20240112-WA0001.jpg", capture: "2024-01-12T18:11:19", now: 1_800_000_000), fires: false),
            DetectorExample("capture in 2031, checked in 2026", .synthetic(kind: .photo).withNamedCapture("x.jpg", capture: "2031-01-01T00:00:00", now: 1_795_000_000), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let capture = e.inspection.metadata.captureTime, let t = CivilTime.unixSeconds(capture) else { return [] }
        var findings: [Finding] = []
        let source = e.inspection.metadata.captureTimeSource ?? "capture time"
        let name = String(e.inspection.file.path.split(separator: "/").last ?? "")
        if let (named, hasTime) = Self.timeInName(name) {
            let slack = Self.zoneSlackSeconds + Int64(e.inspection.metadata.durationSeconds ?? 0) + (hasTime ? 0 : 86_400)
            let apart = t - named
            if abs(apart) > slack {
                findings.append(finding(message(hasTime ? "name-moment" : "name-day",
                                                ["name": .text(name), "named": .text(CivilTime.iso(unixSeconds: named)), "field": .text(source),
                                                 "capture": .text(capture), "apart": .message(ExifDatesDetector.humanMessage(abs(apart)))]),
                                        ["fileName": .string(name), "captureTime": .string(capture), "field": .string(source), "differenceSeconds": .int(apart)]))
            }
        }
        if let now = e.verifiedAt, t - Self.zoneSlackSeconds > now + Self.futureSlackSeconds {
            findings.append(finding(message("future", ["field": .text(source), "capture": .text(capture), "now": .text(CivilTime.iso(unixSeconds: now) + "Z")]),
                                    ["captureTime": .string(capture), "field": .string(source), "verifiedAt": .int(now)]))
        }
        return findings
    }

    static func timeInName(_ name: String) -> (Int64, Bool)? { FileNameTime.parse(name) }
}

extension Evidence {
    /// A file named `name` whose capture time is `capture`, verified at `now` (for examples).
    public func withNamedCapture(_ name: String, capture: String, now: Int64) -> Evidence {
        var e = self
        e.inspection.file.path = "/uploads/" + name
        e.inspection.metadata.captureTime = capture
        e.inspection.metadata.captureTimeSource = "EXIF DateTimeOriginal"
        e.verifiedAt = now
        return e
    }
}
