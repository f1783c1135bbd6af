/// Walks the marker segments of a JPEG held in memory, bounded in segment count.
public struct JPEGMarkerWalker: Sendable {
    public var maxSegments = 100_000
    public init() {}

    static func name(_ m: UInt8) -> String {
        switch m {
        case 0xD8: return "SOI"
        case 0xD9: return "EOI"
        case 0xDA: return "SOS"
        case 0xDB: return "DQT"
        case 0xC4: return "DHT"
        case 0xDD: return "DRI"
        case 0xFE: return "COM"
        case 0xCC: return "DAC"
        case 0xDC: return "DNL"
        case 0xD0...0xD7: return "RST\(m - 0xD0)"
        case 0xE0...0xEF: return "APP\(m - 0xE0)"
        case 0xC0...0xCF: return "SOF\(m - 0xC0)"
        default: return "0x" + String(m, radix: 16, uppercase: true)
        }
    }

    static let processes: [UInt8: String] = [
        0xC0: "baseline DCT", 0xC1: "extended sequential DCT", 0xC2: "progressive DCT", 0xC3: "lossless",
        0xC5: "differential sequential DCT", 0xC6: "differential progressive DCT", 0xC7: "differential lossless",
        0xC9: "extended sequential DCT, arithmetic", 0xCA: "progressive DCT, arithmetic", 0xCB: "lossless, arithmetic",
    ]

    public func walk(_ bytes: [UInt8]) -> JPEGStructure {
        bytes.withUnsafeBytes { walk(buffer: $0) }
    }

    /// Walks bytes in place (e.g. a memory-mapped file), without copying them.
    public func walk(buffer bytes: UnsafeRawBufferPointer) -> JPEGStructure {
        var segments: [JPEGSegment] = []
        var notes: [StructureNote] = []
        var frame: JPEGFrame? = nil
        var tables: [QuantizationTable] = []
        var huffman: [HuffmanTableInfo] = []
        var icc: ICCProfileHeader? = nil
        var adobe: AdobeMarker? = nil
        let n = bytes.count
        func finish(_ covered: Int, stop: StructureNote?, trailer: JPEGTrailer? = nil) -> JPEGStructure {
            let coveredAll = Int64(covered) + (trailer?.length ?? 0)
            return JPEGStructure(
                segments: segments, frame: frame, quantizationTables: tables.isEmpty ? nil : tables,
                huffmanTables: huffman.isEmpty ? nil : huffman, iccProfile: icc, adobe: adobe, trailer: trailer,
                coverage: Coverage(fileBytes: Int64(n), coveredBytes: coveredAll, complete: stop == nil && coveredAll == Int64(n),
                                   stoppedAt: stop?.offset, reason: stop?.message),
                notes: notes)
        }
        guard n >= 2, bytes[0] == 0xFF, bytes[1] == 0xD8 else {
            return finish(0, stop: StructureNote(offset: 0, message: "the file does not start with a JPEG SOI marker (FFD8)"))
        }
        segments.append(JPEGSegment(marker: "SOI", code: 0xD8, offset: 0, length: 2))
        var pos = 2
        while pos < n {
            if segments.count >= maxSegments {
                return finish(pos, stop: StructureNote(offset: Int64(pos), message: "stopped after \(maxSegments) segments (limit for hostile files)"))
            }
            guard bytes[pos] == 0xFF else {
                return finish(pos, stop: StructureNote(offset: Int64(pos), message: "expected a marker (0xFF) at offset \(pos), found 0x\(String(bytes[pos], radix: 16))"))
            }
            var m = pos + 1
            while m < n && bytes[m] == 0xFF { m += 1 } // fill bytes (B.1.1.2)
            if m > pos + 1 { notes.append(StructureNote(offset: Int64(pos), message: "\(m - pos - 1) fill byte(s) 0xFF before a marker")) }
            guard m < n else {
                return finish(pos, stop: StructureNote(offset: Int64(pos), message: "file ends inside a marker at offset \(pos)"))
            }
            let code = bytes[m]
            let markerStart = m - 1
            if code == 0xD9 {
                segments.append(JPEGSegment(marker: "EOI", code: code, offset: Int64(markerStart), length: 2))
                let end = markerStart + 2
                if end < n { return finish(end, stop: nil, trailer: trailer(bytes, from: end)) }
                return finish(end, stop: nil)
            }
            if (0xD0...0xD7).contains(code) || code == 0x01 {
                segments.append(JPEGSegment(marker: Self.name(code), code: code, offset: Int64(markerStart), length: 2))
                pos = m + 1
                continue
            }
            guard m + 2 < n else {
                return finish(markerStart, stop: StructureNote(offset: Int64(markerStart), message: "\(Self.name(code)) at offset \(markerStart): file ends before the segment length"))
            }
            let length = Int(bytes[m + 1]) << 8 | Int(bytes[m + 2])
            guard length >= 2 else {
                return finish(markerStart, stop: StructureNote(offset: Int64(markerStart), message: "\(Self.name(code)) at offset \(markerStart) declares length \(length), less than the 2 length bytes"))
            }
            let payloadStart = m + 3
            let segmentEnd = m + 1 + length
            guard segmentEnd <= n else {
                return finish(markerStart, stop: StructureNote(offset: Int64(markerStart), message: "\(Self.name(code)) at offset \(markerStart) declares \(length) bytes but only \(n - m - 1) bytes follow the marker (truncated)"))
            }
            var seg = JPEGSegment(marker: Self.name(code), code: code, offset: Int64(markerStart), length: segmentEnd - markerStart)
            if (0xE0...0xEF).contains(code) || code == 0xFE {
                seg.identifier = Self.identifier(bytes[payloadStart..<segmentEnd], comment: code == 0xFE)
                if code != 0xFE {
                    var z = segmentEnd
                    while z > payloadStart && bytes[z - 1] == 0 { z -= 1 }
                    if z < segmentEnd { seg.zeroPadding = segmentEnd - z }
                }
                // APP2 "ICC_PROFILE\0", sequence number, count, then the profile (ICC.1 Annex B.4).
                // APP14 "Adobe\0": version (2 bytes), flags0 (2), flags1 (2), transform (1), big-endian.
                if code == 0xEE, adobe == nil, segmentEnd - payloadStart >= 12,
                   bytes[payloadStart] == 0x41, bytes[payloadStart + 1] == 0x64, bytes[payloadStart + 2] == 0x6F,
                   bytes[payloadStart + 3] == 0x62, bytes[payloadStart + 4] == 0x65 {
                    let word = { (i: Int) in Int(bytes[payloadStart + i]) << 8 | Int(bytes[payloadStart + i + 1]) }
                    adobe = AdobeMarker(offset: Int64(markerStart), version: word(5), flags0: word(7), flags1: word(9),
                                        transform: Int(bytes[payloadStart + 11]))
                }
                if code == 0xE2, icc == nil, seg.identifier == "ICC_PROFILE", payloadStart + 14 < segmentEnd {
                    icc = ICCProfileHeader.parse(Array(bytes[(payloadStart + 14)..<segmentEnd]), offset: Int64(payloadStart + 14))
                }
            }
            if (0xC0...0xCF).contains(code) && code != 0xC4 && code != 0xC8 && code != 0xCC && frame == nil {
                frame = Self.frame(bytes[payloadStart..<segmentEnd], code: code)
            }
            if code == 0xDB && tables.count < 16 {
                tables += Self.quantizationTables(bytes[payloadStart..<segmentEnd])
            }
            if code == 0xC4 && huffman.count < 32 {
                huffman += Self.huffmanTables(bytes[payloadStart..<segmentEnd])
            }
            if code == 0xDA {
                // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or RSTn.
                let q = Self.endOfScan(bytes, from: segmentEnd)
                seg.scanDataLength = Int64(q - segmentEnd)
                segments.append(seg)
                if q >= n {
                    return finish(n, stop: StructureNote(offset: Int64(n), message: "the scan that starts at offset \(markerStart) runs to the end of the file: no EOI marker (truncated)"))
                }
                pos = q
                continue
            }
            segments.append(seg)
            pos = segmentEnd
        }
        return finish(pos, stop: StructureNote(offset: Int64(pos), message: "the file ends without an EOI marker"))
    }

