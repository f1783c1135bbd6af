/// `container.layout.index-moved` — the sample index (`moov`) stands before the picture data (`mdat`)
/// in a file from a camera family that writes the pictures first and the index when recording stops.
/// Moving the index to the front ("fast start") is what exporters, `qt-faststart` and metadata tools
/// such as ExifTool do when they rewrite a file; the coded pictures are untouched, the container is not.
public struct IndexMovedDetector: Detector {
    public static let description = DetectorDescription(
        id: "container.layout.index-moved", name: "Index moved before the pictures",
        nameVi: "Chỉ mục bị chuyển lên trước dữ liệu hình",
        severity: .strong, indicates: .remuxed,
        rationale: "A camera does not know the sample index until it stops recording, so the cameras we have originals from write the pictures first and the index last: Apple's camera writes wide, mdat, moov (all five iPhone and iPad clips in the corpus, iOS 12 to 26), GoPro writes ftyp, mdat, moov. When a file that still carries that camera's own metadata has its moov box before mdat, something rewrote the container after recording: an export with 'fast start', qt-faststart, or a metadata editor (ExifTool moves the index when it rewrites a QuickTime file). Android's stock camera writer (AOSP MPEG4Writer, named by its com.android.version key) writes the index last, or into room it reserved at the front before recording, and then marks what the index did not fill as a free box right after it (its stop() does so; the Android 6 originals show ftyp, mdat, moov and ftyp, moov, free, mdat): an Android clip whose moov comes right before mdat, with no free box between and no box the stock writer does not write, was rewritten (qt-faststart, a metadata editor). Vendor writers built on it that add boxes of their own lay the file out otherwise (Samsung's motion-photo clip: ftyp, moov, sefd, mdat) and are not judged; other recorders vary and are not checked.",
        rationaleVi: "Máy quay không biết chỉ mục mẫu cho đến khi dừng ghi, nên các máy quay mà chúng tôi có tệp gốc đều ghi phần hình trước và chỉ mục sau cùng: máy ảnh của Apple ghi wide, mdat, moov (cả năm video iPhone và iPad trong bộ mẫu, iOS 12 đến 26), GoPro ghi ftyp, mdat, moov. Khi một tệp vẫn mang siêu dữ liệu riêng của loại máy đó lại có hộp moov đứng trước mdat, thì đã có gì đó ghi lại tệp chứa sau khi quay: một lần xuất với 'fast start', qt-faststart, hoặc một trình sửa siêu dữ liệu (ExifTool dời chỉ mục khi ghi lại một tệp QuickTime). Bộ ghi gốc của camera Android (MPEG4Writer của AOSP, nhận ra qua khóa com.android.version) ghi chỉ mục sau cùng, hoặc vào vùng đã dành sẵn ở đầu tệp trước khi ghi hình, rồi đánh dấu phần chỉ mục không dùng hết thành một hộp free ngay sau nó (hàm stop() của nó làm vậy; các tệp gốc Android 6 có ftyp, mdat, moov và ftyp, moov, free, mdat): một video Android có moov đứng ngay trước mdat, không có hộp free ở giữa và không có hộp nào mà bộ ghi gốc không ghi, đã bị ghi lại (qt-faststart, một trình sửa siêu dữ liệu). Các bộ ghi của nhà sản xuất xây dựng trên nó mà thêm hộp riêng thì sắp xếp tệp theo cách khác (video ảnh động của Samsung: ftyp, moov, sefd, mdat) và không được xét; các thiết bị ghi khác mỗi loại một khác nên không được kiểm tra.",
        examples: [
            DetectorExample("iPhone original", .synthetic(majorBrand: "qt  ", topLevel: ["ftyp", "wide", "mdat", "moov"], handlers: ["Core Media Video"],
                                                           items: [("com.apple.quicktime.make", "Apple"), ("com.apple.quicktime.model", "iPhone 15 Plus")]), fires: false),
            DetectorExample("iPhone clip rewritten by ExifTool", .synthetic(majorBrand: "qt  ", topLevel: ["ftyp", "moov", "mdat"], handlers: ["Core Media Video"],
                                                                           items: [("com.apple.quicktime.make", "Apple"), ("com.apple.quicktime.model", "iPhone 15 Plus")]), fires: true),
            DetectorExample("GoPro after qt-faststart", .synthetic(majorBrand: "mp41", topLevel: ["ftyp", "moov", "mdat"], handlers: ["GoPro AVC", "GoPro AAC"],
                                                                  items: [("FIRM", "HD5.02.02.00.00")]), fires: true),
            DetectorExample("Android stock writer (index reserved at the front)", .synthetic(majorBrand: "mp42", topLevel: ["ftyp", "moov", "free", "mdat"],
                                                                                             handlers: ["VideoHandle", "SoundHandle"]), fires: false),
            DetectorExample("Android stock writer with its index at the end", .synthetic(majorBrand: "mp42", topLevel: ["ftyp", "mdat", "moov"],
                                                                                 handlers: ["VideoHandle", "SoundHandle"], items: [("com.android.version", "6.0.1")]), fires: false),
            DetectorExample("Android clip with its reservation intact", .synthetic(majorBrand: "mp42", topLevel: ["ftyp", "moov", "free", "mdat"],
                                                                            handlers: ["VideoHandle", "SoundHandle"], items: [("com.android.version", "6.0.1")]), fires: false),
            DetectorExample("Android clip after qt-faststart or ExifTool (index first, no free space after it)", .synthetic(majorBrand: "mp42", topLevel: ["ftyp", "moov", "mdat"],
                                                                            handlers: ["VideoHandle", "SoundHandle"], items: [("com.android.version", "6.0.1")]), fires: true, severity: .strong, indicates: .remuxed),
            DetectorExample("Samsung's motion-photo clip (a vendor box between index and pictures: not judged)", .synthetic(majorBrand: "mp42", topLevel: ["ftyp", "moov", "sefd", "mdat"],
                                                                            handlers: ["VideoHandle"], items: [("com.android.version", "13")]), fires: false),
            DetectorExample("Apple Core Media export without camera keys", .synthetic(majorBrand: "mp42", topLevel: ["ftyp", "moov", "mdat"], handlers: ["Core Media Video"]), fires: false),
        ])

