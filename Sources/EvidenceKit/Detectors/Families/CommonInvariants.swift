/// Seconds since 1970 of an MP4/MOV box time (seconds since 1904).
func unixSeconds(_ t: BoxTime) -> Int64 { Int64(t.raw) - 2_082_844_800 }

/// Shared invariants: written once, used by the families whose originals support them.
enum CommonInvariants {
    /// Every track's header and media header carry the movie header's creation time, and the modification
    /// times lie within `slack` seconds after it (the camera closes the file when recording stops).
    static func movieTimes(_ id: String, supportedBy: [String], slack: Int64) -> FamilyInvariant {
        FamilyInvariant(
            id: id, text: "mvhd, every tkhd and every mdhd carry one creation time, and the modification times are at most the clip's duration plus \(slack) s later",
            textVi: "mvhd, mọi tkhd và mọi mdhd có cùng thời điểm tạo, và thời điểm sửa đổi muộn hơn tối đa bằng độ dài video cộng \(slack) giây",
            supportedBy: supportedBy, indicates: .metadataAltered
        ) { e in
            guard let c = e.container, let created = c.created else { return .notApplicable }
            let base = unixSeconds(created)
            // A writer may stamp the modification time when recording stops: a long clip ends later than a short one.
            let slack = slack + Int64((c.durationSeconds ?? e.inspection.metadata.durationSeconds ?? 0).rounded(.up))
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

    /// Every track's handler name starts with `prefix` (the writer names its handlers after itself).
    static func handlerPrefix(_ id: String, _ prefix: String, supportedBy: [String]) -> FamilyInvariant {
        FamilyInvariant(id: id, text: "every track's handler is named '\(prefix) …'", textVi: "trình xử lý của mọi rãnh có tên '\(prefix) …'",
                        supportedBy: supportedBy, indicates: .remuxed) { e in
            guard let t = e.tracks.first(where: { !($0.handlerName ?? "").hasPrefix(prefix) }) else { return .holds }
            return .broken(en: "track \(t.trackID.map(String.init) ?? "?") has handler name '\(t.handlerName ?? "")'",
                           vi: "rãnh \(t.trackID.map(String.init) ?? "?") có tên trình xử lý '\(t.handlerName ?? "")'",
                           location: ["box": "moov/trak/mdia/hdlr", "byteOffset": .int(t.offset)])
        }
    }

    /// The top-level boxes come in one of `orders` (with `ftyp` optional when `ftypOptional`).
    static func topLevelOrder(_ id: String, _ orders: [[String]], ftypOptional: Bool = false, text: String, textVi: String,
                              supportedBy: [String], indicates: VerdictClass) -> FamilyInvariant {
        FamilyInvariant(id: id, text: text, textVi: textVi, supportedBy: supportedBy, indicates: indicates) { e in
            let order = ftypOptional ? e.topLevel.filter { $0 != "ftyp" } : e.topLevel
            if orders.contains(order) { return .holds }
            return .broken(en: "top-level boxes are \(e.topLevel.joined(separator: ", "))", vi: "các hộp cấp cao nhất là \(e.topLevel.joined(separator: ", "))",
                           location: ["box": "moov", "byteOffset": .int(e.topLevelOffset("moov") ?? 0)])
        }
    }

    /// The file type box says `major`, `minor` (when given) and exactly `compatible`.
    static func fileType(_ id: String, major: String, minor: UInt32?, compatible: [String], text: String, textVi: String,
                         supportedBy: [String], indicates: VerdictClass) -> FamilyInvariant {
        FamilyInvariant(id: id, text: text, textVi: textVi, supportedBy: supportedBy, indicates: indicates) { e in
            guard let c = e.container else { return .notApplicable }
            if c.majorBrand == major && (minor == nil || c.minorVersion == minor) && (c.compatibleBrands ?? []) == compatible { return .holds }
            return .broken(en: "file type '\(c.majorBrand ?? "none")', minor version \(c.minorVersion.map(String.init) ?? "none"), compatible \((c.compatibleBrands ?? []).joined(separator: ", "))",
                           vi: "kiểu tệp '\(c.majorBrand ?? "không có")', phiên bản phụ \(c.minorVersion.map(String.init) ?? "không có"), tương thích \((c.compatibleBrands ?? []).joined(separator: ", "))",
                           location: ["box": "ftyp", "byteOffset": 0])
        }
    }

    /// Camera firmware turns a GPS fix into EXIF RATIONALs with fixed denominators: whole degrees and
    /// minutes over 1, seconds over a power of ten (100, 10000), as its fix is a decimal number. Float
    /// converters (ExifTool, photo editors) write reduced fractions such as 68266/1601.
    static func gpsDecimalFractions(supportedBy: [String]) -> FamilyInvariant {
        FamilyInvariant(
            id: "exif.gps.decimal-fractions",
            text: "GPS latitude, longitude and time stamp are stored as whole degrees (hours) and minutes over 1 and seconds over a power of ten",
            textVi: "vĩ độ, kinh độ và dấu thời gian GPS được lưu dưới dạng độ (giờ) và phút nguyên trên 1, giây trên một lũy thừa của mười",
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
    /// exiv2, ExifTool's -AllDates) leave the GPS stamp behind. A camera that used an old fix leaves it behind too
    /// (LG and Samsung originals: 27 h and 76 s), so a mismatch withholds acceptance (`inconclusive`) but never
    /// accuses on its own.
    static func gpsTimeMatchesCapture(_ id: String, supportedBy: [String]) -> FamilyInvariant {
        FamilyInvariant(id: id, text: "the GPS date and time stamp (UTC) is the capture moment within 2 minutes, once a time-zone offset (a whole quarter hour, the OffsetTimeOriginal when present) is applied",
                        textVi: "ngày giờ GPS (UTC) trùng với thời điểm chụp trong vòng 2 phút, sau khi áp dụng độ lệch múi giờ (một số nguyên lần mười lăm phút, là OffsetTimeOriginal nếu có)",
                        supportedBy: supportedBy, indicates: .inconclusive) { e in
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