    /// Offset of the first 0xFF that starts a marker other than a stuffed 0xFF00, RSTn or a fill
    /// byte, at or after `start`; `bytes.count` when the scan runs to the end. Eight bytes at a time,
    /// since entropy-coded data is most of a photo.
    static func endOfScan(_ b: UnsafeRawBufferPointer, from start: Int) -> Int {
        do {
            let n = b.count
            var q = start
            let raw = b.baseAddress!
            while q < n - 1 {
                // Skip words that hold no 0xFF byte: ~w has a zero byte exactly where w has 0xFF.
                while q + 8 <= n {
                    let w = ~raw.loadUnaligned(fromByteOffset: q, as: UInt64.self)
                    if (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080 != 0 { break }
                    q += 8
                }
                let end = min(n - 1, q + 8)
                while q < end {
                    if b[q] == 0xFF {
                        let next = b[q + 1]
                        if next != 0x00 && !(0xD0...0xD7).contains(next) && next != 0xFF { return q }
                    }
                    q += 1
                }
            }
            return n
        }
    }

    static func identifier(_ p: Slice<UnsafeRawBufferPointer>, comment: Bool) -> String? {
        if comment { return nil }
        var out: [UInt8] = []
        for b in p.prefix(40) {
            if b == 0 { break }
            guard b.isPrintable else { break }
            out.append(b)
        }
        return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
    }

    /// Zig-zag scan order (T.81 Figure A.6): position k of a DQT table is coefficient zigzag[k].
    static let zigzag = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
                         35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63]
    /// The example tables of T.81 Annex K.1 that libjpeg scales by quality (natural order).
    static let standardLuma = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
                               18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99]
    static let standardChroma = [17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99]
        + [Int](repeating: 99, count: 32)

    static func quantizationTables(_ p: Slice<UnsafeRawBufferPointer>) -> [QuantizationTable] {
        var out: [QuantizationTable] = []
        var i = p.startIndex
        while i < p.endIndex && out.count < 4 {
            let pq = Int(p[i] >> 4), tq = Int(p[i] & 15)
            let size = pq == 0 ? 1 : 2
            guard i + 1 + 64 * size <= p.endIndex else { break }
            var natural = [Int](repeating: 0, count: 64)
            for k in 0..<64 {
                let at = i + 1 + k * size
                natural[zigzag[k]] = size == 1 ? Int(p[at]) : Int(p[at]) << 8 | Int(p[at + 1])
            }
            let (q, exact) = ijgQuality(natural, standard: tq == 0 ? standardLuma : standardChroma)
            out.append(QuantizationTable(id: tq, precision: pq == 0 ? 8 : 16, values: natural, ijgQuality: q, ijgExact: exact))
            i += 1 + 64 * size
        }
        return out
    }

    /// Code-length counts (BITS) of the T.81 Annex K.3 tables, keyed by class × 2 + (luma 0 / chroma 1).
    static let annexKCounts: [[Int]] = [
        [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0],        // DC luminance (K.3.1)
        [0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0],        // DC chrominance
        [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 125],      // AC luminance (K.3.2)
        [0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 119],      // AC chrominance
    ]

    static func huffmanTables(_ p: Slice<UnsafeRawBufferPointer>) -> [HuffmanTableInfo] {
        var out: [HuffmanTableInfo] = []
        var i = p.startIndex
        while i + 17 <= p.endIndex && out.count < 8 {
            let tc = Int(p[i] >> 4), th = Int(p[i] & 15)
            let counts = (1...16).map { Int(p[i + $0]) }
            let total = counts.reduce(0, +)
            guard tc <= 1, i + 17 + total <= p.endIndex else { break }
            let standard = counts == Self.annexKCounts[tc * 2] || counts == Self.annexKCounts[tc * 2 + 1]
            out.append(HuffmanTableInfo(tableClass: tc, id: th, codeLengthCounts: counts, annexK: standard))
            i += 17 + total
        }
        return out
    }

    /// The table libjpeg writes for `standard` at `quality` (`jpeg_quality_scaling`: quality → percentage scale,
    /// values clamped to 1…255).
    static func ijgTable(_ standard: [Int], quality q: Int) -> [Int] {
        let scale = q < 50 ? 5000 / q : 200 - 2 * q
        return standard.map { min(255, max(1, ($0 * scale + 50) / 100)) }
    }

    /// The IJG quality whose scaled `standard` table is nearest `table`, and whether it matches exactly.
    static func ijgQuality(_ table: [Int], standard: [Int]) -> (Int?, Bool) {
        var best: (q: Int, err: Int)? = nil
        for q in 1...100 {
            let scaled = ijgTable(standard, quality: q)
            var err = 0
            for k in 0..<64 { err += abs(scaled[k] - table[k]) }
            if best == nil || err < best!.err { best = (q, err) }
        }
        guard let best else { return (nil, false) }
        return (best.q, best.err == 0)
    }

    static func frame(_ p: Slice<UnsafeRawBufferPointer>, code: UInt8) -> JPEGFrame? {
        let a = Array(p)
        guard a.count >= 6 else { return nil }
        let comps = Int(a[5])
        var sampling: [String] = []
        for i in 0..<comps where 6 + i * 3 + 1 < a.count {
            let s = a[6 + i * 3 + 1]
            sampling.append("\(s >> 4)x\(s & 15)")
        }
        return JPEGFrame(process: processes[code] ?? "SOF\(code - 0xC0)", precision: Int(a[0]),
                         width: Int(a[3]) << 8 | Int(a[4]), height: Int(a[1]) << 8 | Int(a[2]), components: comps, sampling: sampling)
    }

    func trailer(_ bytes: UnsafeRawBufferPointer, from start: Int) -> JPEGTrailer {
        let tail = bytes[start...]
        var embedded: [Int64] = []
        var i = start
        while i + 2 < bytes.count && embedded.count < 64 {
            if bytes[i] == 0xFF && bytes[i + 1] == 0xD8 && bytes[i + 2] == 0xFF { embedded.append(Int64(i)); i += 3 } else { i += 1 }
        }
        let kind: String
        if tail.allSatisfy({ $0 == 0 }) {
            kind = "zero padding"
        } else if tail.count >= 2, tail.dropLast(2).allSatisfy({ $0 == 0 }), tail.suffix(2).elementsEqual([0xFF, 0xD9]) {
            // The OnePlus 8 pads its files with 256 KiB of zeros closed by a second EOI marker.
            kind = "zero padding ending with an EOI marker"
        } else if !embedded.isEmpty {
            kind = "embedded JPEG images (MPF or appended)"
        } else if tail.count >= 4 && String(decoding: tail.suffix(4), as: UTF8.self) == "SEFT" {
            kind = "Samsung SEF trailer"
        } else {
            kind = "unidentified data"
        }
        return JPEGTrailer(offset: Int64(start), length: Int64(tail.count), kind: kind, embeddedImageOffsets: embedded)
    }
}
