/// The JSON line of a file that could not be inspected or verified (`--json`), so that a pipeline reading
/// JSON Lines has one line per file it asked about: `{"error": {"kind": "missing | unreadable | internal",
/// "message": …}, "file": {"path": …}, …}`.
public struct FailureRecord: Sendable, Codable, Equatable {
    public struct FileRef: Sendable, Codable, Equatable { public var path: String }
    public struct ErrorInfo: Sendable, Codable, Equatable {
        public var kind: String
        public var message: String
        public init(kind: String, message: String) {
            self.kind = kind
            self.message = message
        }
    }
    public var schemaVersion = 1
    public var file: FileRef
    public var error: ErrorInfo
    public var tool = ToolInfo()
    /// `evidence batch` only: the submission and the ledger entry that records this error.
    public var submission: String?
    public var ledgerSeq: Int64?

    public init(_ e: InspectionError) {
        file = FileRef(path: e.path)
        error = ErrorInfo(kind: e.kind, message: e.reason)
    }
}
