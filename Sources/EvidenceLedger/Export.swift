import EvidenceKit
import Foundation

/// One line of `ledger export`: a screened file (or a file that could not be screened) with every submission
/// that sent it, and its stored result, with the log rows' sequence numbers and chain values so the export
/// can be checked against the ledger's head.
public struct ExportLine: Encodable {
    public struct Submission: Encodable {
        public var submission: String
        public var path: String
        public var seq: Int64
        public var chain: String
        public var verdictClass: String
        public var decision: String
        public var receivedTime: String?
        public var channel: String?
        public var claims: Claims?
        public var claimFindings: [Finding]?
        /// Only with `--include-reporters`.
        public var reporter: ReporterContact?
    }
    public var seq: Int64
    public var chain: String
    public var kind: String
    public var sha256: String?
    public var paths: [String]
    public var submissions: [Submission]
    /// The `verify` result (kind `screening`) or the error record (kind `error`), as stored.
    public var result: JSONValue
    /// With `--include-hashes`: the file's frame and packet hashes (its `hashes` row), when computed.
    public var hashes: JSONValue?
}

extension Ledger {
    /// Writes one JSON line per screened file, in log order. Reporters' contact fields only when asked.
    public func export(includeReporters: Bool, includeHashes: Bool = false, _ write: (String) throws -> Void) throws {
        var bySubject: [Int64: [ExportLine.Submission]] = [:]
        var hashRows: [String: Int64] = [:]
        try forEachRow { r in
            if r.kind == "hashes", includeHashes, let sha = r.sha256 { hashRows[sha] = r.seq }
            guard r.kind == "submission", let e = try? JSONDecoder().decode(SubmissionEntry.self, from: Data(r.body.utf8)), let target = e.resultSeq else { return }
            bySubject[target, default: []].append(ExportLine.Submission(
                submission: e.submission, path: e.path, seq: r.seq, chain: r.chain, verdictClass: e.verdictClass, decision: e.decision,
                receivedTime: e.receivedTime, channel: e.channel, claims: e.claims, claimFindings: e.claimFindings, reporter: nil))
        }
        try forEachRow { r in
            guard r.kind == "screening" || r.kind == "error" else { return }
            var subs = bySubject[r.seq] ?? []
            if includeReporters {
                for i in subs.indices { subs[i].reporter = try reporter(subs[i].submission) }
            }
            var paths: [String] = []
            for s in subs where !paths.contains(s.path) { paths.append(s.path) }
            var line = ExportLine(seq: r.seq, chain: r.chain, kind: r.kind, sha256: r.sha256, paths: paths, submissions: subs, result: JSONValue.parse(r.body))
            if r.kind == "screening", let sha = r.sha256, let seq = hashRows[sha] {
                line.hashes = try store.read { s in try s.one("SELECT body FROM log WHERE seq = ?", [String(seq)])?[0] }.map(JSONValue.parse)
            }
            try write(try CanonicalJSON.encode(line))
        }
    }
}
