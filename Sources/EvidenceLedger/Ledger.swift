import EvidenceKit
import Foundation
import MediaBridge

/// The batch ledger (issue 15, DESIGN "Ledger and scale"): an append-only log of what was screened, chained by
/// SHA-256 in the spirit of Certificate Transparency (RFC 6962), on SQLite or PostgreSQL with the same schema.
///
/// Tables:
/// - `log(seq, kind, submission, sha256, body, chain)`: the record. `kind` is `screening` (a file's `verify`
///   result, once per SHA-256), `hashes` (its frame and packet hashes, when computed), `error` (a file that could
///   not be screened, with the reason) or `submission`
///   (one per submission: which file, which result, the claims and their findings, the final verdict).
///   `chain = SHA-256(previous chain ‖ canonical row)`, the canonical row being the sorted-key JSON of seq,
///   kind, submission, sha256 and body; the first row's previous chain is 32 zero bytes.
/// - `head(id = 1, seq, chain)`: the last row; locked by every append, so the chain is one total order however
///   many workers commit.
/// - `queue(submission, path, claims, …, state, owner, lease_until, attempts, seq, class, decision)`: the work,
///   with leases for workers; working state, not part of the record.
/// - `files(sha256, bytes, seq)`: each screened file's result row (a file submitted twice is screened once).
/// - `reporters(submission, name, id_number, phone, address)`: contact fields, kept apart: never in the log, an
///   export or a result, and erasable without breaking the chain.
/// - `meta(key, value)`: the schema version.
/// - `payloads`, `hashed_files`, `frame_hashes`: the duplicates index (schema 2, `SimilarityIndex.swift`).
public final class Ledger: @unchecked Sendable {
    // @unchecked: the store serialises its own use.
    public let store: any SQLStore
    public static let schemaVersion = 2

    public init(_ location: String) throws {
        store = try openStore(location)
        try migrate()
    }

    public var displayName: String { store.displayName }

    // MARK: schema

