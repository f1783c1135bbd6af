/// `photo.jpeg.camera-table-layout` — the JPEG's tables are not laid out as the camera model named in the
/// Exif lays them out (one DQT or DHT segment per table where the camera writes one for all, or the other
/// way round; optimised Huffman codes where it uses Annex K's, or the reverse). Another program wrote them:
/// a lossless transcoder (jpegtran, rotate and crop tools) or an encoder that compressed the picture again.
public struct CameraTableLayoutDetector: Detector {
    /// How a camera model lays out its tables, learned from a corpus original.
    struct CameraTables: Sendable {
        let make: String
        let model: String
        /// All quantisation tables in one DQT segment (false: one segment per table).
        let oneDQT: Bool
        /// All Huffman tables in one DHT segment.
        let oneDHT: Bool
        /// Huffman codes optimised for each picture (false: T.81 Annex K tables).
        let optimised: Bool
        /// Where the layout was learned (a reference original of the model; kept for the record, never shown as
        /// the reason: a reference names the device, not a file).
        let source: String

        /// How the camera lays out its tables, as phrases in either language.
        var describedMessage: MessageArgument {
            .messages([Message(oneDQT ? "photo.jpeg.camera-table-layout.dqt-one" : "photo.jpeg.camera-table-layout.dqt-per-table"),
                       Message(oneDHT ? "photo.jpeg.camera-table-layout.dht-one" : "photo.jpeg.camera-table-layout.dht-per-table"),
                       Message(optimised ? "photo.jpeg.camera-table-layout.codes-optimised" : "photo.jpeg.camera-table-layout.codes-annex-k")])
        }

        var described: String {
            "\(oneDQT ? "all quantisation tables in one DQT segment" : "one DQT segment per table"), \(oneDHT ? "all Huffman tables in one DHT segment" : "one DHT segment per table"), \(optimised ? "optimised" : "Annex K") Huffman codes"
        }
    }

    /// The camera models whose JPEG writer the corpus shows, each from its original. Only the table layout is
    /// compared: it belongs to the camera's encoder, while the segments before it (APPn) and restart
    /// intervals can change with the shooting mode. Six write every table of a kind in one segment with the
    /// Annex K Huffman tables; the Samsung SM-J327T1 and HMD Nokia 8.3 5G, which write a JFIF segment
    /// themselves, lay them out otherwise.
    static let known: [CameraTables] = [
        CameraTables(make: "Apple", model: "iPhone 4S", oneDQT: true, oneDHT: true, optimised: false, source: "photos/apple_iphone4s.jpg"),
        CameraTables(make: "Apple", model: "iPhone 6", oneDQT: true, oneDHT: true, optimised: false, source: "photos/apple_iphone6_hdr.jpg"),
        CameraTables(make: "LGE", model: "Nexus 4", oneDQT: true, oneDHT: true, optimised: false, source: "photos/lge_nexus4.jpg"),
        CameraTables(make: "OnePlus", model: "IN2020", oneDQT: true, oneDHT: true, optimised: false, source: "photos/oneplus_in2020_oneplus8.jpg"),
        CameraTables(make: "SAMSUNG", model: "GT-I9100", oneDQT: true, oneDHT: true, optimised: false, source: "photos/samsung_gt-i9100_galaxy_s2.jpg"),
        CameraTables(make: "SAMSUNG", model: "SAMSUNG-SM-N900A", oneDQT: true, oneDHT: true, optimised: false, source: "photos/samsung_sm-n900a_galaxy_note3.jpg"),
        CameraTables(make: "samsung", model: "SM-J327T1", oneDQT: true, oneDHT: false, optimised: true, source: "photos/samsung_sm-j327t1.jpg"),
        CameraTables(make: "HMD Global", model: "Nokia 8.3 5G", oneDQT: false, oneDHT: false, optimised: false, source: "photos/hmd_nokia_8.3_5g.jpg"),
    ]

