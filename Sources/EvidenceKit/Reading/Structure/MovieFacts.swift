// Over 300 lines: the value types of an ISO-BMFF movie (times, tracks, edits, items, XMP) and the one reader
// that fills them from the box tree (ISO/IEC 14496-12 and QuickTime atoms).
import MediaBridge

/// Reads the few box payloads that carry forensic facts.
public struct MovieFactsReader {
    let source: any ByteSource
    let tree: BoxTree
    /// Payloads larger than this are not loaded (metadata boxes are small; `mdat` is never read).
    let maxPayload = 16 << 20

    public init(source: any ByteSource, tree: BoxTree) {
        self.source = source
        self.tree = tree
    }

    func payload(_ box: Box) throws -> [UInt8] {
        guard box.payloadSize <= Int64(maxPayload) else { return [] }
        return try source.read(at: box.payloadOffset, count: Int(box.payloadSize))
    }

    public func read() throws -> MovieFacts {
        var facts = MovieFacts(compatibleBrands: [], tracks: [], items: [], topLevelOrder: tree.boxes.map(\.type))
        if let ftyp = tree.first("ftyp") {
            var r = BinaryReader(try payload(ftyp))
            facts.majorBrand = try? r.fourCC()
            facts.minorVersion = try? r.u32()
            while r.remaining >= 4, let b = try? r.fourCC() { facts.compatibleBrands.append(b) }
        }
        guard let moov = tree.first("moov") else { return facts }
        if let mvhd = moov.child("mvhd") {
            var r = BinaryReader(try payload(mvhd))
            if let t = try? Self.times(&r) {
                facts.created = BoxTime(raw: t.created)
                facts.modified = BoxTime(raw: t.modified)
                facts.timescale = t.timescale
                facts.duration = t.duration
            }
        }
        for trak in moov.children("trak") { facts.tracks.append(try track(trak)) }
        if let udta = moov.child("udta") { facts.items += try userData(udta) }
        if let meta = moov.child("meta") { facts.items += try keyedMetadata(meta) }
        for trak in moov.children("trak") {
            if let meta = trak.child("meta") { facts.items += try keyedMetadata(meta) }
        }
        return facts
    }

    /// version/flags then creation, modification, (tkhd: track_ID, reserved), timescale or not, duration.
    static func times(_ r: inout BinaryReader, track: Bool = false) throws -> (created: UInt64, modified: UInt64, timescale: UInt32, duration: UInt64, trackID: UInt32) {
        let version = try r.u8()
        try r.skip(3)
        let wide = version == 1
        let created = wide ? try r.u64() : UInt64(try r.u32())
        let modified = wide ? try r.u64() : UInt64(try r.u32())
        var trackID: UInt32 = 0
        var timescale: UInt32 = 0
        if track {
            trackID = try r.u32()
            try r.skip(4)
        } else {
            timescale = try r.u32()
        }
        let duration = wide ? try r.u64() : UInt64(try r.u32())
        return (created, modified, timescale, duration, trackID)
    }

