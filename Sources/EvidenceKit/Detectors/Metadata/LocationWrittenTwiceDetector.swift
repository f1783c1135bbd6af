/// `metadata.location.written-twice` — a clip whose position is written in more than one QuickTime place (a
/// `udta` ©xyz, an `ilst` ©xyz, the `keys` location ISO 6709). A camera's writer puts the position in the one
/// place its reader looks — Apple's in the keys, Android's in `udta` — while a tag editor that writes for every
/// reader at once (ExifTool writes all three) leaves two or more: the position was written after recording.
///
/// An invariant of how cameras write, with no family needed: it holds for the clips of makers the tool has no
/// family for, so a position moved on a device nobody here has seen is still caught.
public struct LocationWrittenTwiceDetector: Detector {
    public static let description = DetectorDescription(
        id: "metadata.location.written-twice", name: "Position written in more than one place",
        nameVi: "Vị trí được ghi ở nhiều hơn một chỗ",
        severity: .strong, indicates: .metadataAltered,
        rationale: "Every corpus clip that records a position writes it exactly once, in its writer's own place: the keys location (ISO 6709) in the 4 iPhone and iPad originals and an iOS re-encode, a udta ©xyz in the 2 Android 6 originals, the Android 13 Samsung motion photo, the Android H.265 clip and the 3GPP phone clip, an ilst ©xyz in FFmpeg's copy of a Core Media clip (11 files, one record each: Apple's writer, at least three Android writers and FFmpeg). GoPro keeps its fixes in the GPMF track and writes none. A tag editor writing for every reader puts the same position in udta ©xyz, ilst ©xyz and the keys at once (ExifTool does), so two or more records mean the position was written after recording — whether it was moved or only copied, the officer should ask where the clip was taken. Trap: a writer that records both forms has not been seen; if one appears, its family must say so.",
        rationaleVi: "Mọi video trong bộ mẫu có ghi vị trí đều ghi đúng một lần, ở chỗ riêng của trình ghi: khóa vị trí (ISO 6709) trong 4 tệp gốc iPhone, iPad và một bản mã hóa lại của iOS, ©xyz trong udta ở 2 tệp gốc Android 6, video ảnh động Samsung Android 13, video H.265 Android và video điện thoại 3GPP, ©xyz trong ilst ở bản sao do FFmpeg ghi từ một video Core Media (11 tệp, mỗi tệp một bản ghi: trình ghi của Apple, ít nhất ba trình ghi Android và FFmpeg). GoPro giữ các điểm định vị trong rãnh GPMF và không ghi bản nào. Một trình sửa thẻ ghi cho mọi phần mềm đọc sẽ đặt cùng một vị trí vào ©xyz của udta, ©xyz của ilst và các khóa cùng lúc (ExifTool làm vậy), nên hai bản ghi trở lên nghĩa là vị trí được ghi sau khi quay — dù đã bị dời đi hay chỉ được chép lại, cán bộ cần hỏi video được quay ở đâu. Cạm bẫy: chưa thấy trình ghi nào ghi cả hai dạng; nếu có, dòng camera của nó phải nêu rõ.",
        examples: [
            DetectorExample("an iPhone clip: the keys location only", .synthetic(items: [("com.apple.quicktime.location.ISO6709", "+52.4597+013.3220+051.178/")]), fires: false),
            DetectorExample("an Android clip: udta ©xyz only", .synthetic(items: [("©xyz", "+37.4219-122.0840/")]), fires: false),
            DetectorExample("a GoPro clip moved by a tag editor: udta ©xyz and the keys location", .synthetic(items: [("©xyz", "+21.0285+105.8048/"), ("com.apple.quicktime.location.ISO6709", "+21.028511+105.804817+12.000/")]), fires: true),
            DetectorExample("two records that disagree", .synthetic(items: [("©xyz", "+37.4219-122.0840/"), ("com.apple.quicktime.location.ISO6709", "+21.028511+105.804817+12.000/")]), fires: true),
        ])

    public init() {}

    /// The items that hold a position: ©xyz in `udta` or `ilst`, and the keys' ISO 6709 location.
    static func positions(_ e: Evidence) -> [MetadataItem] {
        e.items.filter { ($0.key == "©xyz" && ($0.source == "udta" || $0.source == "ilst")) || $0.key == "com.apple.quicktime.location.ISO6709" }
    }

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .video else { return [] }
        let records = Self.positions(e).sorted { $0.offset < $1.offset }
        guard records.count >= 2, let second = records.dropFirst().first else { return [] }
        let places = records.map { "\($0.source) \($0.key == "©xyz" ? "©xyz" : "location") '\($0.value)' (byte \($0.offset))" }
        let placesVi = records.map { "\($0.key == "©xyz" ? "©xyz trong \($0.source)" : "khóa vị trí") '\($0.value)' (byte \($0.offset))" }
        // The same position in every record (within 0.0001°, the coarsest precision cameras write), or not; a
        // record that does not parse counts as different.
        let points = records.map { QuickTimeMetadata.parseISO6709($0.value) }
        let same = points.allSatisfy { p in
            guard let p, let q = points.first ?? nil else { return false }
            return abs(p.lat - q.lat) <= 0.0001 && abs(p.lon - q.lon) <= 0.0001
        }
        return [finding(message(same ? "same" : "different", ["count": .number(records.count), "byteOffset": .int(second.offset),
                                                              "places": .localized(en: places.joined(separator: "; "), vi: placesVi.joined(separator: "; "))]),
                        ["records": .strings(places), "byteOffset": .int(second.offset)])]
    }
}
