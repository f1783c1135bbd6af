#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The report as one self-contained HTML file: no network (styles inline, thumbnails as data: URLs, the
/// timeline as inline SVG), printable, in the record's language. The records themselves are embedded
/// (JSON, `<` escaped), so `verify-report` can rebuild this page from them and check it byte for byte.
public enum ReportHTML {
    public static func render(_ records: [ReportRecord], trustedTime: TrustedTimeStamp? = nil) -> String {
        let lang = records.first?.language ?? .vi
        var h = "<!DOCTYPE html>\n<html lang=\"\(lang.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n"
        h += "<title>\(esc(ReportWords.t("report.title", lang)))</title>\n<style>\n\(css)</style>\n</head>\n<body>\n"
        for (n, r) in records.enumerated() {
            h += section(r, trustedTime: trustedTime, first: n == 0)
        }
        // The records, for `verify-report` and for any reader who wants the data: one canonical line each.
        let json = records.compactMap { try? CanonicalJSON.encode($0) }.joined(separator: "\n")
        h += "<script type=\"application/json\" id=\"evidence-records\">" + json.replacing("<", with: "\\u003c") + "</script>\n"
        if let t = trustedTime {
            h += "<script type=\"application/octet-stream\" id=\"evidence-timestamp\" data-check=\"\(esc(t.check))\">" + Data(t.reply).base64EncodedString() + "</script>\n"
        }
        h += "</body>\n</html>\n"
        return h
    }

    static func section(_ r: ReportRecord, trustedTime: TrustedTimeStamp?, first: Bool) -> String {
        let lang = r.language, v = r.verification
        let t = { (k: String) in esc(ReportWords.t(k, lang)) }
        let hash = ReportDocument.recordSHA256(r)
        var h = "<article\(first ? "" : " class=\"next\"")>\n"
        h += "<footer class=\"page\">\(t("report.label.record-sha256")): <code>\(hash)</code></footer>\n"
        h += "<header><h1>\(t("report.title"))</h1><p class=\"sub\">\(t("report.subtitle"))</p>\n"
        if let c = r.caseID { h += "<p><b>\(t("report.label.case")):</b> \(esc(c))</p>\n" }
        h += "<p><b>\(t("report.label.record-sha256")):</b> <code>\(hash)</code></p></header>\n"

        // Conclusion.
        h += "<h2>\(t("report.section.conclusion"))</h2>\n<div class=\"verdict \(v.verdict.decision.rawValue)\">"
        h += "<p><b>\(t("report.label.verdict")):</b> \(esc(ReportWords.verdictClass(v.verdict.class, lang))) <code>\(v.verdict.class.rawValue)</code></p>"
        h += "<p><b>\(t("report.label.decision")):</b> \(esc(ReportWords.decision(v.verdict.decision, lang))) <code>\(v.verdict.decision.rawValue)</code></p>"
        h += "<p>\(esc(lang == .vi ? (v.verdict.explanationVi ?? v.verdict.explanation) : v.verdict.explanation))</p>"
        if let step = lang == .vi ? (v.verdict.nextStepVi ?? v.verdict.nextStep) : v.verdict.nextStep {
            h += "<p><b>\(t("report.label.next-step")):</b> \(esc(step))</p>"
        }
        if !v.verdict.reasons.isEmpty { h += "<p><b>\(t("report.label.reasons")):</b> " + v.verdict.reasons.map { "<code>\(esc($0))</code>" }.joined(separator: ", ") + "</p>" }
        h += "</div>\n"
        h += "<p class=\"legend\"><b>\(t("report.label.legend")):</b> " + CheckStatus.allCases.map { "<span class=\"st \($0.rawValue)\">\(esc(ReportWords.status($0, lang)))</span>" }.joined(separator: " ") + "</p>\n"

        // The file.
        h += "<h2>\(t("report.section.file"))</h2>\n" + table(nil, ReportWords.fileRows(r).map { [esc($0.0), code($0.1)] })