    func track(_ trak: Box) throws -> TrackFacts {
        var t = TrackFacts(offset: trak.offset, edits: [], sampleEntries: [])
        if let tkhd = trak.child("tkhd") {
            var r = BinaryReader(try payload(tkhd))
            if let v = try? Self.times(&r, track: true) {
                t.trackID = v.trackID
                t.created = BoxTime(raw: v.created)
                t.modified = BoxTime(raw: v.modified)
                // 8 reserved, layer, alternate group, volume, reserved, 9×4 matrix, width, height
                if (try? r.skip(16)) != nil, let a = try? r.i32(), let b = try? r.i32() {
                    _ = try? r.skip(4)
                    if let c = try? r.i32(), let d = try? r.i32() {
                        _ = try? r.skip(16) // v, x, y, w
                        if a != 0 || b != 0 || c != 0 || d != 0 {
                            // x' = a·x + c·y: rotation clockwise in screen coordinates
                            let deg = atan2Degrees(Double(b), Double(a))
                            t.matrixRotation = deg.isNaN ? nil : deg
                        }
                        if let w = try? r.u32(), let h = try? r.u32() {
                            t.width = Double(w) / 65536
                            t.height = Double(h) / 65536
                        }
                    }
                }
            }
        }
        if let elst = trak.descendant(["edts", "elst"]) {
            var r = BinaryReader(try payload(elst))
            if let version = try? r.u8(), (try? r.skip(3)) != nil, let count = try? r.u32() {
                for _ in 0..<min(count, 10_000) {
                    guard let d = version == 1 ? try? r.u64() : (try? r.u32()).map(UInt64.init),
                          let m = version == 1 ? try? r.i64() : (try? r.i32()).map(Int64.init),
                          let ri = try? r.i16(), let rf = try? r.u16() else { break }
                    t.edits.append(EditEntry(segmentDuration: d, mediaTime: m, mediaRate: Double(ri) + Double(rf) / 65536))
                }
            }
        }
        if let mdia = trak.child("mdia") {
            if let mdhd = mdia.child("mdhd") {
                var r = BinaryReader(try payload(mdhd))
                if let v = try? Self.times(&r) {
                    t.mediaCreated = BoxTime(raw: v.created)
                    t.mediaModified = BoxTime(raw: v.modified)
                    t.mediaTimescale = v.timescale
                    t.mediaDuration = v.duration
                    if let lang = try? r.u16() { t.language = Self.language(lang) }
                }
            }
            if let hdlr = mdia.child("hdlr") {
                let h = Self.handler(try payload(hdlr))
                t.handlerType = h.type
                t.handlerName = h.name
            }
            if let stbl = mdia.descendant(["minf", "stbl"]) {
                if let stsd = stbl.child("stsd") {
                    t.sampleEntries = stsd.children.map(\.type)
                    if let avcC = stsd.children.first(where: { $0.type == "avc1" || $0.type == "avc3" })?.child("avcC"), avcC.payloadSize <= 65_536 {
                        t.h264PictureParameters = H264PictureParameters.parse(avcC: try payload(avcC), offset: avcC.payloadOffset)
                    }
                }
                if let stsz = stbl.child("stsz") {
                    var r = BinaryReader(try source.read(at: stsz.payloadOffset, count: 12))
                    _ = try? r.skip(8)
                    t.sampleCount = try? r.u32()
                } else if let stz2 = stbl.child("stz2") {
                    var r = BinaryReader(try source.read(at: stz2.payloadOffset, count: 12))
                    _ = try? r.skip(8)
                    t.sampleCount = try? r.u32()
                }
                if t.handlerType == "vide" { try readTiming(stbl, into: &t) }
                if t.sampleEntries.contains("gpmd") { t.gpsTrack = try? gpsTrack(stbl, timescale: t.mediaTimescale) }
            }
        }
        return t
    }

    /// Tables larger than this are not read for timing (64 MiB is about 8 million `stts` runs).
    static let timingTableLimit: Int64 = 64 << 20

