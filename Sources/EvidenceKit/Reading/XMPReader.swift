/// Flattens an XMP packet (Adobe XMP Specification Part 1, RDF/XML serialisation) into
/// `prefix:Name → value` pairs: attributes of `rdf:Description` and other elements, simple
/// element values, and `rdf:li` items joined with "; " under their property name. Enough to read
/// `xmp:CreatorTool`, `xmpMM:History` agents, `photoshop:DateCreated`, `exif:DateTimeOriginal`.
/// A hand-written scanner rather than an XML library: the packet is attacker-controlled, and we
/// only need names and text, with bounded work.
public enum XMPReader {
    public static func properties(_ text: String, limit: Int = 4 << 20) -> [String: String] {
        let s = Array(text.utf8.prefix(limit))
        // Values are collected per property and joined once at the end: appending to a growing string for
        // every repeated element made a crafted 4 MB packet quadratic (found by tools/fuzz FuzzXMP: 112 s for
        // 180 000 repeats). A property keeps at most `maxValues` values.
        var values: [String: [String]] = [:]
        var order: [String] = []
        var stack: [String] = []
        var i = 0
        func add(_ key: String, _ value: String) {
            let v = decode(value).trimmingSpaces
            guard !v.isEmpty, !key.hasPrefix("xmlns"), !key.hasPrefix("rdf:"), !key.hasPrefix("x:") else { return }
            if values[key] == nil { order.append(key) }
            if values[key, default: []].count < Self.maxValues { values[key, default: []].append(v) }
        }
        func owner() -> String? { stack.last { !$0.hasPrefix("rdf:") } }
        while i < s.count {
            guard s[i] == UInt8(ascii: "<") else {
                let start = i
                while i < s.count && s[i] != UInt8(ascii: "<") { i += 1 }
                let text = String(decoding: s[start..<i], as: UTF8.self)
                if !text.trimmingSpaces.isEmpty && !text.allSatisfy(\.isWhitespace), let key = owner(), stack.last.map({ $0 == key || $0 == "rdf:li" }) == true {
                    add(key, text)
                }
                continue
            }
            // a tag
            let start = i
            while i < s.count && s[i] != UInt8(ascii: ">") { i += 1 }
            let tag = Array(s[(start + 1)..<min(i, s.count)])
            i += 1
            guard let first = tag.first else { continue }
            if first == UInt8(ascii: "?") || first == UInt8(ascii: "!") { continue }
            if first == UInt8(ascii: "/") {
                if !stack.isEmpty { stack.removeLast() }
                continue
            }
            let selfClosing = tag.last == UInt8(ascii: "/")
            var j = 0
            while j < tag.count && !isSpace(tag[j]) && tag[j] != UInt8(ascii: "/") { j += 1 }
            let name = String(decoding: tag[0..<j], as: UTF8.self)
            // attributes: name="value" or name='value'
            while j < tag.count {
                while j < tag.count && (isSpace(tag[j]) || tag[j] == UInt8(ascii: "/")) { j += 1 }
                let ns = j
                while j < tag.count && tag[j] != UInt8(ascii: "=") && !isSpace(tag[j]) { j += 1 }
                let attr = String(decoding: tag[ns..<j], as: UTF8.self)
                while j < tag.count && (isSpace(tag[j]) || tag[j] == UInt8(ascii: "=")) { j += 1 }
                guard j < tag.count, tag[j] == UInt8(ascii: "\"") || tag[j] == UInt8(ascii: "'") else { break }
                let quote = tag[j]
                j += 1
                let vs = j
                while j < tag.count && tag[j] != quote { j += 1 }
                let value = String(decoding: tag[vs..<min(j, tag.count)], as: UTF8.self)
                j += 1
                if attr.contains(":") { add(attr, value) }
            }
            if !selfClosing { stack.append(name) }
            if stack.count > 256 { break }
        }
        var props: [String: String] = [:]
        for key in order { props[key] = values[key]!.joined(separator: "; ") }
        return props
    }

    /// Values kept per property (`xmpMM:History` of a much-edited file has a few hundred).
    static let maxValues = 4096

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingAll("&lt;", "<").replacingAll("&gt;", ">").replacingAll("&quot;", "\"")
            .replacingAll("&apos;", "'").replacingAll("&#xA;", "\n").replacingAll("&amp;", "&")
    }

    /// The `<?xpacket … ?>…<?xpacket end…?>` or `<x:xmpmeta>` text inside raw bytes, if any.
    public static func packetText(_ bytes: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains("<x:xmpmeta") || text.contains("<rdf:RDF") || text.contains("<?xpacket") else { return nil }
        return text.trimmingCharactersNUL
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
    var trimmingCharactersNUL: String {
        var s = Substring(self)
        while s.last == "\0" || s.last == " " || s.last == "\n" { s.removeLast() }
        return String(s)
    }
}
