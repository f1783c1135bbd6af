/// `photo.pixels.flat-fill` — a rectangle of the picture is one flat grey level, without the noise every
/// camera sensor records: a box painted over part of the photo (a plate, a face, a date) by software.
/// Runs below `--depth structure`, when the JPEG picture is decoded.
public struct FlatFillDetector: Detector {
    /// Brightness range of fills judged: clipped highlights and crushed shadows are flat in camera
    /// pictures too (a blown-out window, a black doorway), so only mid-tones count.
    static let darkest = 8
    static let brightest = 247

    public static let description = DetectorDescription(
        id: "photo.pixels.flat-fill", name: "A flat painted rectangle in the picture",
        nameVi: "Một hình chữ nhật tô phẳng trong ảnh",
        severity: .strong, indicates: .edited,
        rationale: "A camera sensor records noise everywhere, and phone processing keeps some of it even in skies and walls: in the 27 corpus camera photos no mid-tone area of flat 8×8 blocks (samples within 2.5 levels, block means within 1.5) forms a rectangle — the largest flat areas are skies and highlights that fill a third of their bounding box at most. Software paints flat fills: a box over a plate, a face or a date. A rectangle of such blocks at least 8 blocks (64 pixels) each way, covering at least 1 % of the picture and at least 90 % of its bounding box, ending in a step on at least three quarters of its border (an area that compression or noise reduction flattened fades into flat surroundings instead), with a brightness between 8 and 247 (clipped highlights and crushed shadows are flat in real photos too), is a painted region. In a picture that software wrote again (a JPEG compressed or transcoded by libjpeg, an editor's segments or name, a HEIC whose container another writer laid out) it is strong evidence of editing; in a file still laid out as the camera writes it, it asks for review (a flat-coloured sign filmed head-on under heavy noise reduction cannot be ruled out).",
        rationaleVi: "Cảm biến máy ảnh ghi nhiễu ở mọi nơi, và việc xử lý ảnh của điện thoại vẫn giữ lại một phần nhiễu ngay cả ở bầu trời và mặt tường: trong 27 ảnh từ máy ảnh của bộ mẫu, không vùng tông trung bình nào gồm các khối 8×8 phẳng (các mẫu chênh nhau trong vòng 2,5 mức, giá trị trung bình của khối chênh trong vòng 1,5) tạo thành một hình chữ nhật — các vùng phẳng lớn nhất là bầu trời và vùng sáng chói, chiếm nhiều nhất một phần ba hình chữ nhật bao quanh chúng. Phần mềm tô ra những vùng phẳng: một ô che biển số, khuôn mặt hay ngày tháng. Một hình chữ nhật gồm những khối như vậy, mỗi chiều ít nhất 8 khối (64 điểm ảnh), phủ ít nhất 1 % ảnh và ít nhất 90 % hình chữ nhật bao quanh nó, kết thúc bằng một bậc chênh sáng trên ít nhất ba phần tư đường biên (một vùng bị làm phẳng do nén hay khử nhiễu thì nhạt dần vào vùng phẳng xung quanh), với độ sáng từ 8 đến 247 (vùng sáng bị cháy và vùng tối bị bệt cũng phẳng trong ảnh thật), là một vùng đã bị tô. Trong một ảnh mà phần mềm đã ghi lại (một tệp JPEG được libjpeg nén hoặc chuyển mã, có các đoạn hay tên của phần mềm chỉnh sửa, một tệp HEIC mà tệp chứa do một trình ghi khác sắp xếp), đây là bằng chứng mạnh của việc chỉnh sửa; trong một tệp vẫn được sắp xếp như máy ảnh ghi, nó yêu cầu xem xét (không loại trừ được một tấm biển một màu được quay thẳng mặt dưới mức khử nhiễu mạnh).",
        examples: [
            DetectorExample("no flat rectangle", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: "Apple").withUniformRegions([]), fires: false),
            DetectorExample("grey box in a Pillow re-save", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: "Apple").withUniformRegions([.init(box: [1200, 900, 1600, 1200], blocks: 30_000, share: 0.158, fill: 1, luma: 128, edge: 1, imageWidth: 4000, imageHeight: 3000)]), fires: true),
            DetectorExample("grey box in a camera-laid-out file (review only)", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: "LGE").withUniformRegions([.init(box: [1200, 900, 1600, 1200], blocks: 30_000, share: 0.158, fill: 1, luma: 128, edge: 1, imageWidth: 4000, imageHeight: 3000)]), fires: true),
            DetectorExample("grey box in a HEIC that libheif wrote, with Apple EXIF", .synthetic(kind: .photo).withHeifMeta(["hdlr", "idat", "iloc", "iinf", "pitm", "iprp", "iref"], make: "Apple").withUniformRegions([.init(box: [1216, 912, 1600, 1200], blocks: 30_000, share: 0.157, fill: 1, luma: 128, edge: 1, imageWidth: 4032, imageHeight: 3024)]), fires: true),
            DetectorExample("blown-out white window", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: "Apple").withUniformRegions([.init(box: [0, 0, 800, 600], blocks: 7_500, share: 0.04, fill: 1, luma: 255, edge: 1, imageWidth: 4000, imageHeight: 3000)]), fires: false),
            DetectorExample("flat box in a JPEG without camera metadata (a screenshot or graphic)", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 90, huffman: 4, optimised: false, make: nil).withUniformRegions([.init(box: [1200, 900, 1600, 1200], blocks: 30_000, share: 0.158, fill: 1, luma: 128, edge: 1, imageWidth: 4000, imageHeight: 3000)]), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        // Flat boxes are ordinary in graphics and screenshots: judge only pictures that claim a camera.
        guard let regions = e.uniformRegions, e.inspection.exif?.summary.make?.isEmpty == false,
              let r = regions.first(where: { $0.luma >= Self.darkest && $0.luma <= Self.brightest }) else { return [] }
        let box = "x \(r.box[0]), y \(r.box[1]), \(r.box[2])×\(r.box[3]) px"
        var evidence: [String: EvidenceValue] = [
            "region": .string(box), "flatBlocks": .int(Int64(r.blocks)), "share": .double(r.share), "fill": .double(r.fill),
            "luma": .int(Int64(r.luma)), "edge": .double(r.edge), "imageSize": .string("\(r.imageWidth)x\(r.imageHeight)"),
        ]
        // Where the coded picture starts: the JPEG scan, or the HEIC primary item (the grid's first tile).
        if let sos = e.inspection.structure.segments?.first(where: { $0.marker == "SOS" }) {
            evidence["byteOffset"] = .int(sos.offset)
        } else if let heif = e.inspection.structure.heif {
            let firstImage = heif.items.first { ["hvc1", "av01", "jpeg"].contains($0.type) && !$0.extents.isEmpty }
            let coded = heif.primary?.type == "grid" ? firstImage : (heif.primary ?? firstImage)
            if let o = coded?.extents.first?.offset { evidence["byteOffset"] = .int(o) }
            evidence["item"] = .int(Int64(heif.primaryItem ?? 0))
        }
        let args: [String: MessageArgument] = ["x": .number(r.box[0]), "y": .number(r.box[1]), "w": .number(r.box[2]), "h": .number(r.box[3]),
                                               "share": .decimal(r.share * 100, places: 1), "luma": .number(r.luma), "blocks": .number(r.blocks),
                                               "fill": .number(Int((r.fill * 100).rounded()))]
        if e.pictureDecodedWithErrors == true {
            evidence["pictureDecodeErrors"] = .string("yes")
            return [finding(message("decode-errors", args),
                            evidence, severity: .weak, indicates: .inconclusive)]
        }
        // Did software write this picture again (the same evidence the thumbnail check asks for)?
        if let written = e.photoSoftwareWriter, let writtenMessage = e.photoSoftwareWriterMessage {
            evidence["softwareWriter"] = .string(written)
            return [finding(message("painted", args.merging(["writer": .message(writtenMessage)]) { a, _ in a }),
                            evidence)]
        }
        return [finding(message("camera-layout", args),
                        evidence, severity: .weak, indicates: .inconclusive)]
    }
}

extension Evidence {
    /// A copy with these flat rectangles found in the decoded picture (for examples).
    public func withUniformRegions(_ regions: [UniformRegion]) -> Evidence {
        var e = self
        e.uniformRegions = regions
        return e
    }
}
