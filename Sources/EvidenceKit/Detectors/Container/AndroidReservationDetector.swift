/// `container.layout.android-reservation` — Android's stock recorder (AOSP `MPEG4Writer`, Android 6 on)
/// reserves room for the index at the front of the file before recording starts, sized by a fixed formula,
/// and fills whatever the finished `moov` leaves over with a `free` box. The reservation cannot change
/// afterwards, so `moov` + `free` still tell how much the writer reserved, and the formula tells what it
/// reserved it for. When they add up only with a location the file no longer has — short by exactly the
/// `udta` box that held it — the position was removed after recording.
public struct AndroidReservationDetector: Detector {
    /// The base sizes the writer can reserve without a recording limit the file would show: its cap (three
    /// minutes at 3 Mb/s, 0.6 % of it: `180 × 3 000 000 × 6 / 8000`) and its floor (3 KiB).
    static let baseSizes: [Int64] = [405_000, 3_072]
    /// What the writer adds once for the metadata box headers, and per key on top of the key and value.
    static let metaHeaders: Int64 = 66, perKey: Int64 = 32
    /// What it adds for a location (`setGeoData`), and what a location takes in the finished file: the
    /// 30-byte `©xyz` box inside an 8-byte `udta` box that holds nothing else.
    static let locationReserve: Int64 = 30, locationBoxes: Int64 = 38
    /// Keys the stock writer writes, and whether it counts their value as text (its length) or as a 4-byte number.
    static let writerKeys: [String: Bool] = [
        "com.android.version": true, "com.android.manufacturer": true, "com.android.model": true, "com.android.build": true,
        "com.android.capture.fps": false, "com.android.video.temporal_layers_count": false,
    ]

    public static let description = DetectorDescription(
        id: "container.layout.android-reservation", name: "Android's reserved index space is short of the location",
        nameVi: "Vùng dành cho chỉ mục của Android thiếu đúng phần vị trí",
        severity: .strong, indicates: .metadataAltered,
        rationale: "Android's stock recorder (AOSP MPEG4Writer, from Android 6 when it started writing com.android.version) writes ftyp, then reserves room for the index before the pictures: a base size (405000 bytes, its cap, or 3072, its floor) plus 66 bytes for the metadata headers, 32 plus the key and value length for each key it writes, and 30 for a location; when recording stops it writes moov there and a free box over the rest, so moov plus free equals the reservation (the Android 6.0.1 clip in the corpus: 1544 + 403609 = 405000 + 66 + 57 + 30). A location is stored as a 30-byte ©xyz box in an 8-byte udta box of its own. When moov plus free add up only if a location is counted and the file has none, 38 bytes short — the udta box and its ©xyz — the position was deleted after recording and the index rewritten (ExifTool does exactly this, keeping the free box). Nothing is said when the sizes add up, or add up to nothing known: other Android writers (MediaTek's rounds the reservation up to a storage cluster, and recordings with a size or duration limit reserve other amounts) are simply not judged.",
        rationaleVi: "Bộ ghi gốc của Android (MPEG4Writer của AOSP, từ Android 6, khi nó bắt đầu ghi com.android.version) ghi ftyp, rồi dành chỗ cho chỉ mục trước phần hình: một kích thước cơ sở (405000 byte, mức trần của nó, hoặc 3072, mức sàn) cộng 66 byte cho các phần đầu siêu dữ liệu, 32 byte cộng độ dài khóa và giá trị cho mỗi khóa nó ghi, và 30 byte cho vị trí; khi dừng ghi, nó ghi moov vào chỗ đó và một hộp free phủ phần còn lại, nên moov cộng free đúng bằng phần đã dành (video Android 6.0.1 trong bộ mẫu: 1544 + 403609 = 405000 + 66 + 57 + 30). Vị trí được lưu thành một hộp ©xyz 30 byte nằm trong một hộp udta 8 byte riêng. Khi moov cộng free chỉ khớp nếu tính cả vị trí mà tệp lại không có vị trí nào, thiếu đúng 38 byte — hộp udta và ©xyz của nó — thì tọa độ đã bị xóa sau khi quay và chỉ mục đã được ghi lại (ExifTool làm đúng như vậy, giữ nguyên hộp free). Không có kết luận nào khi các kích thước khớp, hoặc không khớp với bất kỳ cách tính nào đã biết: các bộ ghi Android khác (bộ ghi của MediaTek làm tròn phần dành lên một cụm lưu trữ, và các bản ghi có giới hạn dung lượng hay thời lượng dành những mức khác) đơn giản là không được đánh giá.",
        examples: [
            DetectorExample("Android 6 clip with its location (1544 + 403609 = 405000 + 66 + 57 + 30)",
                            .synthetic(majorBrand: "mp42", handlers: ["VideoHandle", "SoundHandle"], items: [("©xyz", "+37.5002+127.0362/"), ("com.android.version", "6.0.1")])
                                .withTopLevelBoxes([("ftyp", 24), ("moov", 1544), ("free", 403_609), ("mdat", 134_091)]), fires: false),
            DetectorExample("the same clip after its location was removed (udta and ©xyz gone, free kept)",
                            .synthetic(majorBrand: "mp42", handlers: ["VideoHandle", "SoundHandle"], items: [("com.android.version", "6.0.1")])
                                .withTopLevelBoxes([("ftyp", 24), ("moov", 1506), ("free", 403_609), ("mdat", 134_091)]), fires: true),
            DetectorExample("a clip recorded without location (405000 + 66 + 57)",
                            .synthetic(majorBrand: "mp42", handlers: ["VideoHandle", "SoundHandle"], items: [("com.android.version", "6.0.1")])
                                .withTopLevelBoxes([("ftyp", 24), ("moov", 1506), ("free", 403_617), ("mdat", 134_091)]), fires: false),
            DetectorExample("a reservation rounded up by another writer (not judged)",
                            .synthetic(majorBrand: "mp42", handlers: ["VideoHandle", "SoundHandle"], items: [("com.android.version", "7.0")])
                                .withTopLevelBoxes([("ftyp", 24), ("moov", 1506), ("free", 407_455), ("mdat", 134_091)]), fires: false),
            DetectorExample("index last (nothing reserved)",
                            .synthetic(majorBrand: "mp42", handlers: ["VideoHandle", "SoundHandle"], items: [("com.android.version", "6.0.1")])
                                .withTopLevelBoxes([("ftyp", 24), ("mdat", 241_404), ("moov", 1294)]), fires: false),
        ])

