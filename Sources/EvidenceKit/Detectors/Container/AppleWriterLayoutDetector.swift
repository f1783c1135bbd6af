/// `container.layout.apple-writer` — a clip that carries an iPhone's or iPad's own metadata keys, but whose
/// tracks are not laid out as Apple's QuickTime writer lays them out. Apple's writer (the camera, and Core
/// Media exports) points every track's data reference at the movie itself with an `alis` entry and gives the
/// video track a `tapt` (track aperture) box; FFmpeg, MP4Box and Android's MediaMuxer write a `url ` entry
/// and no `tapt`. Another program wrote the container, even if it copied the keys, the handler names and
/// the brand across — what a re-encode disguised as a camera original looks like once its encoder banner
/// is stripped.
public struct AppleWriterLayoutDetector: Detector {
    public static let description = DetectorDescription(
        id: "container.layout.apple-writer", name: "iPhone clip not written by Apple's QuickTime writer",
        nameVi: "Video iPhone không do bộ ghi QuickTime của Apple ghi",
        severity: .strong, indicates: .remuxed,
        rationale: "Every camera clip from an iPhone or iPad in the corpus (iOS 12 to 26: iPad mini, iPhone 14 Pro, 15 Plus, 17 Pro) and Apple's own exports point each track's data reference (dref) at the movie itself with an 'alis' entry, and give the video track a 'tapt' box (clean, production and encoded aperture). FFmpeg's muxer, MP4Box and Android's MediaMuxer write a 'url ' entry and no 'tapt'. A clip that still carries Apple's camera keys (com.apple.quicktime.make and model) but whose tracks use another data reference was written by another program after recording: a converter that copied the metadata across, or a re-encode dressed as an original (encoder banner stripped, handler names and brand copied). Which, the bitstream detectors say; this finding claims only the rewrite. A missing 'tapt' alone, with 'alis' present, is a weak sign: older QuickTime writers may not have written it.",
        rationaleVi: "Mọi video quay từ iPhone hay iPad trong bộ mẫu (iOS 12 đến 26: iPad mini, iPhone 14 Pro, 15 Plus, 17 Pro) và các bản xuất của chính Apple đều trỏ tham chiếu dữ liệu (dref) của từng rãnh về chính tệp phim bằng một mục 'alis', và cho rãnh hình một hộp 'tapt' (khẩu độ sạch, khẩu độ sản xuất và khẩu độ mã hóa). Bộ ghi của FFmpeg, MP4Box và MediaMuxer của Android ghi một mục 'url ' và không có 'tapt'. Một video vẫn mang các khóa camera của Apple (com.apple.quicktime.make và model) nhưng các rãnh lại dùng kiểu tham chiếu dữ liệu khác đã được một chương trình khác ghi sau khi quay: một phần mềm chuyển đổi đã chép siêu dữ liệu sang, hoặc một bản mã hóa lại được ngụy trang thành bản gốc (xóa dấu hiệu bộ mã hóa, chép tên trình xử lý và nhãn tệp). Là trường hợp nào thì các bộ phát hiện về luồng bit sẽ cho biết; phát hiện này chỉ khẳng định việc ghi lại. Riêng việc thiếu 'tapt' khi vẫn có 'alis' là một dấu hiệu yếu: các bộ ghi QuickTime cũ có thể không ghi hộp này.",
        examples: [
            DetectorExample("iPhone camera clip", .synthetic(handlers: ["Core Media Video", "Core Media Audio"], items: [("com.apple.quicktime.make", "Apple"), ("com.apple.quicktime.model", "iPhone 15 Plus")]).withTrackLayout(dataReference: "alis", tapt: true), fires: false),
            DetectorExample("x264 re-encode with Apple's keys, handlers and brand copied", .synthetic(handlers: ["Core Media Video", "Core Media Audio"], items: [("com.apple.quicktime.make", "Apple"), ("com.apple.quicktime.model", "iPhone 15 Plus")]).withTrackLayout(dataReference: "url ", tapt: false), fires: true),
            DetectorExample("alis without tapt (weak)", .synthetic(handlers: ["Core Media Video"], items: [("com.apple.quicktime.make", "Apple"), ("com.apple.quicktime.model", "iPhone 4")]).withTrackLayout(dataReference: "alis", tapt: false), fires: true),
            DetectorExample("Android clip (not an Apple claim)", .synthetic(handlers: ["VideoHandle", "SoundHandle"]).withTrackLayout(dataReference: "url ", tapt: false), fires: false),
            DetectorExample("Apple export without camera keys", .synthetic(majorBrand: "mp42", handlers: ["Core Media Video"]).withTrackLayout(dataReference: "url ", tapt: false), fires: false),
        ])

