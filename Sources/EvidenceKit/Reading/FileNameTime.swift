/// The date and time a camera app writes into a file's name (IMG_20240112_181119.jpg, VID_…, PXL_…,
/// dashcam 20240112181119_0180.MP4, WhatsApp's IMG-20240112-WA0001): a statement of the capture moment
/// in local time, read by `CaptureFactsReader` and judged by `metadata.time.filename`.
enum FileNameTime {
    /// Unix seconds (as if UTC) of the date and time a file name carries, and whether it had a time.
    static func parse(_ name: String) -> (Int64, Bool)? {
        // Runs of digits with their separators squeezed out: 20240112_181119 → 20240112181119.
        let b = Array(name.utf8)
        var runs: [[UInt8]] = []
        var current: [UInt8] = []
        for (i, c) in b.enumerated() {
            if c >= 48 && c <= 57 { current.append(c); continue }
            let joins = (c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: " ") || c == UInt8(ascii: "."))
                && (current.count == 8 || current.count == 10 || current.count == 12) && i + 1 < b.count && b[i + 1] >= 48 && b[i + 1] <= 57
            if joins { continue }
            if !current.isEmpty { runs.append(current) }
            current = []
        }
        if !current.isEmpty { runs.append(current) }
        for r in runs where r.count >= 8 {
            func n(_ a: Int, _ len: Int) -> Int64 { Int64(String(decoding: r[a..<(a + len)], as: UTF8.self)) ?? -1 }
            let y = n(0, 4), mo = n(4, 2), d = n(6, 2)
            guard (2000...2099).contains(y), (1...12).contains(mo), (1...31).contains(d) else { continue }
            let day = CivilTime.days(year: y, month: mo, day: d) * 86_400
            if r.count >= 14 {
                let h = n(8, 2), mi = n(10, 2), s = n(12, 2)
                if (0...23).contains(h), (0...59).contains(mi), (0...59).contains(s) { return (day + h * 3600 + mi * 60 + s, true) }
            }
            return (day, false)
        }
        return nil
    }
}
