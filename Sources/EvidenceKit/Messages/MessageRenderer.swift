/// Renders a `Message` through a language's catalogue: `{name}` in the template is replaced by the
/// argument `name`, formatted for that language. A key missing from a catalogue renders as the key itself
/// in brackets (the catalogue tests make sure none is).
public enum MessageRenderer {
    public static func render(_ m: Message, _ language: Language) -> String {
        let catalogue = language == .en ? EnglishMessages.templates : VietnameseMessages.templates
        guard let template = catalogue[m.key] else { return "[\(m.key)]" }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let a = m.arguments[name] { out += format(a, language) } else { out += "{\(name)}" }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    static func format(_ a: MessageArgument, _ language: Language) -> String {
        switch a {
        case let .int(v): return String(v)
        case let .decimal(v, places): return decimal(v, places: places, comma: language == .vi)
        case let .text(s): return s
        case let .list(items): return items.joined(separator: ", ")
        case let .decimals(values, places): return values.map { decimal($0, places: places, comma: language == .vi) }.joined(separator: "; ")
        case let .message(m): return render(m, language)
        case let .localized(en, vi): return language == .vi ? vi : en
        case let .messages(list): return list.map { render($0, language) }.joined(separator: ", ")
        }
    }

    /// An argument without a language: numbers with a decimal point, a nested phrase as its key.
    public static func neutral(_ a: MessageArgument) -> String {
        switch a {
        case let .message(m): return m.key
        case let .localized(en, _): return en
        case let .messages(list): return list.map(\.key).joined(separator: ", ")
        default: return format(a, .en)
        }
    }

    /// `v` rounded to `places` decimals, trailing zeros dropped; Vietnamese uses a decimal comma.
    static func decimal(_ v: Double, places: Int, comma: Bool) -> String {
        guard v.isFinite else { return String(v) }
        var scale: Int64 = 1
        for _ in 0..<max(0, places) { scale *= 10 }
        let scaled = Int64((abs(v) * Double(scale)).rounded())
        let whole = scaled / scale
        var fraction = scaled % scale
        var digits = places
        while digits > 0 && fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        var s = (v < 0 && scaled > 0 ? "-" : "") + String(whole)
        if digits > 0 {
            let f = String(fraction)
            s += (comma ? "," : ".") + String(repeating: "0", count: digits - f.count) + f
        }
        return s
    }

    /// The numbers a sentence states, sorted (word order differs between languages), decimals with a point
    /// (`language` .vi reads a decimal comma): two renderings of one message state the same list. Used by the
    /// catalogue tests on every finding, and available to a report that checks its own translations.
    public static func statedNumbers(_ s: String, _ language: Language) -> [String] {
        let text = language == .vi ? s.replacingAll(",", ".") : s
        var found: [String] = [], current = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            let digit = c.isASCII && c.isNumber
            if digit || (c == "." && !current.isEmpty && i + 1 < chars.count && chars[i + 1].isASCII && chars[i + 1].isNumber) {
                current.append(c)
            } else if !current.isEmpty {
                found.append(current)
                current = ""
            }
        }
        if !current.isEmpty { found.append(current) }
        return found.sorted()
    }

    /// The argument names a template uses, for the catalogue tests.
    public static func placeholders(_ template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
