/// `video.timestamps.collapsed` — consecutive pictures presented at (almost) the same instant.
/// When parts of recordings are joined without re-encoding, the pictures a part's edit list hid (the
/// lead-in from its keyframe to the cut) are carried over and squeezed into a few microseconds at the
/// join, or presented twice. A camera presents each picture one frame interval after the previous one;
/// variable frame rate stretches intervals, it never shrinks them to nothing.
public struct TimestampCollapseDetector: Detector {
    /// An interval below this share of the clip's median interval counts as collapsed. Corpus camera
    /// originals never go below 1.0× the median (phones stretch intervals, they do not shorten them).
    static let collapsedShare = 0.05

    public static let description = DetectorDescription(
        id: "video.timestamps.collapsed", name: "Pictures squeezed into the same instant",
        nameVi: "Nhiều khung hình bị dồn vào cùng một thời điểm",
        severity: .strong, indicates: .edited,
        rationale: "In a recording each picture is presented one frame interval after the previous one; phones with variable frame rate stretch the interval in low light but never shrink it to nothing. Joining stream-copied parts (ffmpeg's concat demuxer, LosslessCut's merge) carries over the pictures one part's edit list had hidden between its keyframe and the cut, and packs them into microseconds at the join. Pictures presented less than 5 % of a frame interval apart, within two pictures of a keyframe, locate the join. Away from any keyframe the same squeeze comes from a plain remux that carried over a picture the source's edit list hid; that is reported as a weak sign of a rewritten container. Inside an MP4/MOV that software rewrote (FFmpeg's muxer tag, an encoder banner) this is strong evidence of a splice; in a camera-written file a recorder's timestamp glitch cannot be ruled out, and in recorder formats (TS, raw streams, .dav) a restarted clock can do the same, so there it asks for review.",
        rationaleVi: "Trong một bản ghi, mỗi khung được hiển thị sau khung trước một khoảng khung hình; điện thoại có tốc độ khung thay đổi kéo dài khoảng này khi thiếu sáng nhưng không bao giờ rút nó về không. Việc ghép các đoạn được sao chép luồng (bộ tách concat của ffmpeg, chức năng gộp của LosslessCut) mang theo những khung mà danh sách biên tập của một đoạn đã ẩn giữa khung khóa của nó và điểm cắt, và dồn chúng vào vài micro giây tại chỗ ghép. Các khung được hiển thị cách nhau chưa đến 5 % khoảng khung, trong phạm vi hai khung quanh một khung khóa, cho biết vị trí chỗ ghép. Ở xa mọi khung khóa, cùng hiện tượng dồn khung này đến từ một lần đóng gói lại đơn thuần đã mang theo một khung mà danh sách biên tập của tệp nguồn đã ẩn; trường hợp đó được báo là dấu hiệu yếu của một tệp chứa đã được ghi lại. Trong một tệp MP4/MOV mà phần mềm đã ghi lại (thẻ bộ ghi của FFmpeg, dấu hiệu bộ mã hóa), đây là bằng chứng mạnh của một lần ghép; trong một tệp do máy quay ghi thì không loại trừ được một trục trặc dấu thời gian của thiết bị ghi, và trong các định dạng của thiết bị ghi (TS, luồng thô, .dav) một đồng hồ khởi động lại cũng có thể gây ra điều tương tự, nên ở đó phát hiện này yêu cầu xem xét.",
        examples: [
            DetectorExample("regular 30 fps", .synthetic().withFrames(), fires: false),
            DetectorExample("three pictures packed at the join after frame 99 (keyframe at 90), FFmpeg muxer", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(collapseAfter: 99, collapsed: 3), fires: true),
            DetectorExample("the same in a camera-written file (review only)", .synthetic().withFrames(collapseAfter: 99, collapsed: 3), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let (frames, source) = e.pictureTimes, frames.count >= 4 else { return [] }
        let times = frames.map(\.seconds)
        let intervals = zip(times.dropFirst(), times).map { $0 - $1 }
        // The frame interval of the clip: the median of intervals of at least half a millisecond (no camera
        // records faster than 2000 pictures a second), so a long squeezed stretch cannot drag it down.
        let real = intervals.filter { $0 >= 0.000_5 }.sorted()
        guard !real.isEmpty else { return [] }
        let median = real[real.count / 2]
        // Reversals are the gap detector's; here only intervals in [0, 5 % of the median).
        let collapsed = intervals.indices.filter { intervals[$0] >= 0 && intervals[$0] < median * Self.collapsedShare }
        guard !collapsed.isEmpty else { return [] }
        // A join starts a part at its keyframe: the squeeze sits within two pictures of a keyframe that is
        // not the first picture. Elsewhere (no keyframe near) it is a remuxer carrying over a picture the
        // source's edit list hid — a rewritten container, not evidence of a cut.
        // A part starts at a keyframe with pictures after it: the first and the last pictures are no join.
        let keys = frames.indices.filter { frames[$0].key && $0 > 0 && $0 < frames.count - 2 }
        let join = collapsed.first { c in keys.contains { abs($0 - (c + 1)) <= 2 } }
        let at = join ?? collapsed[0]
        let f = frames[at + 1]
        let isoBMFF = e.inspection.structure.format == "iso-bmff"
        let list = collapsed.prefix(6).map { "frame \(frames[$0 + 1].index) at \(fmt(times[$0 + 1])) s (\(fmt(intervals[$0] * 1000)) ms after the previous)" }
        var evidence: [String: EvidenceValue] = ["frame": .int(Int64(f.index)), "seconds": .double(times[at + 1]),
                                                 "collapsedIntervals": .int(Int64(collapsed.count)), "medianInterval": .double(median),
                                                 "frames": .strings(list), "timesFrom": .string(source)]
        if let o = f.byteOffset { evidence["byteOffset"] = .int(o) }
        if let n = f.sample { evidence["sample"] = .int(Int64(n)) }
        let listed = collapsed.prefix(3).map { Message("video.timestamps.collapsed.item", ["frame": .number(frames[$0 + 1].index), "seconds": .seconds(times[$0 + 1]),
                                                                                       "ms": .decimal(intervals[$0] * 1000, places: 3)]) }
        let head: MessageArgument = .message(Message("video.timestamps.collapsed.head", ["count": .number(collapsed.count), "list": .messages(listed),
                                                                                         "interval": .decimal(median * 1000, places: 3)]))
        guard let join else {
            return [finding(message("remuxed", ["head": head]),
                            evidence, severity: .weak, indicates: .remuxed)]
        }
        let keyframe = frames[keys.first { abs($0 - (join + 1)) <= 2 }!].index
        evidence["keyframe"] = .int(Int64(keyframe))
        // A camera-written file with a timestamp glitch next to a keyframe is not a splice: accuse only when
        // software rewrote the file (the joining tool's muxer or encoder signs it).
        let trace = e.softwareTrace
        if let trace { evidence["softwareTrace"] = .string(trace) }
        let accuse = isoBMFF && trace != nil
        var args: [String: MessageArgument] = ["head": head, "keyframe": .number(keyframe)]
        if let t = e.softwareTraceMessage { args["trace"] = t }
        return [finding(message(accuse ? "joined" : isoBMFF ? "review-glitch" : "review-clock", args),
                        evidence, indicates: accuse ? .edited : .inconclusive)]
    }

    func fmt(_ v: Double) -> String { String((v * 1000).rounded() / 1000) }
}
