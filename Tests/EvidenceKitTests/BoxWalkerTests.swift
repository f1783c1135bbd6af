@testable import EvidenceKit
import Testing

/// Builds ISO-BMFF boxes in memory.
func box(_ type: String, _ payload: [UInt8] = []) -> [UInt8] {
    be32(UInt32(8 + payload.count)) + Array(type.utf8) + payload
}
func fullBox(_ type: String, version: UInt8 = 0, _ payload: [UInt8] = []) -> [UInt8] {
    box(type, [version, 0, 0, 0] + payload)
}
func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 255), UInt8(v >> 8 & 255), UInt8(v & 255)] }
/// A QuickTime `©xxx` atom: the © is the single byte 0xA9, not UTF-8.
func qtAtom(_ payload: [UInt8]) -> [UInt8] { be32(UInt32(8 + payload.count)) + [0xA9] + Array("too".utf8) + payload }
func be16(_ v: UInt16) -> [UInt8] { [UInt8(v >> 8), UInt8(v & 255)] }

@Suite struct BoxWalkerTests {
    let ftyp = box("ftyp", Array("isom".utf8) + be32(512) + Array("isomiso2".utf8))

    @Test func cameraLayoutIsWalkedAndCovered() throws {
        let mvhd = fullBox("mvhd", be32(3_778_245_245) + be32(3_778_245_247) + be32(600) + be32(700) + [UInt8](repeating: 0, count: 80))
        let file = ftyp + box("mdat", [1, 2, 3, 4]) + box("moov", mvhd + box("udta", qtAtom( be16(4) + be16(0) + Array("Lavf".utf8))))
        let tree = try BoxWalker().walk(MemoryByteSource(file))
        #expect(tree.boxes.map(\.type) == ["ftyp", "mdat", "moov"])
        #expect(tree.coverage.complete && tree.coverage.coveredBytes == Int64(file.count))
        #expect(tree.boxes[2].children.map(\.type) == ["mvhd", "udta"])
        let facts = try MovieFactsReader(source: MemoryByteSource(file), tree: tree).read()
        #expect(facts.majorBrand == "isom" && facts.minorVersion == 512 && facts.compatibleBrands == ["isom", "iso2"])
        #expect(facts.created == BoxTime(raw: 3_778_245_245))
        #expect(facts.created?.iso == "2023-09-22T16:34:05")
        #expect(facts.timescale == 600 && facts.duration == 700)
        #expect(facts.item("©too")?.value == "Lavf")
        #expect(facts.topLevelOrder == ["ftyp", "mdat", "moov"])
    }

    @Test func truncatedMdatStopsWithOffsetAndSizes() throws {
        let file = ftyp + be32(1000) + Array("mdat".utf8) + [UInt8](repeating: 0, count: 100)
        let tree = try BoxWalker().walk(MemoryByteSource(file))
        #expect(!tree.coverage.complete)
        #expect(tree.coverage.stoppedAt == Int64(ftyp.count))
        #expect(tree.coverage.reason == "box 'mdat' at offset 24 declares 1000 bytes but only 108 remain in the file (file truncated, or size field altered)")
        #expect(tree.boxes.last?.truncated == true)
    }

    @Test func sizeZeroRunsToEndOfFile() throws {
        let file = ftyp + be32(0) + Array("mdat".utf8) + [UInt8](repeating: 7, count: 50)
        let tree = try BoxWalker().walk(MemoryByteSource(file))
        #expect(tree.coverage.complete)
        #expect(tree.boxes.last?.size == 58)
    }

    @Test func largeSizeHeaderIsRead() throws {
        var mdat = be32(1) + Array("mdat".utf8) + be32(0) + be32(24)
        mdat += [UInt8](repeating: 0, count: 8)
        let tree = try BoxWalker().walk(MemoryByteSource(ftyp + mdat))
        #expect(tree.coverage.complete)
        #expect(tree.boxes.last?.headerSize == 16 && tree.boxes.last?.size == 24)
    }

    @Test func garbageAfterBoxesIsReported() throws {
        let file = ftyp + [0x00, 0x00, 0x00, 0x10, 0x01, 0x02, 0x03, 0x04] + [UInt8](repeating: 0, count: 8)
        let tree = try BoxWalker().walk(MemoryByteSource(file))
        #expect(!tree.coverage.complete)
        #expect(tree.coverage.reason == "bytes at offset 24 in the file are not a box header (type bytes \\x01\\x02\\x03\\x04)")
        #expect(tree.coverage.coveredBytes == 24)
    }

