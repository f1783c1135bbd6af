/// `photo.format.screenshot` — the picture looks like a screen capture, not a camera photo: a phone
/// screen's exact pixel size, or a screenshot file name, and no camera make or model in the metadata.
/// A screenshot of a photo (or of a video frame) is a copy made on a screen, whatever it shows.
public struct ScreenshotDetector: Detector {
    /// Portrait pixel sizes of common phone screens (iPhone SE to 16 Pro Max; Android 720p to 1440p).
    static let screens: Set<[Int]> = [
        [640, 1136], [750, 1334], [828, 1792], [1080, 1920], [1125, 2436], [1170, 2532], [1179, 2556], [1206, 2622],
        [1242, 2208], [1242, 2688], [1284, 2778], [1290, 2796], [1320, 2868],
        [720, 1280], [720, 1520], [720, 1600], [1080, 2160], [1080, 2220], [1080, 2280], [1080, 2340], [1080, 2400],
        [1080, 2412], [1440, 2560], [1440, 2960], [1440, 3040], [1440, 3088], [1440, 3120], [1440, 3200],
    ]

    public static let description = DetectorDescription(
        id: "photo.format.screenshot", name: "Screen capture, not a camera photo",
        nameVi: "Ảnh chụp màn hình, không phải ảnh từ máy ảnh",
        severity: .strong, indicates: .reEncoded,
        rationale: "Cameras save pictures at sensor sizes (4:3 or 16:9, e.g. 4032×3024) with their make and model in EXIF. A picture with a phone screen's exact size (1170×2532, 1080×2400, …) and no camera make or model, or named as a screenshot (Screenshot_20240112-181119.png, Screen Shot …), was captured from a screen: it is a copy of whatever the screen showed, re-rendered and compressed again. A screen-sized picture that carries a camera's EXIF is left to the other checks.",
        rationaleVi: "Máy ảnh lưu ảnh ở kích thước của cảm biến (4:3 hoặc 16:9, ví dụ 4032×3024) với hãng và mẫu máy trong EXIF. Một ảnh có đúng kích thước màn hình điện thoại (1170×2532, 1080×2400, …) mà không có hãng hay mẫu máy ảnh, hoặc được đặt tên như ảnh chụp màn hình (Screenshot_20240112-181119.png, Screen Shot …), đã được chụp từ màn hình: đó là bản sao của những gì màn hình hiển thị, được dựng lại và nén lại. Một ảnh cỡ màn hình mà mang EXIF của máy ảnh thì để các kiểm tra khác đánh giá.",
        examples: [
            DetectorExample("camera photo", .synthetic(kind: .photo, device: Device(make: "Apple", model: "iPhone 15 Plus", software: nil, source: nil)).withPhoto(width: 4032, height: 3024, exif: (4032, 3024)), fires: false),
            DetectorExample("iPhone screen size, no EXIF", .synthetic(kind: .photo).withPhoto(width: 1170, height: 2532, exif: nil), fires: true),
            DetectorExample("landscape 1080p screen, no EXIF", .synthetic(kind: .photo).withPhoto(width: 2400, height: 1080, exif: nil), fires: true),
        ])

    public init() {}

    /// Where the file states its picture size: a JPEG's frame header, a HEIF `ispe` property, a PNG's IHDR.
    static func sizeLocation(_ e: Evidence) -> (Int64, String)? {
        let s = e.inspection.structure
        if let sof = s.segments?.first(where: { $0.marker.hasPrefix("SOF") }) { return (sof.offset, sof.marker) }
        if let primary = s.heif?.primary, let offset = primary.sizeOffset { return (offset, "ispe of item \(primary.id)") }
        if s.format == "png" { return (8, "IHDR") }
        return nil
    }

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .photo else { return [] }
        let d = e.inspection.metadata.device
        guard d?.make == nil && d?.model == nil else { return [] }
        let name = String(e.inspection.file.path.split(separator: "/").last ?? "")
        let lower = name.lowercased()
        let named = ["screenshot", "screen shot", "screencap", "ảnh chụp màn hình"].contains { lower.contains($0) }
        var sized = false
        var size = ""
        if let w = e.inspection.metadata.imageWidth, let h = e.inspection.metadata.imageHeight {
            sized = Self.screens.contains([min(w, h), max(w, h)])
            size = "\(w)×\(h)"
        }
        guard named || sized else { return [] }
        var evidence: [String: EvidenceValue] = ["fileName": .string(name)]
        if !size.isEmpty { evidence["size"] = .string(size) }
        if let (offset, field) = Self.sizeLocation(e) { evidence["byteOffset"] = .int(offset); evidence["sizeField"] = .string(field) }
        // 16:9 sizes are video frame sizes too: a still taken from a video is a copy just the same.
        let videoSize = sized && [[720, 1280], [1080, 1920], [1440, 2560]].contains([min(e.inspection.metadata.imageWidth ?? 0, e.inspection.metadata.imageHeight ?? 0), max(e.inspection.metadata.imageWidth ?? 0, e.inspection.metadata.imageHeight ?? 0)])
        let why: Message
        switch (sized, named) {
        case (true, true): why = message(videoSize ? "why-size-video-name" : "why-size-name", ["size": .text(size), "name": .text(name)])
        case (true, false): why = message(videoSize ? "why-size-video" : "why-size", ["size": .text(size)])
        default: why = message("why-name", ["name": .text(name)])
        }
        return [finding(message(videoSize ? "captured-screen-or-video" : "captured-screen", ["why": .message(why)]),
                        evidence)]
    }
}
