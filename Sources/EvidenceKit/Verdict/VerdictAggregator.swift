/// Turns findings into one verdict class.
///
/// - A conclusive or strong finding decides its class; when several classes are decided, the most
///   serious wins (unreadable, edited, re-encoded, metadata-altered, remuxed: a metadata edit implies a
///   rewritten container, so it is the more specific statement) and the others are kept
///   as reasons.
/// - Weak findings never accuse on their own: one is noted, two or more pointing at processing make
///   the verdict `inconclusive`, with them as the reasons.
/// - With no such findings the file is `consistent-with-original`.
public enum VerdictAggregator {
    public static func verdict(_ findings: [Finding], policy: Policy = .default) -> Verdict {
        let decisive = findings.filter { $0.severity >= .strong && $0.indicates != .none }
        if let top = decisive.max(by: { $0.indicates.precedence < $1.indicates.precedence }) {
            let c = top.indicates
            let reasons = decisive.sorted { $0.indicates.precedence > $1.indicates.precedence }.map(\.id)
            return Verdict(class: c, decision: policy.decision(for: c), reasons: unique(reasons),
                           explanation: "\(c.rawValue): " + decisive.filter { $0.indicates == c }.map(\.message).joined(separator: " "))
        }
        let weak = findings.filter { $0.severity == .weak && $0.indicates != .none }
        if weak.count >= 2 {
            return Verdict(class: .inconclusive, decision: policy.decision(for: .inconclusive), reasons: unique(weak.map(\.id)),
                           explanation: "inconclusive: \(weak.count) weak signs of processing, none decisive on its own: " + weak.map(\.message).joined(separator: " "))
        }
        let c = VerdictClass.consistentWithOriginal
        return Verdict(class: c, decision: policy.decision(for: c), reasons: unique(weak.map(\.id)),
                       explanation: weak.isEmpty
                           ? "consistent-with-original: structure, encoder traces and metadata checked; nothing indicates processing."
                           : "consistent-with-original: one weak sign noted (\(weak[0].id)), common in originals too.")
    }

    static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
