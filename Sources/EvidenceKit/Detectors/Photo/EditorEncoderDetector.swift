/// `photo.jpeg.editor-encoder` — the JPEG was compressed by an editor's encoder, whatever its metadata now
/// says. Adobe's DCT encoder marks every JPEG it writes with an APP14 "Adobe" segment whose first flag word
/// it sets; the segment survives when the editor's name, XMP and Photoshop resources are stripped (ExifTool
/// keeps it by default, since it tells decoders the colour transform). Failing that, quantisation tables
/// identical to those of an editor's encoder are a weaker sign of the same.
public struct EditorEncoderDetector: Detector {
    /// Quantisation tables (luminance, chrominance; natural order) of Adobe's encoder, named by the software and
    /// quality level they belong to (learned from three Adobe-saved files; a reference names software, never a
    /// file). Adobe's encoder has 13 quality levels; these are three of them.
    static let editorTables: [(software: String, source: String, luma: [Int], chroma: [Int])] = [
        ("Adobe Photoshop", "Adobe Photoshop CS6, one of its 13 quality levels",
         [2, 2, 2, 2, 3, 4, 5, 6, 2, 2, 2, 2, 3, 4, 5, 6, 2, 2, 2, 2, 4, 5, 7, 9, 2, 2, 2, 4, 5, 7, 9, 12, 3, 3, 4, 5, 8, 10, 12, 12, 4, 4, 5, 7, 10, 12, 12, 12, 5, 5, 7, 9, 12, 12, 12, 12, 6, 6, 9, 12, 12, 12, 12, 12],
         [3, 3, 5, 9, 13, 15, 15, 15, 3, 4, 6, 11, 14, 12, 12, 12, 5, 6, 9, 14, 12, 12, 12, 12, 9, 11, 14, 12, 12, 12, 12, 12, 13, 14, 12, 12, 12, 12, 12, 12, 15, 12, 12, 12, 12, 12, 12, 12, 15, 12, 12, 12, 12, 12, 12, 12, 15, 12, 12, 12, 12, 12, 12, 12]),
        ("Adobe Lightroom", "Adobe Photoshop Lightroom, one quality level",
         [1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 2, 2, 3, 1, 1, 1, 1, 2, 2, 3, 3, 1, 1, 1, 2, 2, 3, 3, 3, 1, 1, 2, 2, 3, 3, 3, 3, 2, 2, 2, 3, 3, 3, 3, 3],
         [1, 1, 1, 2, 3, 3, 3, 3, 1, 1, 1, 2, 3, 3, 3, 3, 1, 1, 2, 3, 3, 3, 3, 3, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]),
        ("Adobe Lightroom", "Adobe Photoshop Lightroom, another quality level",
         [2, 2, 3, 4, 5, 6, 8, 11, 2, 2, 2, 4, 5, 7, 9, 11, 3, 2, 3, 5, 7, 9, 11, 12, 4, 4, 5, 7, 9, 11, 12, 12, 5, 5, 7, 9, 11, 12, 12, 12, 6, 7, 9, 11, 12, 12, 12, 12, 8, 9, 11, 12, 12, 12, 12, 12, 11, 11, 12, 12, 12, 12, 12, 12],
         [3, 3, 7, 13, 15, 15, 15, 15, 3, 4, 7, 13, 14, 12, 12, 12, 7, 7, 13, 14, 12, 12, 12, 12, 13, 13, 14, 12, 12, 12, 12, 12, 15, 14, 12, 12, 12, 12, 12, 12, 15, 12, 12, 12, 12, 12, 12, 12, 15, 12, 12, 12, 12, 12, 12, 12, 15, 12, 12, 12, 12, 12, 12, 12]),
    ]

