/// `video.timestamps.gap` — presentation times jump by much more than the clip's own frame interval,
/// or run backwards. Frames removed with a stream copy leave such a gap; a splice of two recordings
/// can make time run backwards. Phones record variable frame rate — intervals stretch in low light —
/// so a gap only counts as strong when the rest of the clip is regular.
public struct TimestampGapDetector: Detector {
    public static let description = DetectorDescription(
        id: "video.timestamps.gap", name: "Gaps or reversals in presentation times",
        nameVi: "Khoảng trống hoặc đảo ngược trong dấu thời gian",
        severity: .weak, indicates: .edited,
        rationale: "Each picture carries a presentation time. In a recording they advance by the frame interval. Deleting frames without re-encoding leaves a jump; joining recordings can make time run backwards. Phones use variable frame rate (low light stretches intervals to 2–3× and more), CCTV drops frames under load, so a jump is strong only when the clip is otherwise regular, and even then, in a file the camera wrote, it asks for review (inconclusive): recorders that drop frames leave the same gap as an editor. In a file that software rewrote (encoder banner, FFmpeg muxer) the hole in an otherwise regular clip is attributed to the edit. Time running backwards inside an MP4/MOV is a splice.",
        rationaleVi: "Mỗi khung mang một thời điểm hiển thị. Trong một bản ghi, các thời điểm này tăng dần theo khoảng khung. Việc xóa khung mà không mã hóa lại để lại một bước nhảy; việc ghép các bản ghi có thể làm thời gian chạy lùi. Điện thoại dùng tốc độ khung thay đổi (thiếu sáng kéo dài khoảng khung lên 2–3 lần và hơn nữa), CCTV bỏ khung khi quá tải, nên một bước nhảy chỉ là dấu hiệu mạnh khi phần còn lại của video đều đặn, và ngay cả khi đó, trong một tệp do máy quay ghi, nó chỉ yêu cầu xem xét (chưa kết luận được): thiết bị ghi bỏ khung để lại khoảng trống giống hệt như một phần mềm chỉnh sửa. Trong một tệp mà phần mềm đã ghi lại (dấu hiệu bộ mã hóa, bộ ghi FFmpeg), khoảng trống trong một video vốn đều đặn được quy cho việc chỉnh sửa. Thời gian chạy lùi bên trong một tệp MP4/MOV là một lần ghép.",
        examples: [
            DetectorExample("regular 30 fps", .synthetic().withFrames(), fires: false),
            DetectorExample("2 s missing after frame 149", .synthetic().withFrames(gapAfter: 149, gapSeconds: 2), fires: true),
            DetectorExample("2 s missing in a file FFmpeg rewrote", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(gapAfter: 149, gapSeconds: 2), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let (frames, source) = e.pictureTimes, frames.count >= 10 else { return [] }
        let times = frames.map(\.seconds)
        let intervals = zip(times.dropFirst(), times).map { $0 - $1 }
        let sorted = intervals.sorted()
        let median = sorted[sorted.count / 2]
        guard median > 0 else { return [] }
        var findings: [Finding] = []
        if let back = intervals.firstIndex(where: { $0 < -median / 2 }) {
            // MP4/MOV writers in cameras never let presentation time run backwards; transport streams from
            // recorders can restart their clock, so there it only asks for review.
            let isoBMFF = e.inspection.structure.format == "iso-bmff"
            findings.append(finding(message(isoBMFF ? "backwards-joined" : "backwards",
                                            ["frame": .number(frames[back + 1].index), "before": .seconds(times[back]), "after": .seconds(times[back + 1])]),
                                    ["frame": .int(Int64(frames[back + 1].index)), "seconds": .double(times[back + 1]), "previousSeconds": .double(times[back]), "timesFrom": .string(source)],
                                    severity: .strong, indicates: isoBMFF ? .edited : .inconclusive))
        }
        let regular = Double(intervals.filter { abs($0 - median) <= median * 0.05 }.count) / Double(intervals.count)
        for (n, gap) in intervals.enumerated() where gap > max(0.25, median * 8) {
            let f = frames[n + 1]
            var evidence: [String: EvidenceValue] = ["frame": .int(Int64(f.index)), "seconds": .double(times[n + 1]), "gapSeconds": .double(gap),
                                                     "medianInterval": .double(median), "regularShare": .double((regular * 1000).rounded() / 1000)]
            if let o = f.byteOffset { evidence["byteOffset"] = .int(o) }
            if let n = f.sample { evidence["sample"] = .int(Int64(n)) }
            evidence["timesFrom"] = .string(source)
            // In a regular clip the pictures are certainly missing. A recorder dropping frames under load
            // leaves the same hole, so in a camera-written file this asks for review; once software has
            // rewritten the file (encoder banner, FFmpeg muxer) the hole is attributed to the edit.
            // "Regular": 95 % of intervals within 5 % of the median, or — for short clips with a few
            // stretched intervals — the jump is at least 5× the longest other interval (variable frame rate
            // stretches intervals by 2–3×, it does not open a hole five times its own worst stretch).
            let otherMax = intervals.enumerated().filter { $0.offset != n }.map(\.element).max() ?? median
            let strong = regular >= 0.95 || gap >= 5 * otherMax
            evidence["longestOtherInterval"] = .double((otherMax * 10_000).rounded() / 10_000)
            let trace = strong ? e.softwareTrace : nil
            if let trace { evidence["softwareTrace"] = .string(trace) }
            var args: [String: MessageArgument] = ["gap": .seconds(gap), "intervals": .number(Int(gap / median)), "median": .seconds(median),
                                                   "frame": .number(f.index), "seconds": .seconds(times[n + 1])]
            if trace != nil, let t = e.softwareTraceMessage { args["trace"] = t }
            findings.append(finding(message(!strong ? "jump-irregular" : trace != nil ? "jump-cut" : "jump-missing", args),
                                    evidence, severity: strong ? .strong : .weak, indicates: !strong ? .edited : trace != nil ? .edited : .inconclusive))
            if findings.count >= 5 { break }
        }
        return findings
    }

    func fmt(_ v: Double) -> String { String((v * 1000).rounded() / 1000) }
}
