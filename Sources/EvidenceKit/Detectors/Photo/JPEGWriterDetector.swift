/// `photo.jpeg.software-writer` — the JPEG headers are laid out by a software encoder, not by the camera
/// named in the Exif: either libjpeg compressed the pixels again (Pillow, ImageMagick, GIMP and most apps
/// write the JFIF header first, one table per segment and IJG tables) or a libjpeg transcoder rewrote the
/// coded picture losslessly (jpegtran -optimize: camera segments kept, tables split, Huffman optimised).
public struct JPEGWriterDetector: Detector {
    public static let description = DetectorDescription(
        id: "photo.jpeg.software-writer", name: "JPEG headers written by software, not by the camera",
        nameVi: "Phần đầu JPEG do phần mềm ghi, không phải máy ảnh",
        severity: .strong, indicates: .reEncoded,
        rationale: "The Exif standard puts the Exif segment right after SOI, and camera encoders write all quantisation tables in one DQT segment and all Huffman tables in one DHT segment, with the Annex K Huffman tables. libjpeg, which Pillow, ImageMagick, GIMP and most apps use, writes a JFIF header first, one segment per table and IJG-scaled tables; when a tool keeps the photo's Exif it is inserted after that JFIF header. All four traits together mean the pixels were compressed again by software (none of the 8 JPEG camera originals in the corpus has more than three; one phone, the Samsung SM-J327T1, writes JFIF first with its own tables). Three of four only hint at it, except split tables with IJG tables at quality 90 or below under a camera's Exif: no camera original uses IJG tables below 95 and a lossless rewrite keeps the camera's tables, so that is a re-save even without a JFIF header (libvips writes none when it has Exif to write). A picture whose Exif says Apple but whose tables are IJG's was re-compressed: Apple's encoders use their own tables. Cameras write baseline JPEGs: a progressive picture with a camera's Exif was compressed again (web exports, messaging and social apps). A lossless rewrite by jpegtran -optimize keeps the Exif first but splits the tables and optimises the Huffman codes: the coded picture is the camera's, the file is not (remuxed). jpegoptim does the same and adds a JFIF header, so all four traits with optimised codes and IJG tables at 95 or above (the qualities phones save at themselves: the LG, OnePlus, HMD and both Samsung Galaxy originals) is called a rewrite (remuxed), not a re-compression: an editor re-saving at that very quality with optimised codes writes the same headers, and the headers cannot tell the two apart.",
        rationaleVi: "Chuẩn Exif đặt đoạn Exif ngay sau SOI, và bộ mã hóa của máy ảnh ghi mọi bảng lượng tử trong một đoạn DQT và mọi bảng Huffman trong một đoạn DHT, với các bảng Huffman theo Phụ lục K. libjpeg, thư viện mà Pillow, ImageMagick, GIMP và phần lớn ứng dụng dùng, ghi phần đầu JFIF trước tiên, mỗi bảng một đoạn và các bảng được co giãn theo IJG; khi một công cụ giữ lại Exif của ảnh, đoạn này được chèn sau phần đầu JFIF đó. Cả bốn đặc điểm cùng lúc nghĩa là các điểm ảnh đã được phần mềm nén lại (không ảnh JPEG gốc nào trong 8 ảnh từ máy ảnh của bộ mẫu có quá ba đặc điểm; một điện thoại, Samsung SM-J327T1, ghi JFIF trước với bảng riêng của nó). Ba trên bốn đặc điểm chỉ là gợi ý, trừ trường hợp các bảng tách riêng là bảng IJG ở chất lượng 90 trở xuống dưới Exif của một máy ảnh: không ảnh gốc nào từ máy ảnh dùng bảng IJG dưới 95 và một lần ghi lại không mất dữ liệu giữ nguyên bảng của máy ảnh, nên đó là một lần lưu lại kể cả khi không có phần đầu JFIF (libvips không ghi phần đầu này khi có Exif để ghi). Một ảnh có Exif ghi Apple mà bảng lại là của IJG đã bị nén lại: bộ mã hóa của Apple dùng bảng riêng. Máy ảnh ghi JPEG tuần tự (baseline): một ảnh lũy tiến (progressive) mang Exif của máy ảnh đã bị nén lại (xuất cho web, ứng dụng nhắn tin và mạng xã hội). Một lần ghi lại không mất dữ liệu bằng jpegtran -optimize giữ Exif ở đầu nhưng tách các bảng và tối ưu mã Huffman: dữ liệu ảnh đã mã hóa vẫn là của máy ảnh, còn tệp thì không (đóng gói lại). jpegoptim làm y như vậy và thêm phần đầu JFIF, nên đủ bốn đặc điểm với mã Huffman được tối ưu và bảng IJG ở chất lượng 95 trở lên (mức mà chính các điện thoại lưu: ảnh gốc LG, OnePlus, HMD và hai máy Samsung Galaxy) được coi là một lần ghi lại (đóng gói lại), không phải một lần nén lại: một trình chỉnh sửa lưu lại đúng ở mức chất lượng đó với mã được tối ưu cũng ghi ra phần đầu y hệt, và phần đầu không phân biệt được hai trường hợp.",
        examples: [
            DetectorExample("camera layout", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: "LGE"), fires: false),
            DetectorExample("Pillow re-save with Exif kept", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: "LGE"), fires: true),
            DetectorExample("Apple Exif with IJG tables", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: 90, huffman: 4, optimised: false, make: "Apple"), fires: true),
            DetectorExample("progressive with camera Exif", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF2", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: true, make: "samsung").withProcess("progressive DCT"), fires: true),
            DetectorExample("GIMP save at 85 with its JFIF header stripped (re-encoded, not a transcode)", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 85, huffman: 4, optimised: true, make: "Canon"), fires: true),
            DetectorExample("libvips at 85 with the camera's Exif kept (no JFIF, Annex K codes)", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 85, huffman: 4, optimised: false, make: "LGE"), fires: true, severity: .strong, indicates: .reEncoded),
            DetectorExample("split tables at IJG 95 under Exif (a camera's own quality): three traits, only a hint", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: "HMD Global"), fires: true, severity: .weak),
            DetectorExample("jpegtran -optimize", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: true, make: "Apple"), fires: true, severity: .strong, indicates: .remuxed),
            DetectorExample("jpegoptim over a phone that saves IJG tables at 95 (JFIF added, codes optimised): rewritten, not shown re-compressed", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: true, make: "LGE"), fires: true, severity: .strong, indicates: .remuxed),
            DetectorExample("ImageMagick at 85 with the camera's Exif (JFIF, codes optimised)", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 85, huffman: 4, optimised: true, make: "LGE"), fires: true, severity: .strong, indicates: .reEncoded),
            DetectorExample("libjpeg layout without Exif at 95, Annex K codes (a re-save, or a libjpeg-laid-out camera picture stripped): a hint", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: nil), fires: true, severity: .weak, indicates: .reEncoded),
            DetectorExample("libjpeg output without Exif (messaging app)", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 87, huffman: 4, optimised: false, make: nil), fires: true),
            DetectorExample("JFIF-first phone with its own tables", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: true, make: "SAMSUNG"), fires: false),
        ])

    public init() {}

    /// The lowest IJG quality a camera original in the corpus saves at (the LG, OnePlus and Nokia at 95, the Samsung
    /// Galaxy Note 3 at 96, the Galaxy S2 at 98): at or above it, libjpeg's tables do not show a re-compression.
    static let cameraQuality = 95

    /// " at quality N", or nothing when the tables are not IJG's at a known quality.
    static func quality(_ layout: JPEGLayout) -> Message {
        layout.ijgQuality.map { Message("common.jpeg.quality", ["quality": .number($0)]) } ?? Message("common.jpeg.quality-none")
    }

    public func run(_ e: Evidence) -> [Finding] {
        guard let layout = JPEGLayout(e.inspection.structure), layout.editorSegments.isEmpty else { return [] }
        if !layout.hasExif {
            // No camera claim at all: a JPEG that libjpeg compressed itself (messaging apps, converters,
            // screenshots saved as JPEG). Not a camera original, whatever it shows.
            guard layout.jfifFirst, layout.dqtPerTable, layout.dhtPerTable, layout.ijgTables else { return [] }
            let dqt = e.inspection.structure.segments?.first { $0.marker == "DQT" }
            if let q = layout.ijgQuality, q >= Self.cameraQuality, !layout.optimisedHuffman {
                // At a quality phones save at themselves, with Annex K codes, this is also what a camera that writes
                // libjpeg's layout leaves when its metadata is stripped (jhead -purejpg over the Nokia 8.3): a hint only.
                return [finding(message("no-exif-camera-quality", ["quality": .number(q)]),
                                ["byteOffset": .int(dqt?.offset ?? 0), "ijgQuality": .int(Int64(q))], severity: .weak)]
            }
            return [finding(message("no-exif", ["quality": .message(Self.quality(layout))]),
                            ["byteOffset": .int(dqt?.offset ?? 0), "ijgQuality": .int(Int64(layout.ijgQuality ?? 0))])]
        }
        let make = e.inspection.exif?.summary.make.map { String($0.drop { $0 == " " }) }
        let claimed = [make, e.inspection.exif?.summary.model].compactMap { $0 }.joined(separator: " ")
        let dqt = e.inspection.structure.segments?.first { $0.marker == "DQT" }
        var evidence: [String: EvidenceValue] = ["traits": .strings(layout.libjpegTraits)]
        if let dqt { evidence["byteOffset"] = .int(dqt.offset) }
        if !claimed.isEmpty { evidence["exifCamera"] = .string(claimed) }
        if let q = layout.ijgQuality { evidence["ijgQuality"] = .int(Int64(q)) }
        let traits = layout.libjpegTraits
        let camera: MessageArgument = claimed.isEmpty ? .message(message("a-camera")) : .text(claimed)
        if traits.count == 4, layout.optimisedHuffman, let q = layout.ijgQuality, q >= Self.cameraQuality, make != nil {
            // libjpeg's layout with optimised codes and IJG tables at a quality phones save at themselves (95–98):
            // what a lossless optimiser (jpegoptim, jpegtran) writes over a camera picture that already had those
            // tables, adding its JFIF header. An editor re-saving at that very quality with optimised codes would
            // write the same headers, so the claim is the smaller one: rewritten, not shown to be re-compressed.
            return [finding(message("optimised-jfif", ["quality": .number(q), "camera": .text(claimed)]),
                            evidence, indicates: .remuxed)]
        }
        if traits.count == 4 {
            return [finding(message("resaved", ["traits": .messages(layout.libjpegTraitMessages), "camera": camera]),
                            evidence)]
        }
        if let process = e.inspection.structure.frame?.process, process.hasPrefix("progressive"), make != nil {
            // Camera encoders write baseline (sequential) JPEG; progressive coding is what editors' "save for
            // web" and messaging or social apps choose when they compress a picture again.
            evidence["process"] = .string(process)
            return [finding(message("progressive", ["process": .text(process), "camera": .text(claimed)]),
                            evidence)]
        }
        if make?.lowercased().hasPrefix("apple") == true, layout.ijgTables {
            return [finding(message("apple-ijg", ["camera": .text(claimed), "quality": .message(Self.quality(layout))]),
                            evidence)]
        }
        if layout.exifFirst && !layout.hasJFIF && layout.dqtPerTable && layout.dhtPerTable && layout.optimisedHuffman,
           layout.ijgTables, let q = layout.ijgQuality, q <= QuantizationDetector.qualityLimit {
            // The transcoder layout, but the tables are libjpeg's own at a re-save quality: no camera's coded
            // picture is left to keep (phones that use IJG tables save at 95–98). libjpeg-based software compressed
            // the pixels, and the JFIF header it writes was removed afterwards (ExifTool's -all= does that).
            return [finding(message("jfif-removed", ["quality": .number(q)]),
                            evidence)]
        }
        if layout.dqtPerTable && layout.dhtPerTable && layout.ijgTables, let q = layout.ijgQuality, q <= QuantizationDetector.qualityLimit, make != nil {
            // libjpeg's split tables and its own tables at a re-save quality, under a camera's Exif: the pixels were
            // compressed again (libvips, and any libjpeg writer that leaves the JFIF header out when it has Exif to
            // write). No camera original has IJG tables below 95, and a lossless transcoder keeps the camera's tables.
            return [finding(message("split-ijg", ["quality": .number(q), "camera": .text(claimed)]),
                            evidence)]
        }
        if layout.exifFirst && !layout.hasJFIF && layout.dqtPerTable && layout.dhtPerTable && layout.optimisedHuffman {
            return [finding(message("transcoded"),
                            evidence, indicates: .remuxed)]
        }
        if traits.count == 3 {
            return [finding(message("three-traits", ["traits": .messages(layout.libjpegTraitMessages)]),
                            evidence, severity: .weak)]
        }
        return []
    }
}