    public init() {}

    /// What the writer adds to the base size for the keys it wrote, or nil when a key is not one of its own.
    static func keysReserve(_ e: Evidence) -> Int64? {
        var total = metaHeaders
        for item in e.items where item.source == "keys" {
            guard let isText = writerKeys[item.key] else { return nil }
            total += perKey + Int64(item.key.utf8.count + 1) + (isText ? Int64(item.value.utf8.count) : 4)
        }
        return total
    }

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .video, e.handlerNames.contains("VideoHandle"),
              e.items.contains(where: { $0.source == "keys" && $0.key == "com.android.version" }),
              !e.items.contains(where: { $0.key == "©xyz" || $0.key.hasPrefix("com.android.location") || $0.key.contains("location") }),
              let boxes = e.inspection.structure.boxes, boxes.count >= 4,
              boxes[0].type == "ftyp", boxes[1].type == "moov", boxes[2].type == "free", boxes[3].type == "mdat",
              !boxes[1].truncated, !boxes[2].truncated, let keys = Self.keysReserve(e) else { return [] }
        let moov = boxes[1], free = boxes[2]
        let reserved = moov.size + free.size
        let chunkOffsets64 = moov.children("trak").contains { $0.descendant(["mdia", "minf", "stbl", "co64"]) != nil }
        let factor: Int64 = chunkOffsets64 ? 2 : 1
        // As found: the reservation adds up without a location (recorded without one), or not at all.
        for base in Self.baseSizes where reserved == factor * (base + keys) { return [] }
        guard let base = Self.baseSizes.first(where: { reserved + Self.locationBoxes == factor * ($0 + keys + Self.locationReserve) }) else { return [] }
        let formula = "\(factor == 2 ? "2 × (" : "")\(base) + \(keys) + \(Self.locationReserve)\(factor == 2 ? ")" : "") = \(factor * (base + keys + Self.locationReserve))"
        return [finding(message("location-removed", ["reserved": .int(factor * (base + keys + Self.locationReserve)), "formula": .text(formula),
                                                     "moovBytes": .int(moov.size), "moovOffset": .int(moov.offset), "freeBytes": .int(free.size),
                                                     "freeOffset": .int(free.offset), "found": .int(reserved), "missing": .number(Self.locationBoxes)]),
                        ["byteOffset": .int(moov.offset), "moovBytes": .int(moov.size), "freeBytes": .int(free.size), "freeOffset": .int(free.offset),
                         "reservedFound": .int(reserved), "reservedByWriter": .int(factor * (base + keys + Self.locationReserve)),
                         "baseSize": .int(base), "keysReserve": .int(keys), "missingBytes": .int(Self.locationBoxes)])]
    }
}

extension Evidence {
    /// A copy whose top-level boxes have these types and sizes, laid out one after another (for examples).
    public func withTopLevelBoxes(_ layout: [(String, Int64)]) -> Evidence {
        var e = self
        var offset: Int64 = 0
        e.inspection.structure.boxes = layout.map { type, size in
            defer { offset += size }
            return Box(type: type, offset: offset, size: size, headerSize: 8)
        }
        e.inspection.container?.topLevelOrder = layout.map(\.0)
        return e
    }
}
