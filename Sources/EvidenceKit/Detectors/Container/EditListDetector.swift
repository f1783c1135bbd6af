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
        rationale: "An MP4/MOV edit list tells players which part of the stored video to show. Trimming or splicing in QuickTime, iMovie passthrough or `ffmpeg -c copy` can leave the full recording stored and show only part of it, or show several parts in sequence. Cameras write a single edit that starts at 0 or skips only the encoder's priming (well under a second).",
        rationaleVi: "Danh sách biên tập (edit list) của MP4/MOV cho trình phát biết phần nào của video được hiển thị. Cắt hoặc ghép bằng QuickTime hay `ffmpeg -c copy` có thể giữ nguyên bản ghi nhưng chỉ hiển thị một phần, hoặc nối nhiều phần. Camera chỉ ghi một mục bắt đầu từ 0 hoặc bỏ qua độ trễ mồi của bộ mã hóa (dưới một giây).",
        examples: [
            DetectorExample("single edit with priming", .synthetic(handlers: ["Core Media Video"], edits: [EditEntry(segmentDuration: 700, mediaTime: 1024, mediaRate: 1)]), fires: false),
            DetectorExample("two segments spliced", .synthetic(handlers: ["VideoHandler"], edits: [EditEntry(segmentDuration: 600, mediaTime: 0, mediaRate: 1), EditEntry(segmentDuration: 600, mediaTime: 60_000, mediaRate: 1)]), fires: true),
            DetectorExample("first 5 s hidden", .synthetic(handlers: ["VideoHandler"], edits: [EditEntry(segmentDuration: 600, mediaTime: 64_000, mediaRate: 1)]), fires: true),
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
            return [finding("The video track's edit list plays \(segments.count) separate parts of the stored media in sequence (starting at \(segments.map { fmt(Double($0.mediaTime) / mediaScale) + " s" }.joined(separator: ", "))): a splice or cut made without re-encoding.",
                            vi: "Danh sách biên tập của video phát \(segments.count) phần riêng biệt của dữ liệu đã lưu: dấu hiệu ghép hoặc cắt mà không mã hóa lại.", evidence)]
        }
        if let first = segments.first, Double(first.mediaTime) / mediaScale >= Self.primingLimitSeconds {
            let hidden = Double(first.mediaTime) / mediaScale
            evidence["hiddenSeconds"] = .double(hidden)
            return [finding("The edit list starts playback \(fmt(hidden)) s into the stored video: the beginning of the recording is kept in the file but hidden (a trim without re-encoding).",
                            vi: "Danh sách biên tập bắt đầu phát từ giây thứ \(fmt(hidden)) của video đã lưu: phần đầu bản ghi vẫn còn trong tệp nhưng bị ẩn (cắt mà không mã hóa lại).", evidence)]
        }
        if empties.count > 1 || (empties.count == 1 && track.edits.first?.mediaTime ?? 0 >= 0) {
            return [finding("The edit list inserts \(empties.count) empty interval(s) between parts of the video.",
                            vi: "Danh sách biên tập chèn \(empties.count) khoảng trống vào giữa video.", evidence, severity: .weak, indicates: .edited)]
        }
        return []
    }

    func fmt(_ v: Double) -> String { String((v * 1000).rounded() / 1000) }
}
