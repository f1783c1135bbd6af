/// `video.content.discontinuity` — between two consecutive pictures the scene changes completely, while
/// the pictures just before and just after change no more than the clip usually does: one continuous
/// recording does not jump from one scene to another. A splice of another recording, or the end of a
/// freeze that hid what happened, looks like this.
public struct ContentDiscontinuityDetector: Detector {
    /// PDQ distance of a complete change: unrelated pictures differ by about 128 of 256 bits; the same
    /// scene a frame later by far less (consecutive pictures of the corpus camera originals: at most 68
    /// bits, except the last picture of an iPhone 15 Plus Live Photo, 110 bits, with nothing after it).
    static let jumpBits = 96
    /// The jump must also be this many times the clip's ordinary change (its 90th percentile), so that
    /// shaky hand-held clips, whose hashes churn, are judged against themselves.
    static let jumpOverUsual = 3
    /// Pictures on either side that must be steady (within twice the usual change).
    static let steadyFrames = 2
    /// Below this PDQ quality a picture is too flat or dark to hash reliably (lights off, lens covered).
    static let minimumQuality = 50

    public static let description = DetectorDescription(
        id: "video.content.discontinuity", name: "Scene jumps between two consecutive pictures",
        nameVi: "Cảnh thay đổi hoàn toàn giữa hai khung liên tiếp",
        severity: .strong, indicates: .edited,
        rationale: "In one continuous recording each picture resembles the one before: the PDQ hashes of consecutive pictures differ by a few bits in a still scene and a few dozen in fast motion (the corpus camera originals: at most 68 bits, except one Live Photo's last picture). A jump of at least 96 bits (unrelated pictures differ by about 128), at least three times the clip's usual change (its 90th percentile), with two steady pictures on each side, is a cut from one scene to another that no motion explains: a splice of another recording, or the moment a freeze or a deletion ends. Light switched on, a flash or a covered lens can also change the whole picture, and flat or dark pictures hash unreliably (PDQ quality under 50 is skipped), so in a file without any trace of software processing this asks for review; in a file that software re-encoded, or at a keyframe of a file that software re-muxed (stream copies join at keyframes), it is strong evidence of editing.",
        rationaleVi: "Trong một lần quay liên tục, mỗi khung hình giống khung trước nó: mã PDQ của hai khung liên tiếp chỉ khác vài bit khi cảnh tĩnh và vài chục bit khi chuyển động nhanh (các tệp gốc từ máy quay trong bộ mẫu: nhiều nhất 68 bit, trừ khung cuối của một Live Photo). Một bước nhảy ít nhất 96 bit (hai ảnh không liên quan khác nhau khoảng 128 bit), gấp ít nhất ba lần mức thay đổi thường thấy của video (phân vị thứ 90 của nó), với hai khung ổn định ở mỗi bên, là một lần chuyển từ cảnh này sang cảnh khác mà không chuyển động nào giải thích được: một đoạn của bản ghi khác được ghép vào, hoặc thời điểm một đoạn đóng băng hay một đoạn bị xóa kết thúc. Việc bật đèn, đèn flash hay che ống kính cũng có thể làm đổi toàn bộ hình, và các khung phẳng hoặc tối cho mã băm không đáng tin (khung có chất lượng PDQ dưới 50 bị bỏ qua), nên trong một tệp không có dấu vết xử lý nào của phần mềm, phát hiện này yêu cầu xem xét; trong một tệp mà phần mềm đã mã hóa lại, hoặc tại một khung khóa của tệp mà phần mềm đã đóng gói lại (các bản sao luồng được ghép tại khung khóa), nó là bằng chứng mạnh của việc chỉnh sửa.",
        examples: [
            DetectorExample("one continuous moving scene", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(), fires: false),
            DetectorExample("another recording from frame 150, rewritten by FFmpeg", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames().withSceneCut(at: 150), fires: true),
            DetectorExample("scene cut in a camera-written file (review only)", .synthetic().withFrames().withSceneCut(at: 150), fires: true),
            DetectorExample("jump inside a GOP of a stream-copied file (review only)", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(keyEvery: 7).withSceneCut(at: 150), fires: true),
            DetectorExample("cut at the last picture (nothing steady after it)", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames().withSceneCut(at: 299), fires: false),
            DetectorExample("cut into a dark picture (unreliable hash)", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames().withSceneCut(at: 150, quality: 10), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let frames = e.frames, frames.count >= 2 * Self.steadyFrames + 2 else { return [] }
        let d = zip(frames, frames.dropFirst()).map { $0.pdq.distance(to: $1.pdq) }
        let usual = max(8, d.sorted()[d.count * 9 / 10])
        let steady = 2 * usual
        // d[k] is the change from picture k to picture k + 1.
        var cuts: [Int] = []
        for k in Self.steadyFrames..<(d.count - Self.steadyFrames) where d[k] >= Self.jumpBits && d[k] >= Self.jumpOverUsual * usual {
            let around = (k - Self.steadyFrames...k + Self.steadyFrames + 1)
            guard around.allSatisfy({ frames[$0].quality >= Self.minimumQuality && !frames[$0].corrupt }),
                  d[(k - Self.steadyFrames)..<k].allSatisfy({ $0 <= steady }),
                  d[(k + 1)...(k + Self.steadyFrames)].allSatisfy({ $0 <= steady }) else { continue }
            cuts.append(k)
        }
        guard let k = cuts.first else { return [] }
        let before = frames[k], after = frames[k + 1]
        var evidence: [String: EvidenceValue] = [
            "frame": .int(Int64(after.index)), "previousFrame": .int(Int64(before.index)), "distance": .int(Int64(d[k])),
            "usualDistance": .int(Int64(usual)), "cuts": .int(Int64(cuts.count)),
            "hashBefore": .string(before.pdq.hex), "hashAfter": .string(after.pdq.hex),
        ]
        if let t = after.seconds { evidence["seconds"] = .double((t * 1000).rounded() / 1000) }
        if let o = after.packetOffset { evidence["byteOffset"] = .int(o) }
        if cuts.count > 1 { evidence["otherCutFrames"] = .strings(cuts.dropFirst().prefix(10).map { "\(frames[$0 + 1].index)" }) }
        let what = Message("video.content.discontinuity.what" + (after.seconds == nil ? "" : "-at") + (cuts.count > 1 ? "-cuts" : ""),
                           ["before": .number(before.index), "after": .number(after.index), "seconds": .seconds(after.seconds ?? 0),
                            "distance": .number(d[k]), "usual": .number(usual), "cuts": .number(cuts.count)])
        // A stream copy can only join pieces at keyframes; when software only rewrote the container (no
        // encoder banner), a jump into a picture that is not a keyframe was not made by joining.
        let reEncoded = !(e.bitstream?.banners.isEmpty ?? true)
        if let trace = e.softwareTrace, reEncoded || after.key {
            evidence["softwareTrace"] = .string(trace)
            return [finding(message("joined", ["what": .message(what), "trace": e.softwareTraceMessage ?? .text(trace)]),
                            evidence)]
        }
        let why = e.softwareTrace == nil ? message("why-no-trace") : message("why-container-only", ["after": .number(after.index)])
        return [finding(message("review", ["what": .message(what), "why": .message(why)]),
                        evidence, severity: .weak, indicates: .inconclusive)]
    }

    func fmt(_ v: Double) -> String { String((v * 1000).rounded() / 1000) }
}

extension Evidence {
    /// A copy whose pictures from `at` on show another scene: their hashes are the moving scene's with
    /// half of the bits flipped, so consecutive pictures still move as before but the cut jumps by about
    /// 128 bits (for examples).
    public func withSceneCut(at cut: Int, quality: Int = 80) -> Evidence {
        var e = self
        guard var frames = e.frames else { return e }
        for i in frames.indices where frames[i].index >= cut {
            let h = frames[i].pdq
            frames[i].pdq = PDQHash(bits: (0..<256).map { k in h.bit(k) != ((k * 37) % 256 < 128) })
            if frames[i].index == cut { frames[i].quality = quality }
        }
        e.frames = frames
        return e
    }
}