    public static let description = DetectorDescription(
        id: "photo.jpeg.editor-encoder", name: "JPEG compressed by an editor's encoder",
        nameVi: "JPEG được nén bởi bộ mã hóa của phần mềm chỉnh sửa",
        severity: .strong, indicates: .reEncoded,
        rationale: "Adobe's JPEG encoder (Photoshop, Lightroom, Camera Raw) writes an APP14 \"Adobe\" segment in every JPEG it saves and sets bits in its first flag word (Photoshop CS6 0xC000, Lightroom 0x4000 in the corpus). libjpeg writes that segment only when an application asks for it, with both flag words zero, and none of the 8 camera JPEG originals in the corpus has one. Stripping a file's XMP, Photoshop resources and Software tag — the usual way to hide an edit — leaves the APP14 segment in place (ExifTool keeps it, because it tells decoders the colour transform), so a set flag word means the picture was compressed by Adobe's encoder, even when nothing else names Adobe. A zero flag word is only a weak sign: ACDSee and libjpeg-based tools write it so, and a camera might. Failing the segment, quantisation tables identical, all 128 values, to those of Adobe's encoder (three of its thirteen quality levels are known) are a weak sign too: camera tables differ, but a table alone never accuses.",
        rationaleVi: "Bộ mã hóa JPEG của Adobe (Photoshop, Lightroom, Camera Raw) ghi một đoạn APP14 \"Adobe\" vào mọi tệp JPEG nó lưu và bật các bit trong từ cờ thứ nhất (Photoshop CS6 là 0xC000, Lightroom là 0x4000 trong bộ mẫu). libjpeg chỉ ghi đoạn này khi ứng dụng yêu cầu, với cả hai từ cờ bằng không, và không ảnh JPEG gốc nào trong 8 ảnh từ máy ảnh của bộ mẫu có đoạn này. Việc xóa XMP, tài nguyên Photoshop và thẻ Software của một tệp — cách thường dùng để giấu một lần chỉnh sửa — vẫn để lại đoạn APP14 (ExifTool giữ nó, vì nó cho bộ giải mã biết phép biến đổi màu), nên một từ cờ có bit được bật nghĩa là ảnh đã được bộ mã hóa của Adobe nén, kể cả khi không còn gì khác ghi tên Adobe. Từ cờ bằng không chỉ là dấu hiệu yếu: ACDSee và các công cụ dựa trên libjpeg ghi như vậy, và một máy ảnh cũng có thể. Khi không có đoạn này, các bảng lượng tử trùng hoàn toàn, cả 128 giá trị, với bảng của bộ mã hóa Adobe (đã biết ba trong mười ba mức chất lượng của nó) cũng là một dấu hiệu yếu: bảng của máy ảnh khác đi, nhưng riêng một bảng không bao giờ đủ để buộc tội.",
        examples: [
            DetectorExample("camera JPEG: no Adobe segment", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: "Canon"), fires: false),
            DetectorExample("Lightroom export with its name stripped (flags 0x4000)", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "APP14:Adobe", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: "Canon").withAdobeMarker(flags0: 0x4000), fires: true),
            DetectorExample("Photoshop save (flags 0xC000)", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "APP14:Adobe", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: "NIKON").withAdobeMarker(flags0: 0xC000), fires: true),
            DetectorExample("Adobe segment with zero flags (weak)", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "APP14:Adobe", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: 80, huffman: 4, optimised: false, make: "Canon").withAdobeMarker(flags0: 0), fires: true),
            DetectorExample("Photoshop's tables, segment stripped (weak)", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: "Canon").withTableValues(luma: editorTables[0].luma, chroma: editorTables[0].chroma), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .photo, e.inspection.structure.format == "jpeg" else { return [] }
        let make = e.inspection.exif?.summary.make.map(CameraTableLayoutDetector.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        let claimed = [make, e.inspection.exif?.summary.model.map(CameraTableLayoutDetector.trimmed)].compactMap { $0 }.joined(separator: " ")
        let claim: MessageArgument = .message(claimed.isEmpty ? message("no-claim") : message("claim", ["camera": .text(claimed)]))
        func source(_ m: (software: String, source: String, luma: [Int], chroma: [Int])) -> MessageArgument {
            .message(message("source-\(Self.editorTables.firstIndex { $0.source == m.source } ?? 0)"))
        }
        let tables = e.inspection.structure.quantizationTables ?? []
        let luma = tables.first { $0.id == 0 }?.values, chroma = tables.first { $0.id == 1 }?.values
        let match = Self.editorTables.first { $0.luma == luma && $0.chroma == chroma }
        if let adobe = e.inspection.structure.adobe {
            var evidence: [String: EvidenceValue] = ["byteOffset": .int(adobe.offset), "version": .int(Int64(adobe.version)),
                                                     "flags0": .string(Self.hex(adobe.flags0)), "flags1": .string(Self.hex(adobe.flags1)),
                                                     "transform": .int(Int64(adobe.transform))]
            if !claimed.isEmpty { evidence["exifCamera"] = .string(claimed) }
            if let match { evidence["tablesAsIn"] = .string(match.source) }
            let note: MessageArgument = .message(match.map { message("tables-note", ["source": source($0)]) } ?? message("no-note"))
            let args: [String: MessageArgument] = ["byteOffset": .int(adobe.offset), "flags": .text(Self.hex(adobe.flags0)), "claim": claim, "note": note]
            if adobe.flags0 != 0 {
                return [finding(message("adobe-flags", args), evidence)]
            }
            return [finding(message("adobe-zero", args), evidence, severity: .weak)]
        }
        guard let match else { return [] }
        var evidence: [String: EvidenceValue] = ["tablesAsIn": .string(match.source), "software": .string(match.software)]
        if let dqt = e.inspection.structure.segments?.first(where: { $0.marker == "DQT" }) { evidence["byteOffset"] = .int(dqt.offset) }
        if !claimed.isEmpty { evidence["exifCamera"] = .string(claimed) }
        return [finding(message("tables", ["source": source(match), "claim": claim, "software": .text(match.software)]), evidence, severity: .weak)]
    }

    static func hex(_ v: Int) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension Evidence {
    /// A JPEG copy with an APP14 Adobe segment of these flags, YCbCr transform (for examples).
    public func withAdobeMarker(flags0: Int) -> Evidence {
        var e = self
        let offset = e.inspection.structure.segments?.first { $0.marker == "APP14" }?.offset ?? 2
        e.inspection.structure.adobe = AdobeMarker(offset: offset, version: 100, flags0: flags0, flags1: 0, transform: 1)
        return e
    }

    /// A JPEG copy whose two quantisation tables hold these values (for examples).
    public func withTableValues(luma: [Int], chroma: [Int]) -> Evidence {
        var e = self
        e.inspection.structure.quantizationTables = [QuantizationTable(id: 0, precision: 8, values: luma, ijgQuality: nil, ijgExact: false),
                                                     QuantizationTable(id: 1, precision: 8, values: chroma, ijgQuality: nil, ijgExact: false)]
        return e
    }
}
