/// `photo.jpeg.camera-table-layout` — the JPEG's tables are laid out as libjpeg's transcoder writes them
/// (one DQT segment per quantisation table, one DHT segment per Huffman table, Huffman codes optimised
/// for this picture), while the camera model named in the Exif is known to write them otherwise. The
/// coded picture may still be the camera's; the file is not (jpegtran, lossless rotate and crop tools).
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
        /// The corpus original this was read from.
        let source: String

        var described: String {
            "\(oneDQT ? "all quantisation tables in one DQT segment" : "one DQT segment per table"), \(oneDHT ? "all Huffman tables in one DHT segment" : "one DHT segment per table"), \(optimised ? "optimised" : "Annex K") Huffman codes"
        }
    }

    /// The camera models whose JPEG writer the corpus shows and that the generic jpegtran check
    /// (`photo.jpeg.software-writer`: Exif first, no JFIF) cannot judge because they write a JFIF segment
    /// themselves. Only the table layout is compared: it belongs to the camera's encoder, while the
    /// segments before it (APPn) and restart intervals can change with the shooting mode.
    static let known: [CameraTables] = [
        CameraTables(make: "samsung", model: "SM-J327T1", oneDQT: true, oneDHT: false, optimised: true, source: "photos/samsung_sm-j327t1.jpg"),
        CameraTables(make: "HMD Global", model: "Nokia 8.3 5G", oneDQT: false, oneDHT: false, optimised: false, source: "photos/hmd_nokia_8.3_5g.jpg"),
    ]

    public static let description = DetectorDescription(
        id: "photo.jpeg.camera-table-layout", name: "JPEG tables rewritten by a transcoder",
        nameVi: "Bảng JPEG bị công cụ chuyển mã ghi lại",
        severity: .strong, indicates: .remuxed,
        rationale: "A camera's JPEG encoder lays out its tables the same way in every picture (Kee, Johnson & Farid 2011: header layout identifies the writer). libjpeg's transcoder (jpegtran -optimize, lossless rotate and crop tools) keeps the coefficients and metadata but writes one DQT segment per quantisation table, one DHT segment per Huffman table, and Huffman codes optimised for the picture. For camera models whose own layout the corpus shows to be different (the Samsung SM-J327T1: one DQT segment; the HMD Nokia 8.3 5G: Annex K Huffman tables), that layout means the file was rewritten after capture, even if the picture itself was not re-compressed. Camera models not in the table are not judged.",
        rationaleVi: "Bộ mã hóa JPEG của máy ảnh sắp xếp các bảng giống nhau trong mọi ảnh. Công cụ chuyển mã của libjpeg (jpegtran -optimize, xoay hay cắt không mất dữ liệu) giữ hệ số và siêu dữ liệu nhưng ghi mỗi bảng lượng tử một đoạn DQT, mỗi bảng Huffman một đoạn DHT và mã Huffman tối ưu cho ảnh. Với các mẫu máy mà bộ mẫu cho thấy cách ghi khác (Samsung SM-J327T1: một đoạn DQT; HMD Nokia 8.3 5G: bảng Huffman Phụ lục K), cách sắp xếp đó nghĩa là tệp đã bị ghi lại sau khi chụp. Mẫu máy không có trong bảng thì không đánh giá.",
        examples: [
            DetectorExample("Samsung SM-J327T1 as the camera writes it", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: true, make: "samsung").withModel("SM-J327T1"), fires: false),
            DetectorExample("Samsung SM-J327T1 after jpegtran -optimize", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: true, make: "samsung").withModel("SM-J327T1"), fires: true),
            DetectorExample("HMD Nokia 8.3 5G as the camera writes it", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "APP0:JFIF", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: "HMD Global").withModel("Nokia 8.3 5G"), fires: false),
            DetectorExample("HMD Nokia 8.3 5G after jpegtran -optimize", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "APP0:JFIF", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: true, make: "HMD Global").withModel("Nokia 8.3 5G"), fires: true),
            DetectorExample("a model the corpus does not show", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: true, make: "samsung").withModel("SM-G991B"), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        let s = e.inspection.structure
        guard let layout = JPEGLayout(s), layout.dqtPerTable, layout.dhtPerTable, layout.optimisedHuffman,
              let summary = e.inspection.exif?.summary, let make = summary.make.map(Self.trimmed),
              let model = summary.model.map(Self.trimmed),
              let camera = Self.known.first(where: { $0.make.lowercased() == make.lowercased() && $0.model == model }),
              camera.oneDQT || camera.oneDHT || !camera.optimised
        else { return [] }
        var differences: [String] = []
        if camera.oneDQT { differences.append("one DQT segment per quantisation table") }
        if camera.oneDHT { differences.append("one DHT segment per Huffman table") }
        if !camera.optimised { differences.append("Huffman codes optimised for this picture") }
        var evidence: [String: EvidenceValue] = ["exifCamera": .string("\(make) \(model)"), "differences": .strings(differences),
                                                 "cameraLayout": .string(camera.described), "cameraSource": .string(camera.source)]
        if let dqt = s.segments?.first(where: { $0.marker == "DQT" }) { evidence["byteOffset"] = .int(dqt.offset) }
        return [finding("The Exif names the \(make) \(model), whose camera writes \(camera.described) (corpus original \(camera.source)); this file has \(differences.joined(separator: ", ")) — libjpeg's transcoder layout (jpegtran -optimize, lossless rotate or crop). The file was rewritten after capture; the picture itself may not have been re-compressed.",
                        vi: "Exif ghi máy \(make) \(model), vốn ghi bảng theo cách khác; tệp này có cách sắp xếp của công cụ chuyển mã libjpeg (jpegtran): tệp đã bị ghi lại sau khi chụp, dù ảnh có thể chưa bị nén lại.",
                        evidence)]
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
