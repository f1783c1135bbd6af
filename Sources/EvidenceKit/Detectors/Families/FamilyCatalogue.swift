/// The camera writer families the tool knows, each invariant with the corpus originals that support it
/// (README "Camera writer families" counts them). Over 300 lines because it is one table: the families
/// read best side by side, and every check it uses is in CameraFamily.swift.
public enum FamilyCatalogue {
    public static let all: [CameraFamily] = [appleMovie, androidMovie, goPro, axisSignedStream, bcMediaStream,
                                             applePhoto, samsungPhoto, lgPhoto, hmdPhoto, onePlusPhoto]

    // MARK: videos

    static let appleMovieOriginals = ["Apple iPhone 14 Pro (iOS 16.4.1)", "Apple iPhone 15 Plus (iOS 18.2, Live Photo)",
                                      "Apple iPhone 17 Pro (iOS 26.4.1, Live Photo)", "Apple iPad mini (iOS 17.0)"]

    /// Apple's camera (iPhone, iPad): QuickTime movies written by Core Media.
    static let appleMovie = CameraFamily(
        id: "apple.camera.movie", name: "Apple camera movie (iPhone/iPad, QuickTime by Core Media)",
        nameVi: "Video camera Apple (iPhone/iPad, QuickTime do Core Media ghi)", kind: .video,
        claim: { e in
            // Only the camera's own key claims the family: Core Media handler names alone are every iOS
            // app's and export's (AVAssetExportSession), not the camera's.
            if let make = e.quickTimeMake, make == "Apple" { return Message("family.claim.quicktime-key", ["key": .text("com.apple.quicktime.make"), "value": .text("Apple")]) }
            return nil
        },
        originals: appleMovieOriginals,
        invariants: [
            FamilyInvariant(id: "apple.movie.brand", text: "no file-type box, or major brand 'qt  ' with 'qt  ' as the only compatible brand",
                            textVi: "không có hộp kiểu tệp, hoặc nhãn chính 'qt  ' với 'qt  ' là nhãn tương thích duy nhất",
                            supportedBy: appleMovieOriginals, indicates: .remuxed) { e in
                guard let c = e.container, let major = c.majorBrand else { return .holds }
                if major == "qt  " && (c.compatibleBrands ?? []) == ["qt  "] { return .holds }
                return .broken(en: "file type '\(major)' with compatible brands \((c.compatibleBrands ?? []).joined(separator: ", "))",
                               vi: "kiểu tệp '\(major)' với các nhãn tương thích \((c.compatibleBrands ?? []).joined(separator: ", "))",
                               location: ["box": "ftyp", "byteOffset": 0])
            },
            CommonInvariants.topLevelOrder("apple.movie.layout", [["wide", "mdat", "moov"]], ftypOptional: true,
                                           text: "top-level boxes in the order (ftyp,) wide, mdat, moov: the index is written when recording stops",
                                           textVi: "các hộp cấp cao nhất theo thứ tự (ftyp,) wide, mdat, moov: chỉ mục được ghi khi dừng quay",
                                           supportedBy: appleMovieOriginals, indicates: .remuxed),
            CommonInvariants.handlerPrefix("apple.movie.handlers", "Core Media", supportedBy: appleMovieOriginals),
            FamilyInvariant(id: "apple.movie.keys", text: "QuickTime keys make, model, software and creationdate are present",
                            textVi: "có các khóa QuickTime make, model, software và creationdate",
                            supportedBy: appleMovieOriginals, indicates: .metadataAltered) { e in
                let missing = ["make", "model", "software", "creationdate"].filter { e.keysItem("com.apple.quicktime." + $0) == nil }
                guard !missing.isEmpty else { return .holds }
                return .broken(en: "QuickTime keys lack \(missing.joined(separator: ", "))", vi: "các khóa QuickTime thiếu \(missing.joined(separator: ", "))",
                               location: ["box": "moov/meta/keys", "byteOffset": .int(e.topLevelOffset("moov") ?? 0)])
            },
            FamilyInvariant(id: "apple.movie.creationdate-format", text: "creationdate is written as YYYY-MM-DDTHH:MM:SS±HHMM (local time, offset without a colon)",
                            textVi: "creationdate được ghi dạng YYYY-MM-DDTHH:MM:SS±HHMM (giờ địa phương, độ lệch không có dấu hai chấm)",
                            supportedBy: appleMovieOriginals, indicates: .metadataAltered) { e in
                guard let item = e.keysItem("com.apple.quicktime.creationdate") else { return .notApplicable }
                if matchesTemplate(item.value, "9999-99-99T99:99:99±9999") { return .holds }
                return .broken(en: "creationdate is '\(item.value)'", vi: "creationdate là '\(item.value)'",
                               location: ["box": "moov/meta/ilst", "key": "com.apple.quicktime.creationdate", "byteOffset": .int(item.offset)])
            },
            FamilyInvariant(id: "apple.movie.creationdate-vs-mvhd", text: "mvhd's creation time (UTC) is the creationdate key's moment or up to 15 minutes plus the clip's duration later (Live Photo and HDR movies are finished after capture: 0, 0, 277 and 404 s in the originals)",
                            textVi: "thời điểm tạo của mvhd (UTC) trùng với khóa creationdate hoặc muộn hơn tối đa 15 phút cộng độ dài video (video Live Photo và HDR được hoàn tất sau khi chụp: 0, 0, 277 và 404 giây ở các tệp gốc)",
                            supportedBy: appleMovieOriginals, indicates: .metadataAltered) { e in
                guard let item = e.keysItem("com.apple.quicktime.creationdate"), let created = e.container?.created,
                      matchesTemplate(item.value, "9999-99-99T99:99:99±9999"), let local = CivilTime.unixSeconds(item.value) else { return .notApplicable }
                let v = Array(item.value)
                let sign: Int64 = v[19] == "-" ? -1 : 1
                let offset = sign * ((Int64(String(v[20...21])) ?? 0) * 3600 + (Int64(String(v[22...23])) ?? 0) * 60)
                let delta = unixSeconds(created) - (local - offset)
                let duration = Int64((e.container?.durationSeconds ?? 0).rounded(.up))
                if (-2...(900 + duration)).contains(delta) { return .holds }
                return .broken(en: "mvhd was created \(delta) s after the creationdate key (\(item.value) vs \(created.iso) UTC)",
                               vi: "mvhd được tạo \(delta) giây sau khóa creationdate (\(item.value) so với \(created.iso) UTC)",
                               location: ["box": "moov/mvhd", "byteOffset": .int(e.movieHeaderOffset ?? 0), "keyOffset": .int(item.offset)])
            },
            CommonInvariants.movieTimes("apple.movie.times", supportedBy: appleMovieOriginals, slack: 10),
            FamilyInvariant(id: "apple.movie.location-format", text: "the location key is ISO 6709 with 4 decimals of latitude and longitude and, when there is an altitude, 3 decimals of it with at least 3 whole digits (±DD.DDDD±DDD.DDDD±AAA.AAA/)",
                            textVi: "khóa vị trí theo ISO 6709 với 4 chữ số thập phân cho vĩ độ, kinh độ và, khi có độ cao, 3 chữ số thập phân cho độ cao với ít nhất 3 chữ số nguyên (±DD.DDDD±DDD.DDDD±AAA.AAA/)",
                            supportedBy: appleMovieOriginals, indicates: .metadataAltered) { e in
                guard let item = e.keysItem("com.apple.quicktime.location.ISO6709") else { return .notApplicable }
                // Altitude has as many whole digits as it needs (a mountain road above 999 m writes four).
                let v = item.value
                let position = matchesTemplate(String(v.prefix(17)), "±99.9999±999.9999")
                let rest = String(v.dropFirst(17))
                let altitude = rest == "/" || (1...3).contains { extra in matchesTemplate(rest, "±" + String(repeating: "9", count: 3 + extra - 1) + ".999/") }
                if position && altitude && e.udtaItem("©xyz") == nil { return .holds }
                let extra = e.udtaItem("©xyz").map { " and a udta ©xyz '\($0.value)' the camera does not write" } ?? ""
                let extraVi = e.udtaItem("©xyz").map { " và một ©xyz '\($0.value)' trong udta mà camera không ghi" } ?? ""
                return .broken(en: "location is '\(item.value)'\(extra)", vi: "vị trí là '\(item.value)'\(extraVi)",
                               location: ["box": "moov/meta/ilst", "key": "com.apple.quicktime.location.ISO6709", "byteOffset": .int(item.offset)])
            },
        ])

