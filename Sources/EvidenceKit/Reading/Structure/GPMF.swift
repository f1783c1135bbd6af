/// GoPro's GPMF metadata (the `gpmd` track of a GoPro MP4): key-length-value records, each a four-character key,
/// a type byte, a structure size byte and a 16-bit repeat count, the data padded to 4 bytes; type 0 nests
/// (`DEVC` → `STRM` → values). A stream's `SCAL` divides its integer values; `GPS5` holds latitude, longitude,
/// altitude, 2D and 3D speed as signed 32-bit integers; `GPS9` (HERO11 and later) adds days since 2000, seconds
/// since midnight, DOP and fix; `GPSU` is the receiver's UTC time `yymmddhhmmss.sss`; `GPSF` the fix type and
/// `GPSP` the dilution of precision ×100; the Karma drone writes `GPRI` (raw receiver) and `GLPI` (fused position)
/// as complex structures described by a `TYPE` string. (GoPro's gpmf-parser documents the format.)
///
/// Reading layer: bytes in, fixes out, every count bounded by the bytes that hold it.
public enum GPMF {
    public struct Fix: Sendable {
        public var lat, lon, alt: Double
        public var utc: String?
        public var fix: Int?
        public var dop: Int?
    }

    /// The fixes of one `gpmd` sample, the first of each position stream (GPS5 with its GPSU, GPSF and GPSP; GPS9;
    /// the Karma's GPRI and GLPI): fixes run at up to 18 Hz, and one per sample is about one a second.
    public static func fixes(_ bytes: [UInt8]) -> [Fix] {
        var out: [Fix] = []
        walk(bytes[...], depth: 0, into: &out)
        return out
    }

    private static func walk(_ data: ArraySlice<UInt8>, depth: Int, into out: inout [Fix]) {
        guard depth < 8 else { return }
        var scale: [Double] = []
        var utc: String?, fix: Int?, dop: Int?
        var typeString: [UInt8] = []
        var i = data.startIndex
        while i + 8 <= data.endIndex {
            let key = String(decoding: data[i..<i + 4], as: UTF8.self)
            let type = data[i + 4], size = Int(data[i + 5])
            let repeatCount = Int(data[i + 6]) << 8 | Int(data[i + 7])
            let length = size * repeatCount
            let start = i + 8
            guard start + length <= data.endIndex else { return }
            let body = data[start..<start + length]
            switch (key, type) {
            case (_, 0):
                walk(body, depth: depth + 1, into: &out)
            case ("SCAL", _):
                scale = numbers(body, type: type, size: size)
            case ("TYPE", _):
                typeString = Array(body)
            case ("GPSU", UInt8(ascii: "U")), ("GPSU", UInt8(ascii: "c")):
                utc = iso(fromGPSU: Array(body.prefix(16)))
            case ("GPSF", _):
                fix = numbers(body, type: type, size: size).first.map { Int($0) }
            case ("GPSP", _):
                dop = numbers(body, type: type, size: size).first.map { Int($0) }
            case ("GPS5", _), ("GPS9", _), ("GPRI", _), ("GLPI", _):
                // Latitude, longitude and altitude are the first three fields of GPS5 and GPS9, and the three after
                // the time of the Karma's GPRI (raw receiver) and GLPI (fused position).
                let types = type == UInt8(ascii: "?") ? typeString : Array(repeating: type, count: key == "GPS5" ? 5 : 1)
                guard repeatCount > 0, let values = structure(Array(body.prefix(size)), types: types) else { break }
                let first = key == "GPS5" || key == "GPS9" ? 0 : 1
                guard values.count >= first + 3 else { break }
                func scaled(_ k: Int) -> Double? {
                    let d = scale.isEmpty ? 1 : (k < scale.count ? scale[k] : scale.count == 1 ? scale[0] : 1)
                    return d == 0 ? nil : values[k] / d
                }
                guard let lat = scaled(first), let lon = scaled(first + 1), let alt = scaled(first + 2) else { break }
                var f = Fix(lat: lat, lon: lon, alt: alt, utc: utc, fix: fix, dop: dop)
                if key == "GPS9", values.count >= 9, let ms = scaled(6) {
                    // Days since 2000-01-01 and seconds since midnight (UTC), DOP ×100, fix type.
                    let seconds = Int64(values[5]) * 86_400 + Int64(ms.rounded(.down)) + 946_684_800
                    f.utc = CivilTime.iso(unixSeconds: seconds) + "Z"
                    f.dop = Int(values[7])
                    f.fix = Int(values[8])
                }
                if key == "GPRI", values.count >= 9 { f.fix = Int(values[8]) }
                out.append(f)
            default:
                break
            }
            i = start + (length + 3) / 4 * 4
        }
    }