extension Evidence {
    /// A JPEG with these segments ("APP1:Exif" names an identifier), tables and Exif make (for examples).
    public func withJPEGLayout(_ markers: [String], tables: Int, ijg: Int?, huffman: Int, optimised: Bool, make: String?) -> Evidence {
        var e = self
        var offset: Int64 = 2
        e.inspection.structure.format = "jpeg"
        e.inspection.structure.frame = JPEGFrame(process: "baseline", precision: 8, width: 4000, height: 3000, components: 3, sampling: ["2x2", "1x1", "1x1"])
        e.inspection.structure.segments = [JPEGSegment(marker: "SOI", code: 0xD8, offset: 0, length: 2)] + markers.map { m in
            let parts = m.split(separator: ":").map(String.init)
            defer { offset += 100 }
            var s = JPEGSegment(marker: parts[0], code: 0, offset: offset, length: 100)
            if parts.count > 1 { s.identifier = parts[1] }
            return s
        }
        e.inspection.structure.quantizationTables = (0..<tables).map { QuantizationTable(id: $0, precision: 8, values: [], ijgQuality: ijg ?? 85, ijgExact: ijg != nil) }
        e.inspection.structure.huffmanTables = (0..<huffman).map { HuffmanTableInfo(tableClass: $0 % 2, id: $0 / 2, codeLengthCounts: [], annexK: !optimised) }
        var summary = e.inspection.exif?.summary ?? ExifSummary(thumbnail: .init(present: false), makerNote: .init(present: false))
        summary.make = make
        e.inspection.exif = ExifReport(byteOrder: "big-endian (MM)", tiffHeaderOffset: 12, ifds: [:], summary: summary)
        return e
    }
}

extension Evidence {
    /// The JPEG frame's coding process (for examples).
    public func withProcess(_ process: String) -> Evidence {
        var e = self
        e.inspection.structure.frame?.process = process
        return e
    }
}
