/// `photo.metadata.stripped` — the photo's metadata was removed while its coded picture was kept: a JPEG
/// with no application segment at all (not even the JFIF header every libjpeg-based writer adds), or a
/// HEIF whose Exif item is empty. exiftool -all= and privacy "remove metadata" tools leave exactly this.
public struct MetadataStrippedDetector: Detector {
    public static let description = DetectorDescription(
        id: "photo.metadata.stripped", name: "Metadata removed from the photo",
        nameVi: "Siêu dữ liệu của ảnh đã bị xóa",
        severity: .strong, indicates: .metadataAltered,
        rationale: "Phones write Exif into every photo; software that compresses a JPEG itself writes at least a JFIF header. A JPEG with no APPn segment at all has had its metadata segments removed (exiftool -all=, jpegtran -copy none with the JFIF header dropped, privacy tools) — the coded picture may still be the camera's. A HEIF that declares an Exif item whose content is empty or not EXIF had the item's content removed. Trap: some CCTV and dashcam snapshot encoders write bare JPEGs; the class then says metadata was removed when it was never written, and the decision is the same review.",
        rationaleVi: "Điện thoại ghi Exif vào mọi ảnh; phần mềm tự nén một tệp JPEG thì ít nhất ghi một phần đầu JFIF. Một tệp JPEG hoàn toàn không có đoạn APPn nào đã bị xóa các đoạn siêu dữ liệu (exiftool -all=, jpegtran -copy none kèm bỏ phần đầu JFIF, các công cụ bảo vệ quyền riêng tư) — dữ liệu ảnh đã mã hóa vẫn có thể là của máy ảnh. Một tệp HEIF khai báo mục Exif mà nội dung rỗng hoặc không phải EXIF đã bị xóa nội dung của mục đó. Cạm bẫy: một số bộ mã hóa ảnh chụp nhanh của CCTV và camera hành trình ghi JPEG trần; khi đó kết luận nói siêu dữ liệu đã bị xóa trong khi nó chưa từng được ghi, và quyết định vẫn là xem xét như nhau.",
        examples: [
            DetectorExample("camera JPEG", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: "Apple"), fires: false),
            DetectorExample("no segments at all", .synthetic(kind: .photo).withJPEGLayout(["DQT", "DRI", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: nil), fires: true),
            DetectorExample("JFIF only (a libjpeg writer)", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 75, huffman: 4, optimised: false, make: nil), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        let s = e.inspection.structure
        if s.format == "jpeg", let segs = s.segments, segs.count > 3, s.frame != nil {
            let app = segs.filter { $0.marker.hasPrefix("APP") || $0.marker == "COM" }
            guard app.isEmpty, let first = segs.dropFirst().first else { return [] }
            return [finding(message("jpeg", ["segment": .text(first.marker), "byteOffset": .int(first.offset)]),
                            ["byteOffset": .int(first.offset), "firstSegment": .string(first.marker)])]
        }
        if s.format == "iso-bmff", let heif = s.heif, let item = heif.items.first(where: { $0.type == "Exif" }), e.inspection.exif == nil {
            let at = item.extents.first?.offset ?? 0
            return [finding(message(item.extents.isEmpty ? "heif-no-data" : "heif", ["item": .number(item.id), "byteOffset": .int(at)]),
                            ["item": .int(Int64(item.id)), "byteOffset": .int(at)])]
        }
        return []
    }
}
