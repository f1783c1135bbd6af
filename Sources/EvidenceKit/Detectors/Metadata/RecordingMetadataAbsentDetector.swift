/// `metadata.recording.absent` — an MP4/MOV clip that says neither which device recorded it nor when: the
/// movie header's creation time is 0 and no metadata names a device or a date. Every camera clip in the
/// corpus records at least its creation time; a clip rebuilt by a converter with its metadata dropped
/// (`-map_metadata -1`) records nothing. Nothing in such a file can be checked against a camera, so it is
/// inconclusive — not an accusation, a reason to ask where the clip came from.
public struct RecordingMetadataAbsentDetector: Detector {
    public static let description = DetectorDescription(
        id: "metadata.recording.absent", name: "Clip that records neither device nor time",
        nameVi: "Video không ghi thiết bị lẫn thời điểm quay",
        severity: .strong, indicates: .inconclusive,
        rationale: "Phones, action cameras and dashcams write the time of recording into the movie header (mvhd) of every MP4/MOV they make, and most add their make and model; all eleven camera clips in the corpus do at least the first. A clip whose movie header says 0 (1904-01-01) and that has no device, date or location metadata anywhere was written by a converter that dropped the metadata — which is also how a re-encode is scrubbed of its traces — or by a recorder without a clock. Nothing in it can be checked against a camera, so the verdict is inconclusive until the clip's origin is established. Raw camera streams without a container (CCTV .h264, .dav) are not judged.",
        rationaleVi: "Điện thoại, camera hành động và camera hành trình ghi thời điểm ghi hình vào tiêu đề phim (mvhd) của mọi tệp MP4/MOV chúng tạo ra, và phần lớn còn ghi thêm hãng và mẫu máy; cả mười một video từ máy quay trong bộ mẫu đều ít nhất ghi thông tin đầu tiên. Một video có tiêu đề phim ghi 0 (1904-01-01) và không có siêu dữ liệu thiết bị, ngày giờ hay vị trí ở bất cứ đâu đã được ghi bởi một phần mềm chuyển đổi bỏ đi siêu dữ liệu — cũng là cách một bản mã hóa lại được xóa dấu vết — hoặc bởi một thiết bị ghi không có đồng hồ. Không có gì trong đó có thể đối chiếu với một máy quay, nên kết luận là chưa xác định cho đến khi nguồn gốc của video được làm rõ. Các luồng thô từ camera không có tệp chứa (CCTV .h264, .dav) không được đánh giá.",
        examples: [
            DetectorExample("Android clip with its recording time", .synthetic(handlers: ["VideoHandle", "SoundHandle"], created: 3_570_596_428), fires: false),
            DetectorExample("converted clip with everything dropped", .synthetic(handlers: ["VideoHandle", "SoundHandle"], created: 0), fires: true),
            DetectorExample("time 0 but the keys name the device", .synthetic(handlers: ["Core Media Video"], items: [("com.apple.quicktime.make", "Apple")], created: 0).withDevice(Device(make: "Apple", model: "iPhone 8", software: nil, source: "keys")), fires: false),
            DetectorExample("time 0 but a location is recorded", .synthetic(handlers: ["VideoHandle"], items: [("©xyz", "+51.4169-000.0806/")], created: 0), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .video, e.inspection.structure.format == "iso-bmff", let created = e.container?.created, created.raw == 0,
              e.inspection.metadata.device == nil, e.inspection.metadata.captureTime == nil, e.inspection.metadata.gps == nil,
              !e.items.contains(where: { Self.recordingKeys.contains($0.key) }) else { return [] }
        var evidence: [String: EvidenceValue] = ["box": .string("moov/mvhd"), "mvhdCreated": .int(0), "device": .string("none"), "captureTime": .string("none")]
        if let o = e.movieHeaderOffset { evidence["byteOffset"] = .int(o) }
        let kept = e.items.map(\.key)
        if !kept.isEmpty { evidence["metadataKeys"] = .strings(kept) }
        return [finding(kept.isEmpty ? message("absent") : message("absent-kept", ["kept": .list(kept)]),
                        evidence)]
    }

    /// Metadata keys that record the device or the time of recording.
    static let recordingKeys: Set<String> = ["com.apple.quicktime.creationdate", "com.apple.quicktime.make", "com.apple.quicktime.model",
                                             "com.android.version", "©day", "date", "creation_time", "©mak", "©mod", "©xyz", "FIRM", "CAME"]
}

extension Evidence {
    /// A copy whose metadata names this device (for examples).
    public func withDevice(_ device: Device) -> Evidence {
        var e = self
        e.inspection.metadata.device = device
        return e
    }
}
