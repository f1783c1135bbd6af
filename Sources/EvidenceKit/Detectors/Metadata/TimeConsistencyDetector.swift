/// `metadata.time.inconsistent` — the movie header (`mvhd`) and the track and media headers (`tkhd`,
/// `mdhd`) disagree about when the file was created. The camera writes all of them in one go from one
/// clock, so they agree to the second; tools that change "the date" usually rewrite only `mvhd`.
/// Apple's `creationdate` key is deliberately not compared: in real iPhone files `mvhd` follows it by
/// minutes (404 s and 277 s in two corpus originals), when the file is finalised or saved later.
public struct TimeConsistencyDetector: Detector {
    public static let description = DetectorDescription(
        id: "metadata.time.inconsistent", name: "Recording times in the file disagree",
        nameVi: "Các mốc thời gian ghi hình trong tệp không khớp nhau",
        severity: .strong, indicates: .metadataAltered,
        rationale: "Phones and cameras write the movie, track and media creation times in one go from the same clock: every original in the corpus has them equal to the second. A date edited with a metadata tool (exiftool -CreateDate) changes the movie header and leaves the tracks, so a disagreement of more than 2 seconds means the times were changed after recording. Apple's creationdate key is not compared: iPhones write mvhd minutes after it when a file is finalised later.",
        rationaleVi: "Điện thoại và máy quay ghi thời điểm tạo của phim, của rãnh và của dữ liệu trong một lần, từ cùng một đồng hồ: mọi tệp gốc trong bộ mẫu đều có các thời điểm này bằng nhau đến từng giây. Một ngày giờ bị sửa bằng công cụ siêu dữ liệu (exiftool -CreateDate) thay đổi tiêu đề phim mà để nguyên các rãnh, nên chênh lệch hơn 2 giây nghĩa là các thời điểm đã bị sửa sau khi quay. Khóa creationdate của Apple không được so sánh: iPhone ghi mvhd muộn hơn nó vài phút khi tệp được hoàn tất sau.",
        examples: [
            DetectorExample("camera times agree", .synthetic(handlers: ["Core Media Video"], created: 3_778_245_245).withTrackTimes(3_778_245_245), fires: false),
            DetectorExample("mvhd rewritten", .synthetic(handlers: ["VideoHandle"], created: 3_800_000_000).withTrackTimes(3_778_245_245), fires: true),
            DetectorExample("Apple key minutes before mvhd (real iPhone pattern)", .synthetic(handlers: ["Core Media Video"], items: [("com.apple.quicktime.creationdate", "2023-05-09T12:41:46+0100")], created: 3_766_477_710).withTrackTimes(3_766_477_710), fires: false),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard e.inspection.kind == .video, let c = e.container, let movie = c.created, movie.raw > 0 else { return [] }
        var findings: [Finding] = []
        for t in c.tracks ?? [] {
            for (field, time) in [("tkhd", t.created), ("mdhd", t.mediaCreated)] {
                guard let time, time.raw > 0 else { continue }
                let diff = Int64(clamping: time.raw) - Int64(clamping: movie.raw)
                guard abs(diff) > 2 else { continue }
                findings.append(finding(message("track-differs", ["movie": .text(movie.iso), "track": .int(Int64(t.trackID ?? 0)), "field": .text(field),
                                                                  "time": .text(time.iso), "diff": .text((diff > 0 ? "+" : "") + String(diff))]),
                                        ["mvhdCreated": .string(movie.iso), "\(field)Created": .string(time.iso), "differenceSeconds": .int(diff),
                                         "trackOffset": .int(t.offset), "trackID": .int(Int64(t.trackID ?? 0))]))
                return findings
            }
        }
        return findings
    }
}

extension Evidence {
    /// A copy whose tracks were created at `raw` (for examples).
    public func withTrackTimes(_ raw: UInt64) -> Evidence {
        var e = self
        if var tracks = e.inspection.container?.tracks {
            for i in tracks.indices { tracks[i].created = BoxTime(raw: raw); tracks[i].mediaCreated = BoxTime(raw: raw) }
            e.inspection.container?.tracks = tracks
        }
        return e
    }
}
