/// Reads device, capture time and place from QuickTime/MP4 metadata items, in the order a phone's
/// own writer is most specific: `keys` (Apple Core Media, newer Android), then `udta` atoms.
enum QuickTimeMetadata {
    static func device(_ items: [MetadataItem]) -> Device? {
        func first(_ keys: [String]) -> MetadataItem? {
            for k in keys { if let i = items.first(where: { $0.key == k && !$0.value.isEmpty }) { return i } }
            return nil
        }
        let make = first(["com.apple.quicktime.make", "com.android.manufacturer", "©mak"])
        let model = first(["com.apple.quicktime.model", "com.android.model", "©mod"])
        let software = first(["com.apple.quicktime.software", "©swr"])
        guard make != nil || model != nil || software != nil else { return nil }
        let sources = Set([make, model, software].compactMap { $0?.source })
        return Device(make: make?.value, model: model?.value, software: software?.value,
                      source: sources.sorted().joined(separator: ", ") + " metadata")
    }

    static func captureTime(_ items: [MetadataItem]) -> (String, String)? {
        for key in ["com.apple.quicktime.creationdate", "©day", "date"] {
            if let i = items.first(where: { $0.key == key }), let iso = normaliseISO(i.value) {
                return (iso, "\(i.source) \(key)")
            }
        }
        return nil
    }

    /// `2020-11-20T15:04:02+0100` → `2020-11-20T15:04:02+01:00`; `Z` kept; other shapes rejected.
    static func normaliseISO(_ value: String) -> String? {
        let v = value.trimmingSpaces
        guard v.count >= 19 else { return nil }
        let head = String(v.prefix(19))
        let b = Array(head.utf8)
        guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":") else { return nil }
        var rest = Substring(v.dropFirst(19))
        var frac = ""
        if rest.first == "." {
            frac = String(rest.prefix { $0 == "." || $0.isASCIIDigit })
            rest = rest.dropFirst(frac.count)
        }
        var zone = ""
        if rest == "Z" { zone = "Z" } else if rest.count == 5, let s = rest.first, s == "+" || s == "-" {
            zone = String(rest.prefix(3)) + ":" + String(rest.suffix(2))
        } else if rest.count == 6, CivilTime.isOffset(String(rest)) {
            zone = String(rest)
        } else if !rest.isEmpty { return nil }
        return head.replacingAll(" ", "T") + frac + zone
    }

    static func gps(_ items: [MetadataItem]) -> GPSPosition? {
        for key in ["com.apple.quicktime.location.ISO6709", "©xyz", "loci"] {
            if let i = items.first(where: { $0.key == key }), let p = parseISO6709(i.value) {
                return GPSPosition(lat: p.lat, lon: p.lon, altitude: p.alt, time: nil, source: "\(i.source) \(key)")
            }
        }
        return nil
    }

    /// ISO 6709 Annex H string form: `±DD.DDD±DDD.DDD[±AAA.A][CRS]/`, also `±DDMM.M`, `±DDMMSS.S`.
    static func parseISO6709(_ s: String) -> (lat: Double, lon: Double, alt: Double?)? {
        var parts: [(sign: Double, int: String, frac: String)] = []
        var chars = Substring(s.trimmingSpaces)
        while let c = chars.first, c == "+" || c == "-" {
            chars.removeFirst()
            let intPart = chars.prefix { $0.isASCIIDigit }
            chars = chars.dropFirst(intPart.count)
            var frac = ""
            if chars.first == "." {
                chars.removeFirst()
                let f = chars.prefix { $0.isASCIIDigit }
                frac = String(f)
                chars = chars.dropFirst(f.count)
            }
            guard !intPart.isEmpty else { return nil }
            parts.append((c == "-" ? -1 : 1, String(intPart), frac))
        }
        guard parts.count >= 2 else { return nil }
        func angle(_ p: (sign: Double, int: String, frac: String), degreeDigits: Int) -> Double? {
            let f = p.frac.isEmpty ? 0 : Double("0." + p.frac) ?? 0
            let digits = p.int
            let value: Double
            // Phones write degrees without zero padding (`-0.2431`), so fewer digits also mean degrees.
            switch digits.count - degreeDigits {
            case ...0: value = Double(digits)! + f
            case 2:
                let d = Double(digits.prefix(degreeDigits))!, m = Double(digits.suffix(2))! + f
                value = d + m / 60
            case 4:
                let d = Double(digits.prefix(degreeDigits))!
                let m = Double(digits.dropFirst(degreeDigits).prefix(2))!, sec = Double(digits.suffix(2))! + f
                value = d + m / 60 + sec / 3600
            default: return nil
            }
            return p.sign * value
        }
        guard let lat = angle(parts[0], degreeDigits: 2), let lon = angle(parts[1], degreeDigits: 3),
              abs(lat) <= 90, abs(lon) <= 180 else { return nil }
        var alt: Double? = nil
        if parts.count >= 3 { alt = parts[2].sign * (Double(parts[2].int + (parts[2].frac.isEmpty ? "" : "." + parts[2].frac)) ?? 0) }
        return (lat, lon, alt)
    }
}
