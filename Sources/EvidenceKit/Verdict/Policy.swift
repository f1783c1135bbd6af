#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Maps verdict classes to decisions. The default follows the plan's rule "no editing, cutting or
/// splicing": edited → reject; everything that is not plainly original → review; original → accept.
/// A JSON file `{"edited": "reject", "re-encoded": "review", …}` overrides any of them.
public struct Policy: Sendable, Equatable {
    public var decisions: [VerdictClass: Decision]

    public static let `default` = Policy(decisions: [
        .consistentWithOriginal: .accept, .remuxed: .review, .reEncoded: .review, .edited: .reject,
        .metadataAltered: .review, .inconclusive: .review, .unreadable: .review,
    ])

    public func decision(for c: VerdictClass) -> Decision { decisions[c] ?? .review }

    /// Reads a policy file; unknown classes or decisions are errors, missing ones keep the default.
    public static func load(json: [UInt8]) throws -> Policy {
        let raw = try JSONDecoder().decode([String: String].self, from: Data(json))
        var p = Policy.default
        for (k, v) in raw {
            guard let c = VerdictClass(rawValue: k), c != .none else { throw PolicyError.unknownClass(k) }
            guard let d = Decision(rawValue: v) else { throw PolicyError.unknownDecision(v) }
            p.decisions[c] = d
        }
        return p
    }
}

public enum PolicyError: Error, CustomStringConvertible {
    case unknownClass(String)
    case unknownDecision(String)
    public var description: String {
        switch self {
        case let .unknownClass(c): return "unknown verdict class '\(c)' in the policy (classes: \(VerdictClass.allCases.filter { $0 != .none }.map(\.rawValue).joined(separator: ", ")))"
        case let .unknownDecision(d): return "unknown decision '\(d)' in the policy (accept, review, reject)"
        }
    }
}
