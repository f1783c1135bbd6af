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
        guard let n = FamilyMatch.nearest(e) else { return [finding(message("none"), evidence)] }
        evidence["nearestFamily"] = .string(n.family.id)
        let differs = n.broken.prefix(3)
        let args: [String: MessageArgument] = ["family": .localized(en: n.family.name, vi: n.family.nameVi), "held": .number(n.held.count),
                                               "differs": .localized(en: differs.map(\.en).joined(separator: "; "), vi: differs.map(\.vi).joined(separator: "; "))]
        return [finding(message(differs.isEmpty ? "nearest-unnamed" : "nearest", args), evidence)]
    }
}
