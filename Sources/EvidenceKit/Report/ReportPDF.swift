#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PDFBridge

/// The report as an A4 PDF drawn with Cairo, its text laid out by Pango in DejaVu Sans (which covers
/// Vietnamese), from the same records as the HTML: page numbers and the record's SHA-256 on every page.
/// Laid out twice, the first time only to count the pages for "page n of N".
public enum ReportPDF {
    public static func render(_ records: [ReportRecord], trustedTime: TrustedTimeStamp? = nil) throws -> [UInt8] {
        var pages = 0
        do {
            let counting = try PDFCanvas()
            let flow = Flow(canvas: counting, totalPages: nil)
            for (n, r) in records.enumerated() { draw(r, into: flow, trustedTime: trustedTime, first: n == 0) }
            flow.end()
            pages = flow.page
        }
        let canvas = try PDFCanvas()
        if let r = records.first {
            let lang = r.language
            canvas.set(.title, ReportWords.t("report.title", lang) + (r.caseID.map { " · \($0)" } ?? ""))
            canvas.set(.subject, ReportWords.t("report.subtitle", lang))
            // verify-report reads the hashes back from here to check a file against a PDF report.
            canvas.set(.keywords, records.map { "file-sha256:\($0.verification.file.sha256) record-sha256:\(ReportDocument.recordSHA256($0))" + ($0.signer.map { " signer:\($0.publicKeyFingerprint)" } ?? "") }.joined(separator: " "))
            canvas.set(.creator, "\(r.method.tool.name) \(r.method.tool.version)")
            let when = r.method.analysisTime ?? "1970-01-01T00:00:00Z"
            canvas.set(.createDate, when)
            canvas.set(.modDate, when)
        }
        let flow = Flow(canvas: canvas, totalPages: pages)
        for (n, r) in records.enumerated() { draw(r, into: flow, trustedTime: trustedTime, first: n == 0) }
        flow.end()
        return try canvas.finish()
    }

