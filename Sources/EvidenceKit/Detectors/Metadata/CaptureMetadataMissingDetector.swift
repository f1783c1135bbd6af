/// `metadata.device.missing` — the file was written by Apple's Core Media (its track handlers say so)
/// but lacks the make, model and creation-date keys the iPhone/iPad camera always records: the copy
/// was exported or shared (which re-encodes or strips) rather than taken from the camera roll.
public struct CaptureMetadataMissingDetector: Detector {
    public static let description = DetectorDescription(
        id: "metadata.device.missing", name: "Apple writer without the camera's capture metadata",
        nameVi: "Tệp do Apple ghi nhưng thiếu siêu dữ liệu ghi hình của camera",
        severity: .weak, indicates: .metadataAltered,
        rationale: "The iOS camera writes com.apple.quicktime.make, .model, .software and .creationdate keys in every recording. Files that carry Apple's 'Core Media' handlers without them come from export or sharing paths (Photos export, AirDrop of an edited copy, messaging apps), or had their metadata removed.",
        rationaleVi: "Máy ảnh của iOS ghi các khóa com.apple.quicktime.make, .model, .software và .creationdate trong mọi bản ghi. Các tệp mang trình xử lý 'Core Media' của Apple mà không có những khóa này đến từ các đường xuất hoặc chia sẻ (xuất từ ứng dụng Ảnh, AirDrop một bản đã chỉnh sửa, ứng dụng nhắn tin), hoặc đã bị xóa siêu dữ liệu.",
        examples: [
            DetectorExample("camera roll original", .synthetic(handlers: ["Core Media Video"], items: [("com.apple.quicktime.make", "Apple"), ("com.apple.quicktime.creationdate", "2023-09-22T18:34:05+0200")]), fires: false),
            DetectorExample("non-Apple writer", .synthetic(handlers: ["VideoHandle"]), fires: false),
            DetectorExample("exported copy", .synthetic(handlers: ["Core Media Video", "Core Media Audio"]), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .video, e.handlerNames.contains(where: { $0.hasPrefix("Core Media") }) else { return [] }
        let keys = Set(e.items.map(\.key))
        let expected = ["com.apple.quicktime.make", "com.apple.quicktime.model", "com.apple.quicktime.creationdate"]
        let missing = expected.filter { !keys.contains($0) }
        guard missing.count == expected.count else { return [] }
        return [finding(message("core-media", ["handlers": .list(e.handlerNames)]),
                        ["handlers": .strings(e.handlerNames), "missingKeys": .strings(missing), "box": .string("moov/meta/keys"),
                         "trackOffset": .int(e.container?.tracks?.first?.offset ?? 0)])]
    }
}
