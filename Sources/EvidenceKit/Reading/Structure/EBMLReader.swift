/// Walks the element headers of a Matroska/WebM file with `pread`-sized reads: the EBML header, then the
/// Segment's children; Info, Tracks and Tags are read whole (each capped at 1 MiB), Clusters are skipped by
/// their sizes. Bounded: at most 200 000 elements, nesting 8 deep.
public struct EBMLReader {
    public let source: any ByteSource
    static let maxElements = 200_000

    public init(source: any ByteSource) { self.source = source }

    /// An element header: its ID (marker bits kept, as the specifications write IDs), payload offset and size
    /// (nil for the reserved "unknown size", which live recordings use for Segment and Cluster).
    struct Header {
        var id: UInt32
        var offset: Int64
        var payload: Int64
        var size: Int64?
        var end: Int64? { size.map { payload + $0 } }
    }

    /// A variable-length integer at `i` in `b` (RFC 8794 §4): its value (marker removed unless `keepMarker`)
    /// and length, or nil when the leading byte is 0 or the bytes run out.
    static func vint(_ b: [UInt8], _ i: Int, keepMarker: Bool) -> (value: UInt64, length: Int, allOnes: Bool)? {
        guard i < b.count, b[i] != 0 else { return nil }
        let length = b[i].leadingZeroBitCount + 1
        guard length <= 8, i + length <= b.count else { return nil }
        var v = UInt64(keepMarker ? b[i] : b[i] & (0xFF >> length))
        var ones = (b[i] & (0xFF >> length)) == (0xFF >> length)
        for k in 1..<length {
            v = v << 8 | UInt64(b[i + k])
            ones = ones && b[i + k] == 0xFF
        }
        return (v, length, ones)
    }

    func header(at offset: Int64) throws -> Header? {
        let b = try source.read(at: offset, count: 12)
        guard let id = Self.vint(b, 0, keepMarker: true), id.length <= 4,
              let size = Self.vint(b, id.length, keepMarker: false) else { return nil }
        return Header(id: UInt32(id.value), offset: offset, payload: offset + Int64(id.length + size.length),
                      size: size.allOnes ? nil : Int64(size.value))
    }

    /// Children of `[start, end)`, read from memory.
    static func children(_ b: [UInt8], base: Int64) -> [(id: UInt32, offset: Int64, payload: ArraySlice<UInt8>)] {
        var out: [(UInt32, Int64, ArraySlice<UInt8>)] = []
        var i = 0
        while i < b.count, out.count < 10_000 {
            // Element IDs are at most 4 bytes (RFC 8794 §5); a longer one is not an element (found by tools/fuzz
            // FuzzEBML: an 8-byte "ID" trapped converting to UInt32 and killed the process).
            guard let id = vint(b, i, keepMarker: true), id.length <= 4, let size = vint(b, i + id.length, keepMarker: false) else { break }
            let start = i + id.length + size.length
            let end = size.allOnes ? b.count : min(b.count, start + Int(min(size.value, UInt64(b.count))))
            guard start <= end else { break }
            out.append((UInt32(id.value), base + Int64(i), b[start..<end]))
            i = end
        }
        return out
    }

    static func uint(_ s: ArraySlice<UInt8>) -> UInt64 { s.prefix(8).reduce(0) { $0 << 8 | UInt64($1) } }
    static func text(_ s: ArraySlice<UInt8>) -> String { String(decoding: s.prefix { $0 != 0 }, as: UTF8.self) }

    static let names: [UInt32: String] = [0x114D9B74: "SeekHead", 0x1549A966: "Info", 0x1654AE6B: "Tracks", 0x1F43B675: "Cluster",
                                          0x1C53BB6B: "Cues", 0x1254C367: "Tags", 0xEC: "Void", 0x1043A770: "Chapters",
                                          0x1941A469: "Attachments", 0xBF: "CRC-32"]

