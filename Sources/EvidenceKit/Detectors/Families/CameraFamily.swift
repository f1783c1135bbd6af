/// A camera writer family: how one kind of camera firmware writes its files, as invariants that every
/// original of the family satisfies, each with the originals that support it.
///
/// Acceptance rests on this positive model (issue 14): a file is `consistent-with-original` only when a
/// family claims it (its own metadata names the family) and every invariant of that family holds. A file
/// that claims a family and breaks an invariant gets a finding naming the invariant and the bytes; a file
/// no family claims is `inconclusive`, with the nearest family and what differs. Invariants describe how
/// cameras write, not how editors write, so an editor nobody here has tried still breaks them.
///
/// One original is not a rule: an invariant seen on one device only is `weak` (it never accuses on its
/// own, but a file that breaks it is not recognised either, so it is not accepted).
public struct CameraFamily: Sendable {
    public var id: String
    public var name: String
    public var nameVi: String
    public var kind: MediaKind
    /// What in the file claims this family (EXIF Make, handler names, keys…), or nil when nothing does.
    public var claim: @Sendable (Evidence) -> String?
    public var invariants: [FamilyInvariant]

    /// Every original any invariant of the family rests on.
    public var originals: [String] {
        var seen = Set<String>()
        return invariants.flatMap(\.supportedBy).filter { seen.insert($0).inserted }
    }
}

/// One thing every original of a family does, with the corpus originals that show it.
public struct FamilyInvariant: Sendable {
    public var id: String
    public var text: String
    public var textVi: String
    /// The originals (device and file) that satisfy it; two or more make it `strong`.
    public var supportedBy: [String]
    /// The verdict class a file that breaks it points to.
    public var indicates: VerdictClass
    public var check: @Sendable (Evidence) -> InvariantCheck

    public var severity: Severity { supportedBy.count >= 2 ? .strong : .weak }
}

/// The outcome of one invariant on one file.
public enum InvariantCheck: Sendable, Equatable {
    case holds
    /// The invariant is about something the file does not have (no GPS, no audio track…).
    case notApplicable
    /// Broken: what differs, in both languages, and where.
    case broken(en: String, vi: String, location: [String: EvidenceValue])
}

/// How a file fared against the family catalogue: the family that claims it (if any) and each
/// invariant's outcome; computed by the three family detectors from the same pure function.
public struct FamilyMatch: Sendable {
    public var family: CameraFamily
    public var claimedBy: String?
    public var broken: [(invariant: FamilyInvariant, en: String, vi: String, location: [String: EvidenceValue])]
    public var held: [FamilyInvariant]

    public var recognised: Bool { claimedBy != nil && broken.isEmpty }

    static func evaluate(_ family: CameraFamily, _ e: Evidence) -> FamilyMatch {
        var broken: [(FamilyInvariant, String, String, [String: EvidenceValue])] = []
        var held: [FamilyInvariant] = []
        for inv in family.invariants {
            switch inv.check(e) {
            case .holds: held.append(inv)
            case .notApplicable: break
            case let .broken(en, vi, location): broken.append((inv, en, vi, location))
            }
        }
        return FamilyMatch(family: family, claimedBy: family.claim(e), broken: broken.map { ($0.0, $0.1, $0.2, $0.3) }, held: held)
    }

    /// The family that claims the file (the one it fits best when several do), or nil.
    public static func claiming(_ e: Evidence) -> FamilyMatch? {
        FamilyCatalogue.all.filter { $0.kind == e.inspection.kind }.map { evaluate($0, e) }.filter { $0.claimedBy != nil }
            .min { ($0.broken.count, -$0.held.count) < ($1.broken.count, -$1.held.count) }
    }

    /// The family of the same kind the file comes closest to when none claims it: most invariants held.
    public static func nearest(_ e: Evidence) -> FamilyMatch? {
        FamilyCatalogue.all.filter { $0.kind == e.inspection.kind }.map { evaluate($0, e) }
            .max { ($0.held.count, -$0.broken.count) < ($1.held.count, -$1.broken.count) }
    }
}

// MARK: - Shared facts and checks