    /// Versioned migrations: each runs once, in order, in one transaction with the version it reaches.
    var migrations: [[String]] {
        let big = store.bigint
        return [[
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS log (seq \(big) PRIMARY KEY, kind TEXT NOT NULL, submission TEXT, sha256 TEXT, body TEXT NOT NULL, chain TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS head (id INTEGER PRIMARY KEY, seq \(big) NOT NULL, chain TEXT NOT NULL)",
            "INSERT INTO head (id, seq, chain) VALUES (1, 0, '\(Chain.genesis)') ON CONFLICT (id) DO NOTHING",
            """
            CREATE TABLE IF NOT EXISTS queue (submission TEXT PRIMARY KEY, path TEXT NOT NULL, claims TEXT, received TEXT,
              channel TEXT, state TEXT NOT NULL DEFAULT 'pending', owner TEXT, lease_until DOUBLE PRECISION,
              attempts INTEGER NOT NULL DEFAULT 0, seq \(big), class TEXT, decision TEXT)
            """,
            "CREATE INDEX IF NOT EXISTS queue_state ON queue (state, submission)",
            "CREATE TABLE IF NOT EXISTS files (sha256 TEXT PRIMARY KEY, bytes \(big) NOT NULL, seq \(big) NOT NULL)",
            "CREATE INDEX IF NOT EXISTS files_bytes ON files (bytes)",
            "CREATE TABLE IF NOT EXISTS reporters (submission TEXT PRIMARY KEY, name TEXT, id_number TEXT, phone TEXT, address TEXT)",
        ], Self.similarityMigration]
    }

    func migrate() throws {
        let before = try store.transaction { s -> Int in
            if store is PostgresStore { try s.run("SELECT pg_advisory_xact_lock(781500)") }
            try s.run("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            let current = Int(try s.one("SELECT value FROM meta WHERE key = 'schema'")?[0] ?? "0") ?? 0
            guard current <= Self.schemaVersion else { throw LedgerError.newerSchema(current) }
            for (i, steps) in migrations.enumerated() where i + 1 > current {
                for sql in steps { try s.run(sql) }
                try s.run("INSERT INTO meta (key, value) VALUES ('schema', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [String(i + 1)])
            }
            return current
        }
        // A ledger from before the duplicates index (schema 1): index what its log already holds.
        if before == 1 { try backfillIndex() }
    }

    // MARK: work queue

    /// Adds submissions not yet in the queue (a rerun adds nothing twice), with their reporters' contact fields
    /// in their own table. Returns how many were new.
    @discardableResult
    public func enqueue(_ items: [WorkItem]) throws -> Int {
        var added = 0
        for chunk in stride(from: 0, to: items.count, by: 500).map({ Array(items[$0..<min($0 + 500, items.count)]) }) {
            try store.transaction { s in
                for item in chunk {
                    let claims = try item.claims.map { try CanonicalJSON.encode($0) }
                    let r = try s.rows("INSERT INTO queue (submission, path, claims, received, channel) VALUES (?, ?, ?, ?, ?) ON CONFLICT (submission) DO NOTHING RETURNING submission",
                                       [item.submission, item.path, claims, item.receivedTime, item.channel])
                    added += r.count
                    if let c = item.reporter, !c.isEmpty {
                        try s.run("INSERT INTO reporters (submission, name, id_number, phone, address) VALUES (?, ?, ?, ?, ?) ON CONFLICT (submission) DO NOTHING",
                                  [item.submission, c.name, c.idNumber, c.phone, c.address])
                    }
                }
            }
        }
        return added
    }

    /// Claims one named submission if it is still pending and not leased by a live worker.
    public func claim(_ submission: String, worker: String, leaseSeconds: Double, now: Double) throws -> WorkItem? {
        try store.transaction { s in
            try s.rows("""
                UPDATE queue SET owner = ?, lease_until = ?, attempts = attempts + 1
                WHERE submission = ? AND state = 'pending' AND (lease_until IS NULL OR lease_until < ?)
                RETURNING submission, path, claims, received, channel
                """, [worker, String(now + leaseSeconds), submission, String(now)]).first.map(WorkItem.init(row:))
        }
    }

    /// Claims the next pending submission nobody holds (`--worker`): concurrent workers skip each other's rows.
    public func claimNext(worker: String, leaseSeconds: Double, now: Double) throws -> WorkItem? {
        try store.transaction { s in
            try s.rows("""
                UPDATE queue SET owner = ?, lease_until = ?, attempts = attempts + 1
                WHERE submission = (SELECT submission FROM queue WHERE state = 'pending' AND (lease_until IS NULL OR lease_until < ?)
                                    ORDER BY submission LIMIT 1 \(store.skipLocked))
                RETURNING submission, path, claims, received, channel
                """, [worker, String(now + leaseSeconds), String(now)]).first.map(WorkItem.init(row:))
        }
    }

    /// Extends the leases of everything `worker` holds (its heartbeat).
    public func renewLeases(worker: String, leaseSeconds: Double, now: Double) throws {
        try store.transaction { s in
            try s.run("UPDATE queue SET lease_until = ? WHERE owner = ? AND state = 'pending'", [String(now + leaseSeconds), worker])
        }
    }

    /// Forgets every lease: a single local batch owning the ledger starts again what a killed run left in flight.
    public func releaseAllLeases() throws {
        try store.transaction { s in try s.run("UPDATE queue SET owner = NULL, lease_until = NULL WHERE state = 'pending'") }
    }

    /// The state of the named submissions: done ones with their recorded class and decision.
    public func states(_ submissions: [String]) throws -> [String: QueueState] {
        var out: [String: QueueState] = [:]
        for chunk in stride(from: 0, to: submissions.count, by: 400).map({ Array(submissions[$0..<min($0 + 400, submissions.count)]) }) {
            let marks = chunk.map { _ in "?" }.joined(separator: ",")
            try store.read { s in
                for r in try s.rows("SELECT submission, state, class, decision, seq FROM queue WHERE submission IN (\(marks))", chunk) {
                    out[r[0]!] = QueueState(done: r[1] == "done", verdictClass: r[2], decision: r[3], seq: r[4].flatMap { Int64($0) })
                }
            }
        }
        return out
    }

    /// Counts of the whole queue: pending, done.
    public func queueCounts() throws -> (pending: Int, done: Int) {
        try store.read { s in
            let p = Int(try s.one("SELECT count(*) FROM queue WHERE state = 'pending'")?[0] ?? "0") ?? 0
            let d = Int(try s.one("SELECT count(*) FROM queue WHERE state = 'done'")?[0] ?? "0") ?? 0
            return (p, d)
        }
    }

    // MARK: files already screened

    /// Whether any screened file has this size (only then is a file hashed before screening, to find a duplicate).
    public func hasFile(bytes: Int64) throws -> Bool {
        try store.read { s in try s.one("SELECT 1 FROM files WHERE bytes = ? LIMIT 1", [String(bytes)]) != nil }
    }

    /// The stored `verify` result of a screened file (canonical JSON), by SHA-256.
    public func screening(sha256: String) throws -> (seq: Int64, json: String)? {
        try store.read { s in
            guard let r = try s.one("SELECT l.seq, l.body FROM files f JOIN log l ON l.seq = f.seq WHERE f.sha256 = ?", [sha256]) else { return nil }
            return (Int64(r[0]!)!, r[1]!)
        }
    }

    /// The submissions of a file, by its SHA-256, oldest first (`evidence report --ledger`).
    public func submissions(sha256: String) throws -> [(seq: Int64, entry: SubmissionEntry)] {
        let rows = try store.read { s in
            try s.rows("SELECT seq, body FROM log WHERE kind = 'submission' AND sha256 = ? ORDER BY seq", [sha256])
        }
        return rows.compactMap { r in
            guard let seq = r[0].flatMap({ Int64($0) }), let body = r[1],
                  let entry = try? JSONDecoder().decode(SubmissionEntry.self, from: Data(body.utf8)) else { return nil }
            return (seq, entry)
        }
    }

    // MARK: commit

    /// Records one finished submission in one transaction: the file's result (unless that file was already
    /// screened) or its error, then the submission entry, the queue row marked done, the head moved. Returns
    /// nil when the submission was already recorded (a worker whose lease had expired finished second): nothing
    /// is written twice.
    public func commit(_ c: Commit) throws -> CommitResult? {
        try store.transaction { s in
            guard let q = try s.one("SELECT state FROM queue WHERE submission = ? \(store.lockRows)", [c.item.submission]) else {
                throw LedgerError.notQueued(c.item.submission)
            }
            if q[0] == "done" { return nil }
            guard let h = try s.one("SELECT seq, chain FROM head WHERE id = 1 \(store.lockRows)") else { throw LedgerError.noHead }
            var seq = Int64(h[0]!)!, chain = h[1]!
            func append(_ kind: String, _ submission: String?, _ sha: String?, _ body: String) throws -> Int64 {
                seq += 1
                chain = try Chain.link(previous: chain, row: LogRow(seq: seq, kind: kind, submission: submission, sha256: sha, body: body))
                try s.run("INSERT INTO log (seq, kind, submission, sha256, body, chain) VALUES (?, ?, ?, ?, ?, ?)",
                          [String(seq), kind, submission, sha, body, chain])
                return seq
            }
            let resultSeq: Int64
            var linked = false
            switch c.outcome {
            case let .screened(json, sha, bytes, hashes, index):
                if let existing = try s.one("SELECT seq FROM files WHERE sha256 = ?", [sha]) {
                    resultSeq = Int64(existing[0]!)!
                    linked = true
                } else {
                    resultSeq = try append("screening", nil, sha, json)
                    try s.run("INSERT INTO files (sha256, bytes, seq) VALUES (?, ?, ?)", [sha, String(bytes), String(resultSeq)])
                    if let hashes { _ = try append("hashes", nil, sha, hashes) }
                    if let index { try insertIndex(s, sha256: sha, entry: index) }
                }
            case let .failed(json, sha):
                resultSeq = try append("error", nil, sha, json)
            }
            var entry = c.entry
            entry.resultSeq = resultSeq
            entry.linkedToEarlierScreening = linked ? true : nil
            let subSeq = try append("submission", c.item.submission, entry.sha256, try CanonicalJSON.encode(entry))
            try s.run("UPDATE queue SET state = 'done', owner = NULL, lease_until = NULL, seq = ?, class = ?, decision = ? WHERE submission = ?",
                      [String(subSeq), entry.verdictClass, entry.decision, c.item.submission])
            try s.run("UPDATE head SET seq = ?, chain = ? WHERE id = 1", [String(seq), chain])
            return CommitResult(submissionSeq: subSeq, resultSeq: resultSeq, linked: linked)
        }
    }

    // MARK: reading the log

    /// Every log row in seq order, a page at a time (a ledger of millions of rows is never held whole).
    public func forEachRow(_ body: (StoredRow) throws -> Void) throws {
        var after: Int64 = -1
        while true {
            let page = try store.read { s in
                try s.rows("SELECT seq, kind, submission, sha256, body, chain FROM log WHERE seq > ? ORDER BY seq LIMIT 2000", [String(after)])
            }
            if page.isEmpty { return }
            for r in page {
                let row = StoredRow(seq: Int64(r[0] ?? "") ?? -1, kind: r[1] ?? "", submission: r[2], sha256: r[3], body: r[4] ?? "", chain: r[5] ?? "")
                try body(row)
                after = row.seq
            }
        }
    }

    public func head() throws -> (seq: Int64, chain: String) {
        try store.read { s in
            guard let h = try s.one("SELECT seq, chain FROM head WHERE id = 1") else { throw LedgerError.noHead }
            return (Int64(h[0]!)!, h[1]!)
        }
    }

    /// The reporters' contact fields, only when asked for by name (`ledger export --include-reporters`).
    public func reporter(_ submission: String) throws -> ReporterContact? {
        try store.read { s in
            try s.one("SELECT name, id_number, phone, address FROM reporters WHERE submission = ?", [submission]).map {
                ReporterContact(name: $0[0], idNumber: $0[1], phone: $0[2], address: $0[3])
            }
        }
    }
}

/// One submission to screen: from a folder (its path is its id) or a manifest line.
public struct WorkItem: Sendable, Equatable {
    public var submission: String
    public var path: String
    public var claims: Claims?
    public var receivedTime: String?
    public var channel: String?
    public var reporter: ReporterContact?

    public init(submission: String, path: String, claims: Claims? = nil, receivedTime: String? = nil, channel: String? = nil, reporter: ReporterContact? = nil) {
        self.submission = submission
        self.path = path
        self.claims = claims
        self.receivedTime = receivedTime
        self.channel = channel
        self.reporter = reporter
    }

    init(row r: [String?]) {
        self.init(submission: r[0]!, path: r[1]!, claims: r[2].flatMap { try? JSONDecoder().decode(Claims.self, from: Data($0.utf8)) },
                  receivedTime: r[3], channel: r[4])
    }
}

public struct QueueState: Sendable, Equatable {
    public var done: Bool
    public var verdictClass: String?
    public var decision: String?
    public var seq: Int64?
}

/// What `commit` records for one submission.
public struct Commit: Sendable {
    public enum Outcome: Sendable {
        /// The file's own `verify` result (canonical JSON, before any claim), its SHA-256 and size, and its frame
        /// and packet hashes (canonical JSON of `StoredHashes`) when the screening computed them.
        /// `index`: its rows for the duplicates index (payload hash, picture hashes).
        case screened(json: String, sha256: String, bytes: Int64, hashes: String? = nil, index: IndexEntry? = nil)
        /// The file could not be screened: the error record (canonical JSON), and its hash when known.
        case failed(json: String, sha256: String?)
    }
    public var item: WorkItem
    public var outcome: Outcome
    public var entry: SubmissionEntry

    public init(item: WorkItem, outcome: Outcome, entry: SubmissionEntry) {
        self.item = item
        self.outcome = outcome
        self.entry = entry
    }
}

public struct CommitResult: Sendable, Equatable {
    public var submissionSeq: Int64
    public var resultSeq: Int64
    /// The file had been screened before (same SHA-256): this submission links to that result.
    public var linked: Bool
}

/// The body of a `submission` log row.
public struct SubmissionEntry: Sendable, Codable, Equatable {
    public var submission: String
    public var path: String
    public var sha256: String?
    public var bytes: Int64?
    /// The `screening` or `error` row this submission's file is answered by.
    public var resultSeq: Int64?
    public var linkedToEarlierScreening: Bool?
    public var receivedTime: String?
    public var channel: String?
    public var claims: Claims?
    /// The `claim.*` findings and the `link.*` findings that tie this submission to earlier ones (issue 16); the
    /// file's own findings are in its result row.
    public var claimFindings: [Finding]?
    /// The final verdict for this submission: the file's, aggregated again with the claim findings.
    public var verdictClass: String
    public var decision: String
    public var error: String?

    public init(submission: String, path: String, sha256: String? = nil, bytes: Int64? = nil, receivedTime: String? = nil, channel: String? = nil,
                claims: Claims? = nil, claimFindings: [Finding]? = nil, verdictClass: String, decision: String, error: String? = nil) {
        self.submission = submission
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
        self.receivedTime = receivedTime
        self.channel = channel
        self.claims = claims
        self.claimFindings = claimFindings
        self.verdictClass = verdictClass
        self.decision = decision
        self.error = error
    }
}

public struct StoredRow: Sendable, Equatable {
    public var seq: Int64
    public var kind: String
    public var submission: String?
    public var sha256: String?
    public var body: String
    public var chain: String
}

public enum LedgerError: Error, CustomStringConvertible {
    case passwordInConnectionString(String)
    case newerSchema(Int)
    case notQueued(String)
    case noHead
    case busy(String)

    public var description: String {
        switch self {
        case let .passwordInConnectionString(masked):
            return "the ledger's connection string carries a password (\(masked)): put it in ~/.pgpass or a service file (PGSERVICEFILE) instead, where libpq reads it"
        case let .newerSchema(v): return "the ledger has schema version \(v), newer than this tool's \(Ledger.schemaVersion): use a newer evidence"
        case let .notQueued(s): return "submission \(s) is not in the ledger's queue"
        case .noHead: return "the ledger has no head row (not a ledger, or damaged)"
        case let .busy(path): return "another batch is using the ledger \(path) (run it with --worker to share the ledger)"
        }
    }
}
