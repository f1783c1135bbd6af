/// `container.structure.incomplete` — the walk of boxes or JPEG segments did not reach the end of the
/// file: a recording cut off by power loss (no `moov`), a file cut short in transfer, or bytes added
/// after the media. What cannot be read cannot be vouched for.
public struct TruncatedStructureDetector: Detector {
    public static let description = DetectorDescription(
        id: "container.structure.incomplete", name: "File structure does not account for every byte",
        nameVi: "Cấu trúc tệp không khớp với toàn bộ dữ liệu",
        severity: .strong, indicates: .inconclusive,
        rationale: "An original file from a camera is a complete sequence of boxes (MP4/MOV) or segments (JPEG). A walk that stops early means the file is cut short (dashcam power loss, interrupted upload) or something was appended; either way parts of it cannot be checked.",
        rationaleVi: "Tệp gốc từ camera là một chuỗi hộp (MP4/MOV) hoặc đoạn (JPEG) đầy đủ. Nếu việc đọc dừng sớm, tệp đã bị cắt (mất điện camera hành trình, tải lên bị gián đoạn) hoặc bị nối thêm dữ liệu; khi đó không thể kiểm tra toàn bộ tệp.",
        examples: [
            DetectorExample("complete file", .synthetic(), fires: false),
            DetectorExample("mdat runs past the end", .synthetic(topLevel: ["ftyp", "mdat"], coverage: Coverage(fileBytes: 300_000, coveredBytes: 28, complete: false, stoppedAt: 28, reason: "box 'mdat' at offset 28 declares 702649 bytes but only 299972 remain in the file")), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let c = e.inspection.structure.coverage, !c.complete else { return [] }
        let boxes = e.inspection.structure.boxes?.map(\.type) ?? e.container?.topLevelOrder
        let noIndex = e.inspection.kind == .video && e.inspection.structure.format == "iso-bmff" && !(boxes?.contains("moov") ?? true)
        var evidence: [String: EvidenceValue] = ["fileBytes": .int(c.fileBytes), "coveredBytes": .int(c.coveredBytes)]
        if let at = c.stoppedAt { evidence["byteOffset"] = .int(at) }
        if let r = c.reason { evidence["reason"] = .string(r) }
        if noIndex {
            return [finding(c.reason.map { message("no-moov-reason", ["reason": .text($0)]) } ?? message("no-moov"),
                            evidence, severity: .conclusive, indicates: .unreadable)]
        }
        let counts: [String: MessageArgument] = ["covered": .int(c.coveredBytes), "total": .int(c.fileBytes)]
        return [finding(c.reason.map { message("partial-reason", counts.merging(["reason": .text($0)]) { a, _ in a }) } ?? message("partial", counts), evidence)]
    }
}
