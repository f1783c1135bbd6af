/// `container.writer.matroska` — the file is Matroska or WebM, and names the programs that muxed and wrote
/// it (MuxingApp and WritingApp, which the format requires of every writer). No camera family the tool
/// knows records into Matroska, so the pictures were put into this container by that program.
public struct MatroskaWriterDetector: Detector {
    public static let description = DetectorDescription(
        id: "container.writer.matroska", name: "Matroska/WebM written by a program",
        nameVi: "Tệp Matroska/WebM do một chương trình ghi",
        severity: .strong, indicates: .remuxed,
        rationale: "Every Matroska or WebM writer must name itself in the Segment Info (MuxingApp, the library; WritingApp, the application), so the file says which program made it without the tool having to know that program. Phones, action cameras and the recorders in the corpus write MP4, QuickTime or raw streams; a Matroska file holding their pictures was remuxed (or re-encoded, which the bitstream findings tell apart). A recorder that writes Matroska itself would have to be added as a camera family from its own originals.",
        rationaleVi: "Mọi trình ghi Matroska hoặc WebM đều phải tự ghi tên trong Segment Info (MuxingApp là thư viện, WritingApp là ứng dụng), nên tệp cho biết chương trình nào đã tạo ra nó mà công cụ không cần biết trước chương trình đó. Điện thoại, camera hành trình và đầu ghi trong bộ mẫu ghi MP4, QuickTime hoặc luồng thô; tệp Matroska chứa hình của chúng đã được đóng gói lại (hoặc mã hóa lại, điều mà các dấu hiệu trong luồng bit phân biệt). Đầu ghi nào tự ghi Matroska phải được bổ sung thành một dòng camera từ chính các tệp gốc của nó.",
        examples: [
            DetectorExample("an MP4", .synthetic(), fires: false),
            DetectorExample("mkvmerge remux", .synthetic().withMatroska(MatroskaFacts(docType: "matroska", muxingApp: "libebml v1.4.4 + libmatroska v1.7.1", muxingAppOffset: 4130,
                                                                                     writingApp: "mkvmerge v74.0.0 ('You Oughta Know') 64-bit", writingAppOffset: 4168,
                                                                                     codecIDs: ["V_MPEG4/ISO/AVC"], segmentChildren: ["SeekHead", "Info", "Tracks", "Cluster", "Cues"], clusters: 3)), fires: true),
            DetectorExample("a Matroska file that names no writer", .synthetic().withMatroska(MatroskaFacts(docType: "matroska", codecIDs: [], segmentChildren: ["Info"], clusters: 0)), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let m = e.inspection.structure.matroska else { return [] }
        let kind = m.docType == "webm" ? "WebM" : "Matroska"
        var evidence: [String: EvidenceValue] = ["docType": .string(m.docType ?? "?"), "element": "Segment/Info",
                                                 "byteOffset": .int(m.writingAppOffset ?? m.muxingAppOffset ?? 0)]
        if let w = m.writingApp { evidence["writingApp"] = .string(w) }
        if let mu = m.muxingApp { evidence["muxingApp"] = .string(mu) }
        if let d = m.dateUTC { evidence["dateUTC"] = .string(d) }
        guard m.writingApp != nil || m.muxingApp != nil else {
            return [finding(message("no-writer", ["kind": .text(kind)]), evidence)]
        }
        var who: [String: MessageArgument] = ["kind": .text(kind), "byteOffset": .int(m.writingAppOffset ?? m.muxingAppOffset ?? 0)]
        var name = ""
        if let w = m.writingApp { who["writingApp"] = .text(w); name += "-written" }
        if let mu = m.muxingApp { who["muxingApp"] = .text(mu); name += "-muxed" }
        if let d = m.dateUTC { who["date"] = .text(d); name += "-dated" }
        return [finding(message("writer" + name, who), evidence)]
    }
}

extension Evidence {
    /// A copy that is a Matroska file with these facts (for examples).
    public func withMatroska(_ m: MatroskaFacts) -> Evidence {
        var e = self
        e.inspection.structure.format = "matroska"
        e.inspection.structure.matroska = m
        return e
    }
}