extension Evidence {
    /// A QuickTime `keys` item (`com.apple.quicktime.make`, `com.android.version`…).
    func keysItem(_ key: String) -> MetadataItem? { items.first { $0.source == "keys" && $0.key == key } }
    /// A `udta` item (`©xyz`, `FIRM`…).
    func udtaItem(_ key: String) -> MetadataItem? { items.first { $0.source == "udta" && $0.key == key } }
    var tracks: [TrackFacts] { container?.tracks ?? [] }
    var topLevel: [String] { container?.topLevelOrder ?? inspection.structure.boxes?.map(\.type) ?? [] }
    var exifSummary: ExifSummary? { inspection.exif?.summary }
    var exifMake: String? { exifSummary?.make?.trimmingSpaces }
    var quickTimeMake: String? { keysItem("com.apple.quicktime.make")?.value.trimmingSpaces }

    /// Where a box of the top level is, for locations.
    func topLevelOffset(_ type: String) -> Int64? { inspection.structure.boxes?.first { $0.type == type }?.offset }

    /// The EXIF GPS directory's tag value as libexif formats it (`GPSDateStamp`, `GPSTimeStamp`…).
    func gpsTag(_ name: String) -> String? { inspection.exif?.ifds["GPS"]?.first { $0.name == name }?.value.trimmingSpaces }
}

/// Matches `value` against a template in which `9` is any digit, `±` is `+` or `-`, and every other
/// character stands for itself (`9999-99-99T99:99:99±9999`).
func matchesTemplate(_ value: String, _ template: String) -> Bool {
    let v = Array(value), t = Array(template)
    guard v.count == t.count else { return false }
    return zip(v, t).allSatisfy { c, p in
        p == "9" ? c.isASCIIDigit : p == "±" ? (c == "+" || c == "-") : c == p
    }
}

/// Seconds since 1970 of an MP4/MOV box time (seconds since 1904).
func unixSeconds(_ t: BoxTime) -> Int64 { Int64(t.raw) - 2_082_844_800 }

/// Shared invariants: written once, used by the families whose originals support them.
enum CommonInvariants {
    /// Every track's header and media header carry the movie header's creation time, and the modification
    /// times lie within `slack` seconds after it (the camera closes the file when recording stops).
    static func movieTimes(_ id: String, supportedBy: [String], slack: Int64) -> FamilyInvariant {
        FamilyInvariant(
            id: id, text: "mvhd, every tkhd and every mdhd carry one creation time, and the modification times are at most \(slack) s later",
            textVi: "mvhd, mọi tkhd và mọi mdhd có cùng thời điểm tạo, và thời điểm sửa đổi muộn hơn tối đa \(slack) giây",
            supportedBy: supportedBy, indicates: .metadataAltered
        ) { e in
            guard let c = e.container, let created = c.created else { return .notApplicable }
            let base = unixSeconds(created)
            let where_: [String: EvidenceValue] = ["box": "moov/mvhd", "byteOffset": .int(e.movieHeaderOffset ?? 0)]
            if let m = c.modified, !(0...slack).contains(unixSeconds(m) - base) {
                return .broken(en: "mvhd is modified \(unixSeconds(m) - base) s after its creation (\(created.iso) → \(m.iso)), outside 0–\(slack) s",
                               vi: "mvhd được sửa đổi \(unixSeconds(m) - base) giây sau thời điểm tạo (\(created.iso) → \(m.iso)), ngoài khoảng 0–\(slack) giây",
                               location: where_)
            }
            for t in e.tracks {
                for (label, time) in [("tkhd", t.created), ("mdhd", t.mediaCreated)] {
                    guard let time, time.raw != created.raw else { continue }
                    return .broken(en: "track \(t.trackID.map(String.init) ?? "?") \(label) creation time \(time.iso) differs from mvhd's \(created.iso)",
                                   vi: "\(label) của rãnh \(t.trackID.map(String.init) ?? "?") có thời điểm tạo \(time.iso), khác với \(created.iso) của mvhd",
                                   location: ["box": .string("moov/trak/\(label)"), "byteOffset": .int(t.offset)])
                }
                for (label, time) in [("tkhd", t.modified), ("mdhd", t.mediaModified)] {
                    guard let time, !(0...slack).contains(unixSeconds(time) - base) else { continue }
                    return .broken(en: "track \(t.trackID.map(String.init) ?? "?") \(label) is modified \(unixSeconds(time) - base) s after mvhd's creation time, outside 0–\(slack) s",
                                   vi: "\(label) của rãnh \(t.trackID.map(String.init) ?? "?") được sửa đổi \(unixSeconds(time) - base) giây sau thời điểm tạo của mvhd, ngoài khoảng 0–\(slack) giây",
                                   location: ["box": .string("moov/trak/\(label)"), "byteOffset": .int(t.offset)])
                }
            }
            return .holds
        }
    }