    @Test func tooFewTrailingBytes() throws {
        let tree = try BoxWalker().walk(MemoryByteSource(ftyp + [0, 0, 0]))
        #expect(tree.coverage.reason == "3 byte(s) at offset 24 at the end of the file are too few for a box header")
    }

    @Test func sizeSmallerThanHeaderIsRejected() throws {
        let tree = try BoxWalker().walk(MemoryByteSource(ftyp + be32(4) + Array("free".utf8)))
        #expect(tree.coverage.reason == "box 'free' at offset 24 declares size 4, smaller than its own 8-byte header")
    }

    @Test func childOverrunIsANoteNotACrash() throws {
        let moov = be32(24) + Array("moov".utf8) + be32(40) + Array("trak".utf8) + [UInt8](repeating: 0, count: 8)
        let tree = try BoxWalker().walk(MemoryByteSource(ftyp + moov))
        #expect(tree.coverage.complete) // the top level is intact
        #expect(tree.notes.contains { $0.message == "box 'trak' at offset 32 declares 40 bytes but only 16 remain in box 'moov'" })
    }

    @Test func deepNestingIsBounded() throws {
        var b = box("free")
        for _ in 0..<200 { b = box("moov", b) }
        let tree = try BoxWalker().walk(MemoryByteSource(b))
        #expect(tree.coverage.complete)
        #expect(tree.flattened().count <= 26)
    }

    @Test func quickTimeMetaWithoutFullBoxHeader() throws {
        let hdlr = fullBox("hdlr", be32(0) + Array("mdta".utf8) + [UInt8](repeating: 0, count: 13))
        let keys = fullBox("keys", be32(1) + be32(32) + Array("mdta".utf8) + Array("com.apple.quicktime.make".utf8))
        let data = box("data", be32(1) + be32(0) + Array("Apple".utf8))
        let ilst = box("ilst", be32(UInt32(8 + data.count)) + be32(1) + data)
        let file = ftyp + box("moov", box("meta", hdlr + keys + ilst))
        let tree = try BoxWalker().walk(MemoryByteSource(file))
        let facts = try MovieFactsReader(source: MemoryByteSource(file), tree: tree).read()
        #expect(facts.item("com.apple.quicktime.make")?.value == "Apple")
        #expect(facts.item("com.apple.quicktime.make")?.source == "keys")
    }

    @Test func editListAndMatrixRotation() throws {
        // tkhd v0 with a 90° matrix (0,1,-1,0) and 1920×1080
        var tkhd: [UInt8] = be32(1) + be32(2) + be32(1) + be32(0) + be32(600) + [UInt8](repeating: 0, count: 16)
        tkhd += be32(0) + be32(0x10000) + be32(0) + be32(0xFFFF_0000) + be32(0) + be32(0) + be32(0) + be32(0) + be32(0x4000_0000)
        tkhd += be32(1920 << 16) + be32(1080 << 16)
        let elst = fullBox("elst", be32(2) + be32(100) + be32(0xFFFF_FFFF) + be16(1) + be16(0) + be32(500) + be32(1024) + be16(1) + be16(0))
        let file = ftyp + box("moov", box("trak", fullBox("tkhd", tkhd) + box("edts", elst)))
        let tree = try BoxWalker().walk(MemoryByteSource(file))
        let t = try #require(try MovieFactsReader(source: MemoryByteSource(file), tree: tree).read().tracks.first)
        #expect(t.trackID == 1 && t.width == 1920 && t.height == 1080 && t.matrixRotation == 90)
        #expect(t.edits == [EditEntry(segmentDuration: 100, mediaTime: -1, mediaRate: 1), EditEntry(segmentDuration: 500, mediaTime: 1024, mediaRate: 1)])
    }