    static let androidOriginals = ["Android 6.0.1 phone (a clip with a GPS position, index last)", "Android 6.0.1 phone (a CIF clip, index in the reserved space at the front)"]

    /// Android's stock camera through AOSP's MPEG4Writer.
    static let androidMovie = CameraFamily(
        id: "android.mpeg4writer", name: "Android camera (AOSP MPEG4Writer)", nameVi: "Camera Android (MPEG4Writer của AOSP)", kind: .video,
        claim: { e in
            // Only the camera recorder's key claims the family: MPEG4Writer is also Android's MediaMuxer,
            // which every app that re-encodes a clip (messaging apps among them) writes through.
            if let v = e.keysItem("com.android.version") { return Message("family.claim.quicktime-key", ["key": .text("com.android.version"), "value": .text(v.value)]) }
            return nil
        },
        originals: androidOriginals,
        invariants: [
            CommonInvariants.fileType("android.movie.brand", major: "mp42", minor: 0, compatible: ["isom", "mp42"],
                                      text: "file type mp42, minor version 0, compatible brands isom and mp42",
                                      textVi: "kiểu tệp mp42, phiên bản phụ 0, các nhãn tương thích isom và mp42",
                                      supportedBy: androidOriginals, indicates: .inconclusive),
            CommonInvariants.topLevelOrder("android.movie.layout", [["ftyp", "mdat", "moov"], ["ftyp", "moov", "free", "mdat"]],
                                           text: "top-level boxes ftyp, mdat, moov (index written at the end) or ftyp, moov, free, mdat (index in the space reserved at the front)",
                                           textVi: "các hộp cấp cao nhất ftyp, mdat, moov (chỉ mục ghi ở cuối) hoặc ftyp, moov, free, mdat (chỉ mục trong vùng dành sẵn ở đầu)",
                                           supportedBy: androidOriginals, indicates: .inconclusive),
            FamilyInvariant(id: "android.movie.handlers", text: "video tracks are named 'VideoHandle' and sound tracks 'SoundHandle'",
                            textVi: "rãnh hình có tên 'VideoHandle' và rãnh âm thanh có tên 'SoundHandle'",
                            supportedBy: androidOriginals, indicates: .inconclusive) { e in
                let expected = ["vide": "VideoHandle", "soun": "SoundHandle"]
                guard let t = e.tracks.first(where: { t in expected[t.handlerType ?? ""].map { $0 != t.handlerName } ?? false }) else { return .holds }
                return .broken(en: "track \(t.trackID.map(String.init) ?? "?") (\(t.handlerType ?? "?")) has handler name '\(t.handlerName ?? "")'",
                               vi: "rãnh \(t.trackID.map(String.init) ?? "?") (\(t.handlerType ?? "?")) có tên trình xử lý '\(t.handlerName ?? "")'",
                               location: ["box": "moov/trak/mdia/hdlr", "byteOffset": .int(t.offset)])
            },
            CommonInvariants.movieTimes("android.movie.times", supportedBy: androidOriginals, slack: 0),
            FamilyInvariant(id: "android.movie.location-format", text: "the location is a udta ©xyz of ±DD.DDDD±DDD.DDDD/ (4 decimals, no altitude)",
                            textVi: "vị trí là ©xyz trong udta dạng ±DD.DDDD±DDD.DDDD/ (4 chữ số thập phân, không có độ cao)",
                            supportedBy: androidOriginals, indicates: .metadataAltered) { e in
                guard let item = e.udtaItem("©xyz") else { return .notApplicable }
                if matchesTemplate(item.value, "±99.9999±999.9999/") { return .holds }
                return .broken(en: "©xyz is '\(item.value)'", vi: "©xyz là '\(item.value)'",
                               location: ["box": "moov/udta/©xyz", "byteOffset": .int(item.offset)])
            },
        ])

