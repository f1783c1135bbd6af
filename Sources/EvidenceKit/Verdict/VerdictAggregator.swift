/// Turns findings into one verdict class.
///
/// - Acceptance needs positive evidence: `consistent-with-original` only when a finding says the file was
///   recognised as a camera writer family's (`indicates: consistent-with-original`, from `family.writer.recognised`)
///   and nothing decisive or doubtful stands against it. Without one, the verdict is `inconclusive`: the tool
///   never accepts by default.
/// - A conclusive or strong finding decides its class; when several classes are decided, the most
///   serious wins (unreadable, edited, re-encoded, metadata-altered, remuxed: a metadata edit implies a
///   rewritten container, so it is the more specific statement) and the others are kept as reasons.
/// - Cryptographic and decode evidence leads: a failed Signed Video check, pictures that decode with errors
///   or a stream that was not read completely head the verdict (class and first reason) above re-encoded,
///   metadata-altered and remuxed findings, which stay among the reasons.
/// - Weak findings never accuse on their own: one is noted, two or more pointing at processing make
///   the verdict `inconclusive`, with them as the reasons; one weak finding also withholds acceptance when
///   it breaks an invariant of the very family that would have recognised the file.
public enum VerdictAggregator {
    /// Findings that head the verdict when strong: they are about the integrity of the pictures themselves.
    static let leading: Set<String> = ["video.bitstream.signed-video", "video.frames.decode-errors", "media.read.incomplete"]

    public static func verdict(_ findings: [Finding], policy: Policy = .default) -> Verdict {
        let decisive = findings.filter { $0.severity >= .strong && $0.indicates != .none && $0.indicates != .consistentWithOriginal }
        if let top = decisive.max(by: { rank($0) < rank($1) }) {
            let c = top.indicates
            let reasons = decisive.sorted { rank($0) > rank($1) }.map(\.id)
            return Verdict(class: c, decision: policy.decision(for: c), reasons: unique(reasons),
                           explanation: "\(c.rawValue): " + decisive.filter { $0.indicates == c }.map(\.message).joined(separator: " "))
        }
        let weak = findings.filter { $0.severity == .weak && $0.indicates != .none && $0.indicates != .consistentWithOriginal }
        if weak.count >= 2 {
            return Verdict(class: .inconclusive, decision: policy.decision(for: .inconclusive), reasons: unique(weak.map(\.id)),
                           explanation: "inconclusive: \(weak.count) weak signs of processing, none decisive on its own: " + weak.map(\.message).joined(separator: " "))
        }
        let positive = findings.first { $0.indicates == .consistentWithOriginal }
        guard let positive else {
            let c = VerdictClass.inconclusive
            return Verdict(class: c, decision: policy.decision(for: c), reasons: unique(weak.map(\.id)),
                           explanation: "inconclusive: nothing indicates processing, but the file was not recognised as a camera original (no camera writer family it claims holds), so it is not accepted."
                               + (weak.isEmpty ? "" : " " + weak[0].message))
        }
        let c = VerdictClass.consistentWithOriginal
        return Verdict(class: c, decision: policy.decision(for: c), reasons: unique([positive.id] + weak.map(\.id)),
                       explanation: weak.isEmpty
                           ? "consistent-with-original: " + positive.message
                           : "consistent-with-original: " + positive.message + " One weak sign noted (\(weak[0].id)), common in originals too.")
    }

    /// Precedence of a decisive finding: leading integrity findings above every class but unreadable and edited.
    static func rank(_ f: Finding) -> Int {
        leading.contains(f.id) && f.indicates != .unreadable && f.indicates != .edited ? 45 : f.indicates.precedence * 10
    }

    static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
