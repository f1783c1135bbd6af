/// `metadata.location.removed` — Apple's camera records the location key together with its accuracy
/// key; a file that keeps the accuracy but lost the location had its GPS position removed afterwards.
public struct LocationRemovedDetector: Detector {
    public static let description = DetectorDescription(
        id: "metadata.location.removed", name: "Location removed, its companion keys left behind",
        nameVi: "Vị trí bị xóa nhưng các khóa đi kèm vẫn còn",
        severity: .strong, indicates: .metadataAltered,
        rationale: "When location is on, the iOS camera writes com.apple.quicktime.location.ISO6709 and com.apple.quicktime.location.accuracy.horizontal side by side; when it is off it writes neither. Accuracy without a position means a tool deleted the position after recording (for privacy or to hide where it was filmed).",
        rationaleVi: "Khi bật định vị, camera iOS ghi đồng thời location.ISO6709 và location.accuracy.horizontal; khi tắt thì không ghi cả hai. Có độ chính xác mà không có vị trí nghĩa là vị trí đã bị một công cụ xóa sau khi quay.",
        examples: [
            DetectorExample("both keys", .synthetic(items: [("com.apple.quicktime.location.ISO6709", "+52.4597+013.3220+051.178/"), ("com.apple.quicktime.location.accuracy.horizontal", "35.000000")]), fires: false),
            DetectorExample("location off", .synthetic(items: [("com.apple.quicktime.make", "Apple")]), fires: false),
            DetectorExample("position deleted", .synthetic(items: [("com.apple.quicktime.location.accuracy.horizontal", "35.000000")]), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        let keys = e.items
        guard let accuracy = keys.first(where: { $0.key == "com.apple.quicktime.location.accuracy.horizontal" }),
              !keys.contains(where: { $0.key == "com.apple.quicktime.location.ISO6709" }) else { return [] }
        return [finding("The file keeps Apple's location accuracy key (\(accuracy.value) m, at byte \(accuracy.offset)) but not the location it belongs to: the GPS position was removed after recording.",
                        vi: "Tệp còn khóa độ chính xác vị trí của Apple (\(accuracy.value) m) nhưng không còn vị trí: tọa độ GPS đã bị xóa sau khi quay.",
                        ["accuracyKey": .string(accuracy.value), "byteOffset": .int(accuracy.offset)])]
    }
}
