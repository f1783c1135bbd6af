/// `media.read.incomplete` — the pictures were not read completely: no picture in the file, a decoder that
/// rejected packets or stopped before the end, a raw stream whose end nothing records, or one too large to
/// decode to its end at this depth (metadata that would not parse is `metadata.read.unparsed`). What was not read cannot be vouched for, so such
/// a file is never accepted (issue 14: accept on positive evidence only).
public struct ReadCompletenessDetector: Detector {
    public static let description = DetectorDescription(
        id: "media.read.incomplete", name: "File not read completely",
        nameVi: "Tệp không được đọc trọn vẹn",
        severity: .strong, indicates: .inconclusive,
        rationale: "A camera original parses to its end and every picture in it decodes. A stream cut short (a truncated upload, a raw CCTV export cut at an arbitrary byte), a picture the decoder rejects, or a metadata block that does not parse leaves part of the file unchecked — and the part that cannot be read is exactly where a change would hide. Raw elementary streams have no index that vouches for their end, so they are decoded to the end at every depth (up to a size limit).",
        rationaleVi: "Tệp gốc từ camera đọc được đến cuối và mọi khung hình đều giải mã được. Luồng bị cắt ngắn (tải lên bị gián đoạn, bản xuất CCTV thô bị cắt ở một byte bất kỳ), khung hình bị bộ giải mã từ chối, hoặc khối siêu dữ liệu không đọc được đều để lại một phần tệp chưa được kiểm tra — và phần không đọc được chính là nơi thay đổi có thể ẩn giấu. Luồng thô không có chỉ mục xác nhận điểm kết thúc, nên được giải mã đến cuối ở mọi mức độ (trong giới hạn kích thước).",
        examples: [
            DetectorExample("a complete clip", .androidOriginal().withVideoStream(), fires: false),
            DetectorExample("a video without any video stream", .synthetic(kind: .video).withoutStreams(), fires: true),
            DetectorExample("a raw H.264 stream (its length is recorded nowhere)", .synthetic().withStructureFormat("h26x-annex-b"), fires: true),
            DetectorExample("decoder rejected a packet", .synthetic().withFrames(count: 30).withDecodeIssue(DecodeIssue(afterFrame: 29, byteOffset: 130_281, message: "invalid data found when processing input")), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        var out: [Finding] = []
        let i = e.inspection
        let limits = i.problems.filter { $0.hasPrefix("limit: ") }
        for l in limits {
            let what = String(l.dropFirst("limit: ".count))
            out.append(finding(message("limit", ["what": .text(what)]),
                               ["byteOffset": 0, "limit": .string(what)], severity: .conclusive, indicates: .unreadable))
        }
        if i.kind == .photo, let w = i.metadata.imageWidth, let h = i.metadata.imageHeight,
           UInt64(max(0, w)) * UInt64(max(0, h)) > Probe.largestPicturePixels {
            // Issue 19: no camera records more than 250 megapixels (the largest phone sensor, 200); decoding such a
            // declaration would take gigabytes, so the picture is not decoded and the file cannot be checked.
            let at = i.structure.frame.map { _ in i.structure.segments?.first { $0.marker.hasPrefix("SOF") }?.offset ?? 0 }
                ?? i.structure.heif?.primary?.sizeOffset ?? 0
            out.append(finding(message("picture-limit", ["w": .number(w), "h": .number(h), "megapixels": .int(Int64(Probe.largestPicturePixels / 1_000_000))]),
                               ["byteOffset": .int(at), "limit": .string("\(Probe.largestPicturePixels) pixels"), "declared": .string("\(w)x\(h)")],
                               severity: .conclusive, indicates: .unreadable))
        }
        if i.kind == .video, limits.isEmpty, !i.metadata.streams.contains(where: { $0.type == "video" }) {
            out.append(finding(message("no-video", ["streams": .number(i.metadata.streams.count)]),
                               ["byteOffset": 0, "streams": .int(Int64(i.metadata.streams.count))], severity: .conclusive, indicates: .unreadable))
        }
        if i.kind == .photo, i.structure.format == "jpeg", i.structure.frame == nil {
            out.append(finding(message("no-sof"),
                               ["byteOffset": 0, "segment": "SOF"], severity: .conclusive, indicates: .unreadable))
        }
        if let issues = e.decodeProblems, let first = issues.first {
            var evidence: [String: EvidenceValue] = ["count": .int(Int64(issues.count)), "afterFrame": .int(Int64(first.afterFrame)),
                                                     "message": .string(first.message), "stoppedEarly": .string(e.decodeStopped ? "yes" : "no")]
            evidence["byteOffset"] = .int(first.byteOffset ?? 0)
            evidence["frame"] = .int(Int64(first.afterFrame))
            var args: [String: MessageArgument] = ["count": .number(issues.count), "afterFrame": .number(first.afterFrame),
                                                   "byteOffset": .int(first.byteOffset ?? 0), "reason": .text(first.message)]
            let m: Message
            if let read = first.packetsRead, let indexed = first.packetsIndexed {
                args["read"] = .int(read)
                args["indexed"] = .int(indexed)
                m = message("ended-early", args)
            } else {
                m = message((e.decodeStopped ? "stopped" : "rejected") + (first.byteOffset == nil ? "" : "-at"), args)
            }
            out.append(finding(m, evidence))
        }
        if let family = FileFamily(rawValue: i.structure.format), family.isRawStream {
            out.append(finding(message(family == .bcMedia ? "raw-stream-bcmedia" : "raw-stream"),
                               ["byteOffset": .int(i.file.bytes), "format": .string(family.rawValue)]))
        }
        if let limit = e.rawStreamNotDecodedAbove {
            out.append(finding(message("raw-not-decoded", ["mebibytes": .int(limit >> 20)]),
                               ["byteOffset": .int(i.file.bytes), "limitBytes": .int(limit)]))
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

    /// A copy with one H.264 video stream described (for examples).
    public func withVideoStream() -> Evidence {
        var e = self
        e.inspection.metadata.streams = [StreamInfo(index: 0, type: "video", codec: "h264", width: 1920, height: 1080, timeBase: "1/90000")]
        return e
    }

    /// A copy whose structure is of `format` (a `FileFamily` raw value; for examples).
    public func withStructureFormat(_ format: String) -> Evidence {
        var e = self
        e.inspection.structure.format = format
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
