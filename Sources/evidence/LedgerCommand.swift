import ArgumentParser
import EvidenceKit
import EvidenceLedger
import Foundation

struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "Check a batch ledger's hash chain, or export it as JSON Lines.",
        subcommands: [LedgerVerify.self, LedgerExport.self])
}

struct LedgerVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute the ledger's hash chain; name the first row that does not verify.",
        discussion: """
            Exit 0 when every row verifies, 2 when a row was edited, deleted, inserted or moved (the first bad row is
            named), 65 when the file is not a ledger. The head (last row and its chain value) is printed: record it
            elsewhere, and give it back with --expect-head to detect rows removed from the end or a chain rebuilt
            from scratch.
            Examples:
              evidence ledger verify --ledger screening.sqlite
              evidence ledger verify --ledger screening.sqlite --expect-head 1234:9f2c…
            """)

    @Option(name: .long, help: "The ledger (SQLite path or postgres://…).")
    var ledger: String
    @Option(name: .long, help: "SEQ:CHAIN recorded earlier: that row must still be in the chain with that value.")
    var expectHead: String?
    @Flag(name: .long, help: "The result as one JSON object.")
    var json = false

    func run() throws {
        try requireLedger(ledger)
        let report: ChainReport
        do { report = try Ledger(ledger).verifyChain(expecting: try expectHead.map(Self.parseHead)) } catch {
            Diagnostics.error(maskedLedgerName(ledger), "\(error)")
            throw ExitStatus.unreadable.exitCode
        }
        if json {
            Stdout.write(try CanonicalJSON.encode(report) + "\n")
        } else if report.ok {
            Stdout.write("ledger intact: \(report.rows) rows, head \(report.headSeq):\(report.headChain)\n")
        } else {
            Stdout.write("ledger BROKEN at row \(report.firstBadSeq ?? 0): \(report.problem ?? "")\n")
        }
        if !report.ok { throw ExitStatus.reject.exitCode }
    }

    static func parseHead(_ s: String) throws -> (Int64, String) {
        let parts = s.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let seq = Int64(parts[0]) else { throw ValidationError("--expect-head is SEQ:CHAIN") }
        return (seq, String(parts[1]))
    }
}

struct LedgerExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the ledger as JSON Lines: one object per screened file with its submissions and result.",
        discussion: """
            Reporters' contact fields are left out unless --include-reporters is given.
            Example: evidence ledger export --ledger screening.sqlite > archive.jsonl
            """)

    @Option(name: .long, help: "The ledger (SQLite path or postgres://…).")
    var ledger: String
    @Flag(name: .long, help: "Include the reporters' contact fields (name, ID number, phone, address).")
    var includeReporters = false
    @Flag(name: .long, help: "Include each file's frame and packet hashes (large).")
    var includeHashes = false

    func run() throws {
        try requireLedger(ledger)
        do {
            try Ledger(ledger).export(includeReporters: includeReporters, includeHashes: includeHashes) { Stdout.write($0 + "\n") }
        } catch {
            Diagnostics.error(maskedLedgerName(ledger), "\(error)")
            throw ExitStatus.unreadable.exitCode
        }
    }
}

/// A SQLite ledger that does not exist is an error (opening it would create an empty one); PostgreSQL is checked
/// by connecting.
func requireLedger(_ ledger: String) throws {
    guard FileManager.default.fileExists(atPath: ledger) || ledger.contains("://") || ledger.contains("=") else {
        Diagnostics.error(ledger, "no such ledger")
        throw ExitStatus.missing.exitCode
    }
}