    /// Sample timing of a video track: `stts` decode deltas, `ctts` composition offsets (§8.6.1), `stss`
    /// sync samples (§8.6.2). Runs are walked without expanding them, so a hostile count costs nothing.
    func readTiming(_ stbl: Box, into t: inout TrackFacts) throws {
        func table(_ type: String) throws -> BinaryReader? {
            guard let b = stbl.child(type), b.payloadSize >= 8, b.payloadSize <= Self.timingTableLimit else { return nil }
            return BinaryReader(try payload(b))
        }
        if var r = try table("stss"), (try? r.skip(4)) != nil, let n = try? r.u32() {
            var keys: [UInt32] = []
            keys.reserveCapacity(Int(min(n, 1 << 20)))
            // At most one entry per sample (and never more than the timeline limit): a hostile count costs nothing.
            let limit = min(UInt32(clamping: Self.timelineLimit), t.sampleCount ?? UInt32(clamping: Self.timelineLimit))
            for _ in 0..<min(n, limit) { guard let k = try? r.u32() else { break }; keys.append(k) }
            t.keyframeSamples = keys
            t.keyframeCount = keys.count
        } else if stbl.child("stss") == nil, let n = t.sampleCount {
            t.keyframeCount = Int(n)
        }
        // Decode-time runs, then walk composition offsets alongside them.
        guard var stts = try table("stts"), (try? stts.skip(4)) != nil, let runs = try? stts.u32() else { return }
        var deltas: [(count: UInt32, delta: UInt32)] = []
        for _ in 0..<runs { guard let c = try? stts.u32(), let d = try? stts.u32() else { break }; deltas.append((c, d)) }
        var offsets: [(count: UInt32, offset: Int64)] = []
        // Offsets are read as signed in both versions: QuickTime writers (Apple) store negative offsets in
        // version 0 tables, and FFmpeg reads them the same way.
        if var ctts = try table("ctts"), (try? ctts.skip(4)) != nil, let n = try? ctts.u32() {
            for _ in 0..<n {
                guard let c = try? ctts.u32(), let o = (try? ctts.i32()).map(Int64.init) else { break }
                offsets.append((c, o))
            }
        }
        // The minimum of decodeTime + offset over all samples, computed run by run.
        var earliest = Int64.max
        var decode: Int64 = 0
        var di = 0, dLeft = deltas.first.map { Int64($0.count) } ?? 0
        var oi = 0, oLeft = offsets.first.map { Int64($0.count) } ?? 0
        while di < deltas.count {
            if dLeft == 0 { di += 1; if di < deltas.count { dLeft = Int64(deltas[di].count) }; continue }
            if oi < offsets.count && oLeft == 0 { oi += 1; if oi < offsets.count { oLeft = Int64(offsets[oi].count) }; continue }
            // Samples past the end of `ctts` (a malformed table) count with offset 0.
            let inOffsets = oi < offsets.count
            let step = inOffsets ? min(dLeft, oLeft) : dLeft
            // Within a run of equal deltas and equal offsets the first sample is the earliest.
            earliest = min(earliest, decode &+ (inOffsets ? offsets[oi].offset : 0))
            decode = decode &+ Int64(deltas[di].delta) &* step
            dLeft -= step
            if inOffsets { oLeft -= step }
        }
        if earliest != .max { t.earliestPresentation = earliest }
        // The whole timeline, when it is a reasonable size: presentation times sorted into display order.
        // Every sample takes at least one byte of the file, so a table declaring more samples than the file has
        // bytes is not expanded (FuzzBoxes: one 1.7 KB file declaring two million samples took 211 MB and 0.5 s
        // in release, 7 s in a debug build).
        let bound = min(Self.timelineLimit, max(0, source.size))
        let total = deltas.reduce(Int64(0)) { $0 + Int64($1.count) }
        guard total > 0, total <= bound, offsets.reduce(Int64(0), { $0 + Int64($1.count) }) <= bound else { return }
        var times: [Int64] = []
        times.reserveCapacity(Int(total))
        var d: Int64 = 0
        for run in deltas { for _ in 0..<run.count { times.append(d); d = d &+ Int64(run.delta) } }
        var k = 0
        outer: for run in offsets { for _ in 0..<run.count { guard k < times.count else { break outer }; times[k] = times[k] &+ run.offset; k += 1 } }
        let keys = t.keyframeSamples.map(Set.init)
        var entries = times.enumerated().map { TimelineEntry(time: $1, key: keys?.contains(UInt32($0 + 1)) ?? true, sample: UInt32($0 + 1)) }
        entries.sort { $0.time < $1.time || ($0.time == $1.time && $0.sample < $1.sample) }
        t.timeline = entries
    }

    /// Sample timelines longer than this are not expanded (two million pictures: 18 hours at 30 fps).
    static let timelineLimit: Int64 = 2_000_000

