/// Human-readable `evidence verify` output, in English or Vietnamese.
public enum VerifyText {
    /// The closing line for several files: how many got each class and each decision, and how many could
    /// not be read (their one-line errors went to standard error), so an officer sees the batch at a glance.
    public static func summary(_ reports: [VerifyReport], errors: Int, vietnamese: Bool = false) -> String {
        func counts<K: Hashable>(_ key: (VerifyReport) -> K, _ order: [K], _ name: (K) -> String) -> String {
            var c: [K: Int] = [:]
            for r in reports { c[key(r), default: 0] += 1 }
            return order.compactMap { k in c[k].map { "\(name(k)) \($0)" } }.joined(separator: ", ")
        }
        let classes = counts({ $0.verdict.class }, VerdictClass.allCases, \.rawValue)
        let decisions = counts({ $0.verdict.decision }, [Decision.accept, .review, .reject], \.rawValue)
        let total = reports.count + errors
        let files = vietnamese ? "\(total) tệp" : "\(total) file" + (total == 1 ? "" : "s")
        let failed = errors == 0 ? "" : (vietnamese ? " · lỗi đọc \(errors)" : " · errors \(errors)")
        return "  " + (vietnamese ? "Tổng hợp" : "Summary").padding(12) + "\(files): \(classes.isEmpty ? "—" : classes) · \(decisions.isEmpty ? "—" : decisions)\(failed)\n"
    }

    public static func render(_ r: VerifyReport, vietnamese: Bool = false) -> String {
        var out: [String] = [r.file.path]
        let v = r.verdict
        let lang: Language = vietnamese ? .vi : .en
        let name = { (m: Message) in MessageRenderer.render(m, lang) }
        // Vietnamese names the class and decision in Vietnamese, with the JSON codes beside them for cross-reference.
        out.append("  " + (vietnamese ? "Kết luận" : "Verdict").padding(12) + (vietnamese
            ? "\(name(VerdictAggregator.label(v.class))) (\(v.class.rawValue)) → \(name(VerdictAggregator.label(v.decision))) (\(v.decision.rawValue))"
            : "\(v.class.rawValue) → \(v.decision.rawValue)"))
        out.append("  " + (vietnamese ? "Lý do" : "Why").padding(12) + (v.reasons.isEmpty ? "—" : v.reasons.joined(separator: ", ")))
        if let step = vietnamese ? (v.nextStepVi ?? v.nextStep) : v.nextStep {
            out.append("  " + (vietnamese ? "Cần làm" : "Next step").padding(12) + step)
        }
        out.append("  " + "SHA-256".padding(12) + r.file.sha256)
        if let p = r.file.videoPayloadSha256 {
            out.append("  " + (vietnamese ? "Gói hình" : "Payload").padding(12) + p + (vietnamese ? "  [SHA-256 của \(r.file.videoPackets ?? 0) gói video, không tính vỏ chứa]" : "  [SHA-256 of the \(r.file.videoPackets ?? 0) video packets, without the container]"))
        }
        if let d = r.metadata.device {
            // Software alone (a converter's name in ©swr) is not a device: say no device is recorded.
            let named = [d.make, d.model].compactMap { $0 }.joined(separator: " ")
            let software = d.software.map { named.isEmpty ? (vietnamese ? "không ghi (phần mềm \($0))" : "not recorded (software \($0))") : "(\($0))" }
            out.append("  " + (vietnamese ? "Thiết bị" : "Device").padding(12) + [named.isEmpty ? nil : named, software].compactMap { $0 }.joined(separator: " "))
        }
        if let t = r.metadata.captureTime { out.append("  " + (vietnamese ? "Thời gian" : "Captured").padding(12) + t) }
        let ordered = r.findings.sorted { $0.severity > $1.severity }
        for f in ordered {
            out.append(vietnamese
                ? "  [\(name(VerdictAggregator.label(f.severity)))] \(f.id)" + (f.indicates == .none ? "" : " → \(name(VerdictAggregator.label(f.indicates)))")
                : "  [\(f.severity.rawValue)] \(f.id)" + (f.indicates == .none ? "" : " → \(f.indicates.rawValue)"))
            out.append("      " + (vietnamese ? f.messageVi : f.message))
            let ev = f.evidence.sorted { $0.key < $1.key }.map { k, v -> String in
                switch v {
                case let .string(s): return "\(k)=\(s.count > 80 ? String(s.prefix(80)) + "…" : s)"
                case let .int(i): return "\(k)=\(i)"
                case let .double(d): return "\(k)=\(d)"
                case let .strings(a): return "\(k)=[\(a.joined(separator: "; "))]"
                }
            }
            if !ev.isEmpty { out.append("      " + (vietnamese ? "bằng chứng: " : "evidence: ") + ev.joined(separator: ", ")) }
        }
        if ordered.isEmpty { out.append("  " + (vietnamese ? "Không có phát hiện nào." : "No findings.")) }
        return out.joined(separator: "\n") + "\n"
    }
}