    public init() {}

    /// The camera family whose own metadata the file still carries and whose layout is known, with the
    /// metadata that identifies it.
    static func family(_ e: Evidence) -> (name: String, layout: String, sign: String, signMessage: Message)? {
        let handlers = e.handlerNames
        if let make = e.items.first(where: { $0.key == "com.apple.quicktime.make" }), make.value.hasPrefix("Apple"),
           let model = e.items.first(where: { $0.key == "com.apple.quicktime.model" }), handlers.contains("Core Media Video") {
            return ("Apple camera", "wide, mdat, moov", "keys make \(make.value), model \(model.value), track handler Core Media Video",
                    Message("container.layout.index-moved.sign-apple", ["make": .text(make.value), "model": .text(model.value)]))
        }
        if handlers.contains(where: { $0.hasPrefix("GoPro ") }) {
            let firmware = e.items.first { $0.key == "FIRM" }?.value
            let gopro = handlers.filter { $0.hasPrefix("GoPro ") }
            return ("GoPro", "ftyp, mdat, moov", "track handlers \(gopro.joined(separator: ", "))" + (firmware.map { ", firmware \($0)" } ?? ""),
                    firmware.map { Message("container.layout.index-moved.sign-gopro-firmware", ["handlers": .list(gopro), "firmware": .text($0)]) }
                        ?? Message("container.layout.index-moved.sign-gopro", ["handlers": .list(gopro)]))
        }
        if let version = e.items.first(where: { $0.key == "com.android.version" }), handlers.contains("VideoHandle") {
            return ("Android camera", "ftyp, mdat, moov, or ftyp, moov, free, mdat", "key com.android.version \(version.value), track handler VideoHandle",
                    Message("container.layout.index-moved.sign-android", ["version": .text(version.value)]))
        }
        return nil
    }

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .video, let order = e.container?.topLevelOrder,
              let moovIndex = order.firstIndex(of: "moov"), let mdatIndex = order.firstIndex(of: "mdat"), moovIndex < mdatIndex,
              let family = Self.family(e) else { return [] }
        // Android's writer may put the index first, but only into the space it reserved before recording, and
        // it marks what the index did not fill as a free box right after it (AOSP MPEG4Writer::stop()).
        let android = family.name == "Android camera"
        // Vendor writers built on it add boxes of their own and lay them out otherwise (Samsung's motion-photo clip:
        // ftyp, moov, sefd, mdat), so only the stock writer's own boxes are judged, with the index right before the pictures.
        if android, order[moovIndex + 1] != "mdat" || !order.allSatisfy({ ["ftyp", "moov", "free", "mdat"].contains($0) }) { return [] }
        let boxes = e.inspection.structure.boxes ?? []
        let moovOffset = boxes.first { $0.type == "moov" }?.offset
        let mdatOffset = boxes.first { $0.type == "mdat" }?.offset
        var evidence: [String: EvidenceValue] = ["topLevelOrder": .strings(order), "device": .string(family.name),
                                                 "expectedOrder": .string(family.layout), "identifiedBy": .string(family.sign)]
        if let moovOffset { evidence["byteOffset"] = .int(moovOffset) } else { evidence["box"] = .string("moov") }
        if let mdatOffset { evidence["mdatOffset"] = .int(mdatOffset) }
        return [finding(message(android ? "moved-android" : family.name == "GoPro" ? "moved-gopro" : "moved-apple",
                                ["moovOffset": .int(moovOffset ?? 0), "mdatOffset": .int(mdatOffset ?? 0), "order": .list(order),
                                 "sign": .message(family.signMessage), "layout": .text(family.layout)]), evidence)]
    }
}
