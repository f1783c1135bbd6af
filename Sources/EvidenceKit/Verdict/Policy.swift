#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Maps verdict classes to decisions. The default follows the plan's rule "no editing, cutting or
/// splicing": edited → reject; everything that is not plainly original → review; original → accept.
/// A JSON file `{"edited": "reject", "re-encoded": "review", …}` overrides any of them.
///
/// The same file may also hold `"claims": {…}` (how far a claimed time or place may be from the file's before
/// the claim check says it is contradicted) and `"limits": {…}` (what one file may cost a batch): see
/// `ClaimTolerance` and `ResourceLimits`.
public struct Policy: Sendable, Equatable {
    public var decisions: [VerdictClass: Decision]
    public var claims = ClaimTolerance()
    public var limits = ResourceLimits()
    public var redaction = RedactionPolicy()

    public static let `default` = Policy(decisions: [
        .consistentWithOriginal: .accept, .remuxed: .review, .reEncoded: .review, .edited: .reject,
        .metadataAltered: .review, .inconclusive: .review, .unreadable: .review,
    ])

    public func decision(for c: VerdictClass) -> Decision { decisions[c] ?? .review }

    /// Reads a policy file; unknown classes or decisions are errors, missing ones keep the default.
    public static func load(json: [UInt8]) throws -> Policy {
        let raw = try JSONDecoder().decode([String: PolicyEntry].self, from: Data(json))
        var p = Policy.default
        for (k, entry) in raw {
            switch (k, entry) {
            case let ("claims", .numbers(n)):
                try p.claims.apply(n)
                continue
            case let ("limits", .numbers(n)):
                try p.limits.apply(n)
                continue
            case let ("redaction", .numbers(n)):
                try p.redaction.apply(n)
                continue
            case ("claims", _), ("limits", _), ("redaction", _):
                throw PolicyError.notAnObject(k)
            case (_, .numbers):
                throw PolicyError.unknownClass(k)
            case (_, .text):
                break
            }
            guard case let .text(v) = entry else { continue }
            guard let c = VerdictClass(rawValue: k), c != .none else { throw PolicyError.unknownClass(k) }
            guard let d = Decision(rawValue: v) else { throw PolicyError.unknownDecision(v) }
            p.decisions[c] = d
        }
        return p
    }
}

/// How far a claim may be from what the file states before the claim check calls it contradicted.
public struct ClaimTolerance: Sendable, Equatable {
    /// Seconds between the claimed time and the nearest capture time the file states (beyond a clip's own
    /// span). Default 15 minutes: reporters give the time from memory; camera clocks drift by minutes.
    public var timeSeconds: Double = 900
    /// Metres between the claimed position and the nearest position the file states. Default 500 m: a
    /// claimed address's coordinates, the camera's distance from the scene and GPS error all add up.
    public var placeMetres: Double = 500
    /// The offset from UTC (minutes) assumed for a claimed time written without a zone when it is compared
    /// with a UTC time in the file. Default +07:00 (Vietnam, the scheme's zone).
    public var zoneOffsetMinutes: Int = 420

    public init() {}

    mutating func apply(_ n: [String: Double]) throws {
        for (k, v) in n {
            switch k {
            case "timeToleranceSeconds": timeSeconds = v
            case "placeToleranceMetres": placeMetres = v
            case "zoneOffsetMinutes": zoneOffsetMinutes = Int(v)
            default: throw PolicyError.unknownSetting("claims", k)
            }
        }
    }
}

/// What `report --redact` removes beyond names, serial numbers, unique IDs, the reporter and the file name
/// (issue 17): `"redaction": {"positions": 1}` removes the positions too. Off by default: the place of the
/// violation is what the plan asks reporters for, and a court needs it; a home camera's position can identify
/// its owner, and a policy that says so removes it.
public struct RedactionPolicy: Sendable, Equatable {
    public var positions = false
    mutating func apply(_ n: [String: Double]) throws {
        for (k, v) in n {
            switch k {
            case "positions": positions = v != 0
            default: throw PolicyError.unknownSetting("redaction", k)
            }
        }
    }
}

/// What one file may cost (issue 15, 19): past a limit the file's result is `unreadable` or `inconclusive`
/// with a finding that names the limit, and a batch goes on.
public struct ResourceLimits: Sendable, Equatable {
    /// Wall time per file, seconds (`evidence batch` stops the screening process). Default 600.
    public var wallSeconds: Double = 600
    /// Resident memory of the screening process, MiB (`evidence batch`). Default 2048.
    public var memoryMiB: Double = 2048
    /// Pictures decoded per file (depths keyframes and full). Default 216 000 (two hours at 30 frames/s).
    public var frames: Int = 216_000
    /// Decoded pixels per file, millions (depths keyframes and full). Default 500 000 (two hours of 1080p30).
    public var megapixels: Double = 500_000
    /// ISO-BMFF box nesting depth walked (cameras nest about 10). Default 24.
    public var boxDepth: Int = 24
    /// Boxes walked per file (a 3-hour camera file has a few hundred). Default 200 000.
    public var boxes: Int = 200_000
    /// JPEG marker segments walked per file (cameras write about 20). Default 100 000.
    public var segments: Int = 100_000

    public init() {}

    mutating func apply(_ n: [String: Double]) throws {
        for (k, v) in n {
            guard v > 0 else { throw PolicyError.notPositive("limits", k) }
            switch k {
            case "wallSeconds": wallSeconds = v
            case "memoryMiB": memoryMiB = v
            case "frames": frames = Int(v)
            case "megapixels": megapixels = v
            case "boxDepth": boxDepth = Int(v)
            case "boxes": boxes = Int(v)
            case "segments": segments = Int(v)
            default: throw PolicyError.unknownSetting("limits", k)
            }
        }
    }
}

/// One value of a policy file: a decision for a class, or an object of numeric settings.
enum PolicyEntry: Decodable {
    case text(String)
    case numbers([String: Double])
    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) { self = .text(s) } else { self = .numbers(try c.decode([String: Double].self)) }
    }
}

public enum PolicyError: Error, CustomStringConvertible {
    case unknownClass(String)
    case unknownDecision(String)
    case notAnObject(String)
    case unknownSetting(String, String)
    case notPositive(String, String)
    public var description: String {
        switch self {
        case let .notAnObject(k): return "'\(k)' in the policy must be an object of numbers"
        case let .unknownSetting(group, k): return "unknown setting '\(k)' in the policy's '\(group)'"
        case let .notPositive(group, k): return "'\(group).\(k)' in the policy must be a positive number"
        case let .unknownClass(c): return "unknown verdict class '\(c)' in the policy (classes: \(VerdictClass.allCases.filter { $0 != .none }.map(\.rawValue).joined(separator: ", ")))"
        case let .unknownDecision(d): return "unknown decision '\(d)' in the policy (accept, review, reject)"
        }
    }
}
