/// `container.writer.editing-software` — editing or conversion software names itself in the file's
/// metadata: XMP `CreatorTool` and history agents, QuickTime `©swr`/`©too`, EXIF `Software`.
/// Only names of known editors count; phone firmware versions in the same fields do not.
public struct EditingSoftwareDetector: Detector {
    /// Tools that re-render pictures, and tools that only rewrite metadata.
    static let renderers = ["After Effects", "Premiere", "Final Cut", "iMovie", "DaVinci", "Resolve", "CapCut", "Jianying", "剪映",
                            "HandBrake", "Clipchamp", "Movie Maker", "Shotcut", "Kdenlive", "OpenShot", "VN Video", "InShot", "KineMaster",
                            "Filmora", "PowerDirector", "Vegas", "Camtasia", "Photoshop", "Lightroom", "GIMP", "ACD Systems", "Capture One",
                            "Camera Raw", "Pixelmator", "Snapseed", "PicsArt", "Canva", "Media Encoder", "Avidemux", "VirtualDub"]
    /// Adobe renderers: whatever they save carries Adobe's XMP (and in a JPEG its APP13/APP14 segments).
    static let adobeRenderers: Set<String> = ["Photoshop", "Lightroom", "Camera Raw"]
    static let metadataTools = ["Adobe Bridge", "ExifTool", "exiftool", "Nikon Transfer", "digiKam", "XnView", "Picasa"]

