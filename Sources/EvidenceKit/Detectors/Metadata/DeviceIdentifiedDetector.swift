/// `metadata.device.identified` — context: which device the metadata names, and where it says so.
public struct DeviceIdentifiedDetector: Detector {
    public static let description = DetectorDescription(
        id: "metadata.device.identified", name: "Recording device named in the metadata",
        nameVi: "Thiết bị ghi được nêu trong siêu dữ liệu",
        severity: .info, indicates: .none,
        rationale: "Context for the officer: the make, model and software the file names, with the field they come from. Metadata can be edited, so this identifies a claim, not a proof.",
        rationaleVi: "Thông tin cho cán bộ: hãng, mẫu máy và phần mềm mà tệp ghi, kèm trường dữ liệu. Siêu dữ liệu có thể bị sửa, nên đây là thông tin được khai báo, không phải bằng chứng.",
        examples: [
            DetectorExample("no device", .synthetic(), fires: false),
            DetectorExample("iPhone", .synthetic(device: Device(make: "Apple", model: "iPhone 15 Plus", software: "18.2", source: "keys metadata")), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let d = e.inspection.metadata.device, d.make != nil || d.model != nil else { return [] }
        let name = [d.make, d.model].compactMap { $0 }.joined(separator: " ")
        var evidence: [String: EvidenceValue] = ["source": .string(d.source ?? "metadata")]
        if let m = d.make { evidence["make"] = .string(m) }
        if let m = d.model { evidence["model"] = .string(m) }
        if let s = d.software { evidence["software"] = .string(s) }
        // Where the name is written: EXIF's 0th directory, or the metadata item holding the make or model.
        if d.source?.hasPrefix("EXIF") == true, let exif = e.inspection.exif, let ifd0 = exif.layout?.directory("IFD0") {
            evidence["byteOffset"] = .int(exif.tiffHeaderOffset + Int64(ifd0.offset))
        } else if let item = e.items.first(where: { !$0.value.isEmpty && ($0.value == d.make || $0.value == d.model) }) {
            evidence["byteOffset"] = .int(item.offset)
            evidence["item"] = .string(item.key)
        }
        var args: [String: MessageArgument] = ["device": .text(name), "source": .text(d.source ?? "metadata")]
        if let s = d.software { args["software"] = .text(s) }
        return [finding(message(d.software == nil ? "named" : "named-software", args), evidence)]
    }
}
