/// `metadata.read.unparsed` — part of the file's metadata (an EXIF block or item, a PNG eXIf chunk) could not
/// be parsed. What could not be read cannot be vouched for, so the file is not accepted; the pictures may
/// still be fine, so this never outranks what the other findings say.
public struct MetadataUnparsedDetector: Detector {
    public static let description = DetectorDescription(
        id: "metadata.read.unparsed", name: "Metadata that could not be read",
        nameVi: "Siêu dữ liệu không đọc được",
        severity: .strong, indicates: .inconclusive,
        rationale: "A camera writes metadata its own parser and every common reader understand. A block that does not parse was damaged or written by something else (a stripping tool that left an empty EXIF item, a broken editor). Its time, place and device cannot be checked, so the file cannot be accepted on them.",
        rationaleVi: "Camera ghi siêu dữ liệu mà trình đọc của chính nó và mọi trình đọc thông dụng đều hiểu. Một khối không đọc được đã bị hỏng hoặc do thứ khác ghi (công cụ xóa siêu dữ liệu để lại mục EXIF rỗng, trình sửa lỗi). Không thể kiểm tra thời gian, vị trí và thiết bị trong đó, nên không thể chấp nhận tệp dựa trên chúng.",
        examples: [
            DetectorExample("metadata read", .synthetic(kind: .photo), fires: false),
            DetectorExample("EXIF item without a TIFF header", .synthetic(kind: .photo).withProblems(["EXIF item 51 at offset 3010: no TIFF header found"]), fires: true),
            DetectorExample("a structure problem (container.structure.incomplete reports it)", .synthetic(kind: .photo).withProblems(["structure: box 'mdat' runs past the end"]), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        let unparsed = e.inspection.problems.filter { !$0.hasPrefix("structure:") && !$0.hasPrefix("libavformat:") && !$0.hasPrefix("no 'moov'") && !$0.hasPrefix("limit: ") }
        guard let first = unparsed.first else { return [] }
        return [finding(message("unparsed", ["reason": .text(first)]),
                        ["byteOffset": .int(Self.offset(in: first) ?? 0), "problems": .strings(unparsed)])]
    }

    /// The byte offset the reader's message names ("… at offset 3010: …"), if any.
    static func offset(in message: String) -> Int64? {
        guard let r = message.firstRange(of: "at offset ") else { return nil }
        return Int64(message[r.upperBound...].prefix { $0.isASCIIDigit })
    }
}

extension Evidence {
    /// A copy with these reading problems (for examples).
    public func withProblems(_ problems: [String]) -> Evidence {
        var e = self
        e.inspection.problems = problems
        return e
    }
}
