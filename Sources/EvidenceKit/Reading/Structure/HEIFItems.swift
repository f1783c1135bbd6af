/// Reads `meta/pitm`, `iinf`, `iloc`, `iprp/ipco`+`ipma` of a HEIF file.
public struct HEIFItemReader {
    let source: any ByteSource
    let tree: BoxTree

    public init(source: any ByteSource, tree: BoxTree) {
        self.source = source
        self.tree = tree
    }

    func payload(_ box: Box) throws -> [UInt8] {
        guard box.payloadSize <= 16 << 20 else { return [] }
        return try source.read(at: box.payloadOffset, count: Int(box.payloadSize))
    }

    public func read() throws -> HEIFFacts? {
        guard let meta = tree.first("meta") else { return nil }
        var facts = HEIFFacts(items: [], notes: [])
        if let pitm = meta.child("pitm") {
            var r = BinaryReader(try payload(pitm))
            if let v = try? r.u8(), (try? r.skip(3)) != nil {
                facts.primaryItem = v == 0 ? (try? r.u16()).map(UInt32.init) : try? r.u32()
            }
        }
        var byID: [UInt32: HEIFItem] = [:]
        var order: [UInt32] = []
        for infe in meta.child("iinf")?.children("infe") ?? [] {
            var r = BinaryReader(try payload(infe))
            guard let version = try? r.u8(), let f2 = try? r.u16(), let f3 = try? r.u8() else { continue }
            let flags = UInt32(f2) << 8 | UInt32(f3)
            guard version >= 2 else { continue }
            guard let id = version == 2 ? (try? r.u16()).map(UInt32.init) : try? r.u32(),
                  (try? r.skip(2)) != nil, let type = try? r.fourCC() else { continue }
            let name = try? r.cString()
            var contentType: String? = nil
            if type == "mime" { contentType = try? r.cString() }
            byID[id] = HEIFItem(id: id, type: type, name: name?.isEmpty == true ? nil : name, contentType: contentType, hidden: flags & 1 == 1, extents: [])
            order.append(id)
        }
        if let iloc = meta.child("iloc") { try readLocations(iloc, idat: meta.child("idat"), into: &byID, notes: &facts.notes) }
        if let iprp = meta.child("iprp"), let ipco = iprp.child("ipco") { try readProperties(ipco, ipma: iprp.children("ipma"), into: &byID) }
        if let iref = meta.child("iref") { try readReferences(iref, into: &byID) }
        facts.items = order.compactMap { byID[$0] }
        return facts
    }

    /// `iloc` (§8.11.3): sizes in nibbles, then per item: id, construction method (v1/v2),
    /// data reference index, base offset, extents.
    func readLocations(_ iloc: Box, idat: Box?, into items: inout [UInt32: HEIFItem], notes: inout [StructureNote]) throws {
        var r = BinaryReader(try payload(iloc))
        guard let version = try? r.u8(), (try? r.skip(3)) != nil, let s1 = try? r.u8(), let s2 = try? r.u8() else { return }
        let offsetSize = Int(s1 >> 4), lengthSize = Int(s1 & 15), baseSize = Int(s2 >> 4)
        let indexSize = version >= 1 ? Int(s2 & 15) : 0
        guard let count = version < 2 ? (try? r.u16()).map(UInt32.init) : try? r.u32() else { return }
        for _ in 0..<min(count, 100_000) {
            guard let id = version < 2 ? (try? r.u16()).map(UInt32.init) : try? r.u32() else { return }
            var method = 0
            if version >= 1 { guard let m = try? r.u16() else { return }; method = Int(m & 15) }
            guard (try? r.skip(2)) != nil, let base = try? r.uint(baseSize), let extentCount = try? r.u16() else { return }
            var extents: [HEIFItem.Extent] = []
            // An extent whose index, offset and length sizes are all 0 takes no bytes: 65 535 of them per item,
            // for 100 000 items, would be billions of turns from a few bytes (FuzzBoxes found it). Such an extent
            // can only say "the whole file": one is read.
            let bytesPerExtent = indexSize + offsetSize + lengthSize
            for _ in 0..<(bytesPerExtent == 0 ? min(extentCount, 1) : extentCount) {
                if indexSize > 0 { guard (try? r.skip(indexSize)) != nil else { return } }
                guard let off = try? r.uint(offsetSize), let len = try? r.uint(lengthSize) else { return }
                // Offsets and lengths are 8-byte fields a file can fill with anything: every sum saturates at
                // Int64.max (never wraps back into the file), and offset + length always fits in an Int64, so
                // whoever adds them later cannot overflow (FuzzBoxes: an iloc whose extent starts near 2^63
                // trapped on the end check).
                let (sum, wrapped) = base.addingReportingOverflow(off)
                var absolute = wrapped ? Int64.max : Int64(clamping: sum)
                if method == 1 {
                    guard let idat else {
                        notes.append(StructureNote(offset: iloc.offset, message: "item \(id) is stored in idat, but the file has no idat box"))
                        continue
                    }
                    let (inIdat, over) = absolute.addingReportingOverflow(idat.payloadOffset)
                    absolute = over ? Int64.max : inIdat
                } else if method != 0 {
                    continue // item offsets (method 2) point into other items; not used by cameras
                }
                let length = min(len == 0 ? max(0, source.size - absolute) : Int64(clamping: len), Int64.max - absolute)
                if absolute > source.size - length {
                    notes.append(StructureNote(offset: absolute, message: "item \(id) extent at offset \(absolute) of \(length) bytes runs past the end of the file (\(source.size) bytes)"))
                }
                extents.append(.init(offset: absolute, length: length))
            }
            items[id]?.extents = extents
        }
    }

