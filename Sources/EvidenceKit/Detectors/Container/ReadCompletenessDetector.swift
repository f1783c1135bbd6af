/// `media.read.incomplete` — the file was not read completely and understood: no picture in it, a
/// decoder that rejected packets or stopped before the end, metadata that would not parse, or a raw
/// stream too large to decode to its end at this depth. What was not read cannot be vouched for, so such
/// a file is never accepted (issue 14: accept on positive evidence only).
public struct ReadCompletenessDetector: Detector {
    public static let description = DetectorDescription(
        id: "media.read.incomplete", name: "File not read completely",
        nameVi: "Tệp không được đọc trọn vẹn",
        severity: .strong, indicates: .inconclusive,
        rationale: "A camera original parses to its end and every picture in it decodes. A stream cut short (a truncated upload, a raw CCTV export cut at an arbitrary byte), a picture the decoder rejects, or a metadata block that does not parse leaves part of the file unchecked — and the part that cannot be read is exactly where a change would hide. Raw elementary streams have no index that vouches for their end, so they are decoded to the end at every depth (up to a size limit).",
        rationaleVi: "Tệp gốc từ camera đọc được đến cuối và mọi khung hình đều giải mã được. Luồng bị cắt ngắn (tải lên bị gián đoạn, bản xuất CCTV thô bị cắt ở một byte bất kỳ), khung hình bị bộ giải mã từ chối, hoặc khối siêu dữ liệu không đọc được đều để lại một phần tệp chưa được kiểm tra — và phần không đọc được chính là nơi thay đổi có thể ẩn giấu. Luồng thô không có chỉ mục xác nhận điểm kết thúc, nên được giải mã đến cuối ở mọi mức độ (trong giới hạn kích thước).",
        examples: [
            DetectorExample("a complete clip", .synthetic(), fires: false),
            DetectorExample("a video without any video stream", .synthetic(kind: .video).withoutStreams(), fires: true),
            DetectorExample("decoder rejected a packet", .synthetic().withFrames(count: 30).withDecodeIssue(DecodeIssue(afterFrame: 29, byteOffset: 130_281, message: "invalid data found when processing input")), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        var out: [Finding] = []
        let i = e.inspection
        if i.kind == .video, !i.metadata.streams.contains(where: { $0.type == "video" }) {
            out.append(finding("The file holds no video stream (\(i.metadata.streams.count) other stream(s)): there is no picture to check.",
                               vi: "Tệp không có luồng hình (\(i.metadata.streams.count) luồng khác): không có khung hình nào để kiểm tra.",
                               ["byteOffset": 0, "streams": .int(Int64(i.metadata.streams.count))], severity: .conclusive, indicates: .unreadable))
        }
        if i.kind == .photo, i.structure.format == "jpeg", i.structure.frame == nil {
            out.append(finding("The JPEG has no frame header (SOF): there is no picture in it.",
                               vi: "Tệp JPEG không có phần đầu khung (SOF): không có ảnh nào trong đó.",
                               ["byteOffset": 0, "segment": "SOF"], severity: .conclusive, indicates: .unreadable))
        }
        if let issues = e.decodeProblems, let first = issues.first {
            var evidence: [String: EvidenceValue] = ["count": .int(Int64(issues.count)), "afterFrame": .int(Int64(first.afterFrame)),
                                                     "message": .string(first.message), "stoppedEarly": .string(e.decodeStopped ? "yes" : "no")]
            evidence["byteOffset"] = .int(first.byteOffset ?? 0)
            evidence["frame"] = .int(Int64(first.afterFrame))
            let at = first.byteOffset.map { " (packet at byte \($0))" } ?? ""
            let atVi = first.byteOffset.map { " (gói tại byte \($0))" } ?? ""
            let stop = e.decodeStopped ? " Decoding stopped before the end of the stream." : ""
            let stopVi = e.decodeStopped ? " Việc giải mã dừng trước khi hết luồng." : ""
            out.append(finding("The decoder could not use \(issues.count) packet(s); the first after picture \(first.afterFrame)\(at): \(first.message).\(stop) Part of the stream is cut off, damaged or altered.",
                               vi: "Bộ giải mã không dùng được \(issues.count) gói; gói đầu tiên sau khung hình \(first.afterFrame)\(atVi) (thông báo của bộ giải mã: “\(first.message)”).\(stopVi) Một phần luồng bị cắt, hỏng hoặc bị sửa.",
                               evidence))
        }
        if let limit = e.rawStreamNotDecodedAbove {
            out.append(finding("The raw stream is larger than \(limit >> 20) MiB, so it was not decoded to its end at this depth and whether its last picture is whole was not checked. Run with --depth full to decode it to its end.",
                               vi: "Luồng thô lớn hơn \(limit >> 20) MiB nên không được giải mã đến cuối ở mức độ này, và chưa kiểm tra khung hình cuối có trọn vẹn không. Hãy chạy với --depth full để giải mã đến cuối.",
                               ["byteOffset": .int(i.file.bytes), "limitBytes": .int(limit)]))
        }
        let unparsed = i.problems.filter { !$0.hasPrefix("structure:") && !$0.hasPrefix("libavformat:") && !$0.hasPrefix("no 'moov'") }
        if let p = unparsed.first {
            out.append(finding("Part of the file's metadata could not be read: \(p).",
                               vi: "Không đọc được một phần siêu dữ liệu của tệp (thông báo của trình đọc: “\(p)”).",
                               ["byteOffset": 0, "problems": .strings(unparsed)]))
        }
        return out
    }

}

extension Evidence {
    /// A copy with no streams described (for examples).
    public func withoutStreams() -> Evidence {
        var e = self
        e.inspection.metadata.streams = []
        e.inspection.container?.tracks = [TrackFacts(trackID: 1, offset: 0, handlerType: "soun", handlerName: "SoundHandle", edits: [], sampleEntries: [])]
        e.inspection.metadata.streams = [StreamInfo(index: 0, type: "audio", codec: "aac", timeBase: "1/44100")]
        return e
    }

    /// A copy whose decode met `issue` (for examples).
    public func withDecodeIssue(_ issue: DecodeIssue, stopped: Bool = false) -> Evidence {
        var e = self
        e.decodeProblems = [issue]
        e.decodeStopped = stopped
        return e
    }
}