    static let goProOriginals = ["GoPro HERO5 Black"]

    /// GoPro action cameras.
    static let goPro = CameraFamily(
        id: "gopro.camera", name: "GoPro camera", nameVi: "Camera GoPro", kind: .video,
        claim: { e in
            e.tracks.compactMap(\.handlerName).first(where: { $0.hasPrefix("GoPro") }).map { Message("family.claim.handler", ["name": .text($0)]) }
                ?? e.udtaItem("FIRM").map { Message("family.claim.firmware", ["value": .text($0.value)]) }
        },
        originals: goProOriginals,
        invariants: [
            CommonInvariants.fileType("gopro.brand", major: "mp41", minor: nil, compatible: ["mp41"],
                                      text: "file type mp41 with mp41 as the only compatible brand", textVi: "kiểu tệp mp41 với mp41 là nhãn tương thích duy nhất",
                                      supportedBy: goProOriginals, indicates: .remuxed),
            CommonInvariants.topLevelOrder("gopro.layout", [["ftyp", "mdat", "moov"]], text: "top-level boxes ftyp, mdat, moov",
                                           textVi: "các hộp cấp cao nhất ftyp, mdat, moov", supportedBy: goProOriginals, indicates: .remuxed),
            CommonInvariants.handlerPrefix("gopro.handlers", "GoPro", supportedBy: goProOriginals),
            FamilyInvariant(id: "gopro.firmware", text: "udta carries the camera's FIRM (firmware) and CAME (camera id) items",
                            textVi: "udta có các mục FIRM (phần mềm máy) và CAME (mã camera)",
                            supportedBy: goProOriginals, indicates: .metadataAltered) { e in
                let missing = ["FIRM", "CAME"].filter { e.udtaItem($0) == nil }
                guard !missing.isEmpty else { return .holds }
                return .broken(en: "udta lacks \(missing.joined(separator: ", "))", vi: "udta thiếu \(missing.joined(separator: ", "))",
                               location: ["box": "moov/udta", "byteOffset": .int(e.topLevelOffset("moov") ?? 0)])
            },
            CommonInvariants.movieTimes("gopro.times", supportedBy: goProOriginals, slack: 0),
        ])

