/// `photo.exif.rewritten` — the EXIF block is laid out the way TIFF rewriters lay it out (every value in
/// tag order), but the camera it names stores its values in its own order. The picture may be the
/// camera's; the metadata around it was written again after capture (a date changed, GPS removed,
/// a tag edited), by ExifTool, a gallery app or a desktop tool.
public struct ExifRewrittenDetector: Detector {
    /// Makers whose camera firmware stores EXIF values out of tag order, learned from the corpus
    /// originals (Kee, Johnson & Farid count the EXIF layout as part of a camera's signature). A maker
    /// seen in one original only gives a weak finding.
    /// (`models`: model-name parts the profile covers (carrier models read SAMSUNG-SM-N900A); Samsung's compact and NX cameras are not phones.)
    static let profiles: [(make: String, models: [String]?, originals: String, severity: Severity)] = [
        ("samsung", ["SM-", "GT-", "SCH-", "SGH-", "SHV-", "SPH-", "SC-", "Galaxy"], "4 of 4 Samsung phone originals, 2011–2024: Galaxy S2, Note 3 and J3 JPEGs store the maker note last, after UserComment and ImageUniqueID; the Galaxy S24 FE HEIC starts with DateTimeOriginal", .strong),
        ("oneplus", nil, "the OnePlus 8 original stores its values in Android ExifInterface's hash order, unpadded", .weak),
        ("hmd global", nil, "the Nokia 8.3 original stores its values unordered and unpadded", .weak),
        ("huawei", nil, "the Huawei P30 (ELE-L29) file stores its values unordered and unpadded", .weak),
    ]
    /// Fewer values than this could be in tag order by chance.
    static let minimumValues = 5

