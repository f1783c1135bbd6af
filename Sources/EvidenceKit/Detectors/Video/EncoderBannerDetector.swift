/// `video.bitstream.encoder-banner` — the coded video carries a software encoder's banner (x264, x265,
/// FFmpeg's own encoders) in an SEI message. Camera and phone hardware encoders do not write one, so
/// the pictures were decoded and compressed again by software.
public struct EncoderBannerDetector: Detector {
    public static let description = DetectorDescription(
        id: "video.bitstream.encoder-banner", name: "Software encoder banner in the video stream",
        nameVi: "Dấu hiệu bộ mã hóa phần mềm trong luồng video",
        severity: .strong, indicates: .reEncoded,
        rationale: "x264 and x265 write their version and every setting into the stream (SEI user data). Phones, dashcams and CCTV encode in hardware and write no such banner, so its presence means the pictures were re-encoded by software (an editor, a converter, a messaging app).",
        rationaleVi: "x264 và x265 ghi phiên bản và mọi thiết lập vào luồng (SEI user data). Điện thoại, camera hành trình và CCTV mã hóa bằng phần cứng và không ghi dấu hiệu này, nên sự có mặt của nó cho thấy hình ảnh đã được mã hóa lại bằng phần mềm.",
        examples: [
            DetectorExample("no banner", .synthetic(), fires: false),
            DetectorExample("x264 banner", .synthetic(banners: [EncoderBanner(encoder: "x264", text: "x264 - core 164 r3095 - H.264/MPEG-4 AVC codec - options: crf=23.0", byteOffset: 48, packetIndex: 0)]), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        (e.bitstream?.banners ?? []).map { b in
            var evidence: [String: EvidenceValue] = ["encoder": .string(b.encoder), "packet": .int(Int64(b.packetIndex)), "banner": .string(String(b.text.prefix(300)))]
            if let o = b.byteOffset { evidence["byteOffset"] = .int(o) }
            let settings = Self.settings(b.text)
            if !settings.isEmpty { evidence["settings"] = .string(settings) }
            let short = b.text.split(separator: " - H.26").first.map(String.init) ?? String(b.text.prefix(40))
            let article = b.encoder.hasPrefix("x") ? "an" : "a"
            return finding(message("banner-" + article + (b.packetIndex < 0 ? "-description" : ""),
                                   ["encoder": .text(b.encoder), "banner": .text(short + (settings.isEmpty ? "" : ", " + settings)),
                                    "byteOffset": .text(b.byteOffset.map(String.init) ?? "?")]),
                           evidence)
        }
    }

    /// The rate-control settings that say how the picture was compressed (crf, bitrate, preset hints).
    static func settings(_ banner: String) -> String {
        guard let options = banner.firstRange(of: "options: ") else { return "" }
        let wanted = ["crf", "bitrate", "qp", "rc", "keyint", "bframes"]
        return banner[options.upperBound...].split(separator: " ").filter { opt in wanted.contains { opt.hasPrefix($0 + "=") } }.joined(separator: " ")
    }
}
