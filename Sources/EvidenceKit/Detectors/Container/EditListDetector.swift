/// `container.editlist.cut` — the video track's edit list (`elst`, ISO/IEC 14496-12 §8.6.6) plays
/// only part of the recorded media, or joins several parts: a trim or splice done without re-encoding.
/// Phones write one edit per track, starting at 0 or skipping a few frames of encoder priming or
/// B-frame delay; that pattern is left alone.
public struct EditListDetector: Detector {
    /// Offsets below this are priming / reordering delay, as phones and FFmpeg write them.
    static let primingLimitSeconds = 1.0

    public static let description = DetectorDescription(
        id: "container.editlist.cut", name: "Edit list hides or joins parts of the recording",
        nameVi: "Danh sách biên tập ẩn hoặc ghép các phần của bản ghi",
        severity: .strong, indicates: .edited,
        rationale: "An MP4/MOV edit list tells players which part of the stored video to show. Trimming or splicing in QuickTime, iMovie passthrough or `ffmpeg -c copy` can leave the full recording stored and show only part of it, or show several parts in sequence. Cameras write a single edit that starts at 0 or skips only the encoder's priming (well under a second); phones' slow-motion clips may write several consecutive segments at other rates, which retime the recording without skipping any of it (reported as weak).",
        rationaleVi: "Danh sách biên tập (edit list) của MP4/MOV cho trình phát biết phần nào của video đã lưu được chiếu. Việc cắt hoặc ghép bằng QuickTime, chế độ chuyển thẳng của iMovie hay `ffmpeg -c copy` có thể giữ lại toàn bộ bản ghi trong tệp mà chỉ chiếu một phần của nó, hoặc chiếu lần lượt nhiều phần. Máy quay ghi một mục biên tập duy nhất bắt đầu từ 0 hoặc chỉ bỏ qua phần mồi của bộ mã hóa (dưới một giây rất nhiều); video quay chậm của điện thoại có thể ghi nhiều đoạn liên tiếp với các tốc độ khác, để đổi nhịp bản ghi mà không bỏ phần nào của nó (được báo là dấu hiệu yếu).",
        examples: [
            DetectorExample("single edit with priming", .synthetic(handlers: ["Core Media Video"], edits: [EditEntry(segmentDuration: 700, mediaTime: 1024, mediaRate: 1)]), fires: false),
            DetectorExample("slow-motion ramp: three consecutive segments (weak)", .synthetic(handlers: ["Core Media Video"], edits: [EditEntry(segmentDuration: 600, mediaTime: 0, mediaRate: 1), EditEntry(segmentDuration: 600, mediaTime: 12_800, mediaRate: 0.25), EditEntry(segmentDuration: 600, mediaTime: 16_000, mediaRate: 1)]), fires: true),
            DetectorExample("two segments spliced", .synthetic(handlers: ["VideoHandler"], edits: [EditEntry(segmentDuration: 600, mediaTime: 0, mediaRate: 1), EditEntry(segmentDuration: 600, mediaTime: 60_000, mediaRate: 1)]), fires: true),
            DetectorExample("first 5 s hidden", .synthetic(handlers: ["VideoHandler"], edits: [EditEntry(segmentDuration: 600, mediaTime: 64_000, mediaRate: 1)]), fires: true),
            DetectorExample("B-frame delay: edit starts at the earliest stored picture", .synthetic(handlers: ["VideoHandler"], edits: [EditEntry(segmentDuration: 600, mediaTime: 1024, mediaRate: 1)]).withSampleTiming(earliest: 1024, samples: 300, mediaDuration: 153_600), fires: false),
            DetectorExample("four stored pictures hidden (ffmpeg -ss … -c copy)", .synthetic(handlers: ["VideoHandler"], edits: [EditEntry(segmentDuration: 600, mediaTime: 11_832, mediaRate: 1)]).withSampleTiming(earliest: 0, samples: 306, mediaDuration: 918_000, timescale: 90_000), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let track = e.container?.tracks?.first(where: { $0.handlerType == "vide" }), !track.edits.isEmpty else { return [] }
        guard let mediaTimescale = track.mediaTimescale, mediaTimescale > 0 else { return [] }
        let mediaScale = Double(mediaTimescale)
        let movieScale = Double(e.container?.timescale ?? 600)
        let segments = track.edits.filter { $0.mediaTime >= 0 }
        let empties = track.edits.filter { $0.mediaTime < 0 }
        var evidence: [String: EvidenceValue] = ["trackOffset": .int(track.offset), "edits": .strings(track.edits.map {
            "duration \($0.segmentDuration) (\(fmt(Double($0.segmentDuration) / movieScale)) s) from media time \($0.mediaTime)\($0.mediaTime >= 0 ? " (\(fmt(Double($0.mediaTime) / mediaScale)) s)" : " (empty)") rate \($0.mediaRate)"
        })]
        if segments.count > 1 {
            evidence["segments"] = .int(Int64(segments.count))
            // Segments that continue the stored media where the previous one stopped (or play it at another
            // rate) retime one recording — the slow-motion ramps phones write — rather than join parts.
            let frame = track.sampleCount.flatMap { c in track.mediaDuration.map { Double($0) / Double(max(1, c)) } } ?? mediaScale / 30
            let contiguous = zip(segments, segments.dropFirst()).allSatisfy { a, b in
                let consumed = Double(a.segmentDuration) / movieScale * mediaScale * (a.mediaRate == 0 ? 0 : a.mediaRate)
                return abs(Double(b.mediaTime) - (Double(a.mediaTime) + consumed)) <= frame
            }
            if contiguous || segments.contains(where: { $0.mediaRate != 1 }) {
                let starts = MessageArgument.decimals(segments.map { Double($0.mediaTime) / mediaScale }, places: 3)
                return [finding(message(segments.contains { $0.mediaRate != 1 } ? "retimed-rates" : "retimed", ["segments": .number(segments.count), "starts": starts]),
                                evidence, severity: .weak)]
            }
            return [finding(message("parts", ["segments": .number(segments.count), "starts": .decimals(segments.map { Double($0.mediaTime) / mediaScale }, places: 3)]), evidence)]
        }
        if let first = segments.first, let earliest = track.earliestPresentation, let count = track.sampleCount, count > 0,
           let mediaDuration = track.mediaDuration, mediaDuration > 0 {
            // Precise test: the sample tables say when the first stored picture is presented. An edit that
            // starts there only skips B-frame delay; one that starts later hides pictures (or the start of
            // one) that are stored in the file. A quarter of a frame interval absorbs time-scale rounding;
            // every camera original in the corpus starts exactly at its first stored picture.
            let interval = Double(mediaDuration) / Double(count)
            let hidden = first.mediaTime - earliest
            if Double(hidden) >= interval * 0.25 {
                let seconds = Double(hidden) / mediaScale
                let frames = Int((Double(hidden) / interval).rounded())
                evidence["hiddenSeconds"] = .double(seconds)
                evidence["hiddenFrames"] = .int(Int64(frames))
                evidence["earliestPresentation"] = .int(earliest)
                evidence["mediaTime"] = .int(first.mediaTime)
                let amount = frames == 0 ? message("part-of-first-picture") : message("about-pictures", ["frames": .number(frames)])
                return [finding(message("hidden-start", ["mediaTime": .int(first.mediaTime), "seconds": .seconds(seconds), "amount": .message(amount),
                                                         "earliest": .int(earliest)]), evidence)]
            }
        } else if let first = segments.first, Double(first.mediaTime) / mediaScale >= Self.primingLimitSeconds {
            let hidden = Double(first.mediaTime) / mediaScale
            evidence["hiddenSeconds"] = .double(hidden)
            return [finding(message("hidden-seconds", ["seconds": .seconds(hidden)]), evidence)]
        }
        if empties.count > 1 || (empties.count == 1 && track.edits.first?.mediaTime ?? 0 >= 0) {
            return [finding(message("empty-intervals", ["count": .number(empties.count)]), evidence, severity: .weak, indicates: .edited)]
        }
        return []
    }

    func fmt(_ v: Double) -> String { String((v * 1000).rounded() / 1000) }
}

extension Evidence {
    /// The video track's sample timing (`stts`/`ctts` earliest presentation, sample count and duration).
    public func withSampleTiming(earliest: Int64, samples: UInt32, mediaDuration: UInt64, timescale: UInt32 = 12_800) -> Evidence {
        var e = self
        if let i = e.inspection.container?.tracks?.firstIndex(where: { $0.handlerType == "vide" }) {
            e.inspection.container?.tracks?[i].earliestPresentation = earliest
            e.inspection.container?.tracks?[i].sampleCount = samples
            e.inspection.container?.tracks?[i].mediaDuration = mediaDuration
            e.inspection.container?.tracks?[i].mediaTimescale = timescale
        }
        return e
    }
}
