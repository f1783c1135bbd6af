/// Small hand-built evidence for detector examples and unit tests (no file involved).
extension Evidence {
    public static func synthetic(
        kind: MediaKind = .video, majorBrand: String? = "isom", topLevel: [String] = ["ftyp", "mdat", "moov"],
        handlers: [String] = [], tags: [String: String] = [:], items: [(String, String)] = [], created: UInt64 = 3_780_000_000,
        modified: UInt64? = nil, edits: [EditEntry] = [], xmp: [String: String] = [:], banners: [EncoderBanner] = [],
        coverage: Coverage? = nil, device: Device? = nil, exifSoftware: String? = nil
    ) -> Evidence {
        let tracks = handlers.enumerated().map { n, h in
            TrackFacts(trackID: UInt32(n + 1), offset: 0, handlerType: n == 0 ? "vide" : "soun", handlerName: h, mediaTimescale: 12_800,
                       edits: n == 0 ? edits : [], sampleEntries: [])
        }
        let container = ContainerInfo(
            format: "mov,mp4,m4a,3gp,3g2,mj2", majorBrand: majorBrand, compatibleBrands: [], created: BoxTime(raw: created),
            modified: BoxTime(raw: modified ?? created), timescale: 600, topLevelOrder: topLevel, tracks: tracks,
            items: items.enumerated().map { MetadataItem(key: $1.0, value: $1.1, source: $1.0.contains(".") ? "keys" : "udta", offset: Int64(1000 + $0 * 40)) },
            tags: tags)
        var metadata = MediaMetadata(streams: [])
        metadata.device = device
        let size = Int64(100_000)
        let inspection = Inspection(
            file: FileIdentity(path: "synthetic", bytes: size, sha256: String(repeating: "0", count: 64)), kind: kind, metadata: metadata,
            container: kind == .video ? container : nil,
            structure: StructureReport(format: "iso-bmff", coverage: coverage ?? Coverage(fileBytes: size, coveredBytes: size, complete: true), notes: []),
            exif: nil,
            xmp: xmp.isEmpty ? nil : [XMPPacket(offset: 500, length: 1000, location: "uuid box", properties: xmp, text: "")],
            problems: [], tool: ToolInfo())
        var e = Evidence(inspection: inspection, bitstream: BitstreamFacts(packetsRead: 8, banners: banners))
        if let exifSoftware {
            var summary = ExifSummary(thumbnail: .init(present: false), makerNote: .init(present: false))
            summary.software = exifSoftware
            e.inspection.exif = ExifReport(byteOrder: "big-endian (MM)", tiffHeaderOffset: 12, ifds: [:], summary: summary)
        }
        return e
    }
}
