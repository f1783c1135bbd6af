/// The writer traits of a JPEG's headers (Kee, Johnson & Farid 2011: header layout identifies the
/// writer). Pure: computed from the structure walk, shared by the photo detectors.
public struct JPEGLayout: Sendable, Equatable {
    /// The segment right after SOI: `APP1 Exif` (Exif standard, camera writers) or `APP0 JFIF` (libjpeg).
    public var exifFirst: Bool
    public var jfifFirst: Bool
    public var hasJFIF: Bool
    public var hasExif: Bool
    /// Photoshop image resources (APP13) or the Adobe marker (APP14): Adobe's and some editors' writers.
    public var editorSegments: [String]
    /// One DQT segment per table and one DHT segment per table: libjpeg's way (cameras usually put all
    /// tables in one segment of each kind).
    public var dqtPerTable: Bool
    public var dhtPerTable: Bool
    /// Every quantisation table is IJG's standard table scaled to one quality.
    public var ijgTables: Bool
    public var ijgQuality: Int?
    /// Some Huffman table is not T.81 Annex K's (optimised coding).
    public var optimisedHuffman: Bool

    public init?(_ s: StructureReport) {
        guard s.format == "jpeg", let segs = s.segments, segs.count > 2 else { return nil }
        let first = segs[1]
        exifFirst = first.marker == "APP1" && first.identifier == "Exif"
        jfifFirst = first.marker == "APP0" && first.identifier == "JFIF"
        hasJFIF = segs.contains { $0.marker == "APP0" && $0.identifier == "JFIF" }
        hasExif = segs.contains { $0.marker == "APP1" && $0.identifier == "Exif" }
        editorSegments = segs.filter { $0.marker == "APP13" || ($0.marker == "APP14" && ($0.identifier ?? "").hasPrefix("Adobe")) }
            .map { "\($0.marker) at byte \($0.offset)" }
        let tables = s.quantizationTables ?? []
        let huffman = s.huffmanTables ?? []
        dqtPerTable = tables.count >= 2 && segs.filter { $0.marker == "DQT" }.count == tables.count
        dhtPerTable = huffman.count >= 2 && segs.filter { $0.marker == "DHT" }.count == huffman.count
        ijgTables = !tables.isEmpty && tables.allSatisfy(\.ijgExact)
        ijgQuality = tables.first { $0.id == 0 }?.ijgQuality
        optimisedHuffman = huffman.contains { !$0.annexK }
    }

    /// Nothing in the headers that editing software writes: Exif first, no JFIF, no Adobe segments,
    /// Annex K Huffman tables, tables not split one per segment.
    public var cameraLike: Bool {
        exifFirst && !hasJFIF && editorSegments.isEmpty && !optimisedHuffman && !(dqtPerTable && dhtPerTable)
    }

    /// The traits libjpeg shows when it compresses pixels itself and the caller adds Exif (Pillow,
    /// ImageMagick, GIMP, most apps): JFIF first, one DQT and one DHT per table, IJG tables.
    /// `libjpegTraits` as phrases in either language.
    var libjpegTraitMessages: [Message] {
        var t: [Message] = []
        if jfifFirst && hasExif { t.append(Message("common.jpeg.jfif-before-exif")) }
        if dqtPerTable { t.append(Message("photo.jpeg.camera-table-layout.dqt-per-table")) }
        if dhtPerTable { t.append(Message("photo.jpeg.camera-table-layout.dht-per-table")) }
        if ijgTables { t.append(ijgQuality.map { Message("common.jpeg.ijg-tables-quality", ["quality": .number($0)]) } ?? Message("common.jpeg.ijg-tables")) }
        return t
    }

    public var libjpegTraits: [String] {
        var t: [String] = []
        if jfifFirst && hasExif { t.append("JFIF header before the Exif segment") }
        if dqtPerTable { t.append("one DQT segment per quantisation table") }
        if dhtPerTable { t.append("one DHT segment per Huffman table") }
        if ijgTables { t.append("standard IJG tables" + (ijgQuality.map { " at quality \($0)" } ?? "")) }
        return t
    }
}

extension Evidence {
    /// Which check shows that software wrote this photo again, nil when its layout is still the camera's:
    /// a JPEG compressed or transcoded by libjpeg, Adobe's or another editor's segments or name, a HEIC
    /// laid out by another writer. Pixel findings that damage could also explain (a thumbnail that
    /// disagrees, a flat area) accuse only when this is set.
    /// `photoSoftwareWriter` as a phrase in either language.
    var photoSoftwareWriterMessage: Message? {
        if let layout = JPEGLayout(inspection.structure), !layout.editorSegments.isEmpty {
            return Message("common.writer.editor-segments", ["segments": .list(layout.editorSegments)])
        }
        return photoSoftwareWriter.map { Message("common.writer.finding", ["id": .text($0)]) }
    }

    public var photoSoftwareWriter: String? {
        if let layout = JPEGLayout(inspection.structure), !layout.editorSegments.isEmpty {
            return "editor segments (\(layout.editorSegments.joined(separator: ", ")))"
        }
        let checks: [any Detector] = [JPEGWriterDetector(), CameraTableLayoutDetector(), HeifWriterLayoutDetector(), EditingSoftwareDetector()]
        for d in checks {
            if let f = d.run(self).first(where: { $0.severity >= .strong }) { return f.id }
        }
        return nil
    }
}
