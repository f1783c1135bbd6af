/// `photo.jpeg.ijg-tables` — the JPEG uses libjpeg's standard quantisation tables scaled to a quality of
/// 90 or lower: what libjpeg, Pillow, GIMP, ImageMagick and messaging apps write when they save again.
/// Phones that use the standard tables at all use them at 95–98 (5 of the 8 JPEG originals in the
/// corpus), so tables alone never accuse.
public struct QuantizationDetector: Detector {
    static let qualityLimit = 90

    public static let description = DetectorDescription(
        id: "photo.jpeg.ijg-tables", name: "Standard libjpeg tables at a re-save quality",
        nameVi: "Bảng lượng tử chuẩn libjpeg ở chất lượng lưu lại",
        severity: .weak, indicates: .reEncoded,
        rationale: "JPEG quantisation tables record how hard the picture was compressed and often which software did it. Many phones use the standard IJG tables too, but at quality 95–98; libjpeg-based tools and messaging apps save at 75–90 (Telegram 75, GIMP 85, ACDSee 80). A standard table at 90 or below therefore hints at a re-save; custom tables are not judged here.",
        rationaleVi: "Bảng lượng tử JPEG ghi lại ảnh đã bị nén mạnh đến mức nào và thường cho biết phần mềm nào đã nén. Nhiều điện thoại cũng dùng các bảng chuẩn của IJG, nhưng ở chất lượng 95–98; các công cụ dựa trên libjpeg và ứng dụng nhắn tin lưu ở mức 75–90 (Telegram 75, GIMP 85, ACDSee 80). Vì vậy một bảng chuẩn ở mức 90 trở xuống gợi ý một lần lưu lại; các bảng tùy chỉnh không được đánh giá ở đây.",
        examples: [
            DetectorExample("phone at 95", .synthetic(kind: .photo).withTables(quality: 95, exact: true), fires: false),
            DetectorExample("custom tables", .synthetic(kind: .photo).withTables(quality: 80, exact: false), fires: false),
            DetectorExample("Telegram at 75", .synthetic(kind: .photo).withTables(quality: 75, exact: true), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let tables = e.inspection.structure.quantizationTables, let luma = tables.first(where: { $0.id == 0 }),
              luma.ijgExact, let q = luma.ijgQuality, q <= Self.qualityLimit else { return [] }
        let dqt = e.inspection.structure.segments?.first { $0.marker == "DQT" }
        var evidence: [String: EvidenceValue] = ["ijgQuality": .int(Int64(q)), "tables": .strings(tables.map { "table \($0.id): \($0.ijgExact ? "IJG standard" : "custom") q\($0.ijgQuality ?? 0)" })]
        if let dqt { evidence["byteOffset"] = .int(dqt.offset) }
        return [finding(message("ijg", ["quality": .number(q)]),
                        evidence)]
    }
}

extension Evidence {
    /// A photo copy whose luminance table is IJG-scaled to `quality` (for examples).
    public func withTables(quality: Int, exact: Bool) -> Evidence {
        var e = self
        e.inspection.structure.quantizationTables = [QuantizationTable(id: 0, precision: 8, values: [], ijgQuality: quality, ijgExact: exact)]
        e.inspection.structure.segments = [JPEGSegment(marker: "SOI", code: 0xD8, offset: 0, length: 2), JPEGSegment(marker: "DQT", code: 0xDB, offset: 2, length: 69)]
        return e
    }
}