    /// A video track's sample tables: decode times (stts), composition offsets (ctts, one of them negative in
    /// a version-0 table, as QuickTime writes them), sync samples (stss). The timeline comes out in
    /// presentation order with keyframe flags, and the earliest presentation is the negative-offset sample's.
    @Test func sampleTablesGiveTheTimeline() throws {
        func int32(_ v: Int32) -> [UInt8] { be32(UInt32(bitPattern: v)) }
        let mdhd = fullBox("mdhd", be32(0) + be32(0) + be32(600) + be32(120) + be16(0x55C4) + be16(0))
        let hdlr = fullBox("hdlr", be32(0) + Array("vide".utf8) + [UInt8](repeating: 0, count: 12) + Array("VideoHandler".utf8) + [0])
        let stsz = fullBox("stsz", be32(100) + be32(6))
        let stts = fullBox("stts", be32(1) + be32(6) + be32(20))
        let ctts = fullBox("ctts", be32(5) + be32(1) + int32(40) + be32(1) + int32(60) + be32(1) + int32(-20) + be32(1) + int32(0) + be32(2) + int32(20))
        let stss = fullBox("stss", be32(2) + be32(1) + be32(4))
        let stbl = box("stbl", stsz + stts + ctts + stss)
        let file = ftyp + box("moov", box("trak", box("mdia", mdhd + hdlr + box("minf", stbl))))
        let tree = try BoxWalker().walk(MemoryByteSource(file))
        let t = try #require(try MovieFactsReader(source: MemoryByteSource(file), tree: tree).read().tracks.first)
        #expect(t.handlerType == "vide" && t.sampleCount == 6 && t.mediaTimescale == 600)
        #expect(t.earliestPresentation == 20)
        #expect(t.keyframeCount == 2 && t.keyframeSamples == [1, 4])
        let timeline = try #require(t.timeline)
        #expect(timeline.map(\.time) == [20, 40, 60, 80, 100, 120])
        #expect(timeline.map(\.sample) == [3, 1, 4, 2, 5, 6])
        #expect(timeline.map(\.key) == [false, true, true, false, false, false])
    }

    /// Counts that promise billions of entries in a few bytes cost nothing: the readers stop at the data.
    @Test func hostileSampleTableCountsAreBounded() throws {
        let mdhd = fullBox("mdhd", be32(0) + be32(0) + be32(600) + be32(120) + be16(0) + be16(0))
        let hdlr = fullBox("hdlr", be32(0) + Array("vide".utf8) + [UInt8](repeating: 0, count: 12) + [0])
        let stsz = fullBox("stsz", be32(100) + be32(0xFFFF_FFFF))
        let stts = fullBox("stts", be32(0xFFFF_FFFF) + be32(0xFFFF_FFFF) + be32(1))
        let ctts = fullBox("ctts", be32(0xFFFF_FFFF) + be32(0xFFFF_FFFF) + be32(7))
        let stss = fullBox("stss", be32(0xFFFF_FFFF) + be32(1))
        let file = ftyp + box("moov", box("trak", box("mdia", mdhd + hdlr + box("minf", box("stbl", stsz + stts + ctts + stss)))))
        let tree = try BoxWalker().walk(MemoryByteSource(file))
        let t = try #require(try MovieFactsReader(source: MemoryByteSource(file), tree: tree).read().tracks.first)
        #expect(t.keyframeSamples == [1])
        #expect(t.timeline == nil) // 4 billion samples: above the timeline limit, not expanded
        #expect(t.earliestPresentation == 7)
    }

    /// FuzzBoxes (issue 19, 2026-12-06): a 1.7 KB file whose `stts` declared two million samples in one run —
    /// within the timeline limit — had them all expanded and sorted (211 MB, 0.5 s in release). A sample takes
    /// at least one byte, so a track declaring more samples than the file has bytes gets no timeline; the
    /// earliest presentation still comes from the runs.
    @Test func moreSamplesThanBytesAreNotExpanded() throws {
        let mdhd = fullBox("mdhd", be32(0) + be32(0) + be32(600) + be32(120) + be16(0) + be16(0))
        let hdlr = fullBox("hdlr", be32(0) + Array("vide".utf8) + [UInt8](repeating: 0, count: 12) + [0])
        let declared: UInt32 = 2_000_000
        let stsz = fullBox("stsz", be32(100) + be32(declared))
        let stts = fullBox("stts", be32(1) + be32(declared) + be32(1))
        let file = ftyp + box("moov", box("trak", box("mdia", mdhd + hdlr + box("minf", box("stbl", stsz + stts)))))
        let tree = try BoxWalker().walk(MemoryByteSource(file))
        let t = try #require(try MovieFactsReader(source: MemoryByteSource(file), tree: tree).read().tracks.first)
        #expect(t.sampleCount == declared)
        #expect(t.timeline == nil, "\(file.count) bytes cannot hold \(declared) samples")
        #expect(t.earliestPresentation == 0)
        // The same table in a file with room for its samples is expanded.
        let few = fullBox("stts", be32(1) + be32(6) + be32(20))
        let small = ftyp + box("moov", box("trak", box("mdia", mdhd + hdlr + box("minf", box("stbl", fullBox("stsz", be32(100) + be32(6)) + few)))))
        let smallTree = try BoxWalker().walk(MemoryByteSource(small))
        #expect(try MovieFactsReader(source: MemoryByteSource(small), tree: smallTree).read().tracks.first?.timeline?.count == 6)
    }