    /// ISO-639-2/T packed as three 5-bit letters (§8.4.2.3); QuickTime codes < 0x400 are Macintosh language codes.
    static func language(_ packed: UInt16) -> String? {
        if packed < 0x400 { return packed == 0 ? "eng" : "mac:\(packed)" }
        if packed == 0x7FFF { return nil }
        let chars = [(packed >> 10) & 31, (packed >> 5) & 31, packed & 31].map { UInt8($0) + 0x60 }
        return String(decoding: chars, as: UTF8.self)
    }

    /// `hdlr`: version/flags, pre_defined (QuickTime component type), handler_type, 12 reserved, name.
    /// MP4 writes the name NUL-terminated; QuickTime writes a counted (Pascal) string.
    static func handler(_ p: [UInt8]) -> (type: String?, name: String?) {
        guard p.count >= 24 else { return (nil, nil) }
        let type = FourCC.string(p[8..<12])
        let nameBytes = Array(p[24...])
        guard !nameBytes.isEmpty else { return (type, nil) }
        if Int(nameBytes[0]) == nameBytes.count - 1 || (Int(nameBytes[0]) < nameBytes.count && nameBytes[0] > 0 && !nameBytes[0].isPrintable) {
            let n = min(Int(nameBytes[0]), nameBytes.count - 1)
            return (type, Array(nameBytes[1..<1 + n]).trimmedText)
        }
        let end = nameBytes.firstIndex(of: 0) ?? nameBytes.count
        return (type, Array(nameBytes[0..<end]).trimmedText)
    }

    /// QuickTime user data: `©xxx` text atoms ([u16 length][u16 language][text]…), plus `meta`
    /// (iTunes `ilst`) and a few binary atoms that cameras use.
    func userData(_ udta: Box) throws -> [MetadataItem] {
        var items: [MetadataItem] = []
        for atom in udta.children {
            if atom.type == "meta" {
                items += try keyedMetadata(atom)
                continue
            }
            if atom.type == "XMP_" { continue }
            if atom.type == "loci", let loc = Self.location(try payload(atom)) {
                items.append(MetadataItem(key: "loci", value: loc, source: "udta", offset: atom.offset))
                continue
            }
            guard atom.payloadSize <= 65_536 else { continue }
            let p = try payload(atom)
            if atom.type.hasPrefix("©") {
                // International text: one or more (size, language, text) records.
                var r = BinaryReader(p)
                if let len = try? r.u16(), (try? r.u16()) != nil, Int(len) <= r.remaining, len > 0 || r.remaining == 0 {
                    let text = Array(try r.take(Int(len))).trimmedText
                    items.append(MetadataItem(key: atom.type, value: text, source: "udta", offset: atom.offset))
                } else if !atom.children.isEmpty, let data = atom.child("data") {
                    items.append(MetadataItem(key: atom.type, value: try dataValue(data), source: "udta", offset: atom.offset))
                } else {
                    items.append(MetadataItem(key: atom.type, value: p.trimmedText, source: "udta", offset: atom.offset))
                }
            } else if p.count > 0, p.count <= 256, p.allSatisfy({ $0.isPrintable || $0 == 0 }) {
                // GoPro FIRM/LENS/CAME and similar short ASCII atoms.
                items.append(MetadataItem(key: atom.type, value: p.trimmedText, source: "udta", offset: atom.offset))
            }
        }
        return items
    }

    /// 3GPP `loci` (TS 26.244 §8.2.3): FullBox, language, name, role, then longitude, latitude and
    /// altitude as signed 16.16 fixed point. Returned in ISO 6709 form so one parser reads all sources.
    static func location(_ p: [UInt8]) -> String? {
        var r = BinaryReader(p)
        guard (try? r.skip(6)) != nil else { return nil }
        if r.remaining >= 2, p[r.position] == 0xFE || p[r.position] == 0xFF {
            // UTF-16 with BOM: skip to the 16-bit NUL
            while r.remaining >= 2, let u = try? r.u16(), u != 0 {}
        } else {
            _ = try? r.cString()
        }
        guard (try? r.skip(1)) != nil, let lon = try? r.i32(), let lat = try? r.i32(), let alt = try? r.i32() else { return nil }
        // ±DD.DDDDD±DDD.DDDDD±A.AAAAA/ from 16.16 fixed point, without Foundation formatting.
        func f(_ v: Int32, _ width: Int) -> String {
            let magnitude = Int64(v).magnitude
            let scaled = (magnitude * 100_000 + 32_768) / 65_536 // five decimals, rounded
            let whole = String(scaled / 100_000), frac = String(scaled % 100_000)
            return (v < 0 ? "-" : "+") + String(repeating: "0", count: max(0, width - whole.count)) + whole + "."
                + String(repeating: "0", count: 5 - frac.count) + frac
        }
        return f(lat, 2) + f(lon, 3) + f(alt, 1) + "/"
    }

