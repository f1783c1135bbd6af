/// How much a finding weighs (DESIGN "Findings and verdicts").
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    /// Context only (e.g. the device identified).
    case info
    /// Common in originals too: never decides on its own.
    case weak
    /// Rare in originals.
    case strong
    /// Cannot occur in an untouched original.
    case conclusive

    public var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// The verdict classes, most serious first where it matters (`edited` outranks `re-encoded`, …).
public enum VerdictClass: String, Sendable, Codable, CaseIterable {
    case consistentWithOriginal = "consistent-with-original"
    case remuxed
    case reEncoded = "re-encoded"
    case edited
    case metadataAltered = "metadata-altered"
    case inconclusive
    case unreadable
    /// For findings that are context only.
    case none

    /// Which class wins when several have decisive findings. A metadata edit outranks a remux: every
    /// metadata editor rewrites the container, so `remuxed` is implied, while a remux alone never changes
    /// the claimed time, place or device; the remux findings stay among the reasons.
    public var precedence: Int {
        switch self {
        case .unreadable: return 6
        case .edited: return 5
        case .reEncoded: return 4
        case .metadataAltered: return 3
        case .remuxed: return 2
        case .inconclusive: return 1
        case .consistentWithOriginal, .none: return 0
        }
    }
}

/// One observation with its evidence and a plain-language explanation.
public struct Finding: Sendable, Codable, Equatable {
    /// Stable dotted id, `<kind>.<area>.<name>` (see `evidence detectors`).
    public var id: String
    public var severity: Severity
    public var indicates: VerdictClass
    /// English message with the numbers that matter.
    public var message: String
    /// The same in Vietnamese.
    public var messageVi: String
    /// Where and what: byte offsets, frame indexes, timestamps, values.
    public var evidence: [String: EvidenceValue]
    /// The catalogue key both messages were rendered from (`Messages/`), and its arguments in a
    /// language-neutral form (numbers with a decimal point; a nested phrase as its key).
    public var messageKey: String?
    public var messageArguments: [String: String]?
    /// Where in the file, typed: lifted from the evidence's byte offset, length, box, frame, time, packet and
    /// EXIF directory and tag, so a report can point at it without knowing each detector's keys.
    public var location: Location?

    public init(id: String, severity: Severity, indicates: VerdictClass, message: String, messageVi: String, evidence: [String: EvidenceValue]) {
        self.id = id
        self.severity = severity
        self.indicates = indicates
        self.message = message
        self.messageVi = messageVi
        self.evidence = evidence
        self.location = Location(evidence)
    }

    /// The message in `language`.
    public func message(in language: Language) -> String { language == .vi ? messageVi : message }
}

/// Where a finding points, in the file and in the media: each field present only when the finding says it.
public struct Location: Sendable, Codable, Equatable {
    public var byteOffset: Int64?
    public var byteLength: Int64?
    /// Box path (`moov/trak/mdia`), segment or element name.
    public var box: String?
    public var frame: Int64?
    public var seconds: Double?
    public var packet: Int64?
    /// EXIF directory (IFD0, Exif, GPS…), when the finding is about one.
    public var directory: String?
    /// EXIF tag or container tag (`0x9003`, `©too`, `encoder`).
    public var tag: String?

    /// The location the evidence states, or nil when it states none.
    public init?(_ e: [String: EvidenceValue]) {
        func int(_ keys: String...) -> Int64? {
            for k in keys { if case let .int(v)? = e[k] { return v } }
            return nil
        }
        func text(_ keys: String...) -> String? {
            for k in keys { if case let .string(v)? = e[k] { return v } }
            return nil
        }
        byteOffset = int("byteOffset", "offset", "packetOffset", "segmentOffset", "boxOffset")
        byteLength = int("byteLength", "length", "bytes")
        box = text("box", "boxPath", "segment", "element")
        frame = int("frame", "firstFrame")
        if case let .double(v)? = e["seconds"] { seconds = v }
        packet = int("packet", "packetIndex")
        directory = text("directory", "ifd")
        tag = text("tag", "atom")
        if byteOffset == nil && box == nil && frame == nil && seconds == nil && packet == nil && tag == nil { return nil }
    }
}

/// A JSON scalar or list in a finding's evidence.
public enum EvidenceValue: Sendable, Codable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    case string(String)
    case int(Int64)
    case double(Double)
    case strings([String])

    public init(stringLiteral v: String) { self = .string(v) }
    public init(integerLiteral v: Int64) { self = .int(v) }
    public init(floatLiteral v: Double) { self = .double(v) }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let i = try? c.decode(Int64.self) { self = .int(i) } else if let d = try? c.decode(Double.self) { self = .double(d) } else if let s = try? c.decode(String.self) { self = .string(s) } else { self = .strings(try c.decode([String].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case let .string(s): try c.encode(s)
        case let .int(i): try c.encode(i)
        case let .double(d): try c.encode(d)
        case let .strings(a): try c.encode(a)
        }
    }
}

/// What a policy does with a verdict class.
public enum Decision: String, Sendable, Codable {
    case accept, review, reject
}

/// The aggregate judgement for one file, with the finding ids that decided it.
public struct Verdict: Sendable, Codable, Equatable {
    public var `class`: VerdictClass
    public var decision: Decision
    public var reasons: [String]
    /// Plain-language summary of why.
    public var explanation: String
    /// The same in Vietnamese.
    public var explanationVi: String?
    /// What the officer does next with a file of this class, in plain words (ask the reporter for the original
    /// sent as a file, send it again, …); absent in records written before it existed.
    public var nextStep: String?
    /// The same in Vietnamese.
    public var nextStepVi: String?

    public init(class c: VerdictClass, decision: Decision, reasons: [String], explanation: String, explanationVi: String? = nil,
                nextStep: String? = nil, nextStepVi: String? = nil) {
        self.class = c
        self.decision = decision
        self.reasons = reasons
        self.explanation = explanation
        self.explanationVi = explanationVi
        self.nextStep = nextStep
        self.nextStepVi = nextStepVi
    }
}