        // Checks.
        h += "<h2>\(t("report.section.checks"))</h2>\n<table><thead><tr><th>\(t("report.label.check"))</th><th>\(t("report.label.status"))</th><th></th></tr></thead><tbody>\n"
        for c in r.checks {
            h += "<tr><td>\(esc(c.title.text(lang)))</td><td><span class=\"st \(c.status.rawValue)\">\(esc(ReportWords.status(c.status, lang)))</span></td><td>\(esc(c.explanation.text(lang)))</td></tr>\n"
        }
        h += "</tbody></table>\n"

        // Findings.
        h += "<h2>\(t("report.section.findings"))</h2>\n"
        if v.findings.isEmpty { h += "<p>\(t("report.label.no-findings"))</p>\n" }
        for f in v.findings.sorted(by: { $0.severity > $1.severity }) {
            h += "<div class=\"finding \(f.severity.rawValue)\"><p><code>\(esc(f.id))</code> · \(esc(ReportWords.severity(f.severity, lang)))"
            if f.indicates != .none { h += " → \(esc(ReportWords.verdictClass(f.indicates, lang)))" }
            h += "</p><p>\(esc(f.message(in: lang)))</p><p class=\"loc\"><b>\(t("report.label.where")):</b> \(esc(ReportWords.location(f.location, lang)))</p>"
            let ev = ReportWords.evidenceText(f.evidence)
            if !ev.isEmpty { h += "<table class=\"ev\">" + ev.map { "<tr><td>\(esc($0.0))</td><td>\(code($0.1))</td></tr>" }.joined() + "</table>" }
            h += "</div>\n"
        }

        // Pictures and timeline.
        if !r.thumbnails.isEmpty {
            h += "<h2>\(t("report.section.pictures"))</h2>\n<p class=\"cap\">\(t("report.label.thumbnail-caption"))</p>\n<div class=\"thumbs\">"
            for p in r.thumbnails {
                let label = p.frame.map { "#\($0)" + (p.seconds.map { " · " + MessageRenderer.decimal($0, places: 3, comma: lang == .vi) + " s" } ?? "") } ?? ""
                h += "<figure><img alt=\"\(esc(label))\" width=\"\(p.width)\" height=\"\(p.height)\" src=\"data:image/png;base64,\(p.png)\"><figcaption>\(esc(label))</figcaption></figure>"
            }
            h += "</div>\n"
        }
        if let tl = r.timeline {
            h += "<h2>\(t("report.section.timeline"))</h2>\n<p class=\"cap\">\(t("report.label.timeline-caption"))</p>\n"
            h += timelineSVG(tl, flagged: Set(ReportBuilder.flaggedFrames(v.findings)))
        }

        // Comparison with the claimed original.
        if let c = r.comparison {
            h += "<h2>\(t("report.section.comparison"))</h2>\n" + table(nil, [[t("report.label.original"), code(c.original.path) + " " + code("sha256 " + c.original.sha256)]])
            for f in c.findings.sorted(by: { $0.severity > $1.severity }) {
                h += "<div class=\"finding \(f.severity.rawValue)\"><p><code>\(esc(f.id))</code> · \(esc(ReportWords.severity(f.severity, lang)))</p><p>\(esc(f.message(in: lang)))</p></div>\n"
            }
            if let a = c.pictures {
                h += "<p class=\"cap\">\(t("report.label.alignment-caption"))</p>\n" + alignmentSVG(a)
            }
            if !c.metadataDifferences.isEmpty {
                h += table([t("report.label.field"), t("report.label.original"), t("report.label.value")],
                           c.metadataDifferences.prefix(60).map { [code($0.field), esc($0.original ?? "—"), esc($0.submitted ?? "—")] })
            }
        }