    /// The fields of one structure of a complex type (`TYPE` string, GPMF's letters), as doubles.
    private static func structure(_ bytes: [UInt8], types: [UInt8]) -> [Double]? {
        var r = BinaryReader(bytes)
        var out: [Double] = []
        for t in types {
            let v: Double
            switch t {
            case UInt8(ascii: "b"): guard let x = try? r.u8() else { return nil }; v = Double(Int8(bitPattern: x))
            case UInt8(ascii: "B"): guard let x = try? r.u8() else { return nil }; v = Double(x)
            case UInt8(ascii: "s"): guard let x = try? r.i16() else { return nil }; v = Double(x)
            case UInt8(ascii: "S"): guard let x = try? r.u16() else { return nil }; v = Double(x)
            case UInt8(ascii: "l"): guard let x = try? r.i32() else { return nil }; v = Double(x)
            case UInt8(ascii: "L"): guard let x = try? r.u32() else { return nil }; v = Double(x)
            case UInt8(ascii: "f"): guard let x = try? r.u32() else { return nil }; v = Double(Float(bitPattern: x))
            case UInt8(ascii: "j"): guard let x = try? r.i64() else { return nil }; v = Double(x)
            case UInt8(ascii: "J"): guard let x = try? r.u64() else { return nil }; v = Double(x)
            case UInt8(ascii: "d"): guard let x = try? r.u64() else { return nil }; v = Double(bitPattern: x)
            default: return nil // nested or text fields do not occur in position records
            }
            out.append(v)
        }
        return out
    }

    /// Integers or floats of a KLV body (types b B s S l L f), as doubles.
    private static func numbers(_ body: ArraySlice<UInt8>, type: UInt8, size: Int) -> [Double] {
        let width: Int
        switch type {
        case UInt8(ascii: "b"), UInt8(ascii: "B"): width = 1
        case UInt8(ascii: "s"), UInt8(ascii: "S"): width = 2
        case UInt8(ascii: "l"), UInt8(ascii: "L"), UInt8(ascii: "f"): width = 4
        default: return []
        }
        var r = BinaryReader(Array(body))
        var out: [Double] = []
        while r.remaining >= width && out.count < 64 {
            guard let v = try? r.uint(width) else { break }
            switch type {
            case UInt8(ascii: "b"): out.append(Double(Int8(truncatingIfNeeded: v)))
            case UInt8(ascii: "s"): out.append(Double(Int16(truncatingIfNeeded: v)))
            case UInt8(ascii: "l"): out.append(Double(Int32(truncatingIfNeeded: v)))
            case UInt8(ascii: "f"): out.append(Double(Float(bitPattern: UInt32(v))))
            default: out.append(Double(v))
            }
        }
        return out
    }

    /// `170417192757.526` → `2017-04-17T19:27:57Z` (UTC; the fraction dropped).
    static func iso(fromGPSU b: [UInt8]) -> String? {
        guard b.count >= 12, b[0..<12].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let t = String(decoding: b[0..<12], as: UTF8.self).map(String.init)
        let s = "20\(t[0])\(t[1])-\(t[2])\(t[3])-\(t[4])\(t[5])T\(t[6])\(t[7]):\(t[8])\(t[9]):\(t[10])\(t[11])Z"
        return CivilTime.unixSeconds(s) == nil ? nil : s
    }
}

