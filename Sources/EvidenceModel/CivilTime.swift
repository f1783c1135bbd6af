/// Calendar arithmetic without Foundation's locale-dependent formatters, so the same instant is
/// printed the same way on every machine (the canonical JSON depends on it).
public enum CivilTime {
    /// Seconds between 1904-01-01 (the QuickTime / ISO-BMFF epoch) and 1970-01-01.
    public static let seconds1904To1970: Int64 = 2_082_844_800

    /// `YYYY-MM-DDTHH:MM:SS` for seconds since 1970-01-01 (no zone: the caller adds one only when
    /// the file states it).
    public static func iso(unixSeconds: Int64) -> String {
        let days = floorDiv(unixSeconds, 86_400)
        let secs = unixSeconds - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secs / 3600, 2)):\(pad(secs % 3600 / 60, 2)):\(pad(secs % 60, 2))"
    }

    /// `seconds` counted from 1904-01-01T00:00:00 (mvhd/tkhd/mdhd times).
    public static func iso(since1904 seconds: UInt64) -> String {
        iso(unixSeconds: Int64(clamping: seconds) - seconds1904To1970)
    }

    public static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }

    /// Howard Hinnant's days-from-civil inverse (proleptic Gregorian).
    public static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (the inverse of `civil(fromDays:)`).
    public static func days(year y: Int64, month m: Int64, day d: Int64) -> Int64 {
        let yy = m <= 2 ? y - 1 : y
        let era = floorDiv(yy, 400)
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// `YYYY:MM:DD HH:MM:SS` (EXIF) or `YYYY-MM-DDTHH:MM:SS` read as seconds since 1970, no zone applied.
    public static func unixSeconds(_ v: String) -> Int64? {
        let b = Array(v.utf8)
        guard b.count >= 19 else { return nil }
        func num(_ r: Range<Int>) -> Int64? { Int64(String(decoding: b[r], as: UTF8.self)) }
        guard let y = num(0..<4), let mo = num(5..<7), let d = num(8..<10), let h = num(11..<13), let mi = num(14..<16), let s = num(17..<19),
              (1...12).contains(mo), (1...31).contains(d) else { return nil }
        return days(year: y, month: mo, day: d) * 86_400 + h * 3600 + mi * 60 + s
    }

    /// An instant given on the command line: Unix seconds (`1764943200`) or ISO 8601 with its zone
    /// (`2026-12-05T14:00:00Z`, `2026-12-05T21:00:00+07:00`). A local time without a zone is not an
    /// instant and gives nil.
    public static func instant(_ v: String) -> Int64? {
        if !v.isEmpty, v.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return Int64(v) }
        let b = Array(v.utf8)
        guard b.count >= 20, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), let local = unixSeconds(v) else { return nil }
        let zone = String(decoding: b[19...], as: UTF8.self)
        if zone == "Z" { return local }
        let z = Array(zone.utf8)
        guard z.count == 6 || z.count == 5, z[0] == UInt8(ascii: "+") || z[0] == UInt8(ascii: "-") else { return nil }
        let digits = z.dropFirst().filter { $0 != UInt8(ascii: ":") }
        guard digits.count == 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let hhmm = Int64(String(decoding: digits, as: UTF8.self)) else { return nil }
        let offset = (hhmm / 100) * 3600 + (hhmm % 100) * 60
        return z[0] == UInt8(ascii: "+") ? local - offset : local + offset
    }

    public static func pad(_ v: Int64, _ width: Int) -> String {
        let s = String(abs(v))
        return (v < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// EXIF `YYYY:MM:DD HH:MM:SS` → ISO-8601 `YYYY-MM-DDTHH:MM:SS`, with `.subsec` and an offset
    /// (`+07:00`) appended when given. Returns nil for blank or malformed values (`0000:00:00 …`
    /// is returned as is, converted, because it is evidence).
    public static func isoFromExif(_ value: String, subSeconds: String? = nil, offset: String? = nil) -> String? {
        let v = Array(value.utf8)
        guard v.count >= 19, v[4] == UInt8(ascii: ":"), v[7] == UInt8(ascii: ":"), v[13] == UInt8(ascii: ":"), v[16] == UInt8(ascii: ":") else { return nil }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        guard digits.allSatisfy({ v[$0] >= 0x30 && v[$0] <= 0x39 }) else { return nil }
        var s = String(decoding: v[0..<4], as: UTF8.self) + "-" + String(decoding: v[5..<7], as: UTF8.self) + "-"
            + String(decoding: v[8..<10], as: UTF8.self) + "T" + String(decoding: v[11..<19], as: UTF8.self)
        if let sub = subSeconds?.trimmingSpaces, !sub.isEmpty, sub.allSatisfy(\.isASCIIDigit) { s += "." + sub }
        if let off = offset?.trimmingSpaces, isOffset(off) { s += off }
        return s
    }

    /// `+HH:MM` / `-HH:MM` as EXIF 2.31 OffsetTime* stores it.
    public static func isOffset(_ s: String) -> Bool {
        let b = Array(s.utf8)
        return b.count == 6 && (b[0] == UInt8(ascii: "+") || b[0] == UInt8(ascii: "-")) && b[3] == UInt8(ascii: ":")
            && [1, 2, 4, 5].allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 }
    }
}

extension String {
    public var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\0" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\0" { s.removeLast() }
        return String(s)
    }
}

extension Character {
    public var isASCIIDigit: Bool { isASCII && isNumber }
}
