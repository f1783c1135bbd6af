/// `family.writer.recognised` — the file claims a camera writer family the tool knows and satisfies every
/// invariant of it: the positive evidence without which no file is `consistent-with-original`.
public struct FamilyRecognisedDetector: Detector {
    public static let description = DetectorDescription(
        id: "family.writer.recognised", name: "Recognised as a camera writer family's file",
        nameVi: "Được nhận diện là tệp của một dòng camera đã biết",
        severity: .info, indicates: .consistentWithOriginal,
        rationale: "Acceptance needs positive evidence, not the absence of alarms: the file's own metadata names a camera family (EXIF Make, QuickTime keys, handler names, a Signed Video signature, a recorder's framing) and every invariant of how that family writes its files holds — container brands and box order, which metadata exists, how times and positions are written and how they relate. Each invariant lists the real originals it rests on; one resting on a single original is weak.",
        rationaleVi: "Việc chấp nhận cần bằng chứng khẳng định, không chỉ là không có cảnh báo: siêu dữ liệu của chính tệp chỉ ra một dòng camera (Make trong EXIF, khóa QuickTime, tên trình xử lý, chữ ký Signed Video, khung dữ liệu của đầu ghi) và mọi bất biến về cách dòng đó ghi tệp đều đúng — nhãn và thứ tự hộp của tệp chứa, siêu dữ liệu nào có mặt, cách ghi thời gian và vị trí cũng như quan hệ giữa chúng. Mỗi bất biến liệt kê các tệp gốc thật làm căn cứ; bất biến chỉ dựa trên một tệp gốc là yếu.",
        examples: [
            DetectorExample("Android layout, handlers, brand, times and version key", .androidOriginal(), fires: true),
            DetectorExample("no family claims a bare MP4", .synthetic(), fires: false),
            DetectorExample("Android clip whose moov was moved to the front", .androidOriginal(topLevel: ["ftyp", "moov", "mdat"]), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let m = FamilyMatch.claiming(e), m.recognised, let claim = m.claimedBy else { return [] }
        let held = m.held.map(\.id)
        let originals = m.family.originals
        let evidence: [String: EvidenceValue] = ["family": .string(m.family.id), "claimedBy": .string(claim), "invariantsHeld": .strings(held),
                                                 "originals": .int(Int64(originals.count)), "byteOffset": 0]
        return [finding(message(originals.count < 2 ? "recognised-one-original" : "recognised",
                                ["family": .localized(en: m.family.name, vi: m.family.nameVi), "claim": m.claimMessage.map { .message($0) } ?? .text(claim), "held": .number(held.count),
                                 "invariants": .list(held), "originals": .number(originals.count)]), evidence)]
    }
}

extension Evidence {
    /// An Android stock-camera clip as AOSP's MPEG4Writer writes it (for examples).
    public static func androidOriginal(topLevel: [String] = ["ftyp", "mdat", "moov"], location: String = "+51.4169-000.0806/") -> Evidence {
        var e = Evidence.synthetic(majorBrand: "mp42", topLevel: topLevel, handlers: ["VideoHandle", "SoundHandle"],
                                   items: [("©xyz", location), ("com.android.version", "6.0.1")])
        e.inspection.container?.minorVersion = 0
        e.inspection.container?.compatibleBrands = ["isom", "mp42"]
        let created = e.inspection.container?.created
        for i in e.inspection.container?.tracks?.indices ?? 0..<0 {
            e.inspection.container?.tracks?[i].created = created
            e.inspection.container?.tracks?[i].modified = created
        }
        return e
    }
}
