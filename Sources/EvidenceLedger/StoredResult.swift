import EvidenceKit
import Foundation

extension Ledger {
    /// The JSON line `batch` printed (or would have printed) for a recorded submission, rebuilt from the log: the
    /// file's stored result with this submission's path, claims and claim findings, its submission id and ledger
    /// seq. Used to complete a results file that a killed batch left short of lines it had already committed.
    public func storedLine(submission: String, policy: Policy) throws -> String? {
        let found: (String, Int64, String)? = try store.transaction { s in
            guard let q = try s.one("SELECT seq FROM queue WHERE submission = ? AND state = 'done'", [submission]), let seq = q[0].flatMap({ Int64($0) }),
                  let sub = try s.one("SELECT body FROM log WHERE seq = ?", [String(seq)]), let entryText = sub[0] else { return nil }
            guard let entry = try? JSONDecoder().decode(SubmissionEntry.self, from: Data(entryText.utf8)), let target = entry.resultSeq,
                  let res = try s.one("SELECT body FROM log WHERE seq = ?", [String(target)]), let body = res[0] else { return nil }
            return (entryText, seq, body)
        }
        guard let (entryText, seq, body) = found, let entry = try? JSONDecoder().decode(SubmissionEntry.self, from: Data(entryText.utf8)) else { return nil }
        if var report = try? JSONDecoder().decode(VerifyReport.self, from: Data(body.utf8)) {
            report.file.path = entry.path
            if let claims = entry.claims { report = ClaimCheck.apply(claims, to: report, policy: policy) }
            report.submission = submission
            report.ledgerSeq = seq
            return try CanonicalJSON.encode(report)
        }
        if var failure = try? JSONDecoder().decode(FailureRecord.self, from: Data(body.utf8)) {
            failure.submission = submission
            failure.ledgerSeq = seq
            return try CanonicalJSON.encode(failure)
        }
        return nil
    }
}
