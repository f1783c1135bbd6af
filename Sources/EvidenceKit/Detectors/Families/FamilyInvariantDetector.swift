/// `family.writer.invariant-broken` — the file claims a camera writer family but breaks one of the invariants
/// every original of that family satisfies: one finding per broken invariant, naming it and the bytes.
public struct FamilyInvariantDetector: Detector {
    public static let description = DetectorDescription(
        id: "family.writer.invariant-broken", name: "Breaks an invariant of the camera family it claims",
        nameVi: "Vi phạm một bất biến của dòng camera mà tệp tự nhận",
        severity: .strong, indicates: .metadataAltered,
        rationale: "A file that names a camera family in its own metadata but is not laid out, timed or located the way every original of that family is, was written — at least in part — by something else: a remuxer, a metadata editor, a converter. This works for editors nobody here has tried, because it checks how the camera writes, not how a known editor writes. Invariants seen on two or more originals are strong; one seen on a single original is weak and never accuses alone.",
        rationaleVi: "Tệp tự ghi tên một dòng camera trong siêu dữ liệu nhưng không được sắp xếp, ghi thời gian hoặc vị trí như mọi tệp gốc của dòng đó thì đã được ghi — ít nhất một phần — bởi thứ khác: chương trình đóng gói lại, sửa siêu dữ liệu, chuyển đổi. Cách này phát hiện được cả những trình sửa chưa ai thử, vì nó kiểm tra cách camera ghi chứ không phải cách một trình sửa đã biết ghi. Bất biến thấy trên hai tệp gốc trở lên là mạnh; bất biến chỉ thấy trên một tệp gốc là yếu và không tự mình kết luận.",
        examples: [
            DetectorExample("untouched Android layout", .androidOriginal(), fires: false),
            DetectorExample("moov moved before mdat (ExifTool, faststart)", .androidOriginal(topLevel: ["ftyp", "moov", "mdat"]), fires: true),
            DetectorExample("location rewritten with altitude", .androidOriginal(location: "+21.0285+105.8048+10.000/"), fires: true),
            DetectorExample("no family claims it", .synthetic(), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let m = FamilyMatch.claiming(e), let claim = m.claimedBy else { return [] }
        return m.broken.map { b in
            var evidence = b.location
            evidence["family"] = .string(m.family.id)
            evidence["invariant"] = .string(b.invariant.id)
            evidence["claimedBy"] = .string(claim)
            evidence["originals"] = .int(Int64(b.invariant.supportedBy.count))
            let n = b.invariant.supportedBy.count
            return finding(message(n >= 2 ? "broken" : "broken-one-original",
                                   ["family": .localized(en: m.family.name, vi: m.family.nameVi), "claim": m.claimMessage.map { .message($0) } ?? .text(claim),
                                    "differs": .localized(en: b.en, vi: b.vi), "originals": .number(n),
                                    "invariant": .localized(en: b.invariant.text, vi: b.invariant.textVi)]),
                           evidence, severity: b.invariant.severity, indicates: b.invariant.indicates)
        }
    }
}
