import ArgumentParser
import EvidenceKit

/// The documented exit codes (README "Exit codes"); several files give the most serious one. This is the
/// one place that maps outcomes to them.
enum ExitStatus: Int32, Comparable {
    case ok = 0
    case review = 1
    case reject = 2
    case usage = 64
    case unreadable = 65
    case missing = 66
    case internalError = 70

    static func < (a: ExitStatus, b: ExitStatus) -> Bool { a.rank < b.rank }
    private var rank: Int {
        switch self {
        case .ok: return 0
        case .review: return 1
        case .reject: return 2
        case .unreadable: return 3
        case .missing: return 4
        case .usage: return 5
        case .internalError: return 6
        }
    }

    init(_ error: InspectionError) {
        switch error {
        case .missing: self = .missing
        case .unreadable: self = .unreadable
        case .internalFault: self = .internalError
        }
    }

    /// A verified file: its policy decision, except that a file the tool could not read as what it
    /// claims to be (class `unreadable`) exits 65 whatever the policy decides, as `inspect` does for it.
    init(_ report: VerifyReport) {
        if report.verdict.class == .unreadable { self = .unreadable; return }
        switch report.verdict.decision {
        case .accept: self = .ok
        case .review: self = .review
        case .reject: self = .reject
        }
    }

    var exitCode: ExitCode { ExitCode(rawValue) }
}

/// Diagnostics go to stderr, one line each, naming the file; data goes to stdout.
enum Diagnostics {
    static func error(_ path: String, _ reason: String) {
        var line = "evidence: \(path): \(reason)\n"
        line = line.replacingOccurrencesOfNewlines()
        FileHandleStderr.write(line)
    }

    /// A file that could not be handled: one line on stderr and, with `--json`, its JSON line on stdout so
    /// a pipeline reading JSON Lines loses no file. Returns the exit status it calls for.
    static func failed(_ error: InspectionError, json: Bool) -> ExitStatus {
        Diagnostics.error(error.path, error.reason)
        if json, let line = try? CanonicalJSON.encode(FailureRecord(error)) { Stdout.write(line + "\n") }
        return ExitStatus(error)
    }

    /// Anything other than a typed error reaching the command: a bug (exit 70), reported on one line.
    static func unexpected(_ path: String, _ error: any Error, json: Bool) -> ExitStatus {
        failed(.internalFault(path: path, reason: "\(error)"), json: json)
    }
}

extension String {
    /// Keeps a diagnostic on one line even when a file name or reason contains newlines.
    func replacingOccurrencesOfNewlines() -> String {
        let body = self.hasSuffix("\n") ? String(self.dropLast()) : self
        return body.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n") + "\n"
    }
}