    public static let description = DetectorDescription(
        id: "photo.exif.rewritten", name: "EXIF laid out by a metadata rewriter, not by the camera",
        nameVi: "EXIF được ghi lại bởi công cụ sửa siêu dữ liệu, không phải máy ảnh",
        severity: .strong, indicates: .metadataAltered,
        rationale: "Values too large for an EXIF entry are stored after the directory, in whatever order the writer chooses. TIFF rewriters such as ExifTool and Adobe's XMP toolkit store them in tag order. Camera firmware has its own order: Samsung's puts the maker note last (Galaxy S2, Note 3, J3) or starts with the capture date (Galaxy S24 FE HEIC); Nokia (HMD) and Huawei write them unordered; the OnePlus 8 camera stamps its EXIF with Android's ExifInterface, which writes each directory in the iteration order of a Java HashMap keyed by tag name (the original's order matches it exactly in all three directories). When a photo that names one of these makers has every value in tag order, its EXIF was written again after capture, even if the picture is untouched: a date edit, GPS removal or any tag change does this. An edit made on the phone with ExifInterface keeps its hash order and is not seen here. Apple, LG and others write tag order themselves, so they are not judged. Samsung's order is seen in four phone models over thirteen years (strong; its compact and NX cameras are not judged); the other makers in one original each (weak: another model may write its EXIF another way).",
        rationaleVi: "Các giá trị quá lớn để nằm trong một mục EXIF được lưu sau thư mục, theo bất kỳ thứ tự nào mà trình ghi chọn. Các trình ghi lại TIFF như ExifTool và bộ công cụ XMP của Adobe lưu chúng theo thứ tự thẻ. Phần mềm máy ảnh có thứ tự riêng: Samsung đặt maker note sau cùng (Galaxy S2, Note 3, J3) hoặc bắt đầu bằng ngày chụp (tệp HEIC của Galaxy S24 FE); Nokia (HMD) và Huawei ghi không theo thứ tự; máy ảnh OnePlus 8 ghi EXIF bằng ExifInterface của Android, vốn ghi mỗi thư mục theo thứ tự duyệt của một HashMap Java lấy tên thẻ làm khóa (thứ tự trong ảnh gốc khớp hoàn toàn với nó ở cả ba thư mục). Khi một ảnh ghi tên một trong các hãng này lại có mọi giá trị theo thứ tự thẻ, thì EXIF của nó đã được ghi lại sau khi chụp, kể cả khi ảnh chưa bị động đến: một lần sửa ngày, xóa GPS hay thay đổi bất kỳ thẻ nào cũng làm vậy. Một lần sửa trên điện thoại bằng ExifInterface giữ nguyên thứ tự băm của nó và không bị phát hiện ở đây. Apple, LG và các hãng khác tự ghi theo thứ tự thẻ, nên không được đánh giá. Thứ tự của Samsung được thấy ở bốn mẫu điện thoại trong mười ba năm (dấu hiệu mạnh; các máy ảnh compact và NX của hãng không được đánh giá); các hãng khác mỗi hãng ở một ảnh gốc (dấu hiệu yếu: một mẫu máy khác có thể ghi EXIF theo cách khác).",
        examples: [
            DetectorExample("Samsung original (maker note last)", .synthetic(kind: .photo).withExifLayout(make: "SAMSUNG", model: "GT-I9100", exifValues: ["0x829a", "0x829d", "0x9003", "0x9004", "0x9201", "0x920a", "0x9286", "0xa420", "0x927c"]), fires: false),
            DetectorExample("Samsung photo rewritten by ExifTool", .synthetic(kind: .photo).withExifLayout(make: "SAMSUNG", model: "SAMSUNG-SM-N900A", exifValues: ["0x829a", "0x829d", "0x9003", "0x9004", "0x9201", "0x920a", "0x927c", "0x9286", "0xa420"]), fires: true),
            DetectorExample("Samsung NX camera (not a phone: its layout is not known)", .synthetic(kind: .photo).withExifLayout(make: "SAMSUNG", model: "NX300", exifValues: ["0x829a", "0x829d", "0x9003", "0x9004", "0x9201", "0x920a", "0x927c", "0x9286", "0xa420"]), fires: false),
            DetectorExample("Apple writes tag order itself", .synthetic(kind: .photo).withExifLayout(make: "Apple", exifValues: ["0x829a", "0x829d", "0x9003", "0x9004", "0x9201", "0x920a", "0x927c"]), fires: false),
            DetectorExample("too few values to judge", .synthetic(kind: .photo).withExifLayout(make: "SAMSUNG", model: "GT-I9100", exifValues: ["0x829a", "0x9003"]), fires: false),
            DetectorExample("OnePlus in tag order (weak: one original known)", .synthetic(kind: .photo).withExifLayout(make: "OnePlus", exifValues: ["0x829a", "0x829d", "0x9003", "0x9004", "0x9201", "0x920a"]), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .photo, let exif = e.inspection.exif, let layout = exif.layout,
              let make = exif.summary.make.map({ String($0.drop { $0 == " " }) }), !make.isEmpty,
              let profile = Self.profiles.first(where: { p in
                  make.lowercased().hasPrefix(p.make) && (p.models.map { prefixes in prefixes.contains { exif.summary.model?.contains($0) == true } } ?? true)
              }),
              let dir = layout.directory("Exif"), dir.valueOrder.count >= Self.minimumValues,
              layout.directories.allSatisfy(\.valuesInTagOrder) else { return [] }
        let evidence: [String: EvidenceValue] = [
            "byteOffset": .int(exif.tiffHeaderOffset + Int64(dir.offset)), "make": .string(make),
            "exifValueOrder": .strings(dir.valueOrder), "directories": .strings(layout.directories.map(\.name)),
            "unalignedValues": .int(Int64(layout.unalignedValues)), "cameraLayout": .string(profile.originals),
        ]
        return [finding(message("tag-order", ["make": .text(make), "byteOffset": .int(exif.tiffHeaderOffset + Int64(dir.offset)), "count": .number(dir.valueOrder.count),
                                              "first": .text(dir.valueOrder.first ?? ""), "last": .text(dir.valueOrder.last ?? ""),
                                              "camera": .message(message("camera-" + profile.make.replacingAll(" ", "-")))]),
                        evidence, severity: profile.severity)]
    }
}

extension Evidence {
    /// A photo copy whose EXIF names `make` and stores its Exif-directory values in this order (for examples).
    public func withExifLayout(make: String, model: String? = nil, exifValues: [String]) -> Evidence {
        var e = self
        var summary = e.inspection.exif?.summary ?? ExifSummary(thumbnail: .init(present: false), makerNote: .init(present: false))
        summary.make = make
        summary.model = model
        var report = ExifReport(byteOrder: "little-endian (II)", tiffHeaderOffset: 12, ifds: [:], summary: summary)
        report.layout = ExifLayout(directories: [
            .init(name: "IFD0", offset: 8, entries: 10, valueOrder: ["0x010f", "0x0110", "0x0132"]),
            .init(name: "Exif", offset: 224, entries: 25, valueOrder: exifValues),
        ], unalignedValues: 0)
        e.inspection.exif = report
        return e
    }
}
