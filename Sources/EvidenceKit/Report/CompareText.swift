/// Human-readable `evidence compare` output, in English or Vietnamese.
public enum CompareText {
    public static func render(_ c: ComparisonReport, originalPath: String, submittedPath: String, language: Language) -> String {
        let vi = language == .vi
        var out: [String] = []
        out.append("  " + (vi ? "Bản gốc" : "Original").padding(12) + originalPath + "  (sha256 \(c.original.sha256))")
        out.append("  " + (vi ? "Tệp nộp" : "Submitted").padding(12) + submittedPath + "  (sha256 \(c.submitted.sha256))")
        out.append("  " + (vi ? "Kết quả" : "Result").padding(12) + (c.same ? (vi ? "giống nhau" : "the same") : (vi ? "khác nhau" : "different")))
        if let p = c.packets {
            let runs = p.runs.prefix(8).map { "\($0.originalFirst)–\($0.originalLast)→\($0.submittedFirst)–\($0.submittedLast)" }.joined(separator: ", ")
            out.append("  " + (vi ? "Gói video" : "Packets").padding(12) + "\(p.submittedPackets)/\(p.originalPackets)" + (runs.isEmpty ? "" : "  [\(runs)]"))
        }
        if let a = pictures(c) {
            for s in a.segments.prefix(20) {
                let o = s.originalFirst.map { "\($0)–\(s.originalLast ?? $0)" } ?? "—"
                let sub = s.submittedFirst.map { "\($0)–\(s.submittedLast ?? $0)" } ?? "—"
                let kind = vi ? ["matched": "khớp", "cut": "bị cắt", "inserted": "được chèn"][s.kind.rawValue]! : s.kind.rawValue
                out.append("  " + (vi ? "Khung hình" : "Pictures").padding(12) + "\(kind): \(vi ? "gốc" : "original") \(o), \(vi ? "nộp" : "submitted") \(sub)" + (s.speed.map { " ×" + MessageRenderer.decimal($0, places: 3, comma: vi) } ?? ""))
            }
        }
        for f in c.findings.sorted(by: { $0.severity > $1.severity }) {
            out.append("  [\(vi ? MessageRenderer.render(VerdictAggregator.label(f.severity), .vi) : f.severity.rawValue)] \(f.id)")
            out.append("      " + f.message(in: language))
        }
        for d in c.metadataDifferences.prefix(40) {
            out.append("      \(d.field): \(d.original ?? "—") → \(d.submitted ?? "—")")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func pictures(_ c: ComparisonReport) -> PictureAlignment? { c.pictures }
}
