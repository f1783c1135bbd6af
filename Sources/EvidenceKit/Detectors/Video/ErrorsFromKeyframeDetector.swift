/// `video.frames.errors-from-keyframe` — the pictures decode cleanly up to a keyframe, and from that
/// keyframe's group of pictures to the end of the clip every group has pictures that decode with errors.
/// That is how a stream copy joined to a piece of another encoding looks: the joined file keeps the
/// first piece's parameter sets (SPS/PPS in `avcC`/`hvcC`), and the second piece's pictures were coded
/// against different ones.
public struct ErrorsFromKeyframeDetector: Detector {
    /// Groups of pictures (keyframe to keyframe, the last one to the end) that must all carry errors,
    /// from the first broken one on: damage hits the pictures it hits, and the next keyframe recovers.
    static let minimumBrokenGroups = 2
    /// Or, when the break is in the last group only, this many separate broken pictures in it (one
    /// changed packet breaks one picture: the Axis test pair's frame 137 is the only one flagged).
    static let minimumBrokenInLastGroup = 3
    /// In each of those groups a picture among the first this many (display order) must be broken.
    static let brokenWithin = 3

    public static let description = DetectorDescription(
        id: "video.frames.errors-from-keyframe", name: "Pictures decode with errors from a keyframe to the end",
        nameVi: "Khung hình giải mã lỗi từ một khung khóa đến hết",
        severity: .strong, indicates: .edited,
        rationale: "Damage to a stored or transferred clip breaks the pictures whose bytes it hit, and decoding recovers at the next keyframe (the one-byte tamper of the Axis test pair breaks frame 137 only). When every picture decodes cleanly up to a keyframe and, from that keyframe's group of pictures to the end of the clip, every group (at least two) breaks within its first three pictures — or the last group does, at three separate pictures or more — the pictures from there on were not coded with the parameter sets the file declares: a stream copy joined them from another encoding (FFmpeg's concat keeps the first piece's SPS/PPS). Damage can still look like this, so it is strong evidence of editing only in a file that software rewrote and whose stream keeps its parameter sets out of band; a stream that repeats them at keyframes (raw CCTV streams and MP4s remuxed from them) would carry the appended part's own, so there, as in a camera-written file, it asks for review.",
        rationaleVi: "Hư hỏng ở một video đã lưu hoặc đã truyền làm hỏng những khung có byte bị ảnh hưởng, và việc giải mã phục hồi ở khung khóa tiếp theo (lần sửa một byte trong cặp tệp thử nghiệm của Axis chỉ làm hỏng khung 137). Khi mọi khung đều giải mã tốt cho đến một khung khóa và, từ nhóm khung của khung khóa đó đến hết video, mọi nhóm (ít nhất hai) đều hỏng trong ba khung đầu của nó — hoặc nhóm cuối hỏng ở từ ba khung riêng biệt trở lên — thì các khung từ đó trở đi không được mã hóa bằng bộ tham số mà tệp khai báo: một bản sao luồng đã ghép chúng vào từ một lần mã hóa khác (concat của FFmpeg giữ SPS/PPS của đoạn đầu). Hư hỏng vẫn có thể trông như vậy, nên đây chỉ là bằng chứng mạnh của việc chỉnh sửa trong một tệp mà phần mềm đã ghi lại và luồng của nó giữ bộ tham số bên ngoài luồng; một luồng lặp lại bộ tham số ở các khung khóa (luồng CCTV thô và các tệp MP4 đóng gói lại từ chúng) sẽ mang bộ tham số riêng của đoạn được ghép thêm, nên ở đó, cũng như trong một tệp do máy quay ghi, phát hiện này yêu cầu xem xét.",
        examples: [
            DetectorExample("clean decode", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(), fires: false),
            DetectorExample("one damaged picture (the Axis pair's frame 137)", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(corrupt: [137]), fires: false),
            DetectorExample("errors in every group from keyframe 150, FFmpeg-written", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(corrupt: [150, 155, 181, 210, 242, 271]), fires: true),
            DetectorExample("errors from keyframe 150 in a camera-written file (review only)", .synthetic().withFrames(corrupt: [150, 155, 181, 210, 242, 271]), fires: true),
            DetectorExample("errors from keyframe 150 in a remuxed stream with in-band parameter sets (review only)", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(corrupt: [150, 155, 181, 210, 242, 271]).withParameterSetsInBand(), fires: true),
            DetectorExample("errors in the last group, three pictures", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(corrupt: [270, 279, 290]), fires: true),
            DetectorExample("damage in every later group, but late in some (not from their start)", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(corrupt: [150, 155, 195, 210, 242, 271]), fires: false),
            DetectorExample("one broken picture in the last group (a cut-off tail)", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(corrupt: [299]), fires: false),
            DetectorExample("a later group decodes cleanly again", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(corrupt: [150, 155, 181, 210, 271]), fires: false),
            DetectorExample("errors from the first picture (parameter sets broken, not a join)", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(corrupt: [0, 40, 70, 100, 130, 160, 190, 220, 250, 280]), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let frames = e.frames, frames.count >= 4, let firstBad = frames.firstIndex(where: \.corrupt) else { return [] }
        // The keyframe whose group holds the first broken picture; there must be clean pictures before it.
        guard let join = frames[...firstBad].lastIndex(where: \.key), join > 0 else { return [] }
        let keys = frames.indices.filter { $0 >= join && frames[$0].key }
        let groups = keys.enumerated().map { n, start in start..<(n + 1 < keys.count ? keys[n + 1] : frames.count) }
        let broken = groups.map { g in frames[g].filter(\.corrupt).count }
        // Pictures coded against other parameter sets break from the start of each group (the keyframe, or
        // the first pictures that depend on it); damage breaks whichever picture its bytes belong to.
        let breaksEarly = groups.allSatisfy { g in frames[g].prefix(Self.brokenWithin).contains(where: \.corrupt) }
        guard broken.allSatisfy({ $0 > 0 }), breaksEarly,
              groups.count >= Self.minimumBrokenGroups || broken.last! >= Self.minimumBrokenInLastGroup else { return [] }
        let k = frames[join]
        let badCount = broken.reduce(0, +)
        let afterJoin = frames.count - join
        var evidence: [String: EvidenceValue] = [
            "frame": .int(Int64(k.index)), "firstBrokenFrame": .int(Int64(frames[firstBad].index)),
            "brokenFrames": .int(Int64(badCount)), "framesFromKeyframe": .int(Int64(afterJoin)),
            "groups": .int(Int64(groups.count)), "cleanFramesBefore": .int(Int64(join)),
        ]
        if let t = k.seconds { evidence["seconds"] = .double((t * 1000).rounded() / 1000) }
        if let o = k.packetOffset { evidence["byteOffset"] = .int(o) }
        let at: Message
        if let s = k.seconds, let o = k.packetOffset {
            at = message("keyframe-at-byte", ["frame": .number(k.index), "seconds": .seconds(s), "byteOffset": .int(o)])
        } else if let s = k.seconds {
            at = message("keyframe-at", ["frame": .number(k.index), "seconds": .seconds(s)])
        } else {
            at = message("keyframe", ["frame": .number(k.index)])
        }
        let what = message("what", ["clean": .number(join), "at": .message(at), "bad": .number(badCount), "after": .number(afterJoin),
                                    "groups": .number(groups.count), "first": .number(frames[firstBad].index)])
        // A stream that repeats its parameter sets at keyframes (raw CCTV streams, and MP4s remuxed from them)
        // carries the appended part's own: a join would decode, so errors there are loss or damage.
        let inBand = e.bitstream?.parameterSetsInBand == true
        if inBand { evidence["parameterSets"] = .string("in band (the first keyframe packet carries an SPS)") }
        if let trace = e.softwareTrace, !inBand {
            evidence["softwareTrace"] = .string(trace)
            return [finding(message("joined", ["what": .message(what), "trace": e.softwareTraceMessage ?? .text(trace), "at": .message(at)]),
                            evidence)]
        }
        return [finding(message(inBand ? "review-in-band" : "review-no-trace", ["what": .message(what)]),
                        evidence, severity: .weak, indicates: .inconclusive)]
    }

    func fmt(_ v: Double) -> String { String((v * 1000).rounded() / 1000) }
}

extension Evidence {
    /// A copy whose first keyframe packet carries its own SPS (for examples).
    public func withParameterSetsInBand() -> Evidence {
        var e = self
        var facts = e.bitstream ?? BitstreamFacts(packetsRead: 8, banners: [])
        facts.parameterSetsInBand = true
        e.bitstream = facts
        return e
    }
}