    /// Axis network cameras with Signed Video: the camera signs hashes of its pictures, so a stream whose
    /// signatures verify is positively the camera's (the Signed Video detector reports any failure).
    static let axisSignedStream = CameraFamily(
        id: "axis.signed-video", name: "Axis network camera stream with Signed Video", nameVi: "Luồng camera mạng Axis có Signed Video (chữ ký số)", kind: .video,
        claim: { e in
            guard let s = e.signedVideo, !s.signatures.isEmpty else { return nil }
            return s.signer["manufacturer"].map { Message("family.claim.signatures-by", ["count": .number(s.signatures.count), "by": .text($0)]) }
                ?? Message("family.claim.signatures", ["count": .number(s.signatures.count)])
        },
        originals: ["Axis network camera 7EB.1, firmware 11.6"],
        invariants: [
            FamilyInvariant(id: "axis.signatures-verify", text: "every signature verifies and every signed picture matches its hash",
                            textVi: "mọi chữ ký đều hợp lệ và mọi khung hình đã ký khớp với giá trị băm của nó",
                            supportedBy: ["Axis network camera 7EB.1, firmware 11.6", "Signed Video Framework 2021 test stream"],
                            indicates: .inconclusive) { e in
                guard let s = e.signedVideo else { return .notApplicable }
                if let bad = s.signatures.first(where: { $0.outcome != "valid" }) {
                    return .broken(en: "the signature in packet \(bad.packet) is \(bad.outcome)", vi: "chữ ký trong gói \(bad.packet) có kết quả \(bad.outcome)",
                                   location: ["packet": .int(Int64(bad.packet)), "byteOffset": .int(bad.byteOffset ?? 0)])
                }
                if let m = s.mismatches.first {
                    return .broken(en: "picture in packet \(m.packet.map(String.init) ?? "?") does not match its signed hash", vi: "khung hình trong gói \(m.packet.map(String.init) ?? "?") không khớp với giá trị băm đã ký",
                                   location: ["packet": .int(Int64(m.packet ?? -1)), "byteOffset": .int(m.byteOffset ?? 0)])
                }
                return s.verifiedUnits > 0 ? .holds : .broken(en: "no picture is covered by a signature", vi: "không khung hình nào được chữ ký bao phủ", location: ["byteOffset": 0])
            },
        ])

    /// Reolink (and Swann OEM) recorders: BcMedia framing around H.264/H.265.
    static let bcMediaStream = CameraFamily(
        id: "reolink.bcmedia", name: "Reolink/Swann recorder stream (BcMedia framing)", nameVi: "Luồng đầu ghi Reolink/Swann (khung BcMedia)", kind: .video,
        claim: { e in e.inspection.structure.format == FileFamily.bcMedia.rawValue ? Message("family.claim.bcmedia") : nil },
        originals: ["Swann (Reolink OEM) 1440p camera"],
        invariants: [
            FamilyInvariant(id: "bcmedia.codec", text: "the framed stream is H.264 or H.265", textVi: "luồng bên trong khung là H.264 hoặc H.265",
                            supportedBy: ["Swann (Reolink OEM) 1440p camera"], indicates: .inconclusive) { e in
                guard let v = e.videoStream else { return .broken(en: "no video stream", vi: "không có luồng hình", location: ["byteOffset": 0]) }
                return ["h264", "hevc"].contains(v.codec) ? .holds : .broken(en: "codec \(v.codec)", vi: "bộ mã \(v.codec)", location: ["byteOffset": 0])
            },
        ])

