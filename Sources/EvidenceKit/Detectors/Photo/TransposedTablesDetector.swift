/// `photo.jpeg.transposed-tables` — a quantisation table is one of libjpeg's standard tables turned on its
/// side (rows and columns swapped). Encoders store their tables upright; a lossless tool that rotates the
/// coded picture by 90 or 270 degrees transposes every coefficient block and so every table with it
/// (jpegtran -rotate 90, exiftran -9, gallery apps that turn a JPEG without re-compressing it).
public struct TransposedTablesDetector: Detector {
    public static let description = DetectorDescription(
        id: "photo.jpeg.transposed-tables", name: "Quantisation table turned on its side (lossless rotation)",
        nameVi: "Bảng lượng tử bị xoay ngang (xoay ảnh không mất dữ liệu)",
        severity: .strong, indicates: .remuxed,
        rationale: "libjpeg's standard tables (T.81 Annex K scaled by quality) are not symmetric: the luminance table's first row is 16 11 10 16 and its first column 16 12 14 14. An encoder writes a table the way it quantised, row by row; rotating a JPEG by 90 or 270 degrees without decoding it (jpegtran, exiftran, the 'rotate' of many gallery apps) swaps rows and columns of every 8×8 coefficient block, so the tool must store each table transposed too. A table that is exactly a standard table at some quality once its rows and columns are swapped, and is not one as stored, therefore comes from such a rotation: the coded picture is the camera's, turned after capture, and the file was rewritten (remuxed). The rule rests on how the transform works, not on any one device: every phone in the corpus that uses the standard tables (LG Nexus 4, OnePlus 8, HMD Nokia 8.3, Samsung Galaxy S2 and Note 3) stores them upright, and exiftran's rotation of each stores them transposed. Cameras with tables of their own (Apple's, the Samsung J3's) are not judged: their upright table is not known to the tool.",
        rationaleVi: "Các bảng chuẩn của libjpeg (Phụ lục K của T.81 co giãn theo chất lượng) không đối xứng: hàng đầu của bảng độ sáng là 16 11 10 16 còn cột đầu là 16 12 14 14. Bộ mã hóa ghi bảng theo đúng chiều nó đã lượng tử, từng hàng một; xoay một ảnh JPEG 90 hoặc 270 độ mà không giải mã (jpegtran, exiftran, chức năng 'xoay' của nhiều ứng dụng thư viện ảnh) sẽ hoán đổi hàng và cột của mọi khối hệ số 8×8, nên công cụ đó cũng phải ghi mỗi bảng ở dạng chuyển vị. Vì vậy một bảng trùng khớp chính xác với một bảng chuẩn ở một mức chất lượng nào đó sau khi hoán đổi hàng và cột, mà ở dạng đang lưu thì không, là kết quả của một lần xoay như thế: dữ liệu ảnh đã mã hóa vẫn là của máy ảnh, bị xoay sau khi chụp, và tệp đã được ghi lại (đóng gói lại). Quy tắc dựa trên cách phép biến đổi hoạt động, không dựa trên một thiết bị cụ thể: mọi điện thoại trong bộ mẫu dùng bảng chuẩn (LG Nexus 4, OnePlus 8, HMD Nokia 8.3, Samsung Galaxy S2 và Note 3) đều ghi bảng đúng chiều, và bản xoay bằng exiftran của từng máy đều ghi bảng ở dạng chuyển vị. Máy ảnh có bảng riêng (của Apple, của Samsung J3) không được xét: công cụ không biết bảng đúng chiều của chúng.",
        examples: [
            DetectorExample("phone that saves with the standard tables at 95", .synthetic(kind: .photo).withTableValues([standard(0, quality: 95), standard(1, quality: 95)]), fires: false),
            DetectorExample("the same picture turned 90 degrees by exiftran (luminance table transposed)",
                            .synthetic(kind: .photo).withTableValues([transposed(standard(0, quality: 95)), transposed(standard(1, quality: 95))]),
                            fires: true, severity: .strong, indicates: .remuxed),
            DetectorExample("turned 180 degrees (tables stay upright)", .synthetic(kind: .photo).withTableValues([standard(0, quality: 96), standard(1, quality: 96)]), fires: false),
            DetectorExample("an encoder's own tables", .synthetic(kind: .photo).withTableValues([Array(1...64), Array(1...64)]), fires: false),
        ])

    public init() {}

    /// libjpeg's standard table for table `id` (0 luminance, otherwise chrominance) at `quality`, in natural order.
    static func standard(_ id: Int, quality: Int) -> [Int] {
        JPEGMarkerWalker.ijgTable(id == 0 ? JPEGMarkerWalker.standardLuma : JPEGMarkerWalker.standardChroma, quality: quality)
    }

    /// The table with rows and columns swapped.
    static func transposed(_ t: [Int]) -> [Int] {
        guard t.count == 64 else { return t }
        return (0..<64).map { t[($0 % 8) * 8 + $0 / 8] }
    }

    public func run(_ e: Evidence) -> [Finding] {
        guard let tables = e.inspection.structure.quantizationTables else { return [] }
        // Only the luminance table can show it: the standard chrominance table is symmetric, so it reads the same turned.
        guard let index = tables.firstIndex(where: { $0.id == 0 }) else { return [] }
        let table = tables[index]
        guard table.values.count == 64, !table.ijgExact else { return [] }
        let (quality, exact) = JPEGMarkerWalker.ijgQuality(Self.transposed(table.values), standard: JPEGMarkerWalker.standardLuma)
        guard exact, let quality else { return [] }
        // With one DQT segment per table the n-th table is in the n-th segment; otherwise all share the first.
        let dqts = e.inspection.structure.segments?.filter { $0.marker == "DQT" } ?? []
        let segment = dqts.count == tables.count ? dqts[index] : dqts.first
        let row = table.values.prefix(8).map(String.init).joined(separator: " ")
        let column = stride(from: 0, to: 64, by: 8).map { String(table.values[$0]) }.joined(separator: " ")
        var evidence: [String: EvidenceValue] = ["table": .int(0), "ijgQualityTransposed": .int(Int64(quality)), "firstRow": .string(row), "firstColumn": .string(column)]
        if let segment { evidence["byteOffset"] = .int(segment.offset) } else { evidence["segment"] = .string("DQT") }
        return [finding(message("luma", ["offset": .int(segment?.offset ?? 0), "quality": .number(quality), "row": .text(row), "column": .text(column)]),
                        evidence)]
    }
}

extension Evidence {
    /// A JPEG whose quantisation tables (ids 0, 1, … in natural order) are these, one DQT segment each (for examples).
    public func withTableValues(_ tables: [[Int]]) -> Evidence {
        var e = self
        e.inspection.structure.format = "jpeg"
        e.inspection.structure.quantizationTables = tables.enumerated().map { id, values in
            let standard = id == 0 ? JPEGMarkerWalker.standardLuma : JPEGMarkerWalker.standardChroma
            let (q, exact) = JPEGMarkerWalker.ijgQuality(values, standard: standard)
            return QuantizationTable(id: id, precision: 8, values: values, ijgQuality: q, ijgExact: exact)
        }
        e.inspection.structure.segments = [JPEGSegment(marker: "SOI", code: 0xD8, offset: 0, length: 2)]
            + tables.indices.map { JPEGSegment(marker: "DQT", code: 0xDB, offset: Int64(2 + 69 * $0), length: 69) }
        return e
    }
}
