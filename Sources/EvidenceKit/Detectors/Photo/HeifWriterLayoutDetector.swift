/// `photo.heif.writer-layout` — the HEIC's `meta` box lists its parts (handler, primary item, item info,
/// references, properties, locations) in an order the camera named in the EXIF never writes. HEIF
/// writers each have their own order, as JPEG writers have their own segment layout; metadata tools
/// (ExifTool) keep the order they find, converters and editors (libheif and the apps built on it) write
/// their own.
public struct HeifWriterLayoutDetector: Detector {
    /// The boxes whose order is compared; others (`grpl` from iOS 18, vendor boxes) are skipped.
    static let core = ["hdlr", "dinf", "pitm", "iinf", "iloc", "iref", "iprp", "idat"]

    /// Orders seen in camera originals.
    struct MakerLayout: Sendable {
        let make: String
        let order: [String]
        let strong: Bool
        let basis: String
    }
    static let makers: [MakerLayout] = [
        MakerLayout(make: "apple", order: ["hdlr", "dinf", "pitm", "iinf", "iref", "iprp", "idat", "iloc"], strong: true,
                    basis: "all 5 iPhone originals in the corpus, iPhone 7 to 17 Pro, iOS 11 to 26, and a photo cropped in iOS Photos"),
        MakerLayout(make: "samsung", order: ["hdlr", "pitm", "iinf", "iloc", "iprp", "idat", "iref"], strong: false,
                    basis: "one Samsung original in the corpus (Galaxy S24 FE)"),
    ]

    public static let description = DetectorDescription(
        id: "photo.heif.writer-layout", name: "HEIC container not laid out as the camera writes it",
        nameVi: "Cấu trúc HEIC không giống cách máy ảnh ghi",
        severity: .strong, indicates: .remuxed,
        rationale: "A HEIF writer puts the parts of the meta box (hdlr, dinf, pitm, iinf, iref, iprp, idat, iloc) in its own order. Apple's camera writes hdlr, dinf, pitm, iinf, iref, iprp, idat, iloc in every iPhone original of the corpus (iPhone 7 to 17 Pro, iOS 11 to 26) and in a photo cropped in iOS Photos; ExifTool keeps that order when it edits metadata. libheif and the converters and editors built on it write their own (pitm, iloc, iinf or idat, iloc, iinf … iref last). A file whose EXIF names Apple but whose meta box is in another order was written again by other software — at least rewritten, usually decoded and compressed again. Samsung's order is known from one original only, so for Samsung this is a weak sign. Makers not listed are not judged.",
        rationaleVi: "Mỗi trình ghi HEIF đặt các phần của hộp meta (hdlr, dinf, pitm, iinf, iref, iprp, idat, iloc) theo thứ tự riêng của nó. Máy ảnh của Apple ghi hdlr, dinf, pitm, iinf, iref, iprp, idat, iloc trong mọi ảnh gốc iPhone của bộ mẫu (iPhone 7 đến 17 Pro, iOS 11 đến 26) và trong một ảnh được cắt bằng ứng dụng Ảnh của iOS; ExifTool giữ nguyên thứ tự đó khi sửa siêu dữ liệu. libheif cùng các phần mềm chuyển đổi và chỉnh sửa xây dựng trên nó ghi theo thứ tự riêng (pitm, iloc, iinf hoặc idat, iloc, iinf … iref sau cùng). Một tệp có EXIF ghi tên Apple mà hộp meta lại theo thứ tự khác đã được một phần mềm khác ghi lại — ít nhất là ghi lại tệp chứa, thường là giải mã rồi nén lại. Thứ tự của Samsung mới chỉ được biết qua một ảnh gốc, nên với Samsung đây là dấu hiệu yếu. Các hãng không có trong danh sách không được đánh giá.",
        examples: [
            DetectorExample("iPhone original", .synthetic(kind: .photo).withHeifMeta(["hdlr", "dinf", "pitm", "iinf", "iref", "iprp", "idat", "iloc"], make: "Apple"), fires: false),
            DetectorExample("iOS 18 original with grpl", .synthetic(kind: .photo).withHeifMeta(["hdlr", "dinf", "pitm", "iinf", "iref", "iprp", "grpl", "idat", "iloc"], make: "Apple"), fires: false),
            DetectorExample("Apple EXIF in a libheif-written file", .synthetic(kind: .photo).withHeifMeta(["hdlr", "idat", "iloc", "iinf", "pitm", "iprp", "iref"], make: "Apple"), fires: true),
            DetectorExample("Samsung original", .synthetic(kind: .photo).withHeifMeta(["hdlr", "pitm", "iinf", "iloc", "iprp", "idat", "iref"], make: "samsung"), fires: false),
            DetectorExample("Samsung EXIF in a libheif-written file (weak)", .synthetic(kind: .photo).withHeifMeta(["hdlr", "idat", "iloc", "iinf", "pitm", "iprp", "iref"], make: "samsung"), fires: true),
            DetectorExample("a maker not known", .synthetic(kind: .photo).withHeifMeta(["hdlr", "idat", "iloc", "iinf", "pitm", "iprp", "iref"], make: "Google"), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .photo, e.inspection.structure.heif != nil,
              let meta = (e.inspection.structure.boxes ?? []).first(where: { $0.type == "meta" }),
              let make = e.inspection.exif?.summary.make?.lowercased(),
              let maker = Self.makers.first(where: { make.hasPrefix($0.make) }) else { return [] }
        let order = meta.children.map(\.type).filter(Self.core.contains)
        let expected = maker.order.filter(order.contains)
        guard order != expected else { return [] }
        let evidence: [String: EvidenceValue] = ["byteOffset": .int(meta.offset), "metaOrder": .strings(order), "cameraOrder": .strings(maker.order),
                                                 "exifMake": .string(e.inspection.exif?.summary.make ?? make)]
        let written = order.joined(separator: ", "), camera = maker.order.joined(separator: ", ")
        return [finding(message("reordered", ["make": .text(e.inspection.exif?.summary.make ?? make), "camera": .text(camera),
                                              "basis": .message(message("basis-" + maker.make)), "byteOffset": .int(meta.offset), "written": .text(written)]),
                        evidence, severity: maker.strong ? .strong : .weak)]
    }
}

extension Evidence {
    /// A HEIC whose meta box holds these boxes in this order, with this EXIF make (for examples).
    public func withHeifMeta(_ children: [String], make: String) -> Evidence {
        var e = self
        var offset: Int64 = 36
        let kids = children.map { t -> Box in
            defer { offset += 100 }
            return Box(type: t, offset: offset, size: 100, headerSize: 8)
        }
        e.inspection.structure.boxes = [Box(type: "ftyp", offset: 0, size: 24, headerSize: 8),
                                        Box(type: "meta", offset: 24, size: 12 + Int64(100 * kids.count), headerSize: 12, children: kids)]
        e.inspection.structure.heif = HEIFFacts(primaryItem: 1, items: [], notes: [])
        var summary = e.inspection.exif?.summary ?? ExifSummary(thumbnail: .init(present: false), makerNote: .init(present: false))
        summary.make = make
        e.inspection.exif = ExifReport(byteOrder: "big-endian (MM)", tiffHeaderOffset: 12, ifds: [:], summary: summary)
        return e
    }
}
