import GRDB
import PostgresBridge

/// The little SQL the ledger needs, the same on SQLite and PostgreSQL: statements with `?` parameters, values
/// as text (or NULL), rows as arrays of optional text. The ledger's SQL is written once in the subset both
/// understand (`INSERT … ON CONFLICT DO NOTHING`, `UPDATE … RETURNING`); where they differ the store says how
/// (`lockRows`, `skipLocked`).
public protocol SQLSession {
    @discardableResult
    func rows(_ sql: String, _ parameters: [String?]) throws -> [[String?]]
}

extension SQLSession {
    public func run(_ sql: String, _ parameters: [String?] = []) throws { try rows(sql, parameters) }
    public func one(_ sql: String, _ parameters: [String?] = []) throws -> [String?]? { try rows(sql, parameters).first }
}

public protocol SQLStore: AnyObject, Sendable {
    /// Runs `body` in one transaction that takes the write lock at its start (SQLite `BEGIN IMMEDIATE`,
    /// PostgreSQL rows locked `FOR UPDATE`), committed with an fsync when `body` returns, rolled back when it throws.
    func transaction<T>(_ body: (any SQLSession) throws -> T) throws -> T
    /// Runs `body` as a read: no write lock, nothing to commit (SQLite reads a snapshot of the WAL).
    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T
    /// `FOR UPDATE` where rows can be locked (PostgreSQL); nothing on SQLite, where the transaction holds the
    /// whole database.
    var lockRows: String { get }
    /// `FOR UPDATE SKIP LOCKED` on PostgreSQL: workers claiming at once each get a different row.
    var skipLocked: String { get }
    /// The type for 64-bit integers in DDL.
    var bigint: String { get }
    /// How the ledger is shown (passwords masked).
    var displayName: String { get }
}

/// The SQLite ledger through GRDB: one file in WAL mode, `synchronous = FULL` so that every commit is on
/// disk when `transaction` returns (a `kill -9` or a power cut loses no committed result).
public final class SQLiteStore: SQLStore, @unchecked Sendable {
    // @unchecked: DatabaseQueue serialises every access itself.
    let queue: DatabaseQueue
    public let displayName: String
    public let lockRows = ""
    public let skipLocked = ""
    public let bigint = "INTEGER"

    public init(path: String) throws {
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        queue = try DatabaseQueue(path: path, configuration: config)
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        }
        displayName = path
    }

    public func transaction<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        var out: T?
        try queue.inTransaction(.immediate) { db in
            out = try body(GRDBSession(db: db))
            return .commit
        }
        return out!
    }

    public func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try queue.read { db in try body(GRDBSession(db: db)) }
    }

    struct GRDBSession: SQLSession {
        let db: Database
        func rows(_ sql: String, _ parameters: [String?]) throws -> [[String?]] {
            let args = StatementArguments(parameters.map { $0?.databaseValue ?? .null })
            // Statements are compiled once per connection and reused (the ledger runs the same few thousands of times).
            let statement = sql.contains(";") ? try db.makeStatement(sql: sql) : try db.cachedStatement(sql: sql)
            let cursor = try Row.fetchCursor(statement, arguments: args)
            var out: [[String?]] = []
            while let row = try cursor.next() {
                out.append(row.databaseValues.map(Self.text))
            }
            return out
        }

        static func text(_ v: DatabaseValue) -> String? {
            switch v.storage {
            case .null: return nil
            case let .int64(i): return String(i)
            case let .double(d): return String(d)
            case let .string(s): return s
            case let .blob(b): return b.map { String($0, radix: 16) }.joined()
            }
        }
    }
}

/// The PostgreSQL ledger through libpq (`PostgresBridge`). One connection, used by one thread at a time.
public final class PostgresStore: SQLStore, @unchecked Sendable {
    // @unchecked: every use of `connection` holds `lock`.
    private let connection: PostgresConnection
    private let lock = Mutex()
    public let displayName: String
    public let lockRows = "FOR UPDATE"
    public let skipLocked = "FOR UPDATE SKIP LOCKED"
    public let bigint = "BIGINT"

    public init(url: String) throws {
        guard !connectionStringHasPassword(url) else { throw LedgerError.passwordInConnectionString(maskedConnectionString(url)) }
        connection = try PostgresConnection(url)
        displayName = maskedConnectionString(url)
        try connection.execute("SET synchronous_commit = on")
    }

    public func transaction<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try lock.locked {
            // Retries when two workers' transactions collide (serialization failure, deadlock): the chain's
            // head row lock makes that rare, but a retry is always safe since nothing was committed.
            var attempt = 0
            while true {
                attempt += 1
                try connection.execute("BEGIN")
                do {
                    let out = try body(Session(connection: connection))
                    try connection.execute("COMMIT")
                    return out
                } catch let error as PostgresError where ["40001", "40P01"].contains(error.sqlState ?? "") && attempt < 5 {
                    _ = try? connection.execute("ROLLBACK")
                    continue
                } catch {
                    _ = try? connection.execute("ROLLBACK")
                    throw error
                }
            }
        }
    }

    public func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try lock.locked { try body(Session(connection: connection)) }
    }

    struct Session: SQLSession {
        let connection: PostgresConnection
        func rows(_ sql: String, _ parameters: [String?]) throws -> [[String?]] {
            try connection.execute(Self.numbered(sql), parameters)
        }

        /// `?` → `$1, $2…` (the ledger's SQL has no `?` inside literals).
        static func numbered(_ sql: String) -> String {
            var out = "", n = 0
            for c in sql {
                if c == "?" { n += 1; out += "$\(n)" } else { out.append(c) }
            }
            return out
        }
    }
}

/// Opens the ledger a `--ledger` value names: `postgres://…` or `postgresql://…` (or a libpq key-value string
/// starting with `host=`/`service=`/`dbname=`) is PostgreSQL, anything else a SQLite file path.
public func openStore(_ location: String) throws -> any SQLStore {
    let lower = location.lowercased()
    if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") || ["host=", "service=", "dbname="].contains(where: lower.hasPrefix) {
        return try PostgresStore(url: location)
    }
    return try SQLiteStore(path: location)
}

/// A ledger location as it may be shown: a connection string's password masked.
public func maskedConnectionStringForDisplay(_ s: String) -> String { maskedConnectionString(s) }
