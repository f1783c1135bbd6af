import CPostgres
#if canImport(Glibc)
import Glibc // strdup, free
#endif

/// A failed PostgreSQL call, with the server's or libpq's message. The connection string never appears in
/// it (libpq's messages name host and database, never the password).
public struct PostgresError: Error, CustomStringConvertible, Sendable {
    public var message: String
    /// The SQLSTATE code when the server sent one (`40001` serialization failure, `23505` unique violation…).
    public var sqlState: String?
    public var description: String { sqlState.map { "\(message) (SQLSTATE \($0))" } ?? message }
}

/// One connection to a PostgreSQL server through libpq, owned: closed when released. Not shared between
/// threads (libpq connections are not thread-safe); the ledger serialises its use.
///
/// Values cross as text (libpq's text format): parameters are Swift strings or nil for NULL, rows come back
/// as arrays of optional strings. Parameters are always sent separately from the SQL (`PQexecParams`), never
/// spliced into it.
public final class PostgresConnection {
    private let handle: OpaquePointer

    /// Connects with a libpq connection string or URI (`postgres://user@host/db`, `host=/tmp dbname=x`).
    /// Passwords belong in `~/.pgpass` or a service file (`PGSERVICEFILE`), as libpq reads them; the ledger
    /// refuses a URI that carries one.
    public init(_ conninfo: String) throws(PostgresError) {
        guard let conn = PQconnectdb(conninfo) else { throw PostgresError(message: "libpq could not allocate a connection") }
        guard PQstatus(conn) == CONNECTION_OK else {
            let message = Self.text(PQerrorMessage(conn))
            PQfinish(conn)
            throw PostgresError(message: message.isEmpty ? "connection failed" : message)
        }
        handle = conn
        // Notices ("relation already exists, skipping") would go to stderr by default; they are not errors.
        PQsetNoticeProcessor(conn, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    /// Runs one statement with `$1, $2…` parameters; returns its rows (empty for commands).
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> [[String?]] {
        let result: OpaquePointer? = Self.withCStrings(parameters) { values in
            PQexecParams(handle, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        guard let result else { throw PostgresError(message: Self.text(PQerrorMessage(handle))) }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return []
        case PGRES_TUPLES_OK:
            let rows = Int(PQntuples(result)), columns = Int(PQnfields(result))
            var out: [[String?]] = []
            out.reserveCapacity(rows)
            for r in 0..<rows {
                var row: [String?] = []
                row.reserveCapacity(columns)
                for c in 0..<columns {
                    if PQgetisnull(result, Int32(r), Int32(c)) == 1 {
                        row.append(nil)
                    } else {
                        row.append(Self.text(PQgetvalue(result, Int32(r), Int32(c))))
                    }
                }
                out.append(row)
            }
            return out
        default:
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            throw PostgresError(message: Self.text(PQresultErrorMessage(result)), sqlState: state)
        }
    }

    /// The server's process id for this connection (what `pg_terminate_backend` takes).
    public var backendPID: Int32 { PQbackendPID(handle) }

    private static func text(_ p: UnsafePointer<CChar>?) -> String {
        guard let p else { return "" }
        var s = String(cString: p)
        while s.last == "\n" || s.last == " " { s.removeLast() }
        return s
    }

    /// Calls `body` with a C array of NUL-terminated copies of `strings` (nil stays a null pointer), freed after.
    private static func withCStrings<R>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
        var copies: [UnsafeMutablePointer<CChar>?] = strings.map { s in s.map { strdup($0) } }
        defer { for p in copies { free(p) } }
        return copies.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: max(buffer.count, 1)) { body(strings.isEmpty ? nil : $0) }
        }
    }
}

/// Splits a connection URI's password out, for display: `postgres://user:secret@host/db` →
/// `postgres://user:***@host/db`. Key-value strings have `password=…` masked the same way.
public func maskedConnectionString(_ s: String) -> String {
    let chars = Array(s)
    if let i = (0..<max(0, chars.count - 2)).first(where: { chars[$0] == ":" && chars[$0 + 1] == "/" && chars[$0 + 2] == "/" }) {
        let start = i + 3
        let rest = chars[start...]
        let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? chars.count
        guard let at = chars[start..<end].lastIndex(of: "@") else { return s }
        guard let colon = chars[start..<at].firstIndex(of: ":") else { return s }
        return String(chars[..<colon]) + ":***" + String(chars[at...])
    }
    var parts: [String] = []
    for word in s.split(separator: " ") {
        parts.append(word.lowercased().hasPrefix("password=") ? "password=***" : String(word))
    }
    return parts.joined(separator: " ")
}

/// True when a connection string carries a password (which must come from a password or service file instead).
public func connectionStringHasPassword(_ s: String) -> Bool { maskedConnectionString(s) != s || s.contains("password=") }
