/// `video.tracks.duration-mismatch` — the audio and video tracks of one recording last very different
/// times. A camera starts and stops both together; retiming the pictures (speed change) or cutting one
/// track without the other leaves them apart.
public struct AudioVideoDurationDetector: Detector {
    /// Corpus camera originals differ by at most 0.24 s (a 0.77 s Android clip with 1.0 s of audio) and the
    /// shorter track is at least 58 % of the longer (0.10 s of video with 0.17 s of audio, a 3-frame clip).
    /// All three limits must be passed: 0.3 s apart, the shorter at most 60 % of the longer, the longer
    /// at least a second.
    static let minimumSeconds = 0.3
    static let maximumRatio = 0.6
    static let minimumLength = 1.0

    public static let description = DetectorDescription(
        id: "video.tracks.duration-mismatch", name: "Audio and video durations disagree",
        nameVi: "Thời lượng âm thanh và hình ảnh không khớp",
        severity: .strong, indicates: .edited,
        rationale: "A recorder captures sound and pictures over the same interval: in the corpus originals the two track durations (mdhd) differ by 0.24 s at most, and in the shortest clips (a tenth of a second) the shorter track is still 58 % of the longer. A speed change applied to the pictures only (ffmpeg's setpts with its default audio handling), or a cut made to one track, leaves the shorter track at most 60 % of the longer, at least 0.3 s apart, in a clip of a second or more. Phones' slow-motion originals keep both tracks at real-time length; still, only a file that software rewrote (FFmpeg muxer tag, encoder banner) is called edited, a camera-written one asks for review.",
        rationaleVi: "Thiết bị ghi thu âm thanh và hình ảnh trong cùng một khoảng thời gian: ở các tệp gốc trong bộ mẫu, thời lượng của hai rãnh (mdhd) chênh nhau nhiều nhất 0,24 s, và ở các video ngắn nhất (một phần mười giây) rãnh ngắn hơn vẫn dài bằng 58 % rãnh dài hơn. Một lần đổi tốc độ chỉ áp dụng cho hình (setpts của ffmpeg với cách xử lý âm thanh mặc định), hoặc một lần cắt chỉ trên một rãnh, để lại rãnh ngắn hơn chỉ dài nhiều nhất 60 % rãnh dài hơn, lệch nhau ít nhất 0,3 s, trong một video dài từ một giây trở lên. Các video quay chậm gốc của điện thoại giữ cả hai rãnh ở độ dài thời gian thực; dù vậy, chỉ tệp đã được phần mềm ghi lại (thẻ bộ ghi FFmpeg, dấu hiệu bộ mã hóa) mới bị kết luận là đã chỉnh sửa, còn tệp do máy quay ghi thì yêu cầu xem xét.",
        examples: [
            DetectorExample("12.08 s video, 12.07 s audio", .synthetic(handlers: ["GoPro AVC", "GoPro AAC"]).withTrackDurations(video: 12.079, audio: 12.075), fires: false),
            DetectorExample("0.77 s Android clip with 1.0 s of audio", .synthetic(handlers: ["VideoHandle", "SoundHandle"]).withTrackDurations(video: 0.768, audio: 1.003), fires: false),
            DetectorExample("pictures sped up ×2, audio left", .synthetic(handlers: ["VideoHandler", "SoundHandler"], tags: ["encoder": "Lavf59.27.100"]).withTrackDurations(video: 6.04, audio: 12.07), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let tracks = e.container?.tracks,
              let v = tracks.first(where: { $0.handlerType == "vide" }), let a = tracks.first(where: { $0.handlerType == "soun" }),
              let vs = Self.seconds(v), let as_ = Self.seconds(a), vs > 0, as_ > 0 else { return [] }
        let diff = as_ - vs
        guard abs(diff) >= Self.minimumSeconds, min(vs, as_) <= Self.maximumRatio * max(vs, as_), max(vs, as_) >= Self.minimumLength else { return [] }
        // Only a file that software rewrote is accused; a camera-written one (a phone's special recording
        // mode we have not seen) asks for review.
        let trace = e.softwareTrace
        var evidence: [String: EvidenceValue] = ["videoSeconds": .double(Self.round3(vs)), "audioSeconds": .double(Self.round3(as_)),
                                                 "videoTrackOffset": .int(v.offset), "audioTrackOffset": .int(a.offset)]
        if let trace { evidence["softwareTrace"] = .string(trace) }
        var args: [String: MessageArgument] = ["video": .seconds(vs), "audio": .seconds(as_), "apart": .seconds(abs(diff))]
        if let t = e.softwareTraceMessage { args["trace"] = t }
        return [finding(message(trace != nil ? "retimed" : "review", args),
                        evidence, indicates: trace != nil ? .edited : .inconclusive)]
    }

    static func seconds(_ t: TrackFacts) -> Double? {
        guard let d = t.mediaDuration, let s = t.mediaTimescale, s > 0 else { return nil }
        return Double(d) / Double(s)
    }
    static func round3(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }
    static func fmt(_ v: Double) -> String { String(round3(v)) }
}

extension Evidence {
    /// Media durations of the first video and sound tracks, in seconds (for examples).
    public func withTrackDurations(video: Double, audio: Double) -> Evidence {
        var e = self
        for (type, seconds) in [("vide", video), ("soun", audio)] {
            if let i = e.inspection.container?.tracks?.firstIndex(where: { $0.handlerType == type }) {
                e.inspection.container?.tracks?[i].mediaTimescale = 1000
                e.inspection.container?.tracks?[i].mediaDuration = UInt64(seconds * 1000)
            }
        }
        return e
    }
}
