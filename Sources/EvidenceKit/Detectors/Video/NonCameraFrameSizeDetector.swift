/// `video.format.non-camera-size` — the picture size is not one that phone and camera sensors record
/// (1920×1080, 1280×720, 3840×2160, 1440×1080, 640×480, …, either orientation). Exports, messaging
/// apps and editors scale to sizes like 568×320, 464×848 or 270×480.
public struct NonCameraFrameSizeDetector: Detector {
    /// Capture sizes written by phones, action cameras, dashcams and CCTV (landscape; portrait is the swap).
    static let captureSizes: Set<[Int]> = [
        [7680, 4320], [5760, 2880], [5312, 2988], [4096, 3072], [4096, 2160], [3840, 2160], [3840, 2880], [3840, 1920], [3024, 4032],
        [2880, 2160], [2816, 1584], [2704, 2028], [2704, 1520], [2688, 1512], [2592, 1944], [2560, 1920], [2560, 1440], [2304, 1296], [2048, 1536],
        [1920, 1440], [1920, 1080], [1920, 1088], [1600, 1200], [1440, 1080], [1280, 960], [1280, 720], [1024, 768], [960, 720],
        [960, 540], [960, 576], [854, 480], [848, 480], [800, 600], [800, 448], [720, 576], [720, 480], [704, 576], [704, 480],
        [640, 480], [640, 360], [352, 288], [352, 240], [320, 240], [176, 144],
    ]
    static let phoneMakes = ["apple", "samsung", "google", "huawei", "xiaomi", "oppo", "vivo", "oneplus", "motorola", "sony", "lg", "nokia", "hmd", "realme", "honor"]
    /// Only sizes up to this long side accuse: exports and messaging apps scale down, while a large odd size
    /// may be a recording mode not listed above (iPhone Action mode records 2816×1584, some Samsung phones
    /// a 20:9 "full" frame).
    static let longestScaledSide = 1280

    public static let description = DetectorDescription(
        id: "video.format.non-camera-size", name: "Picture size no camera records",
        nameVi: "Kích thước khung hình không phải của camera",
        severity: .weak, indicates: .reEncoded,
        rationale: "Camera sensors and their encoders record a small set of standard sizes. Sizes such as 568×320 or 464×848 come from scaling on export or sharing. When the file claims a phone made it (its make, or Apple's Core Media writer, which on iPhones and iPads records camera sizes only) and the size is at most 1280 pixels on its long side, the mismatch is strong evidence of a re-encode: exports and messaging apps scale down. Larger odd sizes may be recording modes not listed (iPhone Action mode records 2816×1584), and unknown devices (CCTV recorders have odd sizes) keep it weak.",
        rationaleVi: "Cảm biến máy quay và bộ mã hóa của chúng chỉ ghi một số ít kích thước chuẩn. Những kích thước như 568×320 hay 464×848 đến từ việc thu phóng khi xuất hoặc chia sẻ. Khi tệp tự nhận là do một điện thoại tạo ra (hãng của nó, hoặc bộ ghi Core Media của Apple, vốn trên iPhone và iPad chỉ ghi các kích thước của máy quay) và kích thước có cạnh dài nhiều nhất 1280 điểm ảnh, sự không khớp là bằng chứng mạnh của một lần mã hóa lại: các bản xuất và ứng dụng nhắn tin thu nhỏ video. Những kích thước lạ lớn hơn có thể là các chế độ quay chưa được liệt kê (chế độ Hành động của iPhone ghi 2816×1584), và với các thiết bị chưa biết (đầu ghi CCTV có kích thước lạ) phát hiện này vẫn chỉ là dấu hiệu yếu.",
        examples: [
            DetectorExample("1080p camera clip", .synthetic().withVideo(width: 1920, height: 1080), fires: false),
            DetectorExample("portrait 1080p", .synthetic().withVideo(width: 1080, height: 1920), fires: false),
            DetectorExample("iPhone export 568×320", .synthetic(device: Device(make: "Apple", model: "iPhone 6", software: "12.3", source: "keys")).withVideo(width: 568, height: 320), fires: true),
            DetectorExample("unknown device 464×848 (weak)", .synthetic().withVideo(width: 464, height: 848), fires: true),
            DetectorExample("Core Media writer, 464×848 (an iOS export)", .synthetic(handlers: ["Core Media Video", "Core Media Audio"]).withVideo(width: 464, height: 848), fires: true),
            DetectorExample("iPhone Action mode 2816×1584", .synthetic(device: Device(make: "Apple", model: "iPhone 14 Pro", software: "16.0", source: "keys")).withVideo(width: 2816, height: 1584), fires: false),
            DetectorExample("a large odd size from a phone (weak: an unlisted mode)", .synthetic(device: Device(make: "samsung", model: "SM-G991B", software: nil, source: "udta")).withVideo(width: 2400, height: 1080), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .video, let v = e.videoStream, let w = v.width, let h = v.height else { return [] }
        let landscape = [max(w, h), min(w, h)]
        guard !Self.captureSizes.contains(landscape) else { return [] }
        let make = e.inspection.metadata.device?.make?.lowercased() ?? ""
        // A phone named in the metadata, or Apple's Core Media writer (its track handler names), which on
        // an iPhone or iPad records camera sizes only.
        let claimed: String? = Self.phoneMakes.contains(where: { make.hasPrefix($0) }) ? (e.inspection.metadata.device?.make ?? make)
            : e.handlerNames.contains(where: { $0.hasPrefix("Core Media") }) ? "Apple (Core Media writer)" : nil
        var evidence: [String: EvidenceValue] = ["width": .int(Int64(w)), "height": .int(Int64(h)), "stream": .int(Int64(v.index))]
        // Where the size is stated: the video track (its header and sample description), else the first picture.
        if let trak = e.inspection.container?.tracks?.first(where: { $0.handlerType == "vide" }) {
            evidence["byteOffset"] = .int(trak.offset)
            evidence["box"] = .string("trak")
        } else if let first = e.frames?.first, let o = first.packetOffset {
            evidence["byteOffset"] = .int(o)
            evidence["frame"] = .int(Int64(first.index))
        }
        if let claimed, max(w, h) <= Self.longestScaledSide {
            evidence["device"] = .string(claimed)
            let device: MessageArgument = claimed == "Apple (Core Media writer)" ? .message(message("core-media")) : .text(claimed)
            return [finding(message("scaled", ["w": .number(w), "h": .number(h), "device": device]),
                            evidence, severity: .strong)]
        }
        return [finding(message("unusual", ["w": .number(w), "h": .number(h)]), evidence)]
    }
}

extension Evidence {
    /// A copy with one video stream of the given size (for examples).
    public func withVideo(width: Int, height: Int) -> Evidence {
        var e = self
        e.inspection.metadata.streams = [StreamInfo(index: 0, type: "video", codec: "h264", width: width, height: height, timeBase: "1/600")]
        return e
    }
}