        // Metadata.
        if !r.metadataTables.isEmpty {
            h += "<h2>\(t("report.section.metadata"))</h2>\n"
            for m in r.metadataTables {
                h += "<h3>\(esc(m.name))" + (m.byteOffset.map { " <small>@ byte \($0)</small>" } ?? "") + "</h3>\n"
                h += table([t("report.label.field"), t("report.label.value"), t("report.label.offset")],
                           m.rows.map { [code($0.field) + ($0.name.map { " " + esc($0) } ?? ""), esc($0.value), $0.byteOffset.map(String.init) ?? ""] })
            }
        }

        // Submissions.
        if let subs = r.submissions, !subs.isEmpty {
            h += "<h2>\(t("report.section.submissions"))</h2>\n"
            h += table([t("report.label.submission"), t("report.label.received"), t("report.label.channel"), t("report.label.claims"), t("report.label.reporter")], subs.map { s in
                let claims = [s.claims?.time, s.claims?.place.map { p in p.address ?? [p.lat, p.lon].compactMap { $0 }.map { String($0) }.joined(separator: ", ") }].compactMap { $0 }.joined(separator: " · ")
                let who = s.reporter.map { c in [c.name, c.idNumber, c.phone, c.address].compactMap { $0 }.joined(separator: " · ") } ?? "—"
                return [esc(s.submission) + " <small>(#\(s.ledgerSeq))</small>", esc(s.receivedTime ?? "—"), esc(s.channel ?? "—"), esc(claims.isEmpty ? "—" : claims), esc(who)]
            })
        }

