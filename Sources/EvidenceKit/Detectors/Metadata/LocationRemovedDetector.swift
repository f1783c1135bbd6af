/// `metadata.location.removed` — Apple's camera records the location key together with its accuracy
/// key; a file that keeps the accuracy but lost the location had its GPS position removed afterwards.
public struct LocationRemovedDetector: Detector {
    public static let description = DetectorDescription(
        id: "metadata.location.removed", name: "Location removed, its companion keys left behind",
        nameVi: "Vị trí bị xóa nhưng các khóa đi kèm vẫn còn",
        severity: .strong, indicates: .metadataAltered,
        rationale: "When location is on, the iOS camera writes com.apple.quicktime.location.ISO6709 and com.apple.quicktime.location.accuracy.horizontal side by side; when it is off it writes neither. Accuracy without a position means a tool deleted the position after recording (for privacy or to hide where it was filmed).",
        rationaleVi: "Khi bật định vị, máy ảnh của iOS ghi com.apple.quicktime.location.ISO6709 và com.apple.quicktime.location.accuracy.horizontal cạnh nhau; khi tắt, nó không ghi khóa nào. Có độ chính xác mà không có vị trí nghĩa là một công cụ đã xóa vị trí sau khi quay (vì quyền riêng tư hoặc để giấu nơi quay).",
        examples: [
            DetectorExample("both keys", .synthetic(items: [("com.apple.quicktime.location.ISO6709", "+52.4597+013.3220+051.178/"), ("com.apple.quicktime.location.accuracy.horizontal", "35.000000")]), fires: false),
            DetectorExample("location off", .synthetic(items: [("com.apple.quicktime.make", "Apple")]), fires: false),
            DetectorExample("position deleted", .synthetic(items: [("com.apple.quicktime.location.accuracy.horizontal", "35.000000")]), fires: true),
            DetectorExample("location key name damaged (two bytes changed), not removed", .synthetic(items: [("com.apple.quicktime.locatiOn.ISO67O9", "+52.4597+013.3220+051.178/"), ("com.apple.quicktime.location.accuracy.horizontal", "35.000000")]), fires: false),
        ])

    public init() {}

    static let locationKey = Array("com.apple.quicktime.location.ISO6709")

    /// Same length as the location key and at most three characters different from it (a byte that is not
    /// valid UTF-8 reads as one replacement character).
    static func nearlyLocationKey(_ key: String) -> Bool {
        let k = Array(key)
        guard k.count == locationKey.count, k != locationKey else { return false }
        return zip(k, locationKey).filter { $0 != $1 }.count <= 3
    }

    /// Whether a box inside the movie's metadata (`moov/meta`, `moov/udta`) runs past its parent.
    static func metadataDamaged(_ e: Evidence) -> Bool {
        guard let moov = e.inspection.structure.boxes?.first(where: { $0.type == "moov" }) else { return false }
        func damaged(_ b: Box) -> Bool { b.truncated || b.children.contains(where: damaged) }
        return moov.children.contains { ($0.type == "meta" || $0.type == "udta") && damaged($0) }
    }

    public func run(_ e: Evidence) -> [Finding] {
        let keys = e.items
        guard let accuracy = keys.first(where: { $0.key == "com.apple.quicktime.location.accuracy.horizontal" }),
              !keys.contains(where: { $0.key == "com.apple.quicktime.location.ISO6709" }),
              // A key name a few bytes away from the location key is the key damaged, not removed; an item
              // list whose boxes run past their parent lost its later items to damage.
              !keys.contains(where: { Self.nearlyLocationKey($0.key) }), !Self.metadataDamaged(e) else { return [] }
        return [finding(message("accuracy-left", ["accuracy": .text(accuracy.value), "byteOffset": .int(accuracy.offset)]),
                        ["accuracyKey": .string(accuracy.value), "byteOffset": .int(accuracy.offset)])]
    }
}