    // MARK: photos

    static let applePhotoOriginals = ["Apple iPhone 4S (iOS 5.1.1, JPEG)", "Apple iPhone 6 (iOS 8.3, JPEG)", "Apple iPhone 7 (iOS 12.1.4, HEIC)",
                                      "Apple iPhone 8 (iOS 11.2.2, HEIC)", "Apple iPhone 11 Pro (iOS 13.4.1, HEIC)", "Apple iPhone 15 Plus (iOS 18.2, HEIC)",
                                      "Apple iPhone 17 Pro (iOS 26.4.1, HEIC)"]
    /// The five Apple originals with a GPS fix (the iPhone 4S and 11 Pro photos have none).
    static let appleGPSOriginals = [1, 2, 3, 5, 6].map { applePhotoOriginals[$0] }
    /// Every photo original with a GPS fix, whatever its maker: the decimal-fraction invariant is the cameras'
    /// as a class (4 makers), so each family's GPS check rests on all of them.
    static let allGPSOriginals = appleGPSOriginals + [samsungPhotoOriginals[1], "LG Nexus 4 (JPEG)", "HMD Nokia 8.3 5G (JPEG)"]
    /// Every photo original: all of them name their make, model and capture time.
    static let allPhotoOriginals = applePhotoOriginals + samsungPhotoOriginals + ["LG Nexus 4 (JPEG)", "HMD Nokia 8.3 5G (JPEG)", "OnePlus 8 IN2020 (JPEG)"]

