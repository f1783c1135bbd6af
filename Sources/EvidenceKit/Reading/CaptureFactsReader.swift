/// Gathers every statement of capture time and place a file makes (EXIF, GPS, QuickTime keys and udta,
/// `mvhd`, the camera app's file-name pattern) into `CaptureFacts`. Reading layer: values in, values out.
enum CaptureFactsReader {
    static func gather(path: String, exif: ExifReport?, items: [MetadataItem], created: BoxTime?, movieHeaderOffset: Int64?, tracks: [TrackFacts] = []) -> CaptureFacts? {
        var times: [TimeSource] = []
        var places: [PlaceSource] = []
        if let exif, let s = Optional(exif.summary) {
            let tiff = exif.tiffHeaderOffset
            if let v = s.dateTimeOriginal, let iso = CivilTime.isoFromExif(v, subSeconds: s.subSecTimeOriginal, offset: s.offsetTimeOriginal) {
                times.append(TimeSource(source: "EXIF DateTimeOriginal", value: iso, utcSeconds: utc(iso), byteOffset: tiff))
            }
            if let v = s.createDate, v != s.dateTimeOriginal, let iso = CivilTime.isoFromExif(v, subSeconds: s.subSecTimeDigitized, offset: s.offsetTimeDigitized) {
                times.append(TimeSource(source: "EXIF DateTimeDigitized", value: iso, utcSeconds: utc(iso), byteOffset: tiff))
            }
            if let v = s.modifyDate, v != s.dateTimeOriginal, let iso = CivilTime.isoFromExif(v, subSeconds: s.subSecTime, offset: s.offsetTime) {
                times.append(TimeSource(source: "EXIF DateTime (last change)", value: iso, utcSeconds: utc(iso), byteOffset: tiff))
            }
            if let g = s.gps {
                if let t = g.time { times.append(TimeSource(source: "EXIF GPS date and time stamp (UTC)", value: t, utcSeconds: utc(t), byteOffset: tiff)) }
                if !(g.lat == 0 && g.lon == 0) {
                    places.append(PlaceSource(source: "EXIF GPS", lat: g.lat, lon: g.lon, altitude: g.altitude, byteOffset: tiff))
                }
            }
        }
        for key in ["com.apple.quicktime.creationdate", "©day", "date"] {
            guard let i = items.first(where: { $0.key == key }), let iso = QuickTimeMetadata.normaliseISO(i.value) else { continue }
            times.append(TimeSource(source: "QuickTime \(i.source) \(key)", value: iso, utcSeconds: utc(iso), byteOffset: i.offset))
        }
        if let created, created.raw != 0 {
            times.append(TimeSource(source: "mvhd creation time (UTC by the standard)", value: created.iso + "Z", utcSeconds: Int64(created.raw) - 2_082_844_800,
                                    byteOffset: movieHeaderOffset))
        }
        for key in ["com.apple.quicktime.location.ISO6709", "©xyz", "loci"] {
            guard let i = items.first(where: { $0.key == key }), let p = QuickTimeMetadata.parseISO6709(i.value), !(p.lat == 0 && p.lon == 0) else { continue }
            places.append(PlaceSource(source: "QuickTime \(i.source) \(key)", lat: p.lat, lon: p.lon, altitude: p.alt, byteOffset: i.offset))
        }
        // A GoPro's GPMF track: its first fix as the place and its GPS time as a UTC time; the whole track for claims.
        let track = tracks.compactMap(\.gpsTrack).first
        if let first = track?.first {
            places.append(PlaceSource(source: "GoPro GPMF GPS (first fix)", lat: first.lat, lon: first.lon, altitude: first.altitude, byteOffset: first.byteOffset))
        }
        if let timed = track?.first(where: { $0.utcSeconds != nil }), let t = timed.time {
            // The GPS receiver's time of that fix, less its position on the timeline: when recording started.
            let start = timed.utcSeconds! - Int64((timed.seconds ?? 0).rounded(.down))
            times.append(TimeSource(source: "GoPro GPMF GPSU (GPS receiver's UTC time, at recording start)", value: start == timed.utcSeconds! ? t : CivilTime.iso(unixSeconds: start) + "Z",
                                    utcSeconds: start, byteOffset: timed.byteOffset))
        }
        let name = String(path.split(separator: "/").last ?? "")
        if let (t, hasTime) = FileNameTime.parse(name) {
            times.append(TimeSource(source: hasTime ? "file name (local time, no zone)" : "file name (day only)", value: CivilTime.iso(unixSeconds: t), utcSeconds: nil, byteOffset: nil))
        }
        guard !times.isEmpty || !places.isEmpty else { return nil }
        var facts = CaptureFacts(times: times, places: places)
        facts.track = track
        return facts
    }

    /// UTC seconds of an ISO time that states its zone (`Z` or `±HH:MM`); nil for a local time without one.
    static func utc(_ iso: String) -> Int64? {
        guard let local = CivilTime.unixSeconds(iso) else { return nil }
        if iso.hasSuffix("Z") { return local }
        let tail = Array(iso.suffix(6))
        guard tail.count == 6, tail[0] == "+" || tail[0] == "-", tail[3] == ":", let h = Int64(String(tail[1...2])), let m = Int64(String(tail[4...5])) else { return nil }
        return local - (tail[0] == "-" ? -1 : 1) * (h * 3600 + m * 60)
    }
}
