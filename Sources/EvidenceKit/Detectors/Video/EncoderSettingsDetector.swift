/// `video.bitstream.encoder-settings` — the H.264 picture parameters switch on explicit weighted prediction
/// for P pictures, as x264's default presets do, in a stream that carries no encoder banner. A software
/// encoder's banner is easy to strip (FFmpeg's `filter_units` drops the SEI units); its choices in the
/// parameter sets stay. Weak: five camera streams are too few to say no camera encoder ever makes that
/// choice.
public struct EncoderSettingsDetector: Detector {
    public static let description = DetectorDescription(
        id: "video.bitstream.encoder-settings", name: "Software encoder settings in the H.264 parameters",
        nameVi: "Thiết lập của bộ mã hóa phần mềm trong tham số H.264",
        severity: .weak, indicates: .reEncoded,
        rationale: "An H.264 picture parameter set says whether P pictures use explicit weighted prediction (weighted_pred_flag). x264 switches it on in its default presets (weightp), with implicit weighted bi-prediction (weighted_bipred_idc 2); every x264 stream in the corpus does. None of the H.264 streams from cameras and phones (GoPro HERO5, two Android phones, the Axis and Swann CCTV streams) or from Apple's, Adobe's, Google's and Telegram's encoders does. When the flag is set and no encoder banner is left in the stream — removing the x264 SEI takes one FFmpeg option — the pictures were probably encoded by software. Weak, because five camera streams cannot show that no camera encoder makes that choice; a banner, where present, decides instead.",
        rationaleVi: "Bộ tham số ảnh H.264 cho biết các khung P có dùng dự đoán có trọng số tường minh hay không (weighted_pred_flag). x264 bật nó trong các thiết lập mặc định (weightp), kèm dự đoán hai chiều có trọng số ngầm định (weighted_bipred_idc 2); mọi luồng x264 trong bộ mẫu đều như vậy. Không luồng H.264 nào từ máy quay và điện thoại (GoPro HERO5, hai điện thoại Android, các luồng CCTV của Axis và Swann) hay từ bộ mã hóa của Apple, Adobe, Google và Telegram làm vậy. Khi cờ này được bật mà luồng không còn dấu hiệu (banner) nào của bộ mã hóa — chỉ cần một tùy chọn của FFmpeg để xóa SEI của x264 — thì hình ảnh có lẽ đã được phần mềm mã hóa. Là dấu hiệu yếu, vì năm luồng từ máy quay không thể chứng minh rằng không bộ mã hóa máy quay nào chọn như vậy; nơi có dấu hiệu bộ mã hóa thì chính nó quyết định.",
        examples: [
            DetectorExample("camera H.264 (no weighted prediction)", .synthetic(handlers: ["VideoHandle"]).withPictureParameters(weighted: false, bipred: 0), fires: false),
            DetectorExample("x264 settings with the banner stripped", .synthetic(handlers: ["VideoHandle"]).withPictureParameters(weighted: true, bipred: 2), fires: true),
            DetectorExample("x264 banner present (the banner decides)", .synthetic(handlers: ["VideoHandler"], banners: [EncoderBanner(encoder: "x264", text: "x264 - core 164", byteOffset: 100, packetIndex: 0)]).withPictureParameters(weighted: true, bipred: 2), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .video, e.bitstream?.banners.isEmpty ?? true,
              let track = e.inspection.container?.tracks?.first(where: { $0.handlerType == "vide" && $0.h264PictureParameters != nil }),
              let pps = track.h264PictureParameters, pps.weightedPredFlag else { return [] }
        let evidence: [String: EvidenceValue] = ["byteOffset": .int(pps.offset), "weightedPredFlag": .int(1),
                                                 "weightedBipredIdc": .int(Int64(pps.weightedBipredIdc)),
                                                 "chromaQPIndexOffset": .int(Int64(pps.chromaQPIndexOffset)), "box": .string("avcC")]
        return [finding(message("weighted-prediction", ["byteOffset": .int(pps.offset), "bipred": .number(pps.weightedBipredIdc)]),
                        evidence)]
    }
}

extension Evidence {
    /// A copy whose video track's H.264 picture parameters have these weighted-prediction settings (for examples).
    public func withPictureParameters(weighted: Bool, bipred: Int) -> Evidence {
        var e = self
        if let i = e.inspection.container?.tracks?.firstIndex(where: { $0.handlerType == "vide" }) {
            e.inspection.container?.tracks?[i].h264PictureParameters = H264PictureParameters(offset: 700, entropyCodingCABAC: true, weightedPredFlag: weighted,
                                                                                            weightedBipredIdc: bipred, picInitQPMinus26: 0, chromaQPIndexOffset: 0)
        }
        return e
    }
}
