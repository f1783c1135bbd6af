/// `container.metadata.empty-item-list` — the clip holds a QuickTime metadata item list (`ilst`) with no
/// items in it. A writer that records metadata writes the list to put items in it; software muxers build the
/// `udta`/`meta`/`hdlr`/`ilst` skeleton before they know whether there is anything to say, and leave it
/// empty when there is not. The finding states the structure, not a program's name, so it also holds for a
/// muxer nobody here has tried; the writers known to leave this layout are named as examples.
public struct EmptyItemListDetector: Detector {
    public static let description = DetectorDescription(
        id: "container.metadata.empty-item-list", name: "Empty metadata item list (software muxer)",
        nameVi: "Danh sách mục siêu dữ liệu rỗng (bộ đóng gói phần mềm)",
        severity: .strong, indicates: .remuxed,
        rationale: "A metadata item list (ilst) exists to hold items: every one of the 11 camera clips in the corpus that writes one (Apple's camera through its keys, FFmpeg-based and Android-family writers through udta) puts items in it, and none of the 11 writes an empty one. Software muxers create the udta/meta/hdlr/ilst skeleton first and fill it with whatever tags they were given; with none, the list stays empty. GStreamer's qtmux and mp4mux leave an empty list inside every track and in the movie (the Axis Signed Video test recordings in the corpus, muxed by GStreamer, carry one in their track); FFmpeg's libavformat leaves one in the movie when it writes no encoder tag (-fflags +bitexact) and no other tag. The file was therefore written again by software after recording — a remux at least; whether the pictures were re-encoded is for the bitstream detectors to say. The rule knows the structure, not the programs, so it holds for muxers nobody here has tried. Limit: an embedded recorder built on GStreamer would write the same layout in its own originals; the verdict it gives is a review, never a rejection.",
        rationaleVi: "Một danh sách mục siêu dữ liệu (ilst) tồn tại để chứa các mục: cả 11 video camera trong bộ mẫu có ghi danh sách này (camera Apple qua các khóa, các bộ ghi gốc FFmpeg và họ Android qua udta) đều đặt mục vào đó, và không video nào trong 11 video ghi một danh sách rỗng. Các bộ đóng gói phần mềm dựng khung udta/meta/hdlr/ilst trước rồi điền các thẻ được giao; khi không có thẻ nào, danh sách để rỗng. qtmux và mp4mux của GStreamer để một danh sách rỗng trong mọi rãnh và trong tệp phim (các bản ghi thử Signed Video của Axis trong bộ mẫu, do GStreamer đóng gói, có một danh sách như vậy trong rãnh); libavformat của FFmpeg để một danh sách rỗng trong tệp phim khi không ghi thẻ encoder (-fflags +bitexact) và không có thẻ nào khác. Vì vậy tệp đã được phần mềm ghi lại sau khi quay — ít nhất là đóng gói lại; hình có bị mã hóa lại hay không thì các bộ phát hiện về luồng bit sẽ cho biết. Quy tắc này dựa vào cấu trúc chứ không dựa vào tên chương trình, nên vẫn đúng với những bộ đóng gói chưa ai ở đây thử. Giới hạn: một đầu ghi nhúng dựng trên GStreamer sẽ ghi đúng bố cục này vào chính các tệp gốc của nó; kết luận mà phát hiện này đưa ra là cần xem xét, không bao giờ là bác bỏ.",
        examples: [
            DetectorExample("Android camera clip: items in its udta list", .synthetic(handlers: ["VideoHandle", "SoundHandle"]).withItemLists([(["moov", "udta", "meta"], 2)]), fires: false),
            DetectorExample("Apple camera clip: keys and a filled list", .synthetic(handlers: ["Core Media Video"]).withItemLists([(["moov", "meta"], 5)]), fires: false),
            DetectorExample("GStreamer's mp4mux: an empty list in the track and in the movie", .synthetic(handlers: ["VideoHandler"]).withItemLists([(["moov", "trak", "udta", "meta"], 0), (["moov", "udta", "meta"], 0)]), fires: true, severity: .strong, indicates: .remuxed),
            DetectorExample("FFmpeg with -fflags +bitexact: an empty list in the movie", .synthetic(handlers: ["VideoHandler", "SoundHandler"]).withItemLists([(["moov", "udta", "meta"], 0)]), fires: true),
            DetectorExample("a clip with no metadata lists at all", .synthetic(handlers: ["VideoHandler"]), fires: false),
            DetectorExample("an item list cut off by the end of the file (damage, not a writer's habit)", .synthetic(handlers: ["VideoHandler"]).withItemLists([(["moov", "udta", "meta"], 0)], truncated: true), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .video, let boxes = e.inspection.structure.boxes else { return [] }
        // A list whose declared size holds nothing but its header, inside a `meta` box: what a writer left
        // unfilled. A list cut short by the end of the file is damage, reported elsewhere.
        let empty = boxes.flattened().filter { entry in
            entry.box.type == "ilst" && entry.box.payloadSize == 0 && entry.box.children.isEmpty && !entry.box.truncated
                && entry.path.hasSuffix("meta/ilst")
        }
        guard let first = empty.first else { return [] }
        let inTracks = empty.filter { $0.path.contains("/trak/") }
        var evidence: [String: EvidenceValue] = [
            "byteOffset": .int(first.box.offset),
            "emptyLists": .strings(empty.map { "\($0.path) at byte \($0.box.offset)" }),
        ]
        let handlers = e.handlerNames
        if !handlers.isEmpty { evidence["handlers"] = .strings(handlers) }
        let args: [String: MessageArgument] = ["count": .number(empty.count), "path": .text(first.path), "byteOffset": .int(first.box.offset)]
        return [finding(message(inTracks.isEmpty ? "movie" : "tracks", args), evidence)]
    }
}

extension Evidence {
    /// A copy whose box tree holds one `ilst` per path (the path names the boxes above `ilst`), each with
    /// `items` item boxes; `truncated` marks the lists as cut off by the end of the file (for examples).
    public func withItemLists(_ lists: [(path: [String], items: Int)], truncated: Bool = false) -> Evidence {
        var e = self
        var offset: Int64 = 20_000
        func nest(_ path: ArraySlice<String>, _ items: Int) -> Box {
            defer { offset += 8 }
            let start = offset
            offset += 8
            guard let type = path.first else {
                let children = (0..<items).map { n in Box(type: "\u{00A9}nam", offset: start + 8 + Int64(n * 24), size: 24, headerSize: 8) }
                return Box(type: "ilst", offset: start, size: 8 + Int64(items * 24), headerSize: 8, children: children, truncated: truncated)
            }
            return Box(type: type, offset: start, size: 400, headerSize: 8, children: [nest(path.dropFirst(), items)])
        }
        var roots = e.inspection.structure.boxes ?? []
        for list in lists { roots.append(nest(list.path[...], list.items)) }
        e.inspection.structure.boxes = roots
        return e
    }
}
