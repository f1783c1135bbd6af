@testable import EvidenceKit
import Testing

@Suite struct MetadataParsingTests {
    @Test(arguments: [
        ("+52.4597+013.3220+051.178/", 52.4597, 13.3220, 51.178 as Double?),
        ("+51.5932-0.2431/", 51.5932, -0.2431, nil),
        ("+37.5002+127.0362/", 37.5002, 127.0362, nil),
        ("+4012.50-07430.00/", 40.208333333, -74.5, nil),
        ("+401230-0743000/", 40.208333333, -74.5, nil),
    ])
    func iso6709(_ text: String, _ lat: Double, _ lon: Double, _ alt: Double?) throws {
        let p = try #require(QuickTimeMetadata.parseISO6709(text))
        #expect(abs(p.lat - lat) < 1e-6 && abs(p.lon - lon) < 1e-6)
        #expect(p.alt == alt)
    }

    @Test func iso6709RejectsNonsense() {
        #expect(QuickTimeMetadata.parseISO6709("hello") == nil)
        #expect(QuickTimeMetadata.parseISO6709("+95.0+10.0/") == nil)
    }

    @Test func quickTimeDatesGetAColonInTheirOffset() {
        #expect(QuickTimeMetadata.normaliseISO("2020-11-20T15:04:02+0100") == "2020-11-20T15:04:02+01:00")
        #expect(QuickTimeMetadata.normaliseISO("2023-09-22T18:34:05+0200") == "2023-09-22T18:34:05+02:00")
        #expect(QuickTimeMetadata.normaliseISO("2019-07-24T11:25:40.123Z") == "2019-07-24T11:25:40.123Z")
        #expect(QuickTimeMetadata.normaliseISO("2019-07-24 11:25:40") == "2019-07-24T11:25:40")
        #expect(QuickTimeMetadata.normaliseISO("yesterday") == nil)
    }

    @Test func exifDatesBecomeISO() {
        #expect(CivilTime.isoFromExif("2015:04:10 20:12:23", subSeconds: "550", offset: nil) == "2015-04-10T20:12:23.550")
        #expect(CivilTime.isoFromExif("2020:05:04 18:39:11", subSeconds: "644", offset: "-04:00") == "2020-05-04T18:39:11.644-04:00")
        #expect(CivilTime.isoFromExif("    :  :     :  :  ") == nil)
        #expect(CivilTime.isoFromExif("0000:00:00 00:00:00") == "0000-00-00T00:00:00")
    }

    @Test func quickTimeEpoch() {
        #expect(CivilTime.iso(since1904: 0) == "1904-01-01T00:00:00")
        #expect(CivilTime.iso(since1904: 2_082_844_800) == "1970-01-01T00:00:00")
        #expect(CivilTime.iso(since1904: 3_778_245_245) == "2023-09-22T16:34:05") // iPad mini clip; ffprobe: 2023-09-22T16:34:05.000000Z
        #expect(CivilTime.iso(unixSeconds: 951_782_400) == "2000-02-29T00:00:00")
    }

    @Test func civilDaysRoundTrip() {
        for days: Int64 in [-800_000, -1, 0, 1, 11_016, 19_000, 20_000, 800_000] {
            let (y, m, d) = CivilTime.civil(fromDays: days)
            #expect(CivilTime.days(year: y, month: m, day: d) == days)
        }
        #expect(CivilTime.unixSeconds("2015:04:10 20:12:23") == 1_428_696_743)
        #expect(CivilTime.unixSeconds("2015-04-10T20:12:23") == 1_428_696_743)
        #expect(CivilTime.unixSeconds("    :  :     :  :  ") == nil)
    }

    @Test func sniffingIgnoresNames() {
        #expect(Sniffer.family(of: [0xFF, 0xD8, 0xFF, 0xE1]) == .jpeg)
        #expect(Sniffer.family(of: be32(24) + Array("ftypheic".utf8) + be32(0) + Array("mif1heic".utf8)) == .heif)
        #expect(Sniffer.family(of: be32(20) + Array("ftypqt  ".utf8) + be32(0) + Array("qt  ".utf8)) == .isoBMFF)
        #expect(Sniffer.family(of: be32(24) + Array("ftypmp42".utf8) + be32(0) + Array("mif1mp42".utf8)) == .isoBMFF)
        #expect(Sniffer.family(of: [0, 0, 0, 1, 0x67, 0x64]) == .annexB)
        #expect(Sniffer.family(of: Array("DHAV".utf8) + [0, 0]) == .dahua)
        #expect(Sniffer.family(of: [0x1A, 0x45, 0xDF, 0xA3]) == .matroska)
        #expect(Sniffer.family(of: Array("hello world".utf8)) == .unknown)
    }

    @Test func xmpPropertiesAreFlattened() {
        let xmp = """
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Adobe After Effects 2020 (Macintosh)" xmp:ModifyDate="2020-01-05T11:19:45&#xA;">
            <xmpMM:History><rdf:Seq><rdf:li stEvt:action="saved" stEvt:softwareAgent="Adobe Bridge 2020 (Macintosh)"/>
            <rdf:li stEvt:action="saved" stEvt:softwareAgent="Adobe After Effects"/></rdf:Seq></xmpMM:History>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">My &amp; Movie</rdf:li></rdf:Alt></dc:title>
            </rdf:Description></rdf:RDF></x:xmpmeta>
            """
        let p = XMPReader.properties(xmp)
        #expect(p["xmp:CreatorTool"] == "Adobe After Effects 2020 (Macintosh)")
        #expect(p["stEvt:softwareAgent"] == "Adobe Bridge 2020 (Macintosh); Adobe After Effects")
        #expect(p["dc:title"] == "My & Movie")
        #expect(p["xmlns:xmp"] == nil)
    }

