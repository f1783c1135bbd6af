/// Any JSON value, kept exactly enough to re-encode it (integers stay integers): the ledger's export embeds
/// stored results in its own canonical lines, and report redaction walks a record's every string.
public indirect enum JSONValue: Codable, Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int64.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case let .bool(b): try c.encode(b)
        case let .int(i): try c.encode(i)
        case let .double(d): try c.encode(d)
        case let .string(s): try c.encode(s)
        case let .array(a): try c.encode(a)
        case let .object(o): try c.encode(o)
        }
    }
}

extension JSONValue {
    /// The same value with `transform` applied to every string (object keys are left as they are).
    public func mappingStrings(_ transform: (String) -> String) -> JSONValue {
        switch self {
        case let .string(s): return .string(transform(s))
        case let .array(a): return .array(a.map { $0.mappingStrings(transform) })
        case let .object(o): return .object(o.mapValues { $0.mappingStrings(transform) })
        default: return self
        }
    }
}
