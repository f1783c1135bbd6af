/// `photo.heif.metadata-relocated` — in a HEIC the EXIF block is stored after every byte of image
/// data (often in a second `mdat`), where tools that rewrite metadata append it. iPhones store the
/// EXIF item before the image tiles in a single `mdat`; Samsung stores it among them.
public struct HeifLayoutDetector: Detector {
    public static let description = DetectorDescription(
        id: "photo.heif.metadata-relocated", name: "HEIC metadata moved behind the image data",
        nameVi: "Siêu dữ liệu HEIC bị chuyển ra sau dữ liệu ảnh",
        severity: .weak, indicates: .metadataAltered,
        rationale: "A HEIC file lists where each item's bytes are. Apple's camera writes one mdat box with the EXIF item ahead of the image tiles (all iPhone originals in the corpus, iPhone 7 to 17 Pro); Samsung places it among the tiles. Editing tools that change metadata without re-encoding append the new EXIF after all image data, often in a second mdat. For files that claim an Apple camera this layout is strong evidence of a metadata rewrite; for other makers it is only weak, since their layouts vary.",
        rationaleVi: "Tệp HEIC liệt kê vị trí các byte của từng mục. Máy ảnh của Apple ghi một hộp mdat với mục EXIF đứng trước các ô ảnh (mọi ảnh gốc iPhone trong bộ mẫu, iPhone 7 đến 17 Pro); Samsung đặt nó xen giữa các ô ảnh. Các công cụ chỉnh sửa thay đổi siêu dữ liệu mà không mã hóa lại thì nối EXIF mới vào sau toàn bộ dữ liệu ảnh, thường trong một hộp mdat thứ hai. Với các tệp tự nhận là từ máy ảnh Apple, cách sắp xếp này là bằng chứng mạnh của việc ghi lại siêu dữ liệu; với các hãng khác chỉ là dấu hiệu yếu, vì cách sắp xếp của họ khác nhau.",
        examples: [
            DetectorExample("not HEIF", .synthetic(kind: .photo), fires: false),
            DetectorExample("iPhone layout", .synthetic(kind: .photo).withHeif(exifAt: 3_319, imageEnd: 721_093, mdats: 1, make: "Apple"), fires: false),
            DetectorExample("EXIF appended in a second mdat", .synthetic(kind: .photo).withHeif(exifAt: 717_309, imageEnd: 717_309, mdats: 2, make: "Apple"), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .photo, let heif = e.inspection.structure.heif, let exif = heif.exifItem, let exifStart = exif.extents.first?.offset else { return [] }
        let imageTypes: Set<String> = ["hvc1", "av01", "jpeg", "hev1"]
        let imageEnd = heif.items.filter { imageTypes.contains($0.type) }.flatMap(\.extents).map { $0.offset + $0.length }.max() ?? 0
        guard imageEnd > 0, exifStart >= imageEnd else { return [] }
        let mdats = (e.inspection.structure.boxes ?? []).filter { $0.type == "mdat" }.count
        let apple = (e.inspection.metadata.device?.make ?? "").lowercased().hasPrefix("apple")
        let evidence: [String: EvidenceValue] = ["exifItem": .int(Int64(exif.id)), "byteOffset": .int(exifStart), "imageDataEnds": .int(imageEnd), "mdatBoxes": .int(Int64(mdats))]
        return [finding(message((mdats > 1 ? "after-data-mdats" : "after-data") + (apple ? "-apple" : ""),
                                ["byteOffset": .int(exifStart), "imageEnd": .int(imageEnd), "mdats": .number(mdats)]),
                        evidence, severity: apple ? .strong : .weak)]
    }
}

extension Evidence {
    /// A HEIF photo copy with one image item and an Exif item at the given places (for examples).
    public func withHeif(exifAt: Int64, imageEnd: Int64, mdats: Int, make: String?) -> Evidence {
        var e = self
        let image = HEIFItem(id: 1, type: "hvc1", hidden: false, extents: [.init(offset: 1000, length: imageEnd - 1000)])
        let exif = HEIFItem(id: 2, type: "Exif", hidden: false, extents: [.init(offset: exifAt, length: 2000)])
        e.inspection.structure.heif = HEIFFacts(primaryItem: 1, items: [image, exif], notes: [])
        e.inspection.structure.boxes = [Box(type: "ftyp", offset: 0, size: 24, headerSize: 8)] + (0..<mdats).map { Box(type: "mdat", offset: Int64(100 + $0), size: 8, headerSize: 8) }
        e.inspection.metadata.device = make.map { Device(make: $0, model: nil, software: nil, source: "EXIF 0th IFD") }
        return e
    }
}