    /// Camera firmware turns a GPS fix into EXIF RATIONALs with fixed denominators: whole degrees and
    /// minutes over 1, seconds over a power of ten (100, 10000), as its fix is a decimal number. Float
    /// converters (ExifTool, photo editors) write reduced fractions such as 68266/1601.
    static func gpsDecimalFractions(supportedBy: [String]) -> FamilyInvariant {
        FamilyInvariant(
            id: "exif.gps.decimal-fractions",
            text: "GPS latitude, longitude and time stamp are stored as whole degrees (hours) and minutes over 1 and seconds over a power of ten",
            textVi: "Vĩ độ, kinh độ và dấu thời gian GPS được lưu dưới dạng độ (giờ) và phút nguyên trên 1, giây trên một lũy thừa của 10",
            supportedBy: supportedBy, indicates: .metadataAltered
        ) { e in
            guard let values = e.inspection.exif?.layout?.gpsRationals else { return .notApplicable }
            let names = ["0x0002": "GPSLatitude", "0x0004": "GPSLongitude", "0x0007": "GPSTimeStamp"]
            for v in values {
                guard let name = names[v.tag], v.denominators.count == 3 else { continue }
                // 0/0 everywhere: the camera had no fix and wrote empty values (OnePlus).
                if v.denominators.allSatisfy({ $0 == 0 }) { continue }
                let powersOfTen: Set<UInt32> = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000]
                let ok = v.denominators[0] == 1 && v.denominators[1] == 1 && powersOfTen.contains(v.denominators[2])
                if !ok {
                    let fractions = zip(v.numerators, v.denominators).map { "\($0)/\($1)" }.joined(separator: " ")
                    let at = (e.inspection.exif?.tiffHeaderOffset ?? 0) + Int64(v.offset)
                    return .broken(en: "\(name) is stored as \(fractions): not the decimal fractions a camera's GPS fix gives (a converter from decimal degrees wrote it)",
                                   vi: "\(name) được lưu là \(fractions): không phải phân số thập phân mà bản định vị GPS của camera tạo ra (do một chương trình chuyển đổi từ độ thập phân ghi)",
                                   location: ["exifDirectory": "GPS", "tag": .string(v.tag), "byteOffset": .int(at)])
                }
            }
            return .holds
        }
    }

    /// The EXIF DateTime (modify date), DateTimeOriginal and DateTimeDigitized are one value: the camera
    /// writes the moment of capture into all three; an editor that saves the file changes DateTime.
    static func exifDatesEqual(supportedBy: [String]) -> FamilyInvariant {
        FamilyInvariant(
            id: "exif.dates.equal", text: "EXIF DateTime, DateTimeOriginal and DateTimeDigitized hold the same moment",
            textVi: "DateTime, DateTimeOriginal và DateTimeDigitized của EXIF cùng ghi một thời điểm",
            supportedBy: supportedBy, indicates: .metadataAltered
        ) { e in
            guard let s = e.exifSummary, let original = s.dateTimeOriginal else { return .notApplicable }
            for (label, v) in [("DateTime", s.modifyDate), ("DateTimeDigitized", s.createDate)] {
                guard let v, v != original else { continue }
                return .broken(en: "EXIF \(label) is \(v) while DateTimeOriginal is \(original)",
                               vi: "\(label) của EXIF là \(v) trong khi DateTimeOriginal là \(original)",
                               location: ["exifDirectory": label == "DateTime" ? "IFD0" : "Exif", "tag": .string(label == "DateTime" ? "0x0132" : "0x9004"),
                                          "byteOffset": .int(e.inspection.exif?.tiffHeaderOffset ?? 0)])
            }
            return .holds
        }
    }

    /// Make, Model and DateTimeOriginal are present: every camera photo names its device and moment.
    static func captureMetadata(supportedBy: [String]) -> FamilyInvariant {
        FamilyInvariant(
            id: "exif.capture-metadata", text: "EXIF Make, Model and DateTimeOriginal are present",
            textVi: "EXIF có Make, Model và DateTimeOriginal",
            supportedBy: supportedBy, indicates: .metadataAltered
        ) { e in
            let s = e.exifSummary
            let missing = [("Make", s?.make), ("Model", s?.model), ("DateTimeOriginal", s?.dateTimeOriginal)].filter { ($0.1?.trimmingSpaces ?? "").isEmpty }.map(\.0)
            guard !missing.isEmpty else { return .holds }
            return .broken(en: "EXIF lacks \(missing.joined(separator: ", "))", vi: "EXIF thiếu \(missing.joined(separator: ", "))",
                           location: ["exifDirectory": "IFD0", "byteOffset": .int(e.inspection.exif?.tiffHeaderOffset ?? e.pictureHeaderOffset)])
        }
    }

    /// The firmware stores the EXIF values that do not fit in their entries in its own order, not in tag order
    /// (TIFF rewriters such as ExifTool store every value in tag order; `photo.exif.rewritten` explains the
    /// makers' orders). Needs at least five values in the Exif directory to judge.
    static func exifOwnValueOrder(_ id: String, supportedBy: [String]) -> FamilyInvariant {
        FamilyInvariant(
            id: id, text: "the EXIF values are stored in the firmware's own order, not in tag order",
            textVi: "các giá trị EXIF được lưu theo thứ tự riêng của phần mềm máy, không theo thứ tự thẻ",
            supportedBy: supportedBy, indicates: .metadataAltered
        ) { e in
            guard let exif = e.inspection.exif, let layout = exif.layout, let dir = layout.directory("Exif"),
                  dir.valueOrder.count >= ExifRewrittenDetector.minimumValues else { return .notApplicable }
            guard layout.directories.allSatisfy(\.valuesInTagOrder) else { return .holds }
            return .broken(en: "every EXIF value is stored in tag order (\(dir.valueOrder.count) values in the Exif directory, \(dir.valueOrder.first ?? "") to \(dir.valueOrder.last ?? "")), as metadata rewriters store them",
                           vi: "mọi giá trị EXIF được lưu theo thứ tự thẻ (\(dir.valueOrder.count) giá trị trong thư mục Exif, từ \(dir.valueOrder.first ?? "") đến \(dir.valueOrder.last ?? "")), như cách các công cụ sửa siêu dữ liệu lưu",
                           location: ["exifDirectory": "Exif", "byteOffset": .int(exif.tiffHeaderOffset + Int64(dir.offset))])
        }
    }

    /// Nothing follows the JPEG's EOI marker: the camera writes one picture and stops. Bytes after it are
    /// either appended by software or, if the camera wrote a trailer, a trailer cut short.
    static func jpegEndsAtEOI(supportedBy: [String]) -> FamilyInvariant {
        FamilyInvariant(
            id: "jpeg.ends-at-eoi", text: "the file ends with the picture's EOI marker: nothing follows it",
            textVi: "tệp kết thúc bằng dấu EOI của ảnh: không có gì theo sau",
            supportedBy: supportedBy, indicates: .inconclusive
        ) { e in
            guard e.inspection.structure.format == "jpeg" else { return .notApplicable }
            guard let t = e.inspection.structure.trailer else { return .holds }
            return .broken(en: "\(t.length) bytes (\(t.kind)) follow the picture's EOI marker", vi: "\(t.length) byte (\(t.kind)) nằm sau dấu EOI của ảnh",
                           location: ["segment": "EOI", "byteOffset": .int(t.offset)])
        }
    }

    /// The GPS date and time stamp (UTC, from the fix the camera used) is the capture moment, once the zone
    /// offset is applied: the phone stamps both from one clock. Date editors that shift the EXIF dates (jhead,
    /// exiv2, ExifTool's -AllDates) leave the GPS stamp behind.
    static func gpsTimeMatchesCapture(_ id: String, supportedBy: [String]) -> FamilyInvariant {
        FamilyInvariant(id: id, text: "the GPS date and time stamp (UTC) is the capture moment within 2 minutes, once a time-zone offset (a whole quarter hour, the OffsetTimeOriginal when present) is applied",
                        textVi: "ngày giờ GPS (UTC) trùng với thời điểm chụp trong vòng 2 phút, sau khi áp dụng độ lệch múi giờ (bội số của 15 phút, là OffsetTimeOriginal nếu có)",
                        supportedBy: supportedBy, indicates: .metadataAltered) { e in
            guard let s = e.exifSummary, let original = s.dateTimeOriginal, let local = CivilTime.unixSeconds(original),
                  let date = e.gpsTag("GPSDateStamp"), let time = e.gpsTag("GPSTimeStamp") else { return .notApplicable }
            let hms = time.split(separator: ":").map { Double(String($0).trimmingSpaces) }
            guard hms.count == 3, let h = hms[0], let m = hms[1], let sec = hms[2], let day = CivilTime.unixSeconds(date + " 00:00:00") else { return .notApplicable }
            let utc = day + Int64(h * 3600 + m * 60 + sec.rounded())
            let difference = local - utc // the zone offset, plus any disagreement
            // Without OffsetTimeOriginal, the nearest whole quarter hour is taken as the zone offset.
            var expected = Int64((Double(difference) / 900).rounded()) * 900
            if let o = s.offsetTimeOriginal?.trimmingSpaces, CivilTime.isOffset(o) {
                let b = Array(o)
                expected = (b[0] == "-" ? -1 : 1) * ((Int64(String(b[1...2])) ?? 0) * 3600 + (Int64(String(b[4...5])) ?? 0) * 60)
            }
            let disagreement = difference - expected
            if abs(disagreement) <= 120 && (-12 * 3600...14 * 3600).contains(expected) { return .holds }
            return .broken(en: "DateTimeOriginal \(original) is \(disagreement) s away from the GPS time \(date) \(time) UTC with offset \(expected / 3600)h\(abs(expected % 3600) / 60)m",
                           vi: "DateTimeOriginal \(original) lệch \(disagreement) giây so với giờ GPS \(date) \(time) UTC với độ lệch múi giờ \(expected / 3600) giờ \(abs(expected % 3600) / 60) phút",
                           location: ["exifDirectory": "GPS", "tag": "0x0007", "byteOffset": .int(e.inspection.exif?.tiffHeaderOffset ?? 0)])
        }
    }

    /// The EXIF Software tag is the firmware's own version string, in the form `template` describes.
    static func firmwareSoftware(_ id: String, description: String, descriptionVi: String, supportedBy: [String], _ accepts: @escaping @Sendable (String) -> Bool) -> FamilyInvariant {
        FamilyInvariant(
            id: id, text: "EXIF Software is the firmware version (\(description))", textVi: "EXIF Software là phiên bản phần mềm máy (\(descriptionVi))",
            supportedBy: supportedBy, indicates: .metadataAltered
        ) { e in
            guard let sw = e.exifSummary?.software?.trimmingSpaces, !sw.isEmpty else {
                return .broken(en: "EXIF Software is missing", vi: "EXIF không có Software",
                               location: ["exifDirectory": "IFD0", "tag": "0x0131", "byteOffset": .int(e.inspection.exif?.tiffHeaderOffset ?? 0)])
            }
            return accepts(sw) ? .holds : .broken(en: "EXIF Software is '\(sw)', not a firmware version of this family (\(description))",
                                                  vi: "EXIF Software là '\(sw)', không phải phiên bản phần mềm máy của dòng này (\(descriptionVi))",
                                                  location: ["exifDirectory": "IFD0", "tag": "0x0131", "byteOffset": .int(e.inspection.exif?.tiffHeaderOffset ?? 0)])
        }
    }
}