    /// `meta` with `keys` + `ilst` (QuickTime metadata, `mdta` handler) or iTunes `ilst` (`mdir`).
    func keyedMetadata(_ meta: Box) throws -> [MetadataItem] {
        var keys: [String] = []
        if let k = meta.child("keys") {
            var r = BinaryReader(try payload(k))
            if (try? r.skip(4)) != nil, let count = try? r.u32() {
                for _ in 0..<min(count, 10_000) {
                    guard let size = try? r.u32(), size >= 8, (try? r.skip(4)) != nil,
                          let name = try? r.take(Int(size) - 8) else { break }
                    keys.append(String(decoding: name, as: UTF8.self))
                }
            }
        }
        guard let ilst = meta.child("ilst") else { return [] }
        var items: [MetadataItem] = []
        for entry in ilst.children {
            guard let data = entry.child("data") else { continue }
            let typeBytes = try source.read(at: entry.offset + 4, count: 4)
            var key = entry.type
            if !keys.isEmpty, typeBytes.count == 4 {
                var r = BinaryReader(typeBytes)
                let index = Int(try r.u32())
                if index >= 1 && index <= keys.count { key = keys[index - 1] }
            }
            items.append(MetadataItem(key: key, value: try dataValue(data), source: keys.isEmpty ? "ilst" : "keys", offset: entry.offset))
        }
        return items
    }

    /// `data` atom: u32 type indicator (well-known types: 1 UTF-8, 21 signed BE int, 22 unsigned,
    /// 23 float32, 24 float64), u32 locale, value.
    func dataValue(_ data: Box) throws -> String {
        let p = try payload(data)
        guard p.count >= 8 else { return "" }
        var r = BinaryReader(p)
        let type = try r.u32() & 0x00FF_FFFF
        try r.skip(4)
        let v = Array(p[8...])
        switch type {
        case 1, 2, 4, 5: return String(decoding: v, as: UTF8.self).trimmingSpaces
        case 21 where [1, 2, 4, 8].contains(v.count):
            var rr = BinaryReader(v)
            let u = try rr.uint(v.count)
            let shift = UInt64(64 - 8 * v.count)
            return String(Int64(bitPattern: u << shift) >> Int64(shift))
        case 22 where [1, 2, 4, 8].contains(v.count):
            var rr = BinaryReader(v)
            return String(try rr.uint(v.count))
        case 23 where v.count == 4:
            var rr = BinaryReader(v)
            return String(Float(bitPattern: try rr.u32()))
        case 24 where v.count == 8:
            var rr = BinaryReader(v)
            return String(Double(bitPattern: try rr.u64()))
        default:
            return v.count <= 64 ? "0x" + v.hexString : "(\(v.count) bytes, data type \(type))"
        }
    }
}

extension UInt8 {
    var isPrintable: Bool { self >= 0x20 && self < 0x7F }
}

/// Rotation of a `tkhd` matrix whose first two entries are (cos θ, sin θ): exact for the
/// axis-aligned matrices cameras write; nil for anything else (shear, arbitrary angles).
func atan2Degrees(_ y: Double, _ x: Double) -> Double {
    if y == 0 { return x >= 0 ? 0 : 180 }
    if x == 0 { return y > 0 ? 90 : 270 }
    return .nan
}
