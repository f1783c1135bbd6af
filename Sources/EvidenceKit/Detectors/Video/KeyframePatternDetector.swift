/// `video.gop.out-of-pattern` — the recorder placed keyframes at a fixed interval, except at one or more
/// places in the middle of the clip. A stream-copy splice or cut starts a part at a keyframe of its own,
/// which breaks the pattern there. Read from the sample tables (`stss`), so it works at every depth.
public struct KeyframePatternDetector: Detector {
    public static let description = DetectorDescription(
        id: "video.gop.out-of-pattern", name: "Keyframe out of the recorder's pattern",
        nameVi: "Khung khóa nằm ngoài nhịp của thiết bị ghi",
        severity: .weak, indicates: .edited,
        rationale: "Hardware encoders in phones, dashcams and action cameras usually start a new group of pictures at a fixed interval (every 8, 30 or 60 pictures). When at least 90 % of the intervals between keyframes are equal and one in the middle of the clip is shorter, a keyframe was placed out of the pattern — where a stream-copied part begins after a splice, or where a cut was made. iPhones vary their interval, CCTV restarts groups on motion and dashcam segments start with a short group, so the first interval is ignored and this never decides alone: it locates the join for the other findings.",
        rationaleVi: "Bộ mã hóa phần cứng trong điện thoại, camera hành trình và camera hành động thường bắt đầu một nhóm khung mới theo khoảng cách cố định (cứ mỗi 8, 30 hay 60 khung). Khi ít nhất 90 % khoảng cách giữa các khung khóa bằng nhau và có một khoảng ở giữa video ngắn hơn, thì một khung khóa đã được đặt lệch khỏi nhịp — nơi một đoạn được sao chép luồng bắt đầu sau một lần ghép, hoặc nơi một vết cắt được thực hiện. iPhone thay đổi khoảng cách này, CCTV bắt đầu lại nhóm khung khi có chuyển động và các đoạn của camera hành trình bắt đầu bằng một nhóm ngắn, nên khoảng đầu tiên bị bỏ qua và phát hiện này không bao giờ tự quyết định: nó định vị chỗ ghép cho các phát hiện khác.",
        examples: [
            DetectorExample("every 8 pictures", .synthetic(handlers: ["GoPro AVC"]).withKeyframes(Array(stride(from: 1, through: 361, by: 8)).map(UInt32.init)), fires: false),
            DetectorExample("a 1-picture group at sample 121", .synthetic(handlers: ["GoPro AVC"]).withKeyframes((Array(stride(from: 1, through: 121, by: 8)) + Array(stride(from: 122, through: 242, by: 8))).map(UInt32.init)), fires: true),
            DetectorExample("iPhone: irregular", .synthetic(handlers: ["Core Media Video"]).withKeyframes([1, 18, 20, 28, 40]), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let track = e.container?.tracks?.first(where: { $0.handlerType == "vide" }), let keys = track.keyframeSamples, keys.count >= 6 else { return [] }
        let intervals = zip(keys.dropFirst(), keys).map { Int($0) - Int($1) }
        var counts: [Int: Int] = [:]
        for i in intervals { counts[i, default: 0] += 1 }
        guard let (period, n) = counts.max(by: { $0.value < $1.value }), period >= 4, Double(n) / Double(intervals.count) >= 0.9 else { return [] }
        // Short intervals after the first: a keyframe came early.
        let odd = intervals.indices.dropFirst().filter { intervals[$0] < period }
        guard !odd.isEmpty else { return [] }
        let at = odd.map { keys[$0 + 1] }
        return [finding(message(at.count > 1 ? "early-many" : "early-one",
                                ["period": .number(period), "n": .number(n), "intervals": .number(intervals.count),
                                 "samples": .list(at.prefix(5).map(String.init)), "after": .list(odd.prefix(5).map { String(intervals[$0]) })]),
                        ["trackOffset": .int(track.offset), "period": .int(Int64(period)), "samples": .strings(at.prefix(10).map(String.init))])]
    }
}

extension Evidence {
    /// The video track's keyframe sample numbers (for examples).
    public func withKeyframes(_ samples: [UInt32]) -> Evidence {
        var e = self
        if let i = e.inspection.container?.tracks?.firstIndex(where: { $0.handlerType == "vide" }) {
            e.inspection.container?.tracks?[i].keyframeSamples = samples
            e.inspection.container?.tracks?[i].keyframeCount = samples.count
        }
        return e
    }
}