    static func draw(_ r: ReportRecord, into f: Flow, trustedTime: TrustedTimeStamp?, first: Bool) {
        let lang = r.language, v = r.verification
        let t = { (k: String) in ReportWords.t(k, lang) }
        f.start(record: r, newPage: !first)
        f.paragraph(t("report.title"), style: Flow.title)
        f.paragraph(t("report.subtitle"), style: Flow.grey)
        if let c = r.caseID { f.paragraph(t("report.label.case") + ": " + c, style: Flow.bold) }
        f.paragraph(t("report.label.record-sha256") + ": " + ReportDocument.recordSHA256(r), style: Flow.mono)

        f.heading(t("report.section.conclusion"))
        f.paragraph(t("report.label.verdict") + ": " + ReportWords.verdictClass(v.verdict.class, lang) + " (\(v.verdict.class.rawValue))", style: Flow.bold)
        f.paragraph(t("report.label.decision") + ": " + ReportWords.decision(v.verdict.decision, lang) + " (\(v.verdict.decision.rawValue))", style: Flow.bold)
        f.paragraph(lang == .vi ? (v.verdict.explanationVi ?? v.verdict.explanation) : v.verdict.explanation, style: Flow.body)
        if let step = lang == .vi ? (v.verdict.nextStepVi ?? v.verdict.nextStep) : v.verdict.nextStep {
            f.paragraph(t("report.label.next-step") + ": " + step, style: Flow.body)
        }
        if !v.verdict.reasons.isEmpty { f.paragraph(t("report.label.reasons") + ": " + v.verdict.reasons.joined(separator: ", "), style: Flow.body) }
        f.paragraph(t("report.label.legend") + ": " + CheckStatus.allCases.map { ReportWords.status($0, lang) }.joined(separator: " · "), style: Flow.grey)

        f.heading(t("report.section.file"))
        f.table(ReportWords.fileRows(r).map { [$0.0, $0.1] }, widths: [0.3, 0.7])

        f.heading(t("report.section.checks"))
        f.table(r.checks.map { [$0.title.text(lang), ReportWords.status($0.status, lang), $0.explanation.text(lang)] }, widths: [0.3, 0.15, 0.55],
                header: [t("report.label.check"), t("report.label.status"), ""], statusColumn: 1, statuses: r.checks.map(\.status))

        f.heading(t("report.section.findings"))
        if v.findings.isEmpty { f.paragraph(t("report.label.no-findings"), style: Flow.body) }
        for x in v.findings.sorted(by: { $0.severity > $1.severity }) {
            f.paragraph(x.id + " · " + ReportWords.severity(x.severity, lang) + (x.indicates == .none ? "" : " → " + ReportWords.verdictClass(x.indicates, lang)), style: Flow.bold)
            f.paragraph(x.message(in: lang), style: Flow.body)
            f.paragraph(t("report.label.where") + ": " + ReportWords.location(x.location, lang), style: Flow.grey)
        }

        if !r.thumbnails.isEmpty {
            f.heading(t("report.section.pictures"))
            f.paragraph(t("report.label.thumbnail-caption"), style: Flow.grey)
            f.thumbnails(r.thumbnails, lang: lang)
        }
        if let tl = r.timeline {
            f.heading(t("report.section.timeline"))
            f.paragraph(t("report.label.timeline-caption"), style: Flow.grey)
            f.timeline(tl, flagged: Set(ReportBuilder.flaggedFrames(v.findings)))
        }
        if let c = r.comparison {
            f.heading(t("report.section.comparison"))
            f.table([[t("report.label.original"), c.original.path + " · sha256 " + c.original.sha256]], widths: [0.3, 0.7])
            for x in c.findings.sorted(by: { $0.severity > $1.severity }) {
                f.paragraph(x.id + " · " + ReportWords.severity(x.severity, lang), style: Flow.bold)
                f.paragraph(x.message(in: lang), style: Flow.body)
            }
            if let a = c.pictures {
                f.paragraph(t("report.label.alignment-caption"), style: Flow.grey)
                f.alignment(a)
            }
            if !c.metadataDifferences.isEmpty {
                f.table(c.metadataDifferences.prefix(60).map { [$0.field, Flow.clip($0.original ?? "—"), Flow.clip($0.submitted ?? "—")] }, widths: [0.4, 0.3, 0.3],
                        header: [t("report.label.field"), t("report.label.original"), t("report.label.value")])
            }
        }
        if !r.metadataTables.isEmpty {
            f.heading(t("report.section.metadata"))
            for m in r.metadataTables {
                f.paragraph(m.name + (m.byteOffset.map { " @ byte \($0)" } ?? ""), style: Flow.bold)
                f.table(m.rows.map { [$0.field + ($0.name.map { " \($0)" } ?? ""), Flow.clip($0.value), $0.byteOffset.map(String.init) ?? ""] }, widths: [0.3, 0.55, 0.15],
                        header: [t("report.label.field"), t("report.label.value"), t("report.label.offset")])
            }
        }
        if let subs = r.submissions, !subs.isEmpty {
            f.heading(t("report.section.submissions"))
            f.table(subs.map { s in
                [s.submission + " (#\(s.ledgerSeq))", s.receivedTime ?? "—", s.channel ?? "—",
                 [s.claims?.time, s.claims?.place.map { p in p.address ?? [p.lat, p.lon].compactMap { $0 }.map { String($0) }.joined(separator: ", ") }].compactMap { $0 }.joined(separator: " · "),
                 s.reporter.map { c in [c.name, c.idNumber, c.phone, c.address].compactMap { $0 }.joined(separator: " · ") } ?? "—"]
            }, widths: [0.2, 0.18, 0.12, 0.3, 0.2], header: [t("report.label.submission"), t("report.label.received"), t("report.label.channel"), t("report.label.claims"), t("report.label.reporter")])
        }
        f.heading(t("report.section.method"))
        f.table(ReportWords.methodRows(r).map { [$0.0, $0.1] }, widths: [0.3, 0.7])
        f.heading(t("report.section.limitations"))
        for l in r.limitations { f.paragraph("• " + l.text(lang), style: Flow.body) }
        if let red = r.redaction {
            f.heading(t("report.section.redaction"))
            for (k, n) in red.removed.sorted(by: { $0.key < $1.key }) { f.paragraph("• " + t("report.redaction." + k.replacing(" ", with: "-")) + ": \(n)", style: Flow.body) }
        }
        f.heading(t("report.section.signature"))
        if let s = r.signer {
            f.paragraph(t("report.label.signed"), style: Flow.body)
            f.paragraph(t("report.label.signer") + ": " + s.publicKeyFingerprint, style: Flow.mono)
        } else {
            f.paragraph(t("report.label.unsigned"), style: Flow.body)
        }
        if let ts = trustedTime {
            f.paragraph(t("report.label.trusted-time"), style: Flow.bold)
            f.table(ReportWords.trustedTimeRows(ts, lang).map { [$0.0, $0.1] }, widths: [0.3, 0.7])
        } else {
            f.paragraph(t("report.label.no-trusted-time"), style: Flow.body)
        }
    }
}

