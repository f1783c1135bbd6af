/// A sentence for a person, kept as a key and typed arguments until it is rendered in a language
/// (DESIGN "Findings and verdicts"; issue 13). The English and Vietnamese catalogues (`Messages/`) hold one
/// template per key; both name the same arguments, so the same facts, numbers and offsets reach the reader
/// in either language.
public struct Message: Sendable, Equatable {
    public var key: String
    public var arguments: [String: MessageArgument]

    public init(_ key: String, _ arguments: [String: MessageArgument] = [:]) {
        self.key = key
        self.arguments = arguments
    }
}

/// One argument of a message. Numbers are formatted per language (Vietnamese writes 0,24 where English
/// writes 0.24); text read from the file (a tag's value, an encoder banner) is shown verbatim in both.
public indirect enum MessageArgument: Sendable, Equatable {
    /// A count, an index or a byte offset: digits only, no grouping, so it can be searched in a hex dump.
    case int(Int64)
    /// A measurement, rounded to `places` decimals (trailing zeros dropped).
    case decimal(Double, places: Int)
    /// Text from the file or a name (software, tag, box path): never translated.
    case text(String)
    /// Several such texts, joined with ", ".
    case list([String])
    /// Several measurements, each rounded to `places` decimals, joined with "; " (Vietnamese decimals use a comma).
    case decimals([Double], places: Int)
    /// A phrase that is itself translated (a clause that depends on the case).
    case message(Message)
    /// Several translated phrases, joined with ", ".
    case messages([Message])
    /// A phrase given in both languages by the data that owns it: a camera family's name and the
    /// description of its invariants, written side by side in `FamilyCatalogue` (and shown by `evidence families`).
    case localized(en: String, vi: String)

    public static func number<I: BinaryInteger>(_ v: I) -> MessageArgument { .int(Int64(v)) }
    public static func seconds(_ v: Double) -> MessageArgument { .decimal(v, places: 3) }
}

/// The languages of human output.
public enum Language: String, Sendable, CaseIterable, Codable {
    case en, vi
}