    @Test func hostileBoxCountIsBounded() throws {
        var walker = BoxWalker()
        walker.maxBoxes = 100
        let file = (0..<500).flatMap { _ in box("free") }
        let tree = try walker.walk(MemoryByteSource(file))
        #expect(tree.boxes.count == 100)
        #expect(tree.coverage.reason == "stopped after 100 boxes (limit for hostile files)")
    }

    /// FuzzBoxes (issue 19): an `iloc` whose offset, length and index sizes are all 0 makes each extent take no
    /// bytes, and 65 535 of them per item turned a 1 KB file into billions of turns. Such an extent can only mean
    /// "the whole file": one is read per item.
    @Test func zeroSizedExtentsAreReadOnce() throws {
        let heic = box("ftyp", Array("heic".utf8) + be32(0) + Array("mif1heic".utf8))
        let infes = (1...3).flatMap { id in fullBox("infe", version: 2, be16(UInt16(id)) + be16(0) + Array("hvc1".utf8) + [0]) }
        let iinf = fullBox("iinf", be16(3) + infes)
        // version 0; offset, length, base sizes 0; three items, each with 65 535 extents of no bytes.
        let iloc = fullBox("iloc", [0x00, 0x00] + be16(3) + (1...3).flatMap { id in be16(UInt16(id)) + be16(0) + be16(65_535) })
        let meta = fullBox("meta", fullBox("hdlr", be32(0) + Array("pict".utf8) + [UInt8](repeating: 0, count: 13)) + iinf + iloc)
        let file = heic + meta
        let tree = try BoxWalker().walk(MemoryByteSource(file))
        let facts = try #require(try HEIFItemReader(source: MemoryByteSource(file), tree: tree).read())
        #expect(facts.items.map(\.id) == [1, 2, 3])
        #expect(facts.items.allSatisfy { $0.extents.count == 1 && $0.extents[0].length == Int64(file.count) }, "\(facts.items.map(\.extents.count))")
    }

    /// FuzzBoxes (issue 19, 2026-12-06): an `iloc` with 8-byte offsets whose extent starts near 2^64 trapped on
    /// arithmetic overflow when its end was checked against the file size, killing the process; and a base plus
    /// offset past 2^64 wrapped around to a small offset inside the file. Both now saturate: the extent is
    /// placed past the end of the file (and said to be), and offset + length always fits in an Int64.
    @Test func extentsNearTheEndOfTheNumberLineSaturate() throws {
        func be64(_ v: UInt64) -> [UInt8] { be32(UInt32(v >> 32)) + be32(UInt32(v & 0xFFFF_FFFF)) }
        let heic = box("ftyp", Array("heic".utf8) + be32(0) + Array("mif1heic".utf8))
        let infes = (1...2).flatMap { id in fullBox("infe", version: 2, be16(UInt16(id)) + be16(0) + Array("hvc1".utf8) + [0]) }
        let iinf = fullBox("iinf", be16(2) + infes)
        // version 0; offset, length and base sizes 8. Item 1: base 0, offset 2^64 - 256, length 4096 (the trap).
        // Item 2: base 2^64 - 16, offset 32, length 8 (wrapped to offset 16 before).
        let item1 = be16(1) + be16(0) + be64(0) + be16(1) + be64(UInt64.max - 255) + be64(4096)
        let item2 = be16(2) + be16(0) + be64(UInt64.max - 15) + be16(1) + be64(32) + be64(8)
        let iloc = fullBox("iloc", [0x88, 0x80] + be16(2) + item1 + item2)
        let meta = fullBox("meta", fullBox("hdlr", be32(0) + Array("pict".utf8) + [UInt8](repeating: 0, count: 13)) + iinf + iloc)
        let file = heic + meta
        let tree = try BoxWalker().walk(MemoryByteSource(file))
        let facts = try #require(try HEIFItemReader(source: MemoryByteSource(file), tree: tree).read())
        let extents = facts.items.flatMap(\.extents)
        #expect(extents.count == 2)
        for e in extents {
            #expect(e.offset > Int64(file.count), "extent at \(e.offset) should lie past the end of the \(file.count)-byte file")
            #expect(e.offset.addingReportingOverflow(e.length).overflow == false)
        }
        // The whole probe on the same bytes: unreadable or inconclusive, never a trap.
        #expect(try HEIFItemReader(source: MemoryByteSource(file), tree: tree).bytes(of: facts.items[0]).isEmpty)
    }
}
