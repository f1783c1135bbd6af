/// `video.frames.decode-errors` — the decoder reported errors in some pictures (concealed
/// macroblocks, missing references) although the rest of the stream decodes cleanly. A changed byte
/// inside a coded picture shows up exactly like this; so does damage in transfer, and CCTV streams
/// recorded over a lossy network. Either way those pictures cannot be vouched for.
public struct CorruptFramesDetector: Detector {
    public static let description = DetectorDescription(
        id: "video.frames.decode-errors", name: "Pictures that decode with errors",
        nameVi: "Khung hình giải mã bị lỗi",
        severity: .strong, indicates: .inconclusive,
        rationale: "A camera writes bitstreams its own decoder-compatible encoder produced: every picture decodes cleanly. Errors confined to a few pictures mean their bytes differ from what the encoder wrote — altered (the one-byte tamper in frame 137 of the Axis signed-video test pair) or damaged in storage or transfer. Network-recorded CCTV can lose packets, so this flags the pictures for review rather than calling the clip edited.",
        rationaleVi: "Máy quay ghi luồng bit do chính bộ mã hóa tương thích với bộ giải mã của nó tạo ra: mọi khung hình đều giải mã bình thường. Lỗi chỉ nằm ở một vài khung nghĩa là các byte của chúng khác với những gì bộ mã hóa đã ghi — bị sửa (lần sửa một byte ở khung 137 trong cặp tệp thử nghiệm signed-video của Axis) hoặc bị hỏng khi lưu trữ hay truyền. CCTV ghi qua mạng có thể mất gói, nên phát hiện này đánh dấu các khung hình để xem xét chứ không kết luận video đã bị chỉnh sửa.",
        examples: [
            DetectorExample("clean decode", .synthetic().withFrames(corrupt: []), fires: false),
            DetectorExample("frame 137 corrupt", .synthetic().withFrames(corrupt: [137]), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let frames = e.frames, !frames.isEmpty else { return [] }
        let bad = frames.filter(\.corrupt)
        guard !bad.isEmpty else { return [] }
        var evidence: [String: EvidenceValue] = ["frames": .strings(bad.prefix(20).map { "\($0.index)" }), "count": .int(Int64(bad.count)),
                                                 "framesDecoded": .int(Int64(frames.count))]
        if let first = bad.first {
            if let o = first.packetOffset { evidence["byteOffset"] = .int(o) }
            if let s = first.packetSize { evidence["packetSize"] = .int(Int64(s)) }
            if let t = first.seconds { evidence["seconds"] = .double(t) }
        }
        let list = bad.prefix(5).map { f in
            f.packetOffset.map { Message("video.frames.decode-errors.frame-at", ["frame": .number(f.index), "byteOffset": .int($0)]) }
                ?? Message("video.frames.decode-errors.frame", ["frame": .number(f.index)])
        }
        return [finding(message("errors", ["bad": .number(bad.count), "total": .number(frames.count), "list": .messages(list)]),
                        evidence)]
    }
}

extension Evidence {
    /// A copy with `count` clean 30 fps frame records, `corrupt` ones flagged (for examples).
    public func withFrames(count: Int = 300, corrupt: Set<Int> = [], gapAfter: Int? = nil, gapSeconds: Double = 0, keyEvery: Int = 30,
                           collapseAfter: Int? = nil, collapsed: Int = 0, frozen: Range<Int>? = nil) -> Evidence {
        var e = self
        var t = 0.0
        e.frames = (0..<count).map { i in
            if let g = gapAfter, i == g + 1 { t += gapSeconds }
            let squeezed = collapseAfter.map { i > $0 && i <= $0 + collapsed } ?? false
            defer { t += squeezed ? 0.000_1 : 1.0 / 30 }
            // A moving scene: each picture's hash differs from the previous one by 16 bits, except
            // inside `frozen`, where the picture repeats the one before.
            let source = frozen.map { $0.contains(i) ? $0.lowerBound - 1 : i } ?? i
            return FrameRecord(index: i, seconds: t, pts: Int64(t * 600), pictureType: i % keyEvery == 0 ? "I" : "P", key: i % keyEvery == 0,
                               packetSize: 1000, packetOffset: Int64(10_000 + i * 1000), pdq: Self.movingHash(source), quality: 80, corrupt: corrupt.contains(i))
        }
        return e
    }

    /// A hash 16 bits away from `movingHash(n - 1)` and far from hashes a few pictures away.
    static func movingHash(_ n: Int) -> PDQHash {
        var bits = [Bool](repeating: false, count: 256)
        for k in 0..<256 where (k * 7 + n * 16) % 256 < 128 { bits[k] = true }
        return PDQHash(bits: bits)
    }
}
