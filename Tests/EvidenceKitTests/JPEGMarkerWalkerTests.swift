@testable import EvidenceKit
import Testing

func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
    [0xFF, marker] + be16(UInt16(payload.count + 2)) + payload
}

@Suite struct JPEGMarkerWalkerTests {
    let sof = segment(0xC0, [8] + be16(480) + be16(640) + [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
    let sos = segment(0xDA, [3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0])
    let scan: [UInt8] = [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]

    var minimal: [UInt8] {
        [0xFF, 0xD8] + segment(0xE1, Array("Exif".utf8) + [0, 0] + [0x4D, 0x4D, 0, 0x2A]) + segment(0xDB, [0] + [UInt8](repeating: 1, count: 64)) + sof + sos + scan + [0xFF, 0xD9]
    }

    @Test func segmentsFrameAndScanAreFound() {
        let s = JPEGMarkerWalker().walk(minimal)
        #expect(s.segments.map(\.marker) == ["SOI", "APP1", "DQT", "SOF0", "SOS", "EOI"])
        #expect(s.segments[1].identifier == "Exif")
        #expect(s.segments[4].scanDataLength == 7) // stuffed 0xFF00 and RST0 stay inside the scan
        #expect(s.frame == JPEGFrame(process: "baseline DCT", precision: 8, width: 640, height: 480, components: 3, sampling: ["2x2", "1x1", "1x1"]))
        #expect(s.coverage.complete && s.trailer == nil)
    }

    /// Zero bytes that end an APPn payload are counted (a writer's reserved room); none, no field.
    @Test func zeroPaddingOfAnAppSegmentIsCounted() {
        let padded = segment(0xE1, Array("Exif".utf8) + [0, 0] + [0x4D, 0x4D, 0, 0x2A, 7] + [UInt8](repeating: 0, count: 40))
        let file: [UInt8] = [0xFF, 0xD8] + padded + sof + sos + scan + [0xFF, 0xD9]
        let s = JPEGMarkerWalker().walk(file)
        #expect(s.segments[1].zeroPadding == 40 && s.segments[1].length == 2 + 2 + 11 + 40)
        #expect(JPEGMarkerWalker().walk(minimal).segments[1].zeroPadding == nil)
    }

    /// The APP14 "Adobe" segment's fields are read big-endian; a segment too short for them is ignored.
    @Test func adobeSegmentIsRead() {
        let app14 = segment(0xEE, Array("Adobe".utf8) + [0x00, 0x64, 0xC0, 0x00, 0x00, 0x00, 0x01])
        let s = JPEGMarkerWalker().walk([0xFF, 0xD8] + app14 + sof + sos + scan + [0xFF, 0xD9])
        #expect(s.adobe == AdobeMarker(offset: 2, version: 100, flags0: 0xC000, flags1: 0, transform: 1))
        let short = segment(0xEE, Array("Adobe".utf8) + [0x00, 0x64])
        #expect(JPEGMarkerWalker().walk([0xFF, 0xD8] + short + sof + sos + scan + [0xFF, 0xD9]).adobe == nil)
    }

    /// Huffman tables: the T.81 Annex K code-length counts are recognised (DC luminance here), any other
    /// counts are "optimised"; one DHT segment may hold several tables.
    @Test func huffmanTablesAreClassified() {
        let annexK: [UInt8] = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
        let optimised: [UInt8] = [0, 2, 4, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
        let dht = segment(0xC4, [0x00] + annexK + Array(0..<12) + [0x01] + optimised + Array(0..<12))
        let file: [UInt8] = [0xFF, 0xD8] + dht + sof + sos + scan + [0xFF, 0xD9]
        let h = JPEGMarkerWalker().walk(file).huffmanTables ?? []
        #expect(h.map(\.id) == [0, 1] && h.map(\.tableClass) == [0, 0])
        #expect(h.map(\.annexK) == [true, false])
    }

    /// The ICC header's CMM, creator and version-2 `desc` text, from the first APP2 ICC_PROFILE chunk.
    @Test func iccProfileHeaderIsRead() {
        var icc = [UInt8](repeating: 0, count: 128)
        icc.replaceSubrange(4..<8, with: Array("Lino".utf8))
        icc.replaceSubrange(80..<84, with: Array("HP  ".utf8))
        let text = Array("sRGB IEC61966-2.1".utf8) + [0]
        let desc = Array("desc".utf8) + [0, 0, 0, 0] + be32(UInt32(text.count)) + text
        icc += be32(1) + Array("desc".utf8) + be32(144) + be32(UInt32(desc.count)) + desc
        let app2 = segment(0xE2, Array("ICC_PROFILE".utf8) + [0, 1, 1] + icc)
        let file: [UInt8] = [0xFF, 0xD8] + app2 + sof + sos + scan + [0xFF, 0xD9]
        let p = JPEGMarkerWalker().walk(file).iccProfile
        #expect(p?.cmm == "Lino" && p?.creator == "HP" && p?.description == "sRGB IEC61966-2.1")
        #expect(p.map { $0.offset } == Int64(2 + 4 + 14)) // SOI, APP2 marker and length, "ICC_PROFILE\0", sequence, count
    }

    @Test func bytesAfterEOIAreClassified() {
        let embedded: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0]
        let s = JPEGMarkerWalker().walk(minimal + [0, 0] + embedded)
        #expect(s.trailer?.kind == "embedded JPEG images (MPF or appended)")
        #expect(s.trailer?.embeddedImageOffsets == [Int64(minimal.count + 2)])
        #expect(s.coverage.complete)
        let padded = JPEGMarkerWalker().walk(minimal + [0, 0, 0])
        #expect(padded.trailer?.kind == "zero padding" && padded.trailer?.length == 3)
        let closed = JPEGMarkerWalker().walk(minimal + [0, 0, 0, 0xFF, 0xD9])
        #expect(closed.trailer?.kind == "zero padding ending with an EOI marker" && closed.trailer?.length == 5)
        let data = JPEGMarkerWalker().walk(minimal + [1, 2, 0xFF, 0xD9])
        #expect(data.trailer?.kind == "unidentified data")
    }

    @Test func segmentLengthPastTheEndIsReported() {
        let file: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xF0] + [UInt8](repeating: 0, count: 20)
        let s = JPEGMarkerWalker().walk(file)
        #expect(!s.coverage.complete)
        #expect(s.coverage.reason == "APP1 at offset 2 declares 65520 bytes but only 22 bytes follow the marker (truncated)")
    }

    @Test func missingEOIIsReported() {
        let s = JPEGMarkerWalker().walk(Array(minimal.dropLast(2)))
        #expect(s.coverage.reason?.hasSuffix("no EOI marker (truncated)") == true)
    }

    @Test func notAJPEG() {
        let s = JPEGMarkerWalker().walk([0x89, 0x50])
        #expect(s.coverage.reason == "the file does not start with a JPEG SOI marker (FFD8)")
    }

    @Test func thousandsOfAPPSegmentsAreBounded() {
        var walker = JPEGMarkerWalker()
        walker.maxSegments = 1000
        let file: [UInt8] = [0xFF, 0xD8] + (0..<5000).flatMap { _ in segment(0xE5, [1, 2]) } + [0xFF, 0xD9]
        let s = walker.walk(file)
        #expect(s.segments.count == 1000)
        #expect(s.coverage.reason == "stopped after 1000 segments (limit for hostile files)")
    }

    @Test func hugeDeclaredSizeIsJustANumber() {
        let big = segment(0xC0, [8] + be16(65535) + be16(65535) + [1, 1, 0x11, 0])
        let s = JPEGMarkerWalker().walk([0xFF, 0xD8] + big + [0xFF, 0xD9])
        #expect(s.frame?.width == 65535 && s.frame?.height == 65535)
    }
}