    /// Issue 19 (found by `tools/fuzz FuzzXMP`): a 4 MB packet repeating one property 180 000 times was quadratic
    /// (112 s); values are now joined once and a property keeps at most 4096 of them.
    @Test func repeatedXMPPropertyIsBounded() {
        let xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description>"
            + String(repeating: "<dc:t>aaaaaaaaaa</dc:t>", count: 180_000) + "</rdf:Description></rdf:RDF></x:xmpmeta>"
        let p = XMPReader.properties(xmp)
        #expect(p["dc:t"]?.split(separator: ";").count == XMPReader.maxValues)
    }

    @Test func handlerNamesInBothEncodings() {
        let head: [UInt8] = [0, 0, 0, 0] + Array("mhlr".utf8) + Array("vide".utf8) + [UInt8](repeating: 0, count: 12)
        #expect(MovieFactsReader.handler(head + [16] + Array("Core Media Video".utf8)).name == "Core Media Video")
        #expect(MovieFactsReader.handler(head + Array("VideoHandler".utf8) + [0]).name == "VideoHandler")
        #expect(MovieFactsReader.handler(head + Array("VideoHandler".utf8) + [0]).type == "vide")
    }

    @Test func lociBecomesISO6709() throws {
        // FullBox, language, name "", role 0, lon 6.67609, lat 52.36929, alt 10.53 (16.16)
        let p: [UInt8] = [0, 0, 0, 0, 0x15, 0xC7, 0, 0] + be32(UInt32(6.67609 * 65536)) + be32(UInt32(52.36929 * 65536)) + be32(UInt32(10.53 * 65536)) + [0, 0]
        let iso = try #require(MovieFactsReader.location(p))
        let pos = try #require(QuickTimeMetadata.parseISO6709(iso))
        #expect(abs(pos.lat - 52.36929) < 1e-4 && abs(pos.lon - 6.67609) < 1e-4)
    }
}

/// H.264 picture parameters from an `avcC` record: Exp-Golomb fields read in order, emulation-prevention
/// bytes removed, FMO and truncated records refused.
@Suite struct H264PictureParametersTests {
    /// pps_id 0, sps_id 0, CABAC, no slice groups, l0 refs 3, l1 refs 1, weighted_pred_flag 1,
    /// weighted_bipred_idc 2, pic_init_qp −3, pic_init_qs 0, chroma_qp_index_offset −2.
    let pps: [UInt8] = [0x68, 0xEB, 0xE3, 0xCB, 0x20]
    func avcC(_ pps: [UInt8]) -> [UInt8] {
        let sps: [UInt8] = [0x67, 0x64, 0x00, 0x1F, 0xAC]
        return [1, 0x64, 0x00, 0x1F, 0xFF, 0xE1, 0x00, UInt8(sps.count)] + sps + [1, 0x00, UInt8(pps.count)] + pps
    }

    @Test func fieldsAreReadInOrder() {
        let p = H264PictureParameters.parse(avcC: avcC(pps), offset: 1000)
        #expect(p == H264PictureParameters(offset: 1000 + 16, entropyCodingCABAC: true, weightedPredFlag: true, weightedBipredIdc: 2,
                                           picInitQPMinus26: -3, chromaQPIndexOffset: -2))
    }

    @Test func emulationPreventionBytesAreRemoved() {
        var r = BitReader(rbsp: [0x00, 0x00, 0x03, 0x01, 0xFF])
        #expect(r.bits(24) == 1)  // 00 00 01: the 03 is gone
        #expect(r.bits(8) == 0xFF)
        #expect(r.bit() == nil)
    }

    @Test func slicesGroupsAndShortRecordsAreRefused() {
        // num_slice_groups_minus1 = 1 ('010') after pps_id, sps_id, CABAC and bottom-field bits.
        #expect(H264PictureParameters.parse(avcC: avcC([0x68, 0b1110_0100, 0x80]), offset: 0) == nil)
        #expect(H264PictureParameters.parse(avcC: Array(avcC(pps).prefix(12)), offset: 0) == nil)
        #expect(H264PictureParameters.parse(avcC: [], offset: 0) == nil)
    }
}


/// Issue 19 (found by `tools/fuzz FuzzEBML`): an element inside Info whose ID claims 8 bytes trapped converting
/// to UInt32 and killed the process. IDs are at most 4 bytes (RFC 8794); the walk now stops at such a child.
@Suite struct EBMLHostileTests {
    @Test func eightByteElementIDDoesNotTrap() throws {
        // EBML header with DocType "matroska", a Segment of known size, an Info element holding one child whose
        // ID starts with 0x01 (an 8-byte ID).
        let docType: [UInt8] = [0x42, 0x82, 0x88] + Array("matroska".utf8)
        let ebml: [UInt8] = [0x1A, 0x45, 0xDF, 0xA3, 0x80 | UInt8(docType.count)] + docType
        let infoBody: [UInt8] = [0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x81, 0x00]
        let info: [UInt8] = [0x15, 0x49, 0xA9, 0x66, 0x80 | UInt8(infoBody.count)] + infoBody
        let segment: [UInt8] = [0x18, 0x53, 0x80, 0x67, 0x80 | UInt8(info.count)] + info
        let (facts, coverage, _) = try EBMLReader(source: MemoryByteSource(ebml + segment)).read()
        #expect(facts.docType == "matroska")
        #expect(facts.segmentChildren == ["Info"])
        #expect(coverage.complete)
    }
}
