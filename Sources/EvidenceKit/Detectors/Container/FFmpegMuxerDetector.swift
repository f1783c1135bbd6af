/// `container.writer.ffmpeg` — the container was written by FFmpeg's muxer (libavformat, "Lavf"),
/// which names itself in the `encoder` tag (`©too`). Cameras write their own containers, so the file
/// was at least rewritten (remuxed, trimmed, converted); whether the pictures were re-encoded is for
/// the bitstream detectors to say.
public struct FFmpegMuxerDetector: Detector {
    public static let description = DetectorDescription(
        id: "container.writer.ffmpeg", name: "Container written by FFmpeg (Lavf)",
        nameVi: "Tệp chứa được ghi bởi FFmpeg (Lavf)",
        severity: .strong, indicates: .remuxed,
        rationale: "libavformat writes its version (Lavf58.76.100) into the encoder tag of every MP4/MOV it muxes. Phones and cameras use their own writers. A Lavf tag means the container was rebuilt after recording, by a converter, an editor or an export tool. The handler name 'VideoHandler' alone is not used as evidence: some embedded camera muxers write it too.",
        rationaleVi: "libavformat ghi phiên bản của nó (Lavf58.76.100) vào thẻ encoder của mọi tệp MP4/MOV nó tạo. Điện thoại và camera dùng bộ ghi riêng. Thẻ Lavf nghĩa là tệp chứa đã được tạo lại sau khi quay. Tên 'VideoHandler' một mình không được dùng làm bằng chứng vì một số camera cũng ghi tên này.",
        examples: [
            DetectorExample("Apple camera file", .synthetic(handlers: ["Core Media Video"], items: [("com.apple.quicktime.make", "Apple")]), fires: false),
            DetectorExample("VideoHandler alone", .synthetic(handlers: ["VideoHandler"]), fires: false),
            DetectorExample("Lavf encoder tag", .synthetic(handlers: ["VideoHandler"], tags: ["encoder": "Lavf58.76.100"], items: [("©too", "Lavf58.76.100")]), fires: true),
            DetectorExample("Matroska ENCODER tag", .synthetic(majorBrand: nil, topLevel: [], tags: ["ENCODER": "Lavf59.27.100"]), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        // Matroska writes the tag as ENCODER, MP4/MOV as encoder (©too).
        guard let (version, item) = e.ffmpegMuxerTag else { return [] }
        var evidence: [String: EvidenceValue] = ["encoder": .string(version)]
        if let item { evidence["byteOffset"] = .int(item.offset); evidence["atom"] = .string(item.key) } else { evidence["tag"] = .string("encoder") }
        let handlers = e.handlerNames
        if !handlers.isEmpty { evidence["handlers"] = .strings(handlers) }
        return [finding("The container names FFmpeg's muxer as its writer (\(version)\(item.map { " in '\($0.key)' at byte \($0.offset)" } ?? "")): the file was rebuilt after recording.",
                        vi: "Tệp chứa ghi tên bộ ghi của FFmpeg (\(version)): tệp đã được tạo lại sau khi quay.", evidence)]
    }
}
