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
            let deciding = decisive.filter { $0.indicates == c }
            return verdict(c, policy, unique(reasons), Message("verdict.decisive", ["class": .message(label(c))]), deciding)
        }
        let weak = findings.filter { $0.severity == .weak && $0.indicates != .none && $0.indicates != .consistentWithOriginal }
        if weak.count >= 2 {
            return verdict(.inconclusive, policy, unique(weak.map(\.id)), Message("verdict.weak-signs", ["count": .number(weak.count)]), weak)
        }
        let positive = findings.first { $0.indicates == .consistentWithOriginal }
        guard let positive else {
            return verdict(.inconclusive, policy, unique(weak.map(\.id)), Message("verdict.not-recognised"), Array(weak.prefix(1)))
        }
        let head = Message("verdict.consistent", ["class": .message(label(.consistentWithOriginal))])
        var v = verdict(.consistentWithOriginal, policy, unique([positive.id] + weak.map(\.id)), head, [positive])
        if let w = weak.first {
            let note = Message("verdict.weak-noted", ["id": .text(w.id)])
            v.explanation += " " + MessageRenderer.render(note, .en)
            v.explanationVi = (v.explanationVi ?? "") + " " + MessageRenderer.render(note, .vi)
        }
        return v
    }

    /// A verdict whose explanation is `head` followed by the messages of `findings`, in both languages.
    static func verdict(_ c: VerdictClass, _ policy: Policy, _ reasons: [String], _ head: Message, _ findings: [Finding]) -> Verdict {
        let en = ([MessageRenderer.render(head, .en)] + findings.map(\.message)).joined(separator: " ")
        let vi = ([MessageRenderer.render(head, .vi)] + findings.map(\.messageVi)).joined(separator: " ")
        var v = Verdict(class: c, decision: policy.decision(for: c), reasons: reasons, explanation: en)
        v.explanationVi = vi
        v.nextStep = MessageRenderer.render(nextStep(c), .en)
        v.nextStepVi = MessageRenderer.render(nextStep(c), .vi)
        return v
    }

    /// What the officer does next with a file of this class (`verdict.next.<class>`): most processed files are
    /// what a messaging app or an upload made of the original, so the step is to ask for the original, not to accuse.
    public static func nextStep(_ c: VerdictClass) -> Message { Message("verdict.next." + c.rawValue) }

    /// The name of a verdict class as a phrase (`verdict.class.<class>`).
    public static func label(_ c: VerdictClass) -> Message { Message("verdict.class." + c.rawValue) }

    /// The name of a decision as a phrase (`verdict.decision.<decision>`).
    public static func label(_ d: Decision) -> Message { Message("verdict.decision." + d.rawValue) }

    /// The name of a severity as a phrase (`severity.<severity>`).
    public static func label(_ s: Severity) -> Message { Message("severity." + s.rawValue) }


    /// Precedence of a decisive finding: leading integrity findings above every class but unreadable and edited.
    static func rank(_ f: Finding) -> Int {
        leading.contains(f.id) && f.indicates != .unreadable && f.indicates != .edited ? 45 : f.indicates.precedence * 10
    }

    static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
