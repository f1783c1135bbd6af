import MediaBridge

/// Why a file could not be inspected. Each case maps to one documented exit code.
public enum InspectionError: Error, Sendable, CustomStringConvertible {
    /// The path does not exist, is not readable, or is not a regular file (exit 66).
    case missing(path: String, reason: String)
    /// The file exists but is empty, not a photo or video we recognise, or cannot be parsed
    /// (exit 65). `partial` carries whatever was read before the failure.
    case unreadable(path: String, reason: String, partial: Inspection?)

    public var description: String {
        switch self {
        case let .missing(path, reason), let .unreadable(path, reason, _): return "\(path): \(reason)"
        }
    }

    public var reason: String {
        switch self {
        case let .missing(_, r), let .unreadable(_, r, _): return r
        }
    }

    static func from(_ error: MediaBridgeError, path: String) -> InspectionError {
        error.isMissingInput ? .missing(path: path, reason: error.description) : .unreadable(path: path, reason: error.description, partial: nil)
    }
}