        // Method, limitations, redaction, signature.
        h += "<h2>\(t("report.section.method"))</h2>\n" + table(nil, ReportWords.methodRows(r).map { [esc($0.0), code($0.1)] })
        h += "<h2>\(t("report.section.limitations"))</h2>\n<ul>" + r.limitations.map { "<li>\(esc($0.text(lang)))</li>" }.joined() + "</ul>\n"
        if let red = r.redaction {
            h += "<h2>\(t("report.section.redaction"))</h2>\n<ul>" + red.removed.sorted { $0.key < $1.key }.map { k, n in
                "<li>\(t("report.redaction." + k.replacing(" ", with: "-"))): \(n)</li>"
            }.joined() + "</ul>\n"
        }
        h += "<h2>\(t("report.section.signature"))</h2>\n"
        if let s = r.signer {
            h += "<p>\(t("report.label.signed"))</p>" + table(nil, [[t("report.label.signer"), code(s.publicKeyFingerprint)]])
        } else {
            h += "<p>\(t("report.label.unsigned"))</p>\n"
        }
        if let ts = trustedTime {
            h += "<h3>\(t("report.label.trusted-time"))</h3>" + table(nil, ReportWords.trustedTimeRows(ts, lang).map { [esc($0.0), code($0.1)] })
        } else {
            h += "<p>\(t("report.label.no-trusted-time"))</p>\n"
        }
        h += "</article>\n"
        return h
    }

    /// Bars for packet sizes coloured by picture type, a line for the PDQ distance to the previous picture,
    /// red ticks at the pictures findings point at. At most 900 columns: a longer clip shows each column's largest.
    static func timelineSVG(_ tl: ReportTimeline, flagged: Set<Int>) -> String {
        let pics = tl.pictures
        guard !pics.isEmpty else { return "" }
        let width = 900, barHeight = 90, lineHeight = 50, height = barHeight + lineHeight + 24
        let columns = min(width, pics.count)
        let maxBytes = max(1, pics.compactMap(\.bytes).max() ?? 1)
        var svg = "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\">"
        svg += "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(barHeight)\" fill=\"#f6f6f6\"/>"
        let colW = Double(width) / Double(columns)
        var points: [String] = []
        for c in 0..<columns {
            let lo = c * pics.count / columns, hi = max(lo + 1, (c + 1) * pics.count / columns)
            let slice = pics[lo..<hi]
            let biggest = slice.max { ($0.bytes ?? 0) < ($1.bytes ?? 0) }!
            let bh = Double(biggest.bytes ?? 0) / Double(maxBytes) * Double(barHeight - 4)
            let fill = slice.contains { $0.key || $0.type == "I" } ? "#1f3a60" : biggest.type == "B" ? "#a9c1de" : "#5a7fae"
            let x = Double(c) * colW
            svg += "<rect x=\"\(fmt(x))\" y=\"\(fmt(Double(barHeight) - bh))\" width=\"\(fmt(max(colW - 0.3, 0.5)))\" height=\"\(fmt(bh))\" fill=\"\(fill)\"/>"
            if slice.contains(where: { flagged.contains($0.frame) }) {
                svg += "<rect x=\"\(fmt(x))\" y=\"0\" width=\"\(fmt(max(colW, 2)))\" height=\"\(barHeight + lineHeight)\" fill=\"#d40000\" opacity=\"0.55\"/>"
            }
            let d = slice.compactMap(\.distance).max() ?? 0
            points.append("\(fmt(x + colW / 2)),\(fmt(Double(barHeight + lineHeight) - Double(d) / 256 * Double(lineHeight - 4)))")
        }
        svg += "<polyline fill=\"none\" stroke=\"#333\" stroke-width=\"1\" points=\"\(points.joined(separator: " "))\"/>"
        let first = pics.first!, last = pics.last!
        let label = { (p: TimelinePicture) in "#\(p.frame)" + (p.seconds.map { " · \(fmt($0)) s" } ?? "") }
        svg += "<text x=\"0\" y=\"\(height - 6)\" font-size=\"11\">\(esc(label(first)))</text>"
        svg += "<text x=\"\(width)\" y=\"\(height - 6)\" font-size=\"11\" text-anchor=\"end\">\(esc(label(last)))</text></svg>\n"
        return svg
    }

    /// The original's pictures on top, the submission's below, matched parts joined by green bands, cuts in red,
    /// insertions in orange, frozen pictures in blue.
    static func alignmentSVG(_ a: PictureAlignment) -> String {
        let width = 900.0, bar = 18.0, gap = 60.0, height = bar * 2 + gap + 20
        let no = Double(max(1, a.originalPictures)), ns = Double(max(1, a.submittedPictures))
        let xo = { (i: Int) in Double(i) / no * width }, xs = { (j: Int) in Double(j) / ns * width }
        var svg = "<svg class=\"alignment\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" width=\"100%\">"
        svg += "<rect x=\"0\" y=\"0\" width=\"\(fmt(width))\" height=\"\(fmt(bar))\" fill=\"#ddd\"/><rect x=\"0\" y=\"\(fmt(bar + gap))\" width=\"\(fmt(width))\" height=\"\(fmt(bar))\" fill=\"#ddd\"/>"
        for seg in a.segments {
            switch seg.kind {
            case .matched:
                guard let o0 = seg.originalFirst, let o1 = seg.originalLast, let s0 = seg.submittedFirst, let s1 = seg.submittedLast else { continue }
                let pts = [(xo(o0), bar), (xo(o1 + 1), bar), (xs(s1 + 1), bar + gap), (xs(s0), bar + gap)].map { "\(fmt($0.0)),\(fmt($0.1))" }.joined(separator: " ")
                svg += "<polygon points=\"\(pts)\" fill=\"#5cb85c\" opacity=\"0.45\"/>"
                svg += "<rect x=\"\(fmt(xo(o0)))\" y=\"0\" width=\"\(fmt(max(0.5, xo(o1 + 1) - xo(o0))))\" height=\"\(fmt(bar))\" fill=\"#5cb85c\"/>"
                svg += "<rect x=\"\(fmt(xs(s0)))\" y=\"\(fmt(bar + gap))\" width=\"\(fmt(max(0.5, xs(s1 + 1) - xs(s0))))\" height=\"\(fmt(bar))\" fill=\"#5cb85c\"/>"
            case .cut:
                guard let o0 = seg.originalFirst, let o1 = seg.originalLast else { continue }
                svg += "<rect x=\"\(fmt(xo(o0)))\" y=\"0\" width=\"\(fmt(max(1, xo(o1 + 1) - xo(o0))))\" height=\"\(fmt(bar))\" fill=\"#d40000\"/>"
            case .inserted:
                guard let s0 = seg.submittedFirst, let s1 = seg.submittedLast else { continue }
                svg += "<rect x=\"\(fmt(xs(s0)))\" y=\"\(fmt(bar + gap))\" width=\"\(fmt(max(1, xs(s1 + 1) - xs(s0))))\" height=\"\(fmt(bar))\" fill=\"#f0a030\"/>"
            }
        }
        for j in a.duplicatedPictures {
            svg += "<rect x=\"\(fmt(xs(j)))\" y=\"\(fmt(bar + gap))\" width=\"\(fmt(max(1, xs(j + 1) - xs(j))))\" height=\"\(fmt(bar))\" fill=\"#2060d0\"/>"
        }
        svg += "<text x=\"0\" y=\"\(fmt(height - 4))\" font-size=\"11\">0</text><text x=\"\(fmt(width))\" y=\"\(fmt(height - 4))\" font-size=\"11\" text-anchor=\"end\">\(a.submittedPictures) / \(a.originalPictures)</text></svg>\n"
        return svg
    }

    static func table(_ head: [String]?, _ rows: [[String]]) -> String {
        var h = "<table>"
        if let head { h += "<thead><tr>" + head.map { "<th>\($0)</th>" }.joined() + "</tr></thead>" }
        h += "<tbody>" + rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>" }.joined(separator: "\n") + "</tbody></table>\n"
        return h
    }

    static func code(_ s: String) -> String { "<code>\(esc(s))</code>" }

    static func fmt(_ v: Double) -> String { MessageRenderer.decimal(v, places: 2, comma: false) }

    /// Text for HTML: the five characters that could open markup or end an attribute.
    static func esc(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static let css = """
    body{font-family:"DejaVu Sans","Noto Sans",Arial,sans-serif;font-size:13px;color:#111;max-width:1000px;margin:24px auto;padding:0 16px}
    h1{font-size:22px;margin:0}h2{font-size:16px;border-bottom:1px solid #999;margin-top:24px}h3{font-size:13px}
    .sub{color:#555;margin-top:2px}code{font-family:"DejaVu Sans Mono",monospace;font-size:11px;word-break:break-all}
    table{border-collapse:collapse;width:100%;margin:6px 0}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}
    th{background:#eee}.verdict{border:2px solid #888;padding:4px 10px}.verdict.accept{border-color:#2a7a2a}.verdict.review{border-color:#c08000}.verdict.reject{border-color:#b00000}
    .st{display:inline-block;padding:1px 6px;border-radius:3px;font-weight:bold;white-space:nowrap}.st.ok{background:#d8f0d8}.st.to-be-checked{background:#fbe9b7}.st.warning{background:#f6c6c6}
    .finding{border-left:4px solid #999;padding:2px 10px;margin:8px 0}.finding.strong,.finding.conclusive{border-color:#b00000}.finding.weak{border-color:#c08000}.finding.info{border-color:#2a7a2a}
    .loc{color:#333}.cap{color:#555;font-size:12px}.thumbs{display:flex;flex-wrap:wrap;gap:8px}figure{margin:0;text-align:center;font-size:11px}
    img{border:1px solid #999}table.ev{width:auto;font-size:11px}table.ev td{border:none;padding:0 6px 0 0}footer.page{display:none}
    @media print{body{margin:0;max-width:none}footer.page{display:block;position:fixed;bottom:0;font-size:9px;color:#333}article.next{page-break-before:always}}
    @page{size:A4;margin:15mm 12mm 18mm 12mm}

    """
}