    public init() {}

    /// The Apple device the keys name, when they name one.
    static func appleDevice(_ e: Evidence) -> String? {
        guard let make = e.items.first(where: { $0.key == "com.apple.quicktime.make" })?.value, make.hasPrefix("Apple"),
              let model = e.items.first(where: { $0.key == "com.apple.quicktime.model" })?.value,
              ["iPhone", "iPad", "iPod"].contains(where: { model.hasPrefix($0) }) else { return nil }
        return "\(make) \(model)"
    }

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .video, let device = Self.appleDevice(e), let container = e.inspection.container,
              let moov = e.inspection.structure.boxes?.first(where: { $0.type == "moov" }) else { return [] }
        let traks = moov.children("trak")
        var withoutAlias: [(handler: String, entries: [String], offset: Int64)] = []
        var videoWithoutAperture: [Int64] = []
        for trak in traks {
            guard let facts = container.tracks?.first(where: { $0.offset == trak.offset }),
                  ["vide", "soun"].contains(facts.handlerType ?? "") else { continue }
            // Only the entry types other writers use count: a damaged type is not another writer.
            let entries = trak.descendant(["mdia", "minf", "dinf", "dref"])?.children.map(\.type) ?? []
            if !entries.isEmpty && entries.allSatisfy({ $0 == "url " || $0 == "urn " }) { withoutAlias.append((facts.handlerType ?? "", entries, trak.offset)) }
            if facts.handlerType == "vide" && trak.child("tapt") == nil { videoWithoutAperture.append(trak.offset) }
        }
        guard !withoutAlias.isEmpty || !videoWithoutAperture.isEmpty else { return [] }
        var evidence: [String: EvidenceValue] = ["device": .string(device), "handlers": .strings(e.handlerNames)]
        if let first = withoutAlias.first {
            evidence["byteOffset"] = .int(first.offset)
            evidence["dataReferences"] = .strings(withoutAlias.map { "\($0.handler) track at byte \($0.offset): \($0.entries.joined(separator: ", "))" })
            if !videoWithoutAperture.isEmpty { evidence["videoTrackWithoutTapt"] = .int(videoWithoutAperture[0]) }
            let entries = MessageArgument.list(Set(withoutAlias.flatMap(\.entries)).sorted().map { "'\($0)'" })
            return [finding(message(videoWithoutAperture.isEmpty ? "data-references" : "data-references-no-tapt",
                                    ["device": .text(device), "entries": entries, "trackOffset": .int(first.offset)]), evidence)]
        }
        evidence["byteOffset"] = .int(videoWithoutAperture[0])
        return [finding(message("no-tapt", ["device": .text(device), "trackOffset": .int(videoWithoutAperture[0])]), evidence, severity: .weak)]
    }
}

extension Evidence {
    /// A copy whose movie box holds one trak per track, each with this data reference entry, the video one
    /// with or without a `tapt` box (for examples).
    public func withTrackLayout(dataReference: String, tapt: Bool) -> Evidence {
        var e = self
        var traks: [Box] = []
        for (n, track) in (e.inspection.container?.tracks ?? []).enumerated() {
            let offset = Int64(10_000 + n * 1_000)
            let dref = Box(type: "dref", offset: offset + 200, size: 28, headerSize: 8, children: [Box(type: dataReference, offset: offset + 216, size: 12, headerSize: 8)])
            let mdia = Box(type: "mdia", offset: offset + 100, size: 400, headerSize: 8, children: [
                Box(type: "minf", offset: offset + 150, size: 300, headerSize: 8, children: [Box(type: "dinf", offset: offset + 190, size: 36, headerSize: 8, children: [dref])]),
            ])
            var children = [Box(type: "tkhd", offset: offset + 8, size: 92, headerSize: 8)]
            if tapt && track.handlerType == "vide" { children.append(Box(type: "tapt", offset: offset + 60, size: 68, headerSize: 8)) }
            children.append(mdia)
            traks.append(Box(type: "trak", offset: offset, size: 600, headerSize: 8, children: children))
            e.inspection.container?.tracks?[n].offset = offset
        }
        e.inspection.structure.boxes = [Box(type: "moov", offset: 9_000, size: 8_000, headerSize: 8, children: traks)]
        return e
    }
}
