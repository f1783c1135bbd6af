/// `photo.dates.cross-check` — the capture time in EXIF disagrees with the other clocks the camera wrote
/// at the same moment: the GPS time (UTC) and the XMP dates phones add. Date editors (exiftool
/// -AllDates, "date changer" apps) rewrite the three EXIF dates and leave the others alone.
public struct CaptureTimeCrossCheckDetector: Detector {
    /// GPS time may come from a stale fix: the Nexus 4 original in the corpus is 27 hours behind its
    /// capture time. Beyond two days (plus the time-zone offset) no stale fix explains it.
    static let gpsToleranceSeconds: Int64 = 2 * 86_400
    /// XMP dates are written with the EXIF ones; they agree to the second in every corpus original.
    static let xmpToleranceSeconds: Int64 = 60

    public static let description = DetectorDescription(
        id: "photo.dates.cross-check", name: "Capture time disagrees with GPS or XMP time",
        nameVi: "Thời điểm chụp không khớp với thời gian GPS hoặc XMP",
        severity: .strong, indicates: .metadataAltered,
        rationale: "A phone writes the capture time several times: EXIF DateTimeOriginal (local time), the GPS date and time stamp (UTC, from the last fix) and, on iPhones and many Android phones, XMP CreateDate / DateCreated. Date editors such as exiftool -AllDates rewrite the EXIF dates only. The XMP dates must agree with DateTimeOriginal within a minute; the GPS time may lag behind on a stale fix (27 hours in one corpus original), so it only counts when it is more than two days away after the time-zone offset.",
        rationaleVi: "Điện thoại ghi thời điểm chụp nhiều lần: EXIF DateTimeOriginal (giờ địa phương), dấu ngày giờ GPS (giờ UTC, từ lần định vị cuối) và, trên iPhone và nhiều điện thoại Android, XMP CreateDate / DateCreated. Các công cụ sửa ngày như exiftool -AllDates chỉ ghi lại các ngày trong EXIF. Các ngày trong XMP phải khớp với DateTimeOriginal trong vòng một phút; giờ GPS có thể trễ khi lần định vị đã cũ (27 giờ ở một ảnh gốc trong bộ mẫu), nên nó chỉ được tính khi lệch hơn hai ngày sau khi đã trừ độ lệch múi giờ.",
        examples: [
            DetectorExample("iPhone: GPS 9 h behind local time at +09:00", .synthetic(kind: .photo).withCaptureClocks(original: "2025:01:01 11:06:47", offset: "+09:00", gps: "2025-01-01T02:06:46Z", xmp: "2025:01:01 11:06:47"), fires: false),
            DetectorExample("Nexus 4: stale GPS fix 27 h old", .synthetic(kind: .photo).withCaptureClocks(original: "2013:01:20 18:54:08", offset: nil, gps: "2013-01-19T15:50:09Z", xmp: nil), fires: false),
            DetectorExample("dates moved to 2019, GPS still 2015", .synthetic(kind: .photo).withCaptureClocks(original: "2019:01:01 08:00:00", offset: nil, gps: "2015-04-10T18:12:23Z", xmp: nil), fires: true),
            DetectorExample("XMP in UTC, EXIF local at -04:00", .synthetic(kind: .photo).withCaptureClocks(original: "2020:05:04 18:39:11", offset: "-04:00", gps: nil, xmp: "2020-05-04T22:39:11Z"), fires: false),
            DetectorExample("XMP in UTC, EXIF local without an offset", .synthetic(kind: .photo).withCaptureClocks(original: "2020:05:04 18:39:11", offset: nil, gps: nil, xmp: "2020-05-04T22:39:11Z"), fires: false),
            DetectorExample("EXIF changed, XMP kept", .synthetic(kind: .photo).withCaptureClocks(original: "2019:01:01 08:00:00", offset: "-04:00", gps: nil, xmp: "2020:05:04 18:39:11.644"), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .photo, let s = e.inspection.exif?.summary, let original = s.dateTimeOriginal,
              let local = CivilTime.unixSeconds(original) else { return [] }
        var findings: [Finding] = []
        let offsetText = s.offsetTimeOriginal ?? s.offsetTime
        let offset = offsetText.flatMap(Self.offsetSeconds)
        if let gpsTime = s.gps?.time, let utc = CivilTime.unixSeconds(gpsTime) {
            let apart = local - (offset ?? 0) - utc
            if abs(apart) > Self.gpsToleranceSeconds + (offset == nil ? 14 * 3600 : 0) {
                var evidence: [String: EvidenceValue] = ["dateTimeOriginal": .string(original), "gpsTime": .string(gpsTime),
                                                         "differenceSeconds": .int(apart), "byteOffset": .int(e.inspection.exif?.tiffHeaderOffset ?? 0)]
                if let offsetText { evidence["offsetTimeOriginal"] = .string(offsetText) }
                findings.append(finding(message(apart > 0 ? "gps-after" : "gps-before",
                                                ["original": .text(original + (offsetText.map { " " + $0 } ?? "")), "apart": .message(ExifDatesDetector.humanMessage(abs(apart))),
                                                 "gps": .text(gpsTime)]), evidence))
            }
        }
        let xmp = e.xmpProperties
        for key in ["xmp:CreateDate", "photoshop:DateCreated", "exif:DateTimeOriginal"] {
            guard let v = xmp[key], let t = CivilTime.unixSeconds(v) else { continue }
            var apart = local - t
            // An XMP date with a zone (…Z, …+02:00) is compared as an instant: with the EXIF offset when
            // there is one; without it, any whole-quarter-hour zone difference up to 14 hours is allowed.
            if let zone = Self.zoneSeconds(v) {
                if let offset {
                    apart = (local - offset) - (t - zone)
                } else if abs(apart) <= 14 * 3600 + Self.xmpToleranceSeconds,
                          min(abs(apart) % 900, 900 - abs(apart) % 900) <= Self.xmpToleranceSeconds {
                    continue
                }
            }
            guard abs(apart) > Self.xmpToleranceSeconds else { continue }
            var evidence: [String: EvidenceValue] = ["dateTimeOriginal": .string(original), "xmpField": .string(key), "xmpValue": .string(v),
                                                     "differenceSeconds": .int(apart)]
            if let o = e.inspection.xmp?.first?.offset { evidence["byteOffset"] = .int(o) }
            findings.append(finding(message("xmp", ["original": .text(original), "apart": .message(ExifDatesDetector.humanMessage(abs(apart))),
                                                    "field": .text(key), "value": .text(v)]), evidence))
            break
        }
        return findings
    }

    /// The zone at the end of an ISO-8601 date-time (`Z` → 0, `+09:00` → 32 400 s), nil when it has none.
    static func zoneSeconds(_ v: String) -> Int64? {
        if v.hasSuffix("Z") { return 0 }
        guard v.count >= 25 || (v.count >= 6 && v.dropLast(6).contains("T")) else { return nil }
        return offsetSeconds(String(v.suffix(6)))
    }

    /// `+09:00` → 32 400 s.
    static func offsetSeconds(_ s: String) -> Int64? {
        let b = Array(s.utf8)
        guard b.count == 6, b[0] == UInt8(ascii: "+") || b[0] == UInt8(ascii: "-"), b[3] == UInt8(ascii: ":"),
              let h = Int64(String(decoding: b[1..<3], as: UTF8.self)), let m = Int64(String(decoding: b[4..<6], as: UTF8.self)) else { return nil }
        return (b[0] == UInt8(ascii: "-") ? -1 : 1) * (h * 3600 + m * 60)
    }
}

extension Evidence {
    /// A photo whose capture time is recorded in EXIF, GPS and XMP as given (for examples).
    public func withCaptureClocks(original: String, offset: String?, gps: String?, xmp: String?) -> Evidence {
        var e = self.withExifDates(original: original, modified: original)
        e.inspection.exif?.summary.offsetTimeOriginal = offset
        if let gps { e.inspection.exif?.summary.gps = GPSPosition(lat: 1, lon: 1, altitude: nil, time: gps, source: "EXIF GPS IFD") }
        if let xmp { e.inspection.xmp = [XMPPacket(offset: 900, length: 500, location: "APP1", properties: ["xmp:CreateDate": xmp], text: "")] }
        return e
    }
}
