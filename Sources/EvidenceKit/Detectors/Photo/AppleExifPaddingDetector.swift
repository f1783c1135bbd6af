/// `photo.jpeg.apple-exif-padding` — an iPhone JPEG whose Exif segment is no longer padded the way the
/// iPhone camera writes it. Apple's camera reserves room in the Exif segment: it fills it with zero
/// bytes up to a 4096-byte boundary, so the segment (marker included) is a whole number of 4096-byte
/// blocks. Tools that write the metadata again (ExifTool, gallery apps, desktop tools) write the Exif
/// they need and drop the padding; the coded picture may still be the camera's.
public struct AppleExifPaddingDetector: Detector {
    /// The Exif segment of the camera's JPEGs is this many bytes or a multiple of it.
    static let block = 4096
    /// iOS versions whose camera originals show the padding: the corpus iPhone 4S (iOS 5.1.1, 12288
    /// bytes) and iPhone 6 (iOS 8.3, 20480 bytes). Other versions are judged weakly: not seen.
    static let seenVersions = 5...8
    static let seenIn = "iPhone 4S on iOS 5.1.1 (12288 bytes) and iPhone 6 on iOS 8.3 (20480 bytes)"

    public static let description = DetectorDescription(
        id: "photo.jpeg.apple-exif-padding", name: "iPhone Exif segment written again",
        nameVi: "Đoạn Exif của iPhone bị ghi lại",
        severity: .strong, indicates: .metadataAltered,
        rationale: "The iPhone camera reserves room in a JPEG's Exif segment: it pads the segment with zero bytes so that it ends on a 4096-byte boundary (the corpus iPhone 4S on iOS 5.1.1: 12288 bytes, the last 104 of them zeros; the iPhone 6 on iOS 8.3: 20480 bytes, 2836 zeros). A tool that writes the metadata again — ExifTool changing a date or removing GPS, a gallery app, a desktop tool — writes only the bytes it needs, so the segment no longer ends on the boundary. Pixel-level re-saves that copy the Exif segment whole (Pillow, ImageMagick) and lossless transcoders (jpegtran) keep the padding, so this finding speaks only of the metadata. Strong for the iOS versions whose originals we have seen padded (5 to 8); for other versions, a weak sign, since Apple's writer may have changed.",
        rationaleVi: "Máy ảnh iPhone dành sẵn chỗ trong đoạn Exif của tệp JPEG: nó đệm đoạn này bằng các byte có giá trị không để đoạn kết thúc đúng ở ranh giới 4096 byte (iPhone 4S chạy iOS 5.1.1 trong bộ mẫu: 12288 byte, 104 byte cuối có giá trị không; iPhone 6 chạy iOS 8.3: 20480 byte, 2836 byte có giá trị không). Một công cụ ghi lại siêu dữ liệu — ExifTool sửa ngày hay xóa GPS, một ứng dụng thư viện ảnh, một công cụ trên máy tính — chỉ ghi đúng số byte nó cần, nên đoạn không còn kết thúc ở ranh giới đó. Những lần lưu lại ở mức điểm ảnh mà chép nguyên đoạn Exif (Pillow, ImageMagick) và các công cụ chuyển mã không mất dữ liệu (jpegtran) vẫn giữ phần đệm, nên phát hiện này chỉ nói về siêu dữ liệu. Là dấu hiệu mạnh với các phiên bản iOS mà chúng tôi đã thấy tệp gốc có đệm (5 đến 8); với các phiên bản khác chỉ là dấu hiệu yếu, vì bộ ghi của Apple có thể đã thay đổi.",
        examples: [
            DetectorExample("iPhone 4S original: 12288-byte Exif segment ending in zeros", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: "Apple").withModel("iPhone 4S").withSoftware("5.1.1").withExifSegment(length: 12288, zeroPadding: 104), fires: false),
            DetectorExample("iPhone 4S after ExifTool changed the dates", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: "Apple").withModel("iPhone 4S").withSoftware("5.1.1").withExifSegment(length: 12184, zeroPadding: nil), fires: true),
            DetectorExample("iPhone 6 after ExifTool removed GPS", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "DRI", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: "Apple").withModel("iPhone 6").withSoftware("8.3").withExifSegment(length: 17342, zeroPadding: nil), fires: true),
            DetectorExample("iOS 12 JPEG not padded (version not seen: weak)", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: "Apple").withModel("iPhone XR").withSoftware("12.1").withExifSegment(length: 9000, zeroPadding: nil), fires: true),
            DetectorExample("iPhone JPEG re-saved by Pillow (JFIF first: other checks judge it)", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: "Apple").withModel("iPhone 4S").withSoftware("5.1.1").withExifSegment(length: 9000, zeroPadding: nil), fires: false),
            DetectorExample("another maker", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: nil, huffman: 4, optimised: false, make: "LGE").withModel("Nexus 4").withSoftware("5.1.1").withExifSegment(length: 9000, zeroPadding: nil), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .photo, let layout = JPEGLayout(e.inspection.structure), layout.exifFirst,
              let exifSegment = e.inspection.structure.segments?.dropFirst().first,
              let summary = e.inspection.exif?.summary, let make = summary.make.map(CameraTableLayoutDetector.trimmed), make == "Apple",
              let model = summary.model.map(CameraTableLayoutDetector.trimmed),
              ["iPhone", "iPad", "iPod"].contains(where: { model.hasPrefix($0) }),
              exifSegment.length % Self.block != 0 else { return [] }
        let software = summary.software.map(CameraTableLayoutDetector.trimmed)
        // Apple's camera writes the iOS version alone as Software ("5.1.1").
        let iOS = software.flatMap { v in v.split(separator: ".").allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil } ? v : nil }
        let major = iOS.flatMap { $0.split(separator: ".").first.flatMap { Int($0) } }
        let seen = major.map { Self.seenVersions.contains($0) } ?? false
        let zeros = exifSegment.zeroPadding ?? 0
        let evidence: [String: EvidenceValue] = [
            "byteOffset": .int(exifSegment.offset), "segmentLength": .int(Int64(exifSegment.length)),
            "zeroPadding": .int(Int64(zeros)), "cameraBlock": .int(Int64(Self.block)),
            "camera": .string("\(make) \(model)"), "software": .string(software ?? "not recorded"),
            "cameraOriginals": .string(Self.seenIn),
        ]
        let version = iOS.map { message("version-ios", ["version": .text($0)]) } ?? software.map { message("version-software", ["software": .text($0)]) } ?? message("version-none")
        let padding = zeros == 0 ? message("no-padding") : message("padding", ["zeros": .number(zeros)])
        let certainty = seen ? message("certain") : iOS != nil ? message("unseen-version", ["version": .message(version)]) : message("no-version")
        return [finding(message("not-padded", ["byteOffset": .int(exifSegment.offset), "model": .text(model), "version": .message(version),
                                               "length": .number(exifSegment.length), "block": .number(Self.block), "padding": .message(padding),
                                               "certainty": .message(certainty)]),
                        evidence, severity: seen ? .strong : .weak)]
    }
}

extension Evidence {
    /// A copy whose Exif names this Software (for examples).
    public func withSoftware(_ software: String) -> Evidence {
        var e = self
        e.inspection.exif?.summary.software = software
        return e
    }

    /// A copy whose segment after SOI (the Exif segment in examples) has this length and zero padding.
    public func withExifSegment(length: Int, zeroPadding: Int?) -> Evidence {
        var e = self
        if var segments = e.inspection.structure.segments, segments.count > 1 {
            segments[1].length = length
            segments[1].zeroPadding = zeroPadding
            e.inspection.structure.segments = segments
        }
        return e
    }
}
