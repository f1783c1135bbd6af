/// `photo.thumbnail.mismatch` — the EXIF thumbnail (JPEG) or thumbnail item (HEIC) does not show the main picture. The camera makes both
/// from one capture; editors that crop, paint or paste and then copy the original metadata back (or keep
/// it, as Pillow and many apps do) leave the old thumbnail behind. Runs below `--depth structure`, when
/// both pictures are decoded.
public struct ThumbnailMismatchDetector: Detector {
    /// Median cell difference above which the whole picture differs (a crop, another picture). Corpus
    /// JPEG camera originals stay at or under 0.20 and HEIC thumbnail items at or under 0.23 (Galaxy S24 FE),
    /// software-resized copies under 0.30; crops reach 0.54–1.10.
    static let globalLimit = 0.45
    /// The same median with both pictures averaged 2×2 must exceed this too: the 7 crops with a thumbnail in the
    /// derivatives reach 0.45–1.04, a libheif re-save of the Galaxy S24 FE HEIC (unfiltered thumbnail) stays
    /// under 0.34, camera originals lower still.
    static let averagedGlobalLimit = 0.4
    /// Cells that must differ for a local edit (a painted or pasted region).
    static let localCells = 4

    public static let description = DetectorDescription(
        id: "photo.thumbnail.mismatch", name: "Thumbnail differs from the picture",
        nameVi: "Ảnh thu nhỏ khác với ảnh chính",
        severity: .strong, indicates: .edited,
        rationale: "Cameras store a small preview made from the same capture as the picture: the EXIF thumbnail of a JPEG, the thumbnail image item (`thmb`) of a HEIC. The picture is averaged down to the thumbnail's size, both are brightness-normalised, and their difference is averaged over a 16×12 grid. In camera originals the median cell stays under 0.25 standard deviations (scaling and compression noise). When the whole grid differs (median over 0.45, and over 0.4 with both pictures averaged 2×2, so that a thumbnail software scaled without filtering does not count) the picture was cropped or replaced. For local changes both pictures are first averaged 2×2, so that the aliasing of a thumbnail made with a plain scaler in fine detail (foliage, text) does not count; there every cell of the camera originals stays under 0.32, and when a block of four or more cells differs by more than three times the median and 0.45, a region was painted over or pasted — the finding gives the region in picture pixels. Tools that keep or copy back the original metadata (Pillow, exiftool -TagsFromFile, many apps) leave the old thumbnail behind. A missing thumbnail is not evidence. When the picture itself decodes with errors, the pixels the decoder guessed differ too, so the difference only asks for review; so does a photo that no software wrote again (its headers still the camera's: no libjpeg layout, no editor segments or name, a HEIC container in its camera's order) — there only the coded data can have changed in place, by damage (a flipped bit in a JPEG's DC codes shifts every later block and still decodes cleanly) or a byte-level edit.",
        rationaleVi: "Máy ảnh lưu một ảnh xem trước nhỏ được tạo từ cùng lần chụp với ảnh chính: ảnh thu nhỏ EXIF của tệp JPEG, mục ảnh thu nhỏ (`thmb`) của tệp HEIC. Ảnh chính được lấy trung bình xuống kích thước của ảnh thu nhỏ, cả hai được chuẩn hóa độ sáng, và độ khác biệt của chúng được lấy trung bình trên một lưới 16×12. Ở các ảnh gốc từ máy ảnh, ô trung vị luôn dưới 0,25 độ lệch chuẩn (nhiễu do thu phóng và nén). Khi toàn bộ lưới khác nhau (trung vị trên 0,45, và trên 0,4 khi cả hai ảnh được lấy trung bình 2×2, để một ảnh thu nhỏ mà phần mềm thu nhỏ không lọc không bị tính), ảnh chính đã bị cắt hoặc bị thay thế. Với thay đổi cục bộ, cả hai ảnh trước hết được lấy trung bình 2×2, để hiện tượng răng cưa của một ảnh thu nhỏ tạo bằng bộ thu phóng đơn giản ở các chi tiết nhỏ (lá cây, chữ) không bị tính; khi đó mọi ô của các ảnh gốc từ máy ảnh đều dưới 0,32, và khi một khối từ bốn ô trở lên khác nhau hơn ba lần trung vị và hơn 0,45, thì một vùng đã bị tô đè hoặc dán vào — phát hiện cho biết vùng đó theo điểm ảnh của ảnh chính. Các công cụ giữ lại hoặc chép trả lại siêu dữ liệu gốc (Pillow, exiftool -TagsFromFile, nhiều ứng dụng) để lại ảnh thu nhỏ cũ. Việc thiếu ảnh thu nhỏ không phải là bằng chứng. Khi bản thân ảnh chính giải mã có lỗi, các điểm ảnh mà bộ giải mã phỏng đoán cũng khác đi, nên sự khác biệt chỉ yêu cầu xem xét; cũng vậy với một ảnh chưa từng được phần mềm nào ghi lại (phần đầu vẫn là của máy ảnh: không có cách sắp xếp của libjpeg, không có đoạn hay tên của phần mềm chỉnh sửa, tệp chứa HEIC theo đúng thứ tự của máy ảnh) — ở đó chỉ dữ liệu đã mã hóa mới có thể bị thay đổi tại chỗ, do hư hỏng (một bit bị lật trong mã DC của JPEG làm lệch mọi khối phía sau mà vẫn giải mã bình thường) hoặc do một lần sửa ở mức byte.",
        examples: [
            DetectorExample("thumbnail matches", .synthetic(kind: .photo).withThumbnail(median: 0.12, max: 0.3, cells: 0), fires: false),
            DetectorExample("cropped: every cell differs (review: no software layout)", .synthetic(kind: .photo).withThumbnail(median: 0.7, max: 2.1, cells: 1), fires: true),
            DetectorExample("painted region of 20 cells in a Pillow re-save", .synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: "LGE").withThumbnail(median: 0.15, max: 1.2, cells: 20), fires: true),
            DetectorExample("painted region of 20 cells in a camera-laid-out JPEG (review)", .synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: "LGE").withThumbnail(median: 0.15, max: 1.2, cells: 20), fires: true),
            DetectorExample("painted region in a picture that decodes with errors (review)", .synthetic(kind: .photo).withThumbnail(median: 0.15, max: 1.2, cells: 20).withPictureErrors(true), fires: true),
            DetectorExample("HEIC thumbnail item differs in a camera-laid-out file (review)", .synthetic(kind: .photo).withHeifMeta(["hdlr", "dinf", "pitm", "iinf", "iref", "iprp", "idat", "iloc"], make: "Apple").withThumbnail(median: 0.15, max: 1.2, cells: 20), fires: true),
            DetectorExample("unfiltered software thumbnail: fine detail differs, averaged 2×2 it matches (libheif re-save)", .synthetic(kind: .photo).withThumbnail(median: 0.467, max: 0.34, cells: 0, averagedMedian: 0.3), fires: false),
            DetectorExample("one noisy cell", .synthetic(kind: .photo).withThumbnail(median: 0.12, max: 0.5, cells: 1), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let t = e.thumbnail else { return [] }
        // JPEG: the thumbnail in the Exif IFD1; HEIF: the image item referenced as the primary's `thmb`.
        let name: MessageArgument = .message(message(e.inspection.structure.heif != nil ? "name-heif" : "name-exif"))
        var evidence: [String: EvidenceValue] = [
            "thumbnailOffset": .int(t.thumbnailOffset), "thumbnailSize": .string("\(t.thumbnailWidth)x\(t.thumbnailHeight)"),
            "imageSize": .string("\(t.imageWidth)x\(t.imageHeight)"), "pdqDistance": .int(Int64(t.pdqDistance)),
            "medianCellDifference": .double(t.medianCellDifference), "maxCellDifference": .double(t.maxCellDifference),
            "medianAveragedDifference": .double(t.medianAveragedDifference ?? t.medianCellDifference),
            "differingCells": .int(Int64(t.differingCells)), "grid": .string("\(t.grid[0])x\(t.grid[1])"),
        ]
        if let r = t.differingRegion { evidence["region"] = .string("x \(r[0]), y \(r[1]), \(r[2])×\(r[3]) px") }
        // A thumbnail a lossless rotation trimmed by a partial block was compared with the picture less that strip.
        if let edge = t.trimmedEdge { evidence["thumbnailTrimmedEdge"] = .string(edge) }
        // Pixels the decoder had to guess (errors in the coded data) differ from the thumbnail whether the
        // bytes were damaged or edited: then the difference only asks for review.
        let damaged = e.pictureDecodedWithErrors == true
        // A file whose headers are still the camera's can only show another picture if its coded data
        // changed in place: damage (a flipped bit in a JPEG's DC codes shifts every later block and still
        // decodes cleanly; libheif reports no errors at all) or a byte-level edit. Editors and converters
        // leave their own layout or name (`Evidence.photoSoftwareWriter`).
        let writer = e.photoSoftwareWriter
        let inPlace = writer == nil
        if let writer { evidence["softwareWriter"] = .string(writer) }
        var damage = message("no-note")
        if damaged {
            damage = message("note-decode-errors")
            evidence["pictureDecodeErrors"] = .string("yes")
        } else if inPlace {
            damage = message("note-in-place")
            evidence["container"] = .string("no decisive software writer (the change may be in the coded data only)")
        }
        let indicates: VerdictClass = damaged || inPlace ? .inconclusive : .edited
        // The whole grid must differ both at the thumbnail's resolution and averaged 2×2: a thumbnail that
        // software scaled without filtering (libheif's) differs from the picture in fine detail only.
        if t.medianCellDifference > Self.globalLimit, (t.medianAveragedDifference ?? t.medianCellDifference) > Self.averagedGlobalLimit {
            return [finding(message("different", ["name": name, "tw": .number(t.thumbnailWidth), "th": .number(t.thumbnailHeight), "byteOffset": .int(t.thumbnailOffset),
                                                  "gw": .number(t.grid[0]), "gh": .number(t.grid[1]), "median": .decimal(t.medianCellDifference, places: 3),
                                                  "pdq": .number(t.pdqDistance), "note": .message(damage)]),
                            evidence, indicates: indicates)]
        }
        if t.differingCells >= Self.localCells, let r = t.differingRegion {
            return [finding(message("local", ["name": name, "byteOffset": .int(t.thumbnailOffset), "cells": .number(t.differingCells),
                                              "gw": .number(t.grid[0]), "gh": .number(t.grid[1]), "max": .decimal(t.maxCellDifference, places: 3),
                                              "median": .decimal(t.medianCellDifference, places: 3), "x": .number(r[0]), "y": .number(r[1]),
                                              "w": .number(r[2]), "h": .number(r[3]), "note": .message(damage)]),
                            evidence, indicates: indicates)]
        }
        return []
    }
}

extension Evidence {
    /// A photo whose thumbnail comparison has these statistics (for examples).
    public func withThumbnail(median: Double, max: Double, cells: Int, averagedMedian: Double? = nil) -> Evidence {
        var e = self
        e.thumbnail = ThumbnailComparison(thumbnailOffset: 2_000, thumbnailWidth: 160, thumbnailHeight: 120, contentBox: [0, 0, 160, 120],
                                          imageWidth: 4000, imageHeight: 3000, pdqDistance: 20, grid: [16, 12],
                                          medianCellDifference: median, maxCellDifference: max, medianAveragedDifference: averagedMedian, differingCells: cells,
                                          differingRegion: cells > 0 ? [1200, 900, 1600, 1250] : nil)
        return e
    }
}
