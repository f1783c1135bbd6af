/// `photo.icc.editor-profile` — the JPEG embeds an ICC profile that desktop editors embed when they save
/// (the 1998 HP/Linotronic "sRGB IEC61966-2.1", Adobe's, LittleCMS's), while its Exif names a camera.
public struct EditorICCProfileDetector: Detector {
    /// (CMM, creator) pairs of profiles that editing software embeds.
    static let editorMakers: [(cmm: String, creator: String, who: String)] = [
        ("Lino", "HP", "the HP/Linotronic sRGB profile Photoshop, Lightroom and GIMP embed"),
        ("ADBE", "ADBE", "an Adobe profile"), ("lcms", "lcms", "a LittleCMS profile (GIMP, ImageMagick, darktable)"),
        ("", "lcms", "a LittleCMS profile (GIMP, ImageMagick, darktable)"),
    ]

    public static let description = DetectorDescription(
        id: "photo.icc.editor-profile", name: "ICC profile embedded by editing software",
        nameVi: "Hồ sơ màu ICC do phần mềm chỉnh sửa nhúng",
        severity: .weak, indicates: .reEncoded,
        rationale: "Phones either embed no colour profile in a JPEG or their own (Apple's Display P3 made by Apple, Samsung's made by SEC). Photoshop, Lightroom and GIMP embed the 1998 HP/Linotronic sRGB IEC61966-2.1 profile (CMM 'Lino', creator 'HP'); Adobe and LittleCMS sign their own profiles. Such a profile next to a camera's Exif says an editor saved the file. Weak: some Android phones may embed a stock sRGB profile too, so it supports other findings.",
        rationaleVi: "Điện thoại hoặc không nhúng hồ sơ màu nào vào tệp JPEG, hoặc nhúng hồ sơ của chính hãng (Display P3 của Apple do Apple tạo, hồ sơ của Samsung do SEC tạo). Photoshop, Lightroom và GIMP nhúng hồ sơ sRGB IEC61966-2.1 năm 1998 của HP/Linotronic (CMM 'Lino', tác giả 'HP'); Adobe và LittleCMS ký tên lên hồ sơ riêng của họ. Một hồ sơ như vậy nằm cạnh Exif của máy ảnh cho thấy một phần mềm chỉnh sửa đã lưu tệp. Là dấu hiệu yếu: một số điện thoại Android cũng có thể nhúng một hồ sơ sRGB có sẵn, nên nó chỉ hỗ trợ các phát hiện khác.",
        examples: [
            DetectorExample("no profile", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: "Apple"), fires: false),
            DetectorExample("Apple Display P3", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "APP2:ICC_PROFILE", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: "Apple").withICC(cmm: "appl", creator: "appl", description: "Display P3"), fires: false),
            DetectorExample("HP sRGB with a Canon's Exif (Lightroom export)", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "APP2:ICC_PROFILE", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: true, make: "Canon").withICC(cmm: "Lino", creator: "HP", description: "sRGB IEC61966-2.1"), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let icc = e.inspection.structure.iccProfile, let make = e.inspection.exif?.summary.make, !make.isEmpty,
              Self.editorMakers.contains(where: { ($0.cmm.isEmpty || $0.cmm == icc.cmm) && $0.creator == icc.creator }) else { return [] }
        let name = icc.description ?? "unnamed"
        return [finding(message("embedded", ["profile": .text(name), "cmm": .text(icc.cmm), "creator": .text(icc.creator), "byteOffset": .int(icc.offset),
                                             "who": .message(message("who-" + icc.creator.lowercased())), "make": .text(make)]),
                        ["byteOffset": .int(icc.offset), "cmm": .string(icc.cmm), "creator": .string(icc.creator), "profile": .string(name)])]
    }
}

extension Evidence {
    /// An embedded ICC profile (for examples).
    public func withICC(cmm: String, creator: String, description: String) -> Evidence {
        var e = self
        e.inspection.structure.iccProfile = ICCProfileHeader(cmm: cmm, creator: creator, manufacturer: "", description: description, offset: 2_000)
        return e
    }
}