    /// `ipco` properties (`ispe` size, `irot` rotation, `imir` mirroring, the decoder configuration) associated
    /// to items by `ipma`.
    func readProperties(_ ipco: Box, ipma: [Box], into items: inout [UInt32: HEIFItem]) throws {
        let properties = ipco.children
        for box in ipma {
            var r = BinaryReader(try payload(box))
            guard let version = try? r.u8(), let f2 = try? r.u16(), let f3 = try? r.u8(), let count = try? r.u32() else { continue }
            let wideIndex = (UInt32(f2) << 8 | UInt32(f3)) & 1 == 1
            for _ in 0..<min(count, 100_000) {
                guard let id = version < 1 ? (try? r.u16()).map(UInt32.init) : try? r.u32(), let n = try? r.u8() else { return }
                for _ in 0..<n {
                    guard let raw = wideIndex ? (try? r.u16()).map(Int.init) : (try? r.u8()).map(Int.init) else { return }
                    let index = raw & (wideIndex ? 0x7FFF : 0x7F)
                    guard index >= 1, index <= properties.count, items[id] != nil else { continue }
                    let prop = properties[index - 1]
                    if prop.type == "ispe" {
                        var pr = BinaryReader(try payload(prop))
                        if (try? pr.skip(4)) != nil, let w = try? pr.u32(), let h = try? pr.u32() {
                            items[id]?.width = w
                            items[id]?.height = h
                            items[id]?.sizeOffset = prop.offset
                        }
                    } else if prop.type == "irot" {
                        let p = try payload(prop)
                        if let b = p.first { items[id]?.rotation = Int(b & 3) * 90 }
                    } else if prop.type == "imir" {
                        let p = try payload(prop)
                        if let b = p.first { items[id]?.mirror = Int(b & 1) }
                    } else if prop.type == "hvcC" || prop.type == "av1C" {
                        items[id]?.decoderConfiguration = .init(offset: prop.payloadOffset, length: prop.payloadSize)
                    }
                }
            }
        }
    }

    /// `iref` (§8.11.12): after version and flags, one box per reference type, each holding the referring
    /// item, a count and the referenced items (16-bit IDs in version 0, 32-bit in version 1). `thmb` (a thumbnail
    /// of) and `dimg` (the items a grid is made of) are kept.
    func readReferences(_ iref: Box, into items: inout [UInt32: HEIFItem]) throws {
        var r = BinaryReader(try payload(iref))
        guard let version = try? r.u8(), (try? r.skip(3)) != nil else { return }
        func id() -> UInt32? { version == 0 ? (try? r.u16()).map(UInt32.init) : try? r.u32() }
        for _ in 0..<10_000 {
            guard let size = try? r.u32(), size >= 8, let type = try? r.fourCC() else { return }
            var body = Int(size) - 8
            guard let from = id(), let count = try? r.u16() else { return }
            body -= (version == 0 ? 2 : 4) + 2
            var to: [UInt32] = []
            for _ in 0..<count {
                guard let t = id() else { return }
                to.append(t)
                body -= version == 0 ? 2 : 4
            }
            if body > 0 { guard (try? r.skip(body)) != nil else { return } }
            if type == "thmb", items[from] != nil, let target = to.first { items[from]?.thumbnailOf = target }
            if type == "dimg", items[from] != nil, items[from]?.tiles == nil { items[from]?.tiles = Array(to.prefix(4096)) }
        }
    }

    /// The bytes of an item (concatenated extents), bounded.
    public func bytes(of item: HEIFItem, limit: Int = 64 << 20) throws -> [UInt8] {
        var out: [UInt8] = []
        for e in item.extents {
            let n = Int(min(e.length, Int64(limit - out.count)))
            if n <= 0 { break }
            out += try source.read(at: e.offset, count: n)
        }
        return out
    }
}
