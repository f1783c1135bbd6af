import ArgumentParser
import EvidenceKit

/// The documented exit codes (README "Exit codes"); several files give the most serious one.
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
}

extension String {
    /// Keeps a diagnostic on one line even when a file name or reason contains newlines.
    func replacingOccurrencesOfNewlines() -> String {
        let body = self.hasSuffix("\n") ? String(self.dropLast()) : self
        return body.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n") + "\n"
    }
}
