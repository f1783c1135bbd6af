/// `video.double-compression.periodicity` (experimental) — in a re-encoded clip, the P-pictures that
/// sit where the first encoding had its keyframes come out larger than their neighbours, every N
/// pictures. The period estimates the first encoding's GOP length. Context only: it never decides.
public struct DoubleCompressionDetector: Detector {
    /// Mean excess size of the in-phase P-pictures over the others, in multiples.
    static let minimumScore = 4.5
    /// The period must repeat at least this many times in the clip.
    static let minimumRepeats = 10

    public static let description = DetectorDescription(
        id: "video.double-compression.periodicity", name: "Double compression: periodic P-picture spikes (experimental)",
        nameVi: "Nén hai lần: đỉnh kích thước khung P theo chu kỳ (thử nghiệm)",
        severity: .info, indicates: .reEncoded,
        rationale: "When a video is decoded and encoded again, the pictures that were keyframes in the first encoding are sharper than those around them; the second encoder, coding them as P-pictures, spends more bits on them. Their sizes spike every N pictures, N being the first encoding's GOP length (the idea behind Vázquez-Padín et al.'s variation of prediction footprint, measured here on packet sizes rather than macroblock types). The excess of each P-picture over the median of its P neighbours is averaged per phase for periods 4 to 60; a phase at least 4.5 times the rest, repeating 10 times or more, and different from the clip's own keyframe interval, is reported — only in streams a software encoder signed (x264, x265, Lavc), since a camera's own rate control can spike periodically too (the Axis test stream does, every 22 pictures). Experimental and context only: scene changes and frame-rate conversion can make periodic spikes too. On the corpus it recovers the GoPro's GOP of 8 from all four of its re-encodes. A recording starts with a keyframe, so in a complete re-encode the earlier keyframes fall on frames 0, N, 2N…; when the grid starts elsewhere the finding says the clip may begin after the recording did (re-encoded trims of the GoPro clip at 3, 5, 11 and 26 frames put it at the expected frame in 7 of 8 encodes, but at scores of 3.2–5.6 that untrimmed re-encodes also reach with other periods, so this stays context).",
        rationaleVi: "Khi một video được giải mã rồi mã hóa lại, những khung từng là khung khóa trong lần mã hóa đầu sắc nét hơn các khung xung quanh; bộ mã hóa thứ hai, khi mã hóa chúng thành khung P, phải dùng nhiều bit hơn cho chúng. Kích thước của chúng tăng vọt cứ mỗi N khung, với N là độ dài GOP của lần mã hóa đầu (ý tưởng đằng sau phương pháp biến thiên dấu vết dự đoán của Vázquez-Padín và cộng sự, ở đây được đo trên kích thước gói thay vì loại khối macro). Phần vượt trội của mỗi khung P so với trung vị của các khung P lân cận được lấy trung bình theo từng pha với các chu kỳ từ 4 đến 60; một pha lớn ít nhất 4,5 lần phần còn lại, lặp lại từ 10 lần trở lên, và khác với khoảng cách khung khóa của chính video, sẽ được báo — chỉ trong các luồng có bộ mã hóa phần mềm ký tên (x264, x265, Lavc), vì cơ chế điều khiển tốc độ bit của chính máy quay cũng có thể tạo ra các đỉnh theo chu kỳ (luồng thử nghiệm của Axis có, cứ mỗi 22 khung). Đây là tính năng thử nghiệm và chỉ là thông tin bối cảnh: việc đổi cảnh và chuyển đổi tốc độ khung hình cũng có thể tạo ra các đỉnh theo chu kỳ. Trên bộ mẫu, nó khôi phục đúng GOP 8 của GoPro từ cả bốn bản mã hóa lại. Một bản ghi bắt đầu bằng một khung khóa, nên trong một bản mã hóa lại trọn vẹn, các khung khóa cũ rơi vào các khung 0, N, 2N…; khi lưới bắt đầu ở chỗ khác, phát hiện cho biết video có thể bắt đầu sau điểm bắt đầu của bản ghi (các bản cắt được mã hóa lại của video GoPro ở 3, 5, 11 và 26 khung đặt nó đúng khung mong đợi ở 7 trên 8 bản mã hóa, nhưng với điểm số 3,2–5,6, mức mà các bản mã hóa lại không bị cắt cũng đạt được với các chu kỳ khác, nên điều này vẫn chỉ là thông tin bối cảnh).",
        examples: [
            DetectorExample("flat P sizes", .synthetic().withFrames(count: 300, keyEvery: 250), fires: false),
            DetectorExample("spikes every 8 pictures in an x264 stream", .synthetic(banners: [EncoderBanner(encoder: "x264", text: "x264 - core 164", byteOffset: 100, packetIndex: 0)]).withFrames(count: 300, keyEvery: 250).withPacketSizes { $0 % 8 == 0 ? 9000 : 1000 + ($0 * 37) % 200 }, fires: true),
            DetectorExample("spikes every 8 pictures from frame 5 (re-encoded from the middle of a recording)", .synthetic(banners: [EncoderBanner(encoder: "x264", text: "x264 - core 164", byteOffset: 100, packetIndex: 0)]).withFrames(count: 300, keyEvery: 250).withPacketSizes { $0 % 8 == 5 ? 9000 : 1000 + ($0 * 37) % 200 }, fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        // Only streams a software encoder signed: a camera's own rate control can make periodic P-picture
        // spikes too (the Axis test stream spikes every 22 pictures), which says nothing about a first encoding.
        guard let banner = e.bitstream?.banners.first, let frames = e.frames, frames.count >= 4 * Self.minimumRepeats else { return [] }
        let n = frames.count
        let sizes = frames.map { Double($0.packetSize ?? 0) }
        let isP = frames.map { $0.pictureType == "P" }
        guard isP.filter({ $0 }).count >= 40 else { return [] }
        // Excess of each P-picture over the median of the P-pictures within four places.
        var excess = [Double?](repeating: nil, count: n)
        for i in 0..<n where isP[i] {
            let neighbours = (max(0, i - 4)..<min(n, i + 5)).filter { $0 != i && isP[$0] }.map { sizes[$0] }.sorted()
            guard neighbours.count >= 2 else { continue }
            excess[i] = max(0, sizes[i] - neighbours[neighbours.count / 2])
        }
        let keys = frames.indices.filter { frames[$0].key }
        let ownInterval = zip(keys.dropFirst(), keys).map { $0 - $1 }.min()
        var best: (score: Double, period: Int, phase: Int)?
        for period in 4...min(60, n / Self.minimumRepeats) where period != ownInterval {
            for phase in 0..<period {
                var inSum = 0.0, inCount = 0, outSum = 0.0, outCount = 0
                for i in 0..<n { guard let x = excess[i] else { continue }
                    if (i - phase) % period == 0 { inSum += x; inCount += 1 } else { outSum += x; outCount += 1 }
                }
                guard inCount >= Self.minimumRepeats, outCount > 0 else { continue }
                let score = (inSum / Double(inCount)) / (outSum / Double(outCount) + 1e-9)
                if best == nil || score > best!.score { best = (score, period, phase) }
            }
        }
        guard let b = best, b.score >= Self.minimumScore else { return [] }
        let f = frames[b.phase]
        var evidence: [String: EvidenceValue] = ["encoder": .string(banner.encoder), "period": .int(Int64(b.period)), "firstFrame": .int(Int64(f.index)),
                                                 "score": .double((b.score * 100).rounded() / 100), "status": .string("experimental")]
        if let o = f.packetOffset { evidence["byteOffset"] = .int(o) }
        // A recording starts with a keyframe, so the earlier encoding's keyframes fall on frames 0, N, 2N… of a
        // complete re-encode; a grid that starts elsewhere suggests the clip begins after that recording did.
        let offGrid = b.phase % b.period != 0
        if offGrid { evidence["gridStartsAt"] = .int(Int64(b.phase)) }
        return [finding(message(offGrid ? "periodic-off-grid" : "periodic", ["period": .number(b.period), "frame": .number(f.index),
                                                                              "score": .decimal(b.score, places: 1), "phase": .number(b.phase)]),
                        evidence)]
    }
}

extension Evidence {
    /// Frame packet sizes given by index (for examples).
    public func withPacketSizes(_ size: (Int) -> Int) -> Evidence {
        var e = self
        if var f = e.frames {
            for i in f.indices { f[i].packetSize = size(i) }
            e.frames = f
        }
        return e
    }
}
