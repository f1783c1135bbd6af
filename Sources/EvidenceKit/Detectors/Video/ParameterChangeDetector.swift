/// `video.stream.parameters-changed` — the coded pictures change size mid-stream, or the video track
/// carries more than one sample description: parts encoded with different parameter sets (resolution,
/// profile, SPS/PPS) were joined. A camera records one stream with one set of parameters.
public struct ParameterChangeDetector: Detector {
    static let videoEntries: Set<String> = ["avc1", "avc3", "hvc1", "hev1", "mp4v", "av01", "vp09", "dvh1", "dvhe", "jpeg", "mjpa", "apch", "apcn", "s263"]

    public static let description = DetectorDescription(
        id: "video.stream.parameters-changed", name: "Stream parameters change mid-stream",
        nameVi: "Tham số luồng thay đổi giữa chừng",
        severity: .strong, indicates: .edited,
        rationale: "A recording is one encoder session: every picture has the same size and the track has one sample description (one set of SPS/PPS, one profile). Joining clips recorded with different settings without re-encoding leaves pictures of different sizes, or several sample descriptions, in one track. In an MP4/MOV that software rewrote this is a splice; a camera-written file with such a change, and recorder formats (TS, .dav, raw streams) may switch between a camera's main and sub streams, so there it asks for review.",
        rationaleVi: "Một bản ghi là một phiên làm việc của bộ mã hóa: mọi khung có cùng kích thước và rãnh chỉ có một mô tả mẫu (một bộ SPS/PPS, một profile). Việc ghép các video được quay với thiết lập khác nhau mà không mã hóa lại để lại trong cùng một rãnh những khung có kích thước khác nhau, hoặc nhiều mô tả mẫu. Trong một tệp MP4/MOV mà phần mềm đã ghi lại, đây là một lần ghép; một tệp do máy quay ghi có sự thay đổi như vậy, và các định dạng của thiết bị ghi (TS, .dav, luồng thô) có thể chuyển giữa luồng chính và luồng phụ của một camera, nên ở đó phát hiện này yêu cầu xem xét.",
        examples: [
            DetectorExample("one size", .synthetic().withFrames(count: 60).withFrameSizes(1920, 1080, from: 0), fires: false),
            DetectorExample("1080p then 720p from frame 30", .synthetic(tags: ["encoder": "Lavf59.27.100"]).withFrames(count: 60).withFrameSizes(1920, 1080, from: 0).withFrameSizes(1280, 720, from: 30), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        // MP4/MOV that software rewrote: a splice. Camera-written files and recorder formats: review.
        let isoBMFF = e.inspection.structure.format == "iso-bmff" && e.softwareTrace != nil
        if let frames = e.frames, let first = frames.first(where: { $0.width != nil }),
           let change = frames.first(where: { $0.width != nil && ($0.width != first.width || $0.height != first.height) }) {
            var evidence: [String: EvidenceValue] = ["frame": .int(Int64(change.index)), "from": .string("\(first.width ?? 0)x\(first.height ?? 0)"),
                                                     "to": .string("\(change.width ?? 0)x\(change.height ?? 0)"), "seconds": .double(change.seconds ?? 0)]
            if let o = change.packetOffset { evidence["byteOffset"] = .int(o) }
            return [finding(message(isoBMFF ? "size-joined" : "size-review",
                                    ["frame": .number(change.index), "seconds": .seconds(change.seconds ?? 0), "fw": .number(first.width ?? 0),
                                     "fh": .number(first.height ?? 0), "tw": .number(change.width ?? 0), "th": .number(change.height ?? 0)]),
                            evidence, indicates: isoBMFF ? .edited : .inconclusive)]
        }
        if let track = e.container?.tracks?.first(where: { $0.handlerType == "vide" }) {
            let entries = track.sampleEntries.filter { Self.videoEntries.contains($0) }
            if entries.count > 1 {
                return [finding(message("sample-descriptions", ["count": .number(entries.count), "entries": .list(entries)]),
                                ["trackOffset": .int(track.offset), "sampleEntries": .strings(entries)])]
            }
        }
        return []
    }

    static func fmt(_ v: Double) -> String { String((v * 1000).rounded() / 1000) }
}

extension Evidence {
    /// Frames from `from` on decoded at `width`×`height` (for examples).
    public func withFrameSizes(_ width: Int, _ height: Int, from: Int) -> Evidence {
        var e = self
        if var f = e.frames {
            for i in f.indices where i >= from { f[i].width = width; f[i].height = height }
            e.frames = f
        }
        return e
    }
}