/// Top-to-bottom layout on A4 pages with a footer on each.
final class Flow {
    let canvas: PDFCanvas
    let totalPages: Int?
    let margin = 42.0
    let top = 48.0
    var bottom: Double { canvas.height - 56 }
    var width: Double { canvas.width - 2 * margin }
    var y = 48.0
    var page = 1
    var pageOpen = false
    var footerText = ""
    var lang: Language = .vi

    static let body = PDFCanvas.Style(font: "DejaVu Sans 8.5")
    static let bold = PDFCanvas.Style(font: "DejaVu Sans Bold 8.5")
    static let grey = PDFCanvas.Style(font: "DejaVu Sans 7.5", rgb: (0.3, 0.3, 0.3))
    static let mono = PDFCanvas.Style(font: "DejaVu Sans Mono 7.5")
    static let small = PDFCanvas.Style(font: "DejaVu Sans 7")
    static let title = PDFCanvas.Style(font: "DejaVu Sans Bold 18")
    static let heading = PDFCanvas.Style(font: "DejaVu Sans Bold 11.5", rgb: (0.1, 0.2, 0.4))

    init(canvas: PDFCanvas, totalPages: Int?) {
        self.canvas = canvas
        self.totalPages = totalPages
    }

    static func clip(_ s: String) -> String { s.count > 400 ? String(s.prefix(400)) + "…" : s }

    func start(record r: ReportRecord, newPage: Bool) {
        if newPage { breakPage() }
        lang = r.language
        footerText = ReportWords.t("report.label.record-sha256", lang) + ": " + ReportDocument.recordSHA256(r) + (r.caseID.map { " · " + ReportWords.t("report.label.case", lang) + " " + $0 } ?? "")
        pageOpen = true
    }

    func footer() {
        let number = ReportWords.t("report.label.page", lang, ["page": .int(Int64(page)), "pages": .int(Int64(totalPages ?? 0))])
        canvas.line(from: (margin, canvas.height - 44), to: (canvas.width - margin, canvas.height - 44), rgb: (0.6, 0.6, 0.6))
        canvas.text(footerText, x: margin, y: canvas.height - 40, width: width - 70, style: Flow.small)
        canvas.text(number, x: canvas.width - margin - 68, y: canvas.height - 40, width: 68, style: Flow.small)
    }

    func breakPage() {
        footer()
        canvas.showPage()
        page += 1
        y = top
    }

    func end() { footer() }

    func ensure(_ h: Double) {
        if y + h > bottom && y > top { breakPage() }
    }

    func heading(_ s: String) {
        let h = canvas.text(s, x: margin, y: y, width: width, style: Flow.heading, draw: false)
        ensure(h + 40) // keep a heading with what follows it
        y += 6
        canvas.text(s, x: margin, y: y, width: width, style: Flow.heading)
        y += h + 1
        canvas.line(from: (margin, y), to: (margin + width, y), rgb: (0.6, 0.6, 0.6))
        y += 4
    }

