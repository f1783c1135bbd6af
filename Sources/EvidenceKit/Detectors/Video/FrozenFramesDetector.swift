/// `video.content.frozen` — a run of repeated pictures inside a moving scene: the same picture is shown
/// again and again while time advances, then the scene jumps on. A freeze (frames replaced by copies of
/// one picture) hides what happened in that interval.
public struct FrozenFramesDetector: Detector {
    /// A run must last this long to count: converting variable to constant frame rate repeats a picture
    /// for a few hundredths of a second (up to 0.07 s in the corpus re-encodes), not a quarter second.
    static let minimumSeconds = 0.25
    static let minimumFrames = 5
    /// PDQ distance at or below which two pictures are the same picture (a re-encoder refines a repeated
    /// picture over a few frames, moving its hash by up to 2 bits).
    static let sameDistance = 2
    /// PDQ distance at or above which consecutive pictures show motion; the run must be entered and left
    /// with at least this much change.
    static let motionDistance = 6
    /// Repeats elsewhere in the clip lasting longer than this mean a fixed camera on a still scene, where
    /// a pause between two movements looks like a freeze: then the finding only asks for review.
    static let stillSceneSeconds = 0.1

    public static let description = DetectorDescription(
        id: "video.content.frozen", name: "Frozen pictures inside a moving scene",
        nameVi: "Khung hình bị đóng băng giữa cảnh đang chuyển động",
        severity: .strong, indicates: .edited,
        rationale: "Perceptual hashes of consecutive pictures change while the scene moves. A run of identical pictures (PDQ distance ≤ 1) lasting at least 0.25 s and 5 frames, entered and left with clear motion (≥ 8 bits), while presentation times keep advancing, means pictures were replaced by copies of one picture — a freeze that hides what happened. A fixed camera on a quiet scene can pause between two movements, so when the picture also stands still elsewhere in the clip (another run over 0.1 s) the finding only asks for review. Recorders can also repeat pictures to fill their nominal frame rate when the sensor is slow, so in a file with no trace of software processing this only asks for review; after software processing it is strong evidence of editing.",
        rationaleVi: "Mã băm cảm nhận của các khung liên tiếp thay đổi khi cảnh chuyển động. Một chuỗi các khung giống hệt nhau (khoảng cách PDQ ≤ 1) kéo dài ít nhất 0,25 s và 5 khung, bắt đầu và kết thúc bằng chuyển động rõ ràng (≥ 8 bit), trong khi thời gian hiển thị vẫn tiếp tục tăng, nghĩa là các khung hình đã bị thay bằng bản sao của một khung — một đoạn đóng băng che giấu những gì đã xảy ra. Một máy quay cố định hướng vào cảnh yên tĩnh có thể đứng yên giữa hai lần chuyển động, nên khi hình cũng đứng yên ở chỗ khác trong video (một chuỗi khác dài hơn 0,1 s), phát hiện chỉ yêu cầu xem xét. Thiết bị ghi cũng có thể lặp lại khung để bù cho đủ tốc độ khung danh định khi cảm biến chậm, nên trong một tệp không có dấu vết xử lý của phần mềm, phát hiện này chỉ yêu cầu xem xét; sau khi phần mềm đã xử lý, nó là bằng chứng mạnh của việc chỉnh sửa.",
        examples: [
            DetectorExample("moving scene, no repeats", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(), fires: false),
            DetectorExample("frames 100–119 repeat frame 99, re-encoded", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(frozen: 100..<120), fires: true),
            DetectorExample("3 repeats (frame-rate conversion)", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(frozen: 100..<103), fires: false),
            DetectorExample("frozen run in a camera-written file (review only)", .synthetic().withFrames(frozen: 100..<120), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let frames = e.frames, frames.count >= Self.minimumFrames + 2 else { return [] }
        let d = zip(frames, frames.dropFirst()).map { $0.pdq.distance(to: $1.pdq) }
        // Every run of repeats: frames start...end are copies of frames[start - 1].
        var runs: [(start: Int, end: Int, flanked: Bool)] = []
        var i = 0
        while i < d.count {
            guard d[i] <= Self.sameDistance else { i += 1; continue }
            var j = i
            while j < d.count && d[j] <= Self.sameDistance { j += 1 }
            let flanked = i > 0 && d[i - 1] >= Self.motionDistance && j < d.count && d[j] >= Self.motionDistance
            runs.append((i + 1, j, flanked))
            i = j
        }
        func seconds(_ r: (start: Int, end: Int, flanked: Bool)) -> Double {
            guard let a = frames[r.start - 1].seconds, let b = frames[r.end].seconds else { return 0 }
            return b - a
        }
        let long = runs.filter { $0.flanked && $0.end - $0.start + 1 >= Self.minimumFrames && seconds($0) >= Self.minimumSeconds }
        guard let first = long.first else { return [] }
        let stillElsewhere = runs.filter { r in !long.contains { $0.start == r.start } && seconds(r) > Self.stillSceneSeconds }.count
        let trace = stillElsewhere == 0 ? e.softwareTrace : nil
        let f = frames[first.start]
        let span = (frames[first.end].seconds ?? 0) - (frames[first.start - 1].seconds ?? 0)
        var evidence: [String: EvidenceValue] = [
            "frame": .int(Int64(f.index)), "lastFrame": .int(Int64(frames[first.end].index)),
            "seconds": .double(f.seconds ?? 0), "frozenSeconds": .double((span * 1000).rounded() / 1000),
            "repeatedFrame": .int(Int64(frames[first.start - 1].index)), "runs": .int(Int64(long.count)),
            "distanceBefore": .int(Int64(d[first.start - 2 >= 0 ? first.start - 2 : 0])), "distanceAfter": .int(Int64(d[first.end])),
        ]
        if let o = f.packetOffset { evidence["byteOffset"] = .int(o) }
        if let trace { evidence["softwareTrace"] = .string(trace) }
        if stillElsewhere > 0 { evidence["stillRunsElsewhere"] = .int(Int64(stillElsewhere)) }
        let what = Message("video.content.frozen.what" + (long.count > 1 ? "-runs" : ""),
                           ["first": .number(f.index), "last": .number(frames[first.end].index), "repeated": .number(frames[first.start - 1].index),
                            "same": .number(Self.sameDistance), "span": .seconds(span), "before": .number(d[max(0, first.start - 2)]),
                            "after": .number(d[first.end]), "runs": .number(long.count)])
        if let trace {
            return [finding(message("replaced", ["what": .message(what), "trace": e.softwareTraceMessage ?? .text(trace)]),
                            evidence)]
        }
        let why = stillElsewhere > 0
            ? message("why-still", ["runs": .number(stillElsewhere), "seconds": .seconds(Self.stillSceneSeconds)])
            : message("why-no-trace")
        return [finding(message("review", ["what": .message(what), "why": .message(why)]),
                        evidence, severity: .weak, indicates: .inconclusive)]
    }

    func fmt(_ v: Double) -> String { String((v * 1000).rounded() / 1000) }
}