    /// Apple's camera app (JPEG, HEIC).
    static let applePhoto = CameraFamily(
        id: "apple.camera.photo", name: "Apple camera photo (iPhone/iPad)", nameVi: "Ảnh camera Apple (iPhone/iPad)", kind: .photo,
        claim: { e in e.exifMake == "Apple" ? Message("family.claim.exif-make", ["make": .text("Apple")]) : nil },
        originals: applePhotoOriginals,
        invariants: [
            CommonInvariants.captureMetadata(supportedBy: allPhotoOriginals),
            CommonInvariants.exifDatesEqual(supportedBy: applePhotoOriginals),
            CommonInvariants.firmwareSoftware("apple.photo.software", description: "an iOS version such as 17.0 or 8.3", descriptionVi: "một phiên bản iOS như 17.0 hoặc 8.3",
                                              supportedBy: applePhotoOriginals) { sw in
                let parts = sw.split(separator: ".", omittingEmptySubsequences: false)
                return (1...3).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }
            },
            CommonInvariants.gpsDecimalFractions(supportedBy: allGPSOriginals),
            CommonInvariants.jpegEndsAtEOI(supportedBy: Array(applePhotoOriginals.prefix(2))),
            CommonInvariants.gpsTimeMatchesCapture("apple.photo.gps-time", supportedBy: appleGPSOriginals),
        ])

    static let samsungPhotoOriginals = ["Samsung GT-I9100 Galaxy S2 (JPEG)", "Samsung SM-N900A Galaxy Note 3 (JPEG)", "Samsung SM-J327T1 (JPEG)", "Samsung Galaxy S24 FE (HEIC)"]

    /// Samsung's camera app.
    static let samsungPhoto = CameraFamily(
        id: "samsung.camera.photo", name: "Samsung camera photo", nameVi: "Ảnh camera Samsung", kind: .photo,
        claim: { e in e.exifMake.map { $0.uppercased() == "SAMSUNG" } == true ? Message("family.claim.exif-make", ["make": .text(e.exifMake ?? "")]) : nil },
        originals: samsungPhotoOriginals,
        invariants: [
            CommonInvariants.captureMetadata(supportedBy: allPhotoOriginals),
            CommonInvariants.exifDatesEqual(supportedBy: samsungPhotoOriginals),
            CommonInvariants.firmwareSoftware("samsung.photo.software", description: "a firmware build code such as I9100XWLPT, 10 to 16 capital letters and digits",
                                              descriptionVi: "một mã bản dựng phần mềm như I9100XWLPT, 10 đến 16 chữ in hoa và chữ số",
                                              supportedBy: samsungPhotoOriginals) { sw in
                (10...16).contains(sw.count) && sw.allSatisfy { ($0.isASCII && $0.isUppercase) || $0.isASCIIDigit }
            },
            CommonInvariants.gpsDecimalFractions(supportedBy: allGPSOriginals),
            CommonInvariants.exifOwnValueOrder("samsung.photo.exif-order", supportedBy: samsungPhotoOriginals),
            CommonInvariants.jpegEndsAtEOI(supportedBy: Array(samsungPhotoOriginals.prefix(3))),
            CommonInvariants.gpsTimeMatchesCapture("samsung.photo.gps-time", supportedBy: [samsungPhotoOriginals[1]]),
        ])

    /// LG (Google Nexus 4).
    static let lgPhoto = CameraFamily(
        id: "lg.camera.photo", name: "LG camera photo", nameVi: "Ảnh camera LG", kind: .photo,
        claim: { e in e.exifMake == "LGE" ? Message("family.claim.exif-make", ["make": .text("LGE")]) : nil },
        originals: ["LG Nexus 4 (JPEG)"],
        invariants: [
            CommonInvariants.captureMetadata(supportedBy: allPhotoOriginals),
            CommonInvariants.gpsDecimalFractions(supportedBy: allGPSOriginals),
            CommonInvariants.jpegEndsAtEOI(supportedBy: ["LG Nexus 4 (JPEG)"]),
        ])

    /// HMD Global (Nokia phones).
    static let hmdPhoto = CameraFamily(
        id: "hmd.camera.photo", name: "HMD Global (Nokia) camera photo", nameVi: "Ảnh camera HMD Global (Nokia)", kind: .photo,
        claim: { e in e.exifMake == "HMD Global" ? Message("family.claim.exif-make", ["make": .text("HMD Global")]) : nil },
        originals: ["HMD Nokia 8.3 5G (JPEG)"],
        invariants: [
            CommonInvariants.captureMetadata(supportedBy: allPhotoOriginals),
            CommonInvariants.gpsDecimalFractions(supportedBy: allGPSOriginals),
            CommonInvariants.exifOwnValueOrder("hmd.photo.exif-order", supportedBy: ["HMD Nokia 8.3 5G (JPEG)"]),
            CommonInvariants.jpegEndsAtEOI(supportedBy: ["HMD Nokia 8.3 5G (JPEG)"]),
            CommonInvariants.gpsTimeMatchesCapture("hmd.photo.gps-time", supportedBy: ["HMD Nokia 8.3 5G (JPEG)"]),
        ])

    /// OnePlus.
    static let onePlusPhoto = CameraFamily(
        id: "oneplus.camera.photo", name: "OnePlus camera photo", nameVi: "Ảnh camera OnePlus", kind: .photo,
        claim: { e in e.exifMake == "OnePlus" ? Message("family.claim.exif-make", ["make": .text("OnePlus")]) : nil },
        originals: ["OnePlus 8 IN2020 (JPEG)"],
        invariants: [
            CommonInvariants.captureMetadata(supportedBy: allPhotoOriginals),
            CommonInvariants.exifDatesEqual(supportedBy: ["OnePlus 8 IN2020 (JPEG)"]),
            CommonInvariants.gpsDecimalFractions(supportedBy: allGPSOriginals),
            CommonInvariants.exifOwnValueOrder("oneplus.photo.exif-order", supportedBy: ["OnePlus 8 IN2020 (JPEG)"]),
            FamilyInvariant(id: "oneplus.photo.padding", text: "the picture is followed by exactly 262144 bytes (256 KiB) of zeros ending with an EOI marker",
                            textVi: "sau ảnh là đúng 262144 byte (256 KiB) có giá trị không, kết thúc bằng dấu EOI",
                            supportedBy: ["OnePlus 8 IN2020 (JPEG)"], indicates: .inconclusive) { e in
                guard e.inspection.structure.format == "jpeg" else { return .notApplicable }
                let t = e.inspection.structure.trailer
                if let t, t.length == 262_144, t.kind == "zero padding ending with an EOI marker" { return .holds }
                let what = t.map { "\($0.length) bytes (\($0.kind))" } ?? "nothing"
                let whatVi = t.map { "\($0.length) byte (\($0.kind))" } ?? "không có gì"
                return .broken(en: "\(what) follows the picture's EOI marker", vi: "sau dấu EOI của ảnh là \(whatVi)",
                               location: ["segment": "EOI", "byteOffset": .int(t?.offset ?? e.inspection.file.bytes)])
            },
        ])
}