    func paragraph(_ s: String, style: PDFCanvas.Style) {
        let h = canvas.text(s, x: margin, y: y, width: width, style: style, draw: false)
        ensure(h)
        canvas.text(s, x: margin, y: y, width: width, style: style)
        y += h + 2
    }

    func table(_ rows: [[String]], widths: [Double], header: [String]? = nil, statusColumn: Int? = nil, statuses: [CheckStatus] = []) {
        let pad = 3.0
        func row(_ cells: [String], bold: Bool, status: CheckStatus?) {
            let styles = cells.indices.map { i in bold ? Flow.bold : (i == 0 ? Flow.body : (cells[i].count == 64 && cells[i].allSatisfy(\.isHexDigit) ? Flow.mono : Flow.body)) }
            let heights = cells.indices.map { i in canvas.text(cells[i], x: 0, y: 0, width: widths[i] * width - 2 * pad, style: styles[i], draw: false) }
            let h = (heights.max() ?? 0) + 2 * pad
            ensure(h)
            var x = margin
            for i in cells.indices {
                let w = widths[i] * width
                if bold { canvas.fillRect(x: x, y: y, width: w, height: h, rgb: (0.92, 0.92, 0.92)) }
                if let status, i == statusColumn {
                    let fill: (Double, Double, Double) = status == .ok ? (0.85, 0.94, 0.85) : status == .warning ? (0.96, 0.78, 0.78) : (0.98, 0.91, 0.72)
                    canvas.fillRect(x: x, y: y, width: w, height: h, rgb: fill)
                }
                canvas.strokeRect(x: x, y: y, width: w, height: h, rgb: (0.75, 0.75, 0.75))
                canvas.text(cells[i], x: x + pad, y: y + pad, width: w - 2 * pad, style: styles[i])
                x += w
            }
            y += h
        }
        if let header { row(header, bold: true, status: nil) }
        for (n, cells) in rows.enumerated() { row(cells, bold: false, status: n < statuses.count ? statuses[n] : nil) }
        y += 4
    }

    func thumbnails(_ thumbs: [ReportThumbnail], lang: Language) {
        let cell = (width - 3 * 8) / 4
        var column = 0
        var rowHeight = 0.0
        for p in thumbs {
            let scale = min(cell / Double(p.width), 120 / Double(p.height))
            let w = Double(p.width) * scale, h = Double(p.height) * scale
            if column == 0 { ensure(h + 14) }
            let x = margin + Double(column) * (cell + 8)
            if let bytes = Data(base64Encoded: p.png) { canvas.png(Array(bytes), x: x, y: y, width: w, height: h) }
            canvas.strokeRect(x: x, y: y, width: w, height: h, rgb: (0.6, 0.6, 0.6))
            let label = p.frame.map { "#\($0)" + (p.seconds.map { " · " + MessageRenderer.decimal($0, places: 3, comma: lang == .vi) + " s" } ?? "") } ?? ""
            canvas.text(label, x: x, y: y + h + 1, width: cell, style: Flow.small)
            rowHeight = max(rowHeight, h + 14)
            column += 1
            if column == 4 { column = 0; y += rowHeight; rowHeight = 0 }
        }
        if column != 0 { y += rowHeight }
        y += 4
    }

