/// `family.writer.unrecognised` — nothing in the file claims a camera writer family the tool knows, so there is
/// no positive evidence that a camera wrote it: `inconclusive`, with the nearest family and what differs.
public struct FamilyUnrecognisedDetector: Detector {
    public static let description = DetectorDescription(
        id: "family.writer.unrecognised", name: "No known camera writer family",
        nameVi: "Không thuộc dòng camera nào đã biết",
        severity: .strong, indicates: .inconclusive,
        rationale: "A file is accepted as an original only when it is recognised as one; silence from the detectors is not evidence. Files from cameras the tool has no originals of, files whose device metadata was removed, and files written by software all land here: they need a person to look, or a family added from real originals of that device.",
        rationaleVi: "Tệp chỉ được chấp nhận là bản gốc khi được nhận diện là bản gốc; việc các bộ phát hiện không cảnh báo không phải là bằng chứng. Tệp từ camera mà công cụ chưa có tệp gốc nào, tệp đã bị xóa siêu dữ liệu thiết bị và tệp do phần mềm ghi đều rơi vào đây: cần người xem xét, hoặc bổ sung một dòng từ tệp gốc thật của thiết bị đó.",
        examples: [
            DetectorExample("a bare MP4 with no camera metadata", .synthetic(), fires: true),
            DetectorExample("an Android original", .androidOriginal(), fires: false),
            DetectorExample("an Android clip that breaks an invariant (reported by family.writer.invariant-broken instead)", .androidOriginal(topLevel: ["ftyp", "moov", "mdat"]), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .video || e.inspection.kind == .photo, FamilyMatch.claiming(e) == nil else { return [] }
        var evidence: [String: EvidenceValue] = ["byteOffset": .int(e.inspection.kind == .photo ? e.pictureHeaderOffset : 0)]
        var en = "No camera writer family the tool knows claims this file (nothing in it names one), so nothing positively shows that a camera wrote it."
        var vi = "Không dòng camera nào mà công cụ biết nhận tệp này (không có gì trong tệp chỉ ra một dòng camera), nên không có bằng chứng khẳng định rằng camera đã ghi tệp."
        if let n = FamilyMatch.nearest(e) {
            evidence["nearestFamily"] = .string(n.family.id)
            let differs = n.broken.prefix(3).map(\.en)
            let differsVi = n.broken.prefix(3).map(\.vi)
            en += " Nearest: \(n.family.name), \(n.held.count) of its invariants hold" + (differs.isEmpty ? ", but the file does not name it." : "; differs: \(differs.joined(separator: "; ")).")
            vi += " Gần nhất: \(n.family.nameVi), \(n.held.count) bất biến của dòng này đúng" + (differsVi.isEmpty ? ", nhưng tệp không ghi tên dòng này." : "; khác biệt: \(differsVi.joined(separator: "; ")).")
        }
        return [finding(en, vi: vi, evidence)]
    }
}