extension MovieFactsReader {
    /// The byte ranges of a track's samples from `stsz`, `stsc` and `stco`/`co64` (§8.7), at most `limit` samples.
    func sampleRanges(_ stbl: Box, limit: Int) throws -> [(offset: Int64, size: Int)] {
        func body(_ type: String, max: Int64 = 4 << 20) throws -> BinaryReader? {
            guard let b = stbl.child(type), b.payloadSize >= 8, b.payloadSize <= max else { return nil }
            return BinaryReader(try payload(b))
        }
        guard var stsz = try body("stsz"), (try? stsz.skip(4)) != nil, let fixed = try? stsz.u32(), let count = try? stsz.u32() else { return [] }
        let n = Int(min(count, UInt32(limit)))
        var sizes: [Int] = []
        for _ in 0..<n {
            if fixed != 0 { sizes.append(Int(fixed)) } else { guard let v = try? stsz.u32() else { break }; sizes.append(Int(v)) }
        }
        var chunkOffsets: [Int64] = []
        if var stco = try body("stco"), (try? stco.skip(4)) != nil, let c = try? stco.u32() {
            for _ in 0..<min(c, UInt32(limit)) { guard let v = try? stco.u32() else { break }; chunkOffsets.append(Int64(v)) }
        } else if var co64 = try body("co64"), (try? co64.skip(4)) != nil, let c = try? co64.u32() {
            for _ in 0..<min(c, UInt32(limit)) { guard let v = try? co64.u64(), v <= UInt64(Int64.max) else { break }; chunkOffsets.append(Int64(v)) }
        }
        guard var stsc = try body("stsc"), (try? stsc.skip(4)) != nil, let runs = try? stsc.u32() else { return [] }
        var map: [(first: Int, perChunk: Int)] = []
        for _ in 0..<min(runs, UInt32(limit)) {
            guard let f = try? stsc.u32(), let p = try? stsc.u32(), (try? stsc.skip(4)) != nil, f >= 1 else { break }
            map.append((Int(f), Int(p)))
        }
        var out: [(Int64, Int)] = []
        var sample = 0
        for (k, run) in map.enumerated() {
            let lastChunk = k + 1 < map.count ? map[k + 1].first - 1 : chunkOffsets.count
            guard run.first <= lastChunk else { continue }
            for chunk in run.first...lastChunk {
                guard chunk - 1 < chunkOffsets.count else { return out }
                var offset = chunkOffsets[chunk - 1]
                for _ in 0..<min(run.perChunk, limit) {
                    guard sample < sizes.count else { return out }
                    out.append((offset, sizes[sample]))
                    offset += Int64(sizes[sample])
                    sample += 1
                }
            }
        }
        return out
    }

    /// The GPS fixes of a GoPro `gpmd` track, one per metadata sample (about one a second), with the sample's time.
    func gpsTrack(_ stbl: Box, timescale: UInt32?) throws -> [GPSTrackPoint]? {
        let ranges = try sampleRanges(stbl, limit: 36_000)
        var points: [GPSTrackPoint] = []
        var elapsed: Double = 0
        var durations: [Double] = []
        if let stts = stbl.child("stts"), stts.payloadSize <= 1 << 20, let ts = timescale, ts > 0 {
            var r = BinaryReader(try payload(stts))
            if (try? r.skip(4)) != nil, let runs = try? r.u32() {
                for _ in 0..<min(runs, 36_000) {
                    guard let c = try? r.u32(), let d = try? r.u32() else { break }
                    for _ in 0..<min(c, UInt32(36_000 - durations.count)) { durations.append(Double(d) / Double(ts)) }
                }
            }
        }
        var total = 0
        for (k, range) in ranges.enumerated() {
            defer { elapsed += k < durations.count ? durations[k] : 0 }
            guard range.size > 0, range.size <= 1 << 20, total + range.size <= 64 << 20,
                  range.offset >= 0, range.offset + Int64(range.size) <= source.size else { continue }
            total += range.size
            guard let fix = GPMF.fixes(try source.read(at: range.offset, count: range.size)).first, (fix.fix ?? 3) >= 2,
                  abs(fix.lat) <= 90, abs(fix.lon) <= 180, !(fix.lat == 0 && fix.lon == 0) else { continue }
            points.append(GPSTrackPoint(lat: fix.lat, lon: fix.lon, altitude: fix.alt, time: fix.utc, utcSeconds: fix.utc.flatMap(CivilTime.unixSeconds),
                                        seconds: durations.isEmpty ? nil : (elapsed * 1000).rounded() / 1000, byteOffset: range.offset, fix: fix.fix, dop: fix.dop))
        }
        return points.isEmpty ? nil : points
    }
}