    /// The alignment drawn as in the HTML, with bands as lines from one bar to the other at each matched part's ends.
    func alignment(_ a: PictureAlignment) {
        let bar = 12.0, gap = 40.0
        ensure(bar * 2 + gap + 6)
        let no = Double(max(1, a.originalPictures)), ns = Double(max(1, a.submittedPictures))
        let xo = { (i: Int) in self.margin + Double(i) / no * self.width }, xs = { (j: Int) in self.margin + Double(j) / ns * self.width }
        canvas.fillRect(x: margin, y: y, width: width, height: bar, rgb: (0.87, 0.87, 0.87))
        canvas.fillRect(x: margin, y: y + bar + gap, width: width, height: bar, rgb: (0.87, 0.87, 0.87))
        let green = (0.36, 0.72, 0.36)
        for seg in a.segments {
            switch seg.kind {
            case .matched:
                guard let o0 = seg.originalFirst, let o1 = seg.originalLast, let s0 = seg.submittedFirst, let s1 = seg.submittedLast else { continue }
                canvas.fillRect(x: xo(o0), y: y, width: max(0.5, xo(o1 + 1) - xo(o0)), height: bar, rgb: green)
                canvas.fillRect(x: xs(s0), y: y + bar + gap, width: max(0.5, xs(s1 + 1) - xs(s0)), height: bar, rgb: green)
                canvas.line(from: (xo(o0), y + bar), to: (xs(s0), y + bar + gap), rgb: green, lineWidth: 1)
                canvas.line(from: (xo(o1 + 1), y + bar), to: (xs(s1 + 1), y + bar + gap), rgb: green, lineWidth: 1)
            case .cut:
                guard let o0 = seg.originalFirst, let o1 = seg.originalLast else { continue }
                canvas.fillRect(x: xo(o0), y: y, width: max(1, xo(o1 + 1) - xo(o0)), height: bar, rgb: (0.83, 0, 0))
            case .inserted:
                guard let s0 = seg.submittedFirst, let s1 = seg.submittedLast else { continue }
                canvas.fillRect(x: xs(s0), y: y + bar + gap, width: max(1, xs(s1 + 1) - xs(s0)), height: bar, rgb: (0.94, 0.63, 0.19))
            }
        }
        for j in a.duplicatedPictures { canvas.fillRect(x: xs(j), y: y + bar + gap, width: max(1, xs(j + 1) - xs(j)), height: bar, rgb: (0.13, 0.38, 0.82)) }
        y += bar * 2 + gap + 6
    }

    func timeline(_ tl: ReportTimeline, flagged: Set<Int>) {
        let pics = tl.pictures
        guard !pics.isEmpty else { return }
        let barHeight = 70.0, lineHeight = 40.0
        ensure(barHeight + lineHeight + 16)
        let columns = min(500, pics.count)
        let colW = width / Double(columns)
        let maxBytes = Double(max(1, pics.compactMap(\.bytes).max() ?? 1))
        canvas.fillRect(x: margin, y: y, width: width, height: barHeight, rgb: (0.96, 0.96, 0.96))
        var previous: (Double, Double)? = nil
        for c in 0..<columns {
            let lo = c * pics.count / columns, hi = max(lo + 1, (c + 1) * pics.count / columns)
            let slice = pics[lo..<hi]
            let biggest = slice.max { ($0.bytes ?? 0) < ($1.bytes ?? 0) }!
            let bh = Double(biggest.bytes ?? 0) / maxBytes * (barHeight - 3)
            let rgb: (Double, Double, Double) = slice.contains { $0.key || $0.type == "I" } ? (0.12, 0.23, 0.38) : biggest.type == "B" ? (0.66, 0.76, 0.87) : (0.35, 0.5, 0.68)
            let x = margin + Double(c) * colW
            canvas.fillRect(x: x, y: y + barHeight - bh, width: max(colW - 0.2, 0.3), height: bh, rgb: rgb)
            if slice.contains(where: { flagged.contains($0.frame) }) {
                canvas.fillRect(x: x, y: y, width: max(colW, 1.5), height: barHeight + lineHeight, rgb: (0.85, 0.1, 0.1))
            }
            let d = Double(slice.compactMap(\.distance).max() ?? 0)
            let point = (x + colW / 2, y + barHeight + lineHeight - d / 256 * (lineHeight - 3))
            if let p = previous { canvas.line(from: p, to: point, rgb: (0.2, 0.2, 0.2), lineWidth: 0.6) }
            previous = point
        }
        y += barHeight + lineHeight + 2
        let label = { (p: TimelinePicture) in "#\(p.frame)" + (p.seconds.map { " · " + MessageRenderer.decimal($0, places: 3, comma: self.lang == .vi) + " s" } ?? "") }
        canvas.text(label(pics.first!), x: margin, y: y, width: width / 2, style: Flow.small)
        canvas.text(label(pics.last!), x: margin + width - 120, y: y, width: 120, style: Flow.small)
        y += 14
    }
}
