/// `metadata.time.implausible` — the movie header's creation time is zero (1904-01-01, what FFmpeg
/// writes when it is not told a date), before 2000, or later than its modification time. Cameras
/// with a clock write the recording time; a camera whose clock was never set usually writes a
/// default year, not zero.
public struct ZeroedTimesDetector: Detector {
    public static let description = DetectorDescription(
        id: "metadata.time.implausible", name: "Container creation time zeroed or implausible",
        nameVi: "Thời gian tạo trong tệp chứa bằng 0 hoặc không hợp lý",
        severity: .weak, indicates: .metadataAltered,
        rationale: "The mvhd box records when the movie was created, in seconds since 1904. Recorders fill it from their clock; conversion tools often write 0 or copy nothing. A zero or pre-2000 time is common after rewriting, but cameras with a flat clock battery also write odd dates, so this never decides alone.",
        rationaleVi: "Hộp mvhd ghi thời điểm tạo phim, tính bằng giây kể từ năm 1904. Thiết bị ghi điền giá trị này từ đồng hồ của nó; các công cụ chuyển đổi thường ghi 0 hoặc không chép gì. Một thời điểm bằng không hoặc trước năm 2000 thường gặp sau khi tệp được ghi lại, nhưng máy quay hết pin đồng hồ cũng ghi ra những ngày lạ, nên dấu hiệu này không bao giờ tự quyết định.",
        examples: [
            DetectorExample("camera time", .synthetic(created: 3_778_245_245), fires: false),
            DetectorExample("zeroed", .synthetic(created: 0), fires: true),
            DetectorExample("modified before created", .synthetic(created: 3_778_245_245, modified: 3_700_000_000), fires: true),
        ])

    /// 2000-01-01T00:00:00 in seconds since 1904.
    static let year2000: UInt64 = 3_029_529_600

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .video, let created = e.container?.created else { return [] }
        var evidence: [String: EvidenceValue] = ["box": .string("moov/mvhd"), "mvhdCreated": .int(Int64(clamping: created.raw)), "mvhdCreatedISO": .string(created.iso)]
        if let o = e.movieHeaderOffset { evidence["byteOffset"] = .int(o) }
        if created.raw == 0 {
            return [finding(message("zero"), evidence)]
        }
        if created.raw < Self.year2000 {
            return [finding(message("before-2000", ["created": .text(created.iso)]), evidence)]
        }
        if let modified = e.container?.modified, modified.raw > 0, modified.raw + 1 < created.raw {
            evidence["mvhdModified"] = .int(Int64(clamping: modified.raw))
            return [finding(message("modified-before-created", ["modified": .text(modified.iso), "created": .text(created.iso)]), evidence)]
        }
        return []
    }
}