    public static let description = DetectorDescription(
        id: "container.writer.editing-software", name: "Editing software named in the metadata",
        nameVi: "Phần mềm chỉnh sửa được ghi trong siêu dữ liệu",
        severity: .strong, indicates: .reEncoded,
        rationale: "Editors and converters sign their output: Adobe tools write XMP CreatorTool and a history of every save, HandBrake and video editors write their name in the encoder or software atom. A camera writes its firmware there. A known editor's name means the file passed through it; renderers re-compress the pictures, metadata tools (Adobe Bridge, exiftool) rewrite metadata only. When only the EXIF Software tag names an editor and the JPEG's headers are still entirely a camera's (Exif first, no JFIF or Adobe segments, Annex K Huffman tables, no XMP), the editor never saved the picture: the tag was written afterwards (metadata altered). Likewise Adobe's applications (Photoshop, Lightroom, Camera Raw) embed XMP in every file they save — a CreatorTool naming them, document IDs and history (xmpMM), and in a JPEG the APP13 Photoshop and APP14 Adobe segments (phones write XMP too, but not these); every Adobe-saved file in the corpus has them — so a Software tag naming one of them in a file without any of that was written by another tool.",
        rationaleVi: "Các phần mềm chỉnh sửa và chuyển đổi đều ký tên lên tệp chúng tạo ra: công cụ của Adobe ghi XMP CreatorTool và lịch sử của mọi lần lưu, HandBrake và các phần mềm dựng video ghi tên mình vào atom encoder hoặc software. Máy quay ghi phiên bản phần mềm máy (firmware) của nó vào đó. Tên của một phần mềm chỉnh sửa đã biết nghĩa là tệp đã đi qua phần mềm đó; các phần mềm kết xuất nén lại hình ảnh, các công cụ siêu dữ liệu (Adobe Bridge, exiftool) chỉ ghi lại siêu dữ liệu. Khi chỉ có thẻ EXIF Software ghi tên một phần mềm chỉnh sửa mà phần đầu của tệp JPEG vẫn hoàn toàn là của máy ảnh (Exif đứng đầu, không có đoạn JFIF hay Adobe, bảng Huffman theo Phụ lục K, không có XMP), thì phần mềm đó chưa từng lưu ảnh: thẻ đã được ghi thêm sau đó (siêu dữ liệu bị thay đổi). Tương tự, các ứng dụng của Adobe (Photoshop, Lightroom, Camera Raw) nhúng XMP vào mọi tệp chúng lưu — một CreatorTool ghi tên chúng, mã tài liệu và lịch sử (xmpMM), và trong JPEG là các đoạn APP13 Photoshop và APP14 Adobe (điện thoại cũng ghi XMP, nhưng không ghi những thứ này); mọi tệp do Adobe lưu trong bộ mẫu đều có chúng — nên một thẻ Software ghi tên một trong các ứng dụng đó trong một tệp không có bất kỳ dấu vết nào như vậy là do một công cụ khác ghi.",
        examples: [
            DetectorExample("phone firmware in Software", .synthetic(kind: .photo, exifSoftware: "13.4.1"), fires: false),
            DetectorExample("After Effects XMP", .synthetic(xmp: ["xmp:CreatorTool": "Adobe After Effects 2020 (Macintosh)"]), fires: true),
            DetectorExample("Adobe Bridge history only", .synthetic(xmp: ["stEvt:softwareAgent": "Adobe Bridge 2020 (Macintosh)"]), fires: true),
            DetectorExample("older xap: prefix", .synthetic(kind: .photo, xmp: ["xap:CreatorTool": "Adobe Photoshop Lightroom"]), fires: true),
            DetectorExample("HandBrake encoder atom", .synthetic(items: [("©too", "HandBrake 1.6.1 2023012300")]), fires: true),
            DetectorExample("Photoshop in EXIF Software of a HEIC without Adobe's XMP (tag edited)", .synthetic(kind: .photo, exifSoftware: "Adobe Photoshop 25.0 (Windows)"), fires: true),
            DetectorExample("Photoshop in EXIF Software with Photoshop's XMP (saved by Photoshop)", .synthetic(kind: .photo, xmp: ["photoshop:ColorMode": "3"], exifSoftware: "Adobe Photoshop 25.0 (Windows)"), fires: true),
            DetectorExample("Photoshop in EXIF Software of an iPhone HEIC with Apple's XMP (tag edited)", .synthetic(kind: .photo, xmp: ["xmp:CreatorTool": "18.2", "photoshop:DateCreated": "2025-01-01T11:06:47"], exifSoftware: "Adobe Photoshop 25.0 (Windows)"), fires: true),
            DetectorExample("Photoshop in EXIF Software of a camera-laid-out JPEG (tag edited)", .synthetic(kind: .photo, exifSoftware: "Adobe Photoshop 25.0 (Windows)").withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: "Apple"), fires: true),
        ])

    public init() {}

    /// Whether the file carries what an Adobe application writes when it saves: XMP naming an Adobe creator
    /// tool, media-management or history properties, Photoshop document properties, or a JPEG's APP13
    /// "Photoshop 3.0" / APP14 "Adobe" segment.
    static func adobeSaved(_ e: Evidence) -> Bool {
        // Phones write XMP too (Apple: xmp:CreatorTool "18.2", photoshop:DateCreated), so only Adobe's own
        // marks count: a creator tool naming Adobe, the media-management IDs and history every Adobe save
        // adds, Camera Raw settings, Photoshop's document properties.
        for (k, v) in e.xmpProperties {
            if k.hasSuffix(":CreatorTool"), ["Adobe", "Photoshop", "Lightroom", "Camera Raw"].contains(where: { v.contains($0) }) { return true }
            if k.hasPrefix("xmpMM:") || k.hasPrefix("crs:") || ["photoshop:ColorMode", "photoshop:ICCProfile", "photoshop:History"].contains(k) { return true }
        }
        return (e.inspection.structure.segments ?? []).contains { ($0.marker == "APP13" && $0.identifier?.hasPrefix("Photoshop") == true) || ($0.marker == "APP14" && $0.identifier == "Adobe") }
    }

    public func run(_ e: Evidence) -> [Finding] {
        var sources: [(field: String, value: String, offset: Int64?)] = []
        let xmp = e.xmpProperties
        // `xmp:` and its older prefix `xap:` (XMP 2001) both name the creator tool.
        // In key order, so the finding quotes the same field every run (dictionary order is per process).
        for (k, v) in xmp.sorted(by: { $0.key < $1.key }) where k.hasSuffix(":CreatorTool") || k.hasSuffix(":softwareAgent") || k == "photoshop:History" {
            sources.append(("XMP " + k, v, e.inspection.xmp?.first?.offset))
        }
        // Camera Raw / Lightroom develop settings (`crs:` namespace) are only written by those tools.
        if let key = xmp.keys.sorted().first(where: { $0.hasPrefix("crs:") }) {
            sources.append(("XMP crs: develop settings (\(key))", "Adobe Camera Raw", e.inspection.xmp?.first?.offset))
        }
        for item in e.items where ["©swr", "©too", "©enc", "encoder", "software"].contains(item.key) {
            sources.append(("\(item.source) \(item.key)", item.value, item.offset))
        }
        if let s = e.inspection.exif?.summary {
            if let v = s.software { sources.append(("EXIF Software", v, e.inspection.exif?.tiffHeaderOffset)) }
            if let v = s.processingSoftware { sources.append(("EXIF ProcessingSoftware", v, e.inspection.exif?.tiffHeaderOffset)) }
        }
        var findings: [Finding] = []
        var seen = Set<String>()
        for s in sources {
            let renderer = Self.renderers.first { s.value.contains($0) }
            let metaTool = renderer == nil ? Self.metadataTools.first { s.value.contains($0) } : nil
            guard let name = renderer ?? metaTool, seen.insert(name).inserted else { continue }
            var evidence: [String: EvidenceValue] = ["field": .string(s.field), "value": .string(String(s.value.prefix(300))), "software": .string(name)]
            if let o = s.offset { evidence["byteOffset"] = .int(o) }
            let args: [String: MessageArgument] = ["field": .text(s.field), "software": .text(name), "value": .text(String(s.value.prefix(120)))]
            if renderer != nil, s.field.hasPrefix("EXIF"), let layout = JPEGLayout(e.inspection.structure), layout.cameraLike,
               !sources.contains(where: { $0.field.hasPrefix("XMP") }) {
                // Editors that save a JPEG write their own headers (JFIF, Adobe APP13/APP14, split or
                // optimised tables) and XMP. Here only the tag names the editor; the coded picture and
                // its headers are still the camera's, so the tag itself was written afterwards.
                evidence["layout"] = .string("Exif first, no JFIF, no APP13/APP14, Annex K Huffman tables, tables not split per segment")
                findings.append(finding(message("tag-only-jpeg", args), evidence, indicates: .metadataAltered))
            } else if renderer != nil, s.field.hasPrefix("EXIF"), Self.adobeRenderers.contains(name), !Self.adobeSaved(e) {
                // Adobe's applications embed XMP in every file they save (CreatorTool, photoshop: and xmpMM:
                // properties; in a JPEG also the APP13 Photoshop and APP14 Adobe segments): every Adobe-saved
                // file in the corpus has them. A Software tag naming one of them in a file without any of that
                // was typed in by another tool.
                evidence["adobeTraces"] = .string("none: no XMP from Adobe, no APP13 Photoshop or APP14 Adobe segment")
                findings.append(finding(message("tag-only-adobe", args), evidence, indicates: .metadataAltered))
            } else if renderer != nil {
                findings.append(finding(message("renderer", args), evidence))
            } else {
                findings.append(finding(message("metadata-tool", args), evidence, indicates: .metadataAltered))
            }
        }
        return findings
    }
}
