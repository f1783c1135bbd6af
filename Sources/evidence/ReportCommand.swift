import ArgumentParser
import EvidenceKit
import EvidenceLedger
import Foundation

extension ReportFormat: ExpressibleByArgument {}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A court-facing integrity report per file: JSON record, HTML or PDF, Vietnamese or English, optionally signed.",
        discussion: """
            The record (--format json) is canonical JSON: the `verify --json` contract plus the method (tool, detector
            catalogue, libraries, options, analysis time), each check with its status (OK / to be checked / warning),
            the metadata tables, the timeline, thumbnails and the limitations. HTML and PDF are renderings of the same
            record and show its SHA-256 on every page. Same file and options (give --analysis-time) → same bytes.
            --sign KEY writes an Ed25519 signature of the output's exact bytes to OUT.sig (needs --out).
            --tsq writes an RFC 3161 time-stamp request for the JSON record's SHA-256; give the authority's reply
            back with --tsr (and its CA certificate with --tsa-ca) to check it and show it in the HTML and PDF.
            --redact removes names, serial numbers, unique IDs, the reporter's contact and the file name (and the
            positions when the policy's "redaction": {"positions": 1} says so); the hashes still identify the file.
            Exit: 0 when every report was written; 65/66 when a file could not be read or found (the others are still reported).
            Examples:
              evidence keygen --out officer.key
              evidence report clip.mp4 --format html --lang vi --analysis-time 2026-12-05T08:00:00+07:00 --out clip.html
              evidence report clip.mp4 --format json --sign officer.key --case LS-2026-0142 --out clip.json
              evidence report clip.mp4 --format pdf --redact --out clip.pdf
              evidence verify-report clip.json clip.mp4 --key officer.key.pub
            """)

    @Option(name: .long, help: "json, html or pdf.")
    var format: ReportFormat = .json
    @Option(name: .long, help: "Language of the HTML and PDF: vi or en.")
    var lang: Language = .vi
    @Option(name: .long, help: "Ed25519 private key (PEM) to sign the report with; the signature goes to OUT.sig.")
    var sign: String?
    @Flag(name: .long, help: "Remove values that identify a person or a device, the reporter's contact and the file name.")
    var redact = false
    @Flag(name: .long, help: "With --ledger and without --redact: show the reporter's contact fields.")
    var includeReporter = false
    @Option(name: .customLong("case"), help: "The case or file number, printed on every page.")
    var caseID: String?
    @Option(name: .long, help: "Batch ledger (SQLite path or postgres://…) to list the file's submissions from.")
    var ledger: String?
    @Option(name: .long, help: "Time of the analysis: Unix seconds or ISO 8601 with zone (default: now, recorded).")
    var analysisTime: AnalysisTime?
    @Option(name: .long, help: "How much to read: structure, keyframes or full.")
    var depth: VerifyDepth = .full
    @Option(name: .long, help: "JSON policy file (decisions, claims, limits, redaction).")
    var policy: String?
    @Option(name: .long, help: "Claimed time of the violation, checked against the file.")
    var claimedTime: String?
    @Option(name: .long, help: "Claimed place \"lat,lon\" or an address, checked against the file.")
    var claimedPlace: String?
    @Option(name: .long, help: "The original the file claims to come from: compared with it (one FILE only), shown with an alignment picture.")
    var original: String?
    @Option(name: .long, help: "Write the report here instead of standard output.")
    var out: String?
    @Option(name: .long, help: "Write an RFC 3161 time-stamp request (.tsq) for the record's SHA-256 here.")
    var tsq: String?
    @Option(name: .long, help: "An RFC 3161 reply (.tsr) for this record: checked, then shown in the HTML and PDF.")
    var tsr: String?
    @Option(name: .long, help: "PEM file of the time-stamping authority's CA certificate(s), to check --tsr's signature.")
    var tsaCa: String?
    @Argument(help: "Photos or video clips.")
    var files: [String]

    func validate() throws {
        if sign != nil && out == nil { throw ValidationError("--sign needs --out: the signature is written beside the report, to OUT.sig") }
        if tsaCa != nil && tsr == nil { throw ValidationError("--tsa-ca checks a reply: give it with --tsr") }
        if original != nil && files.count != 1 { throw ValidationError("--original compares one file: give exactly one FILE") }
    }

    func run() throws {
        let chosen = try loadPolicy(policy)
        let signer = try sign.map { path in
            do { return try ReportSigning.signer(privatePEM: try FileBytes.read(path, limit: 64 << 10)) } catch {
                throw ValidationError("signing key \(path): \(error)")
            }
        }
        let when = analysisTime?.unixSeconds ?? Int64(Date().timeIntervalSince1970)
        let verifier = Verifier(policy: chosen, depth: depth, analysisTime: when)
        let store = try ledger.map { location -> Ledger in
            try requireLedger(location)
            do { return try Ledger(location) } catch { throw ValidationError("ledger \(maskedLedgerName(location)): \(error)") }
        }
        var options = ReportOptions(caseID: caseID, language: lang)
        options.redact = redact
        options.redactPositions = chosen.redaction.positions
        options.includeReporter = includeReporter
        options.signerFingerprint = signer?.fingerprint
        options.options = [
            "depth": depth.rawValue, "lang": lang.rawValue, "redact": redact ? "yes" : "no",
            "policy": policy.map { p in "sha256:" + ReportSigning.sha256((try? FileBytes.read(p)) ?? []).hexString } ?? "default",
        ]
        if let c = claimedTime { options.options["claimed-time"] = c }
        if let c = claimedPlace { options.options["claimed-place"] = c }

        var status = ExitStatus.ok
        var records: [ReportRecord] = []
        for path in files {
            do {
                var (report, evidence) = try verifier.verifyKeepingEvidence(path: path, thumbnails: true)
                let claims = Claims(time: claimedTime, place: claimedPlace.map(ClaimedPlace.init(parsing:)))
                if !claims.isEmpty { report = ClaimCheck.apply(claims, to: report, policy: chosen) }
                let submissions = try store.map { l in
                    try l.submissions(sha256: report.file.sha256).map { seq, e in
                        ReportSubmission(submission: e.submission, ledgerSeq: seq, receivedTime: e.receivedTime, channel: e.channel, claims: e.claims,
                                         reporter: (includeReporter || redact) ? try l.reporter(e.submission) : nil)
                    }
                }
                var o = options
                o.reproduce = reproduceCommand(path)
                var comparison: ComparisonReport? = nil
                if let original, let evidence {
                    comparison = try Comparer(analysisTime: when).compare(original: original, submitted: evidence, submittedPath: path)
                    o.options["original-sha256"] = comparison?.original.sha256
                }
                records.append(ReportBuilder.record(report, evidence: evidence, submissions: submissions, options: o, comparison: comparison))
            } catch let e as InspectionError {
                status = max(status, Diagnostics.failed(e, json: false))
            }
        }
        guard !records.isEmpty else { throw status.exitCode }

        let recordDigest = ReportSigning.sha256(try ReportDocument.json(records))
        if let tsq { try write(ReportSigning.timeStampRequest(sha256: recordDigest), to: tsq) }
        var stamp: TrustedTimeStamp? = nil
        if let tsr {
            switch ReportSigning.timeStamp(reply: try FileBytes.read(tsr, limit: 1 << 20), sha256: recordDigest, caFile: tsaCa) {
            case let .success(s): stamp = s
            case let .failure(why): throw ValidationError("time-stamp reply \(tsr): \(why)")
            }
        }
        let document = try ReportDocument.render(records, format: format, trustedTime: stamp)
        if let out {
            try write(document, to: out)
            if let signer { try write(try signer.sign(document), to: out + ".sig") }
            if let tsr, format == .json { try write(try FileBytes.read(tsr, limit: 1 << 20), to: out + ".tsr") }
        } else {
            FileHandle.standardOutput.write(Data(document))
        }
        if status != .ok { throw status.exitCode }
    }

    /// The command line that makes the same record again (the analysis time fixed).
    func reproduceCommand(_ path: String) -> String {
        var parts = ["evidence", "report", "--depth", depth.rawValue, "--lang", lang.rawValue,
                     "--analysis-time", CivilTime.iso(unixSeconds: analysisTime?.unixSeconds ?? 0) + "Z"]
        if let policy { parts += ["--policy", policy] }
        if redact { parts.append("--redact") }
        if let caseID { parts += ["--case", caseID] }
        if let c = claimedTime { parts += ["--claimed-time", c] }
        if let c = claimedPlace { parts += ["--claimed-place", c] }
        if let original { parts += ["--original", original] }
        parts.append(path)
        return parts.map { $0.contains(" ") || $0.isEmpty ? "'" + $0 + "'" : $0 }.joined(separator: " ")
    }
}

/// Writes bytes to a new or replaced file (mode 0644), or fails with the reason.
func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644, exclusive: Bool = false) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC), mode)
    guard fd >= 0 else { throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var done = 0
    while done < bytes.count {
        let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
        if n < 0 { if errno == EINTR { continue }; throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))") }
        done += n
    }
    guard fsync(fd) == 0 else { throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))") }
}
