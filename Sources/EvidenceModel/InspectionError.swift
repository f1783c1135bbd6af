/// Why a file could not be inspected. Each case maps to one documented exit code.
public enum InspectionError: Error, Sendable, CustomStringConvertible {
    /// The path does not exist, is not readable, or is not a regular file (exit 66).
    case missing(path: String, reason: String)
    /// The file exists but is empty, not a photo or video we recognise, or cannot be parsed
    /// (exit 65). `partial` carries whatever was read before the failure.
    case unreadable(path: String, reason: String, partial: Inspection?)
    /// Something went wrong inside the tool, not in the file (exit 70): a bug, or a library failing in
    /// a way it never should. The file is not judged.
    case internalFault(path: String, reason: String)

    public var description: String {
        switch self {
        case let .missing(path, reason), let .unreadable(path, reason, _), let .internalFault(path, reason): return "\(path): \(reason)"
        }
    }

    public var reason: String {
        switch self {
        case let .missing(_, r), let .unreadable(_, r, _): return r
        case let .internalFault(_, r): return "internal error: " + r
        }
    }

    /// The path the error is about.
    public var path: String {
        switch self {
        case let .missing(p, _), let .unreadable(p, _, _), let .internalFault(p, _): return p
        }
    }

    /// `missing`, `unreadable` or `internal`: the `error.kind` of the JSON line a failed file gets.
    public var kind: String {
        switch self {
        case .missing: return "missing"
        case .unreadable: return "unreadable"
        case .internalFault: return "internal"
        }
    }
}