    public static let description = DetectorDescription(
        id: "photo.jpeg.camera-table-layout", name: "JPEG tables not laid out as the camera writes them",
        nameVi: "Bảng JPEG không được sắp xếp như máy ảnh ghi",
        severity: .strong, indicates: .remuxed,
        rationale: "A camera's JPEG encoder lays out its tables the same way in every picture (Kee, Johnson & Farid 2011: header layout identifies the writer). Six of the eight camera models with a JPEG original in the corpus (iPhone 4S and 6, LG Nexus 4, OnePlus 8, Samsung Galaxy S2 and Note 3) put all quantisation tables in one DQT segment and all Huffman tables in one DHT segment, with the Annex K codes; the Samsung SM-J327T1 puts its Huffman tables in four segments with optimised codes, the HMD Nokia 8.3 5G splits both kinds with Annex K codes. When a photo names one of these models but its tables are laid out otherwise, another program wrote them after capture: libjpeg's transcoder (jpegtran -optimize, lossless rotate and crop tools) splits the tables and optimises the codes while keeping the coefficients (remuxed); Pillow and other libjpeg-based encoders split them too when they compress the picture again — which of the two, the headers cannot tell, so the finding claims only the rewrite. This catches a re-save whose JFIF header was stripped to look like the camera's. The jpegtran layout decides for every model; any other difference decides only for Apple's encoder (two models, iOS 5 and 8) and is a weak sign for the other makers, each known from one original, whose panorama or burst modes may use another encoder. Camera models not in the table are not judged.",
        rationaleVi: "Bộ mã hóa JPEG của một máy ảnh sắp xếp các bảng theo cùng một cách trong mọi ảnh (Kee, Johnson & Farid 2011: cách sắp xếp phần đầu nhận diện được trình ghi). Sáu trong tám mẫu máy có ảnh gốc JPEG trong bộ mẫu (iPhone 4S và 6, LG Nexus 4, OnePlus 8, Samsung Galaxy S2 và Note 3) đặt mọi bảng lượng tử trong một đoạn DQT và mọi bảng Huffman trong một đoạn DHT, với mã theo Phụ lục K; Samsung SM-J327T1 đặt các bảng Huffman trong bốn đoạn với mã được tối ưu, HMD Nokia 8.3 5G tách cả hai loại bảng với mã theo Phụ lục K. Khi một ảnh ghi tên một trong các mẫu máy này mà các bảng lại được sắp xếp khác đi, thì một chương trình khác đã ghi chúng sau khi chụp: công cụ chuyển mã của libjpeg (jpegtran -optimize, các công cụ xoay và cắt không mất dữ liệu) tách các bảng và tối ưu mã trong khi giữ nguyên các hệ số (đóng gói lại); Pillow và các bộ mã hóa khác dựa trên libjpeg cũng tách bảng khi chúng nén lại ảnh — là trường hợp nào thì phần đầu tệp không cho biết, nên phát hiện chỉ khẳng định việc ghi lại. Kiểm tra này bắt được một lần lưu lại đã bị xóa phần đầu JFIF để trông giống của máy ảnh. Cách sắp xếp của jpegtran là dấu hiệu quyết định với mọi mẫu máy; mọi khác biệt khác chỉ có tính quyết định với bộ mã hóa của Apple (hai mẫu máy, iOS 5 và 8) và là dấu hiệu yếu với các hãng khác, mỗi hãng mới được biết qua một ảnh gốc, vì chế độ chụp toàn cảnh hay chụp liên tiếp của chúng có thể dùng bộ mã hóa khác. Các mẫu máy không có trong bảng không được đánh giá.",
        examples: [
            DetectorExample("Samsung SM-J327T1 as the camera writes it", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: true, make: "samsung").withModel("SM-J327T1"), fires: false),
            DetectorExample("Samsung SM-J327T1 after jpegtran -optimize", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: true, make: "samsung").withModel("SM-J327T1"), fires: true),
            DetectorExample("HMD Nokia 8.3 5G as the camera writes it", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "APP0:JFIF", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: "HMD Global").withModel("Nokia 8.3 5G"), fires: false),
            DetectorExample("HMD Nokia 8.3 5G after jpegtran -optimize", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "APP0:JFIF", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: true, make: "HMD Global").withModel("Nokia 8.3 5G"), fires: true),
            DetectorExample("LG Nexus 4 as the camera writes it", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: "LGE").withModel("Nexus 4"), fires: false),
            DetectorExample("LG Nexus 4 re-saved by Pillow at 95 with the JFIF header stripped", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: "LGE").withModel("Nexus 4"), fires: true),
            DetectorExample("a model the corpus does not show", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: true, make: "samsung").withModel("SM-G991B"), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        let s = e.inspection.structure
        guard let layout = JPEGLayout(s), let segments = s.segments,
              let summary = e.inspection.exif?.summary, let make = summary.make.map(Self.trimmed),
              let model = summary.model.map(Self.trimmed),
              let camera = Self.known.first(where: { $0.make.lowercased() == make.lowercased() && $0.model == model })
        else { return [] }
        let dqtSegments = segments.filter { $0.marker == "DQT" }.count, dhtSegments = segments.filter { $0.marker == "DHT" }.count
        let tables = s.quantizationTables?.count ?? 0, huffman = s.huffmanTables?.count ?? 0
        var differences: [String] = []
        var differing: [Message] = []
        func differ(_ text: String, _ key: String) {
            differences.append(text)
            differing.append(message(key))
        }
        if camera.oneDQT && layout.dqtPerTable { differ("one DQT segment per quantisation table", "dqt-per-table") }
        if !camera.oneDQT && tables >= 2 && dqtSegments == 1 { differ("all quantisation tables in one DQT segment", "dqt-one") }
        if camera.oneDHT && layout.dhtPerTable { differ("one DHT segment per Huffman table", "dht-per-table") }
        if !camera.oneDHT && huffman >= 2 && dhtSegments == 1 { differ("all Huffman tables in one DHT segment", "dht-one") }
        if !camera.optimised && layout.optimisedHuffman { differ("Huffman codes optimised for this picture", "codes-optimised") }
        if camera.optimised && !layout.optimisedHuffman && huffman > 0 { differ("the Annex K Huffman tables", "codes-annex-k") }
        let args: [String: MessageArgument] = ["make": .text(make), "model": .text(model), "camera": camera.describedMessage, "differences": .messages(differing)]
        guard !differences.isEmpty else { return [] }
        var evidence: [String: EvidenceValue] = ["exifCamera": .string("\(make) \(model)"), "differences": .strings(differences),
                                                 "cameraLayout": .string(camera.described), "cameraReference": .string("one original of the \(camera.make) \(camera.model)")]
        if let dqt = segments.first(where: { $0.marker == "DQT" }) { evidence["byteOffset"] = .int(dqt.offset) }
        if layout.dqtPerTable && layout.dhtPerTable && layout.optimisedHuffman {
            return [finding(message("transcoder", args), evidence)]
        }
        // Beyond the transcoder layout, strong only for Apple's encoder (two models, iOS 5 and 8, one layout);
        // another maker's phone is known from one original, and other shooting modes of it (panoramas, burst
        // shots) may go through another encoder.
        let severity: Severity = make.lowercased() == "apple" ? .strong : .weak
        evidence["strength"] = .string(severity == .strong ? "Apple's encoder, two models" : "one original of this model")
        let hedged = severity == .strong ? "" : "-hedged"
        if layout.ijgTables, let q = layout.ijgQuality, q <= QuantizationDetector.qualityLimit {
            // Not a lossless rewrite: the tables are libjpeg's at a re-save quality, which no camera's coded
            // picture carries (phones that use IJG tables save at 95–98).
            evidence["ijgQuality"] = .int(Int64(q))
            return [finding(message("ijg" + hedged, args.merging(["quality": .number(q)]) { a, _ in a }), evidence, severity: severity, indicates: .reEncoded)]
        }
        return [finding(message("rewritten" + hedged, args), evidence, severity: severity)]
    }

    /// Without the spaces and NULs EXIF strings are padded with.
    static func trimmed(_ s: String) -> String {
        let pad: (Character) -> Bool = { $0 == " " || $0 == "\0" }
        return String(s.drop(while: pad).reversed().drop(while: pad).reversed())
    }
}

extension Evidence {
    /// A copy whose Exif names this camera model (for examples).
    public func withModel(_ model: String) -> Evidence {
        var e = self
        e.inspection.exif?.summary.model = model
        return e
    }
}
