#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MediaBridge

/// The formats a report is written in; every one is drawn from the same records.
public enum ReportFormat: String, Sendable, CaseIterable {
    case json, html, pdf
}

/// A time-stamp reply given back by an authority, to show in the HTML and PDF (it cannot go inside the record
/// it stamps: it is kept beside a JSON report and embedded in the renderings).
public struct TrustedTimeStamp: Sendable, Equatable {
    public var reply: [UInt8]
    public var token: TimeStamp.Token
    /// What checking it found (`verified`, or the imprint only when no authority certificate was given).
    public var check: String
    public init(reply: [UInt8], token: TimeStamp.Token, check: String) {
        self.reply = reply
        self.token = token
        self.check = check
    }
}

/// Turns records into documents. JSON is the record itself, one canonical line each; HTML and PDF are
/// renderings of it in the record's language.
public enum ReportDocument {
    /// One record's canonical line, newline included: its SHA-256 is the record's hash, and for a report of
    /// one file that is the SHA-256 of the whole `.json` file (`openssl dgst -sha256 report.json`).
    public static func line(_ r: ReportRecord) throws -> [UInt8] {
        Array((try CanonicalJSON.encode(r) + "\n").utf8)
    }

    public static func recordSHA256(_ r: ReportRecord) -> String {
        ((try? line(r)).flatMap { try? SHA256Hasher.digest($0) } ?? []).hexString
    }

    public static func json(_ records: [ReportRecord]) throws -> [UInt8] {
        var out: [UInt8] = []
        for r in records { out += try line(r) }
        return out
    }

    public static func render(_ records: [ReportRecord], format: ReportFormat, trustedTime: TrustedTimeStamp? = nil) throws -> [UInt8] {
        switch format {
        case .json: return try json(records)
        case .html: return Array(ReportHTML.render(records, trustedTime: trustedTime).utf8)
        case .pdf: return try ReportPDF.render(records, trustedTime: trustedTime)
        }
    }
}

/// Words and values as both renderings show them.
enum ReportWords {
    static func t(_ key: String, _ lang: Language, _ args: [String: MessageArgument] = [:]) -> String {
        MessageRenderer.render(Message(key, args), lang)
    }
    static func status(_ s: CheckStatus, _ lang: Language) -> String { t("report.status." + s.rawValue, lang) }
    static func verdictClass(_ c: VerdictClass, _ lang: Language) -> String { t("verdict.class." + c.rawValue, lang) }
    static func decision(_ d: Decision, _ lang: Language) -> String { t("verdict.decision." + d.rawValue, lang) }
    static func severity(_ s: Severity, _ lang: Language) -> String { t("severity." + s.rawValue, lang) }

    /// A finding's location in words: `byte 4821 (+16) · box moov/trak · picture 12 · 0.4 s · packet 3 · Exif 0x9003`.
    static func location(_ l: Location?, _ lang: Language) -> String {
        guard let l else { return "—" }
        var parts: [String] = []
        if let o = l.byteOffset { parts.append("byte \(o)" + (l.byteLength.map { " (+\($0))" } ?? "")) }
        if let b = l.box { parts.append(b) }
        if let f = l.frame { parts.append(t("report.label.frame", lang) + " \(f)") }
        if let s = l.seconds { parts.append(MessageRenderer.decimal(s, places: 3, comma: lang == .vi) + " s") }
        if let p = l.packet { parts.append("packet \(p)") }
        if let d = l.directory { parts.append(d) }
        if let tag = l.tag { parts.append(tag) }
        return parts.isEmpty ? "—" : parts.joined(separator: " · ")
    }

    static func evidenceText(_ e: [String: EvidenceValue]) -> [(String, String)] {
        e.sorted { $0.key < $1.key }.map { k, v in
            switch v {
            case let .string(s): return (k, s.count > 200 ? String(s.prefix(200)) + "…" : s)
            case let .int(i): return (k, String(i))
            case let .double(d): return (k, String(d))
            case let .strings(a): return (k, a.joined(separator: "; "))
            }
        }
    }

    /// The file block's rows: label, value.
    static func fileRows(_ r: ReportRecord) -> [(String, String)] {
        let v = r.verification, lang = r.language, m = v.metadata
        var rows: [(String, String)] = [
            (t("report.label.path", lang), v.file.path),
            (t("report.label.bytes", lang), String(v.file.bytes)),
            (t("report.label.sha256", lang), v.file.sha256),
        ]
        if let p = v.file.videoPayloadSha256 { rows.append((t("report.label.payload", lang), p + " (\(v.file.videoPackets ?? 0))")) }
        if let p = v.file.imageDataSha256 { rows.append((t("report.label.image-data", lang), p)) }
        rows.append((t("report.label.kind", lang), v.kind.rawValue))
        if let c = m.container { rows.append((t("report.label.container", lang), c)) }
        if let d = m.device {
            let s = [d.make, d.model].compactMap { $0 }.joined(separator: " ") + (d.software.map { " (\($0))" } ?? "")
            if !s.isEmpty { rows.append((t("report.label.device", lang), s)) }
        }
        if let c = m.captureTime { rows.append((t("report.label.capture-time", lang), c + (m.captureTimeSource.map { " (\($0))" } ?? ""))) }
        if let g = m.gps { rows.append((t("report.label.position", lang), ReportBuilder.coordinates(g.lat, g.lon) + " (\(g.source))")) }
        if let d = m.durationSeconds { rows.append((t("report.label.duration", lang), MessageRenderer.decimal(d, places: 3, comma: lang == .vi))) }
        return rows
    }

    static func methodRows(_ r: ReportRecord) -> [(String, String)] {
        let m = r.method, lang = r.language
        return [
            (t("report.label.tool", lang), "\(m.tool.name) \(m.tool.version)"),
            (t("report.label.detectors", lang), "\(m.detectorCatalogue.detectors) · sha256:\(m.detectorCatalogue.sha256)"),
            (t("report.label.libraries", lang), m.libraries.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "; ")),
            (t("report.label.options", lang), m.options.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")),
            (t("report.label.analysis-time", lang), m.analysisTime ?? "—"),
            (t("report.label.reproduce", lang), m.reproduce),
        ]
    }

    static func trustedTimeRows(_ s: TrustedTimeStamp, _ lang: Language) -> [(String, String)] {
        [("genTime", s.token.genTime ?? "—"), ("serial", s.token.serial ?? "—"), ("policy", s.token.policy ?? "—"),
         ("imprint (SHA-256)", s.token.imprint ?? "—"), ("check", s.check)]
    }
}