    /// Reads the file; the coverage says where the walk stopped and why, as for boxes and segments.
    public func read() throws -> (facts: MatroskaFacts, coverage: Coverage, notes: [StructureNote]) {
        var facts = MatroskaFacts(codecIDs: [], segmentChildren: [], clusters: 0)
        var notes: [StructureNote] = []
        let size = source.size
        func stop(_ at: Int64, _ why: String) -> (MatroskaFacts, Coverage, [StructureNote]) {
            (facts, Coverage(fileBytes: size, coveredBytes: at, complete: false, stoppedAt: at, reason: why), notes)
        }
        guard let ebml = try header(at: 0), ebml.id == 0x1A45DFA3, let ebmlEnd = ebml.end else {
            return stop(0, "no EBML header at the start of the file")
        }
        guard ebmlEnd <= size else { return stop(0, "the EBML header declares \(ebml.size ?? 0) bytes but the file ends first") }
        for c in Self.children(try source.read(at: ebml.payload, count: Int(min(ebmlEnd - ebml.payload, 4096))), base: ebml.payload) {
            if c.id == 0x4282 { facts.docType = Self.text(c.payload) }
            if c.id == 0x4287 { facts.docTypeVersion = Self.uint(c.payload) }
        }
        var pos = ebmlEnd
        var elements = 0
        while pos < size {
            guard let seg = try header(at: pos) else { return stop(pos, "unreadable element header at offset \(pos)") }
            if seg.id == 0xEC, let end = seg.end { pos = end; continue } // Void at the top level
            guard seg.id == 0x18538067 else { return stop(pos, "element 0x\(String(seg.id, radix: 16)) at offset \(pos) where a Segment was expected") }
            let segEnd = seg.end ?? size
            if segEnd > size {
                notes.append(StructureNote(offset: pos, message: "Segment declares \(seg.size ?? 0) bytes but only \(size - seg.payload) remain in the file"))
            }
            var p = seg.payload
            while p < min(segEnd, size) {
                elements += 1
                guard elements <= Self.maxElements else { return stop(p, "more than \(Self.maxElements) elements: not walked further") }
                guard let h = try header(at: p) else { return stop(p, "unreadable element header at offset \(p) inside the Segment") }
                let name = Self.names[h.id] ?? "0x" + String(h.id, radix: 16)
                if name == "Cluster" {
                    facts.clusters += 1
                    if facts.segmentChildren.last != "Cluster" { facts.segmentChildren.append(name) }
                } else {
                    facts.segmentChildren.append(name)
                }
                guard let end = h.end else {
                    // Unknown size (live recording): only a Cluster may end where the next top-level element starts;
                    // this walk does not follow it and says so.
                    return stop(p, "\(name) at offset \(p) has an unknown size (a live recording not finalised); the rest is not walked")
                }
                if end > size {
                    return stop(p, "\(name) at offset \(p) declares \(h.size ?? 0) bytes but only \(size - h.payload) remain in the file")
                }
                if ["Info", "Tracks", "Tags"].contains(name), let n = h.size, n <= 1 << 20 {
                    let body = try source.read(at: h.payload, count: Int(n))
                    read(name, body, base: h.payload, into: &facts)
                }
                p = end
            }
            if segEnd > size { return stop(size, "the Segment is cut short: it declares \(seg.size ?? 0) bytes, \(segEnd - size) more than the file holds") }
            pos = segEnd
        }
        return (facts, Coverage(fileBytes: size, coveredBytes: size, complete: true), notes)
    }

    func read(_ name: String, _ body: [UInt8], base: Int64, into facts: inout MatroskaFacts) {
        switch name {
        case "Info":
            for c in Self.children(body, base: base) {
                switch c.id {
                case 0x4D80: facts.muxingApp = Self.text(c.payload); facts.muxingAppOffset = c.offset
                case 0x5741: facts.writingApp = Self.text(c.payload); facts.writingAppOffset = c.offset
                case 0x7BA9: facts.title = Self.text(c.payload)
                case 0x4461 where c.payload.count == 8:
                    // Signed nanoseconds since 2001-01-01T00:00:00 UTC (978307200 s after 1970).
                    let ns = Int64(bitPattern: Self.uint(c.payload))
                    facts.dateUTC = CivilTime.iso(unixSeconds: 978_307_200 + ns / 1_000_000_000) + "Z"
                default: break
                }
            }
        case "Tracks":
            for entry in Self.children(body, base: base) where entry.id == 0xAE {
                for c in Self.children(Array(entry.payload), base: entry.offset) where c.id == 0x86 {
                    facts.codecIDs.append(Self.text(c.payload))
                }
            }
        default: break
        }
    }
}
