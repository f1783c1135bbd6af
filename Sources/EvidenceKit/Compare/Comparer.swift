import MediaBridge

/// `evidence compare`: reads both files once each (`Probe` at depth full: packets, frame hashes, metadata), aligns
/// them and states what the submission is relative to the original, as findings (issue 18).
public struct Comparer: Sendable {
    public var analysisTime: Int64?
    public var decoderThreads: Int = 0
    /// `.full` decodes both and aligns pictures; `.structure` reads packets and metadata only: the byte-level proof
    /// (a stream-copy trim or splice) and the metadata, at a fraction of the cost.
    public var depth: VerifyDepth = .full

    public init(analysisTime: Int64? = nil, depth: VerifyDepth = .full) {
        self.analysisTime = analysisTime
        self.depth = depth
    }

    public func compare(original: String, submitted: String) throws(InspectionError) -> ComparisonReport {
        let probe = Probe(depth: depth, analysisTime: analysisTime, decoderThreads: decoderThreads)
        let a = try probe.gather(path: original), b = try probe.gather(path: submitted)
        var photo: PhotoComparison? = nil
        if a.inspection.kind == .photo && b.inspection.kind == .photo && depth != .structure {
            photo = Self.photos(a, original, b, submitted)
        }
        var report = Self.judge(a, b, photo: photo)
        report.analysisTime = a.verifiedAt.map { CivilTime.iso(unixSeconds: $0) + "Z" }
        return report
    }

    /// Compares a file already gathered (by `report`, with its verification) with its original, read here.
    public func compare(original: String, submitted b: Evidence, submittedPath: String) throws(InspectionError) -> ComparisonReport {
        let a = try Probe(depth: b.depth ?? depth, analysisTime: analysisTime, decoderThreads: decoderThreads).gather(path: original)
        let photo = a.inspection.kind == .photo && b.inspection.kind == .photo ? Self.photos(a, original, b, submittedPath) : nil
        var report = Self.judge(a, b, photo: photo)
        report.analysisTime = a.verifiedAt.map { CivilTime.iso(unixSeconds: $0) + "Z" }
        return report
    }

    static func photos(_ a: Evidence, _ pa: String, _ b: Evidence, _ pb: String) -> PhotoComparison? {
        func load(_ e: Evidence, _ path: String) -> PhotoComparer.Luma? {
            guard let bytes = try? FileBytes.read(path, limit: 256 << 20) else { return nil }
            return PhotoComparer.luma(bytes, format: e.inspection.structure.format, isHEIF: e.inspection.structure.heif?.primary != nil)
        }
        guard let o = load(a, pa), let s = load(b, pb) else { return nil }
        return PhotoComparer.compare(original: o, submitted: s)
    }

    /// The comparison from two gathered evidences: a pure function, so it is tested on hand-made evidence too.
    static func judge(_ a: Evidence, _ b: Evidence, photo: PhotoComparison?) -> ComparisonReport {
        let fa = a.inspection.file, fb = b.inspection.file
        let sameFile = fa.sha256 == fb.sha256
        let samePayload = sameFile || (fa.videoPayloadSha256 != nil && fa.videoPayloadSha256 == fb.videoPayloadSha256)
            || (fa.imageDataSha256 != nil && fa.imageDataSha256 == fb.imageDataSha256)
        var packets: PacketAlignment? = nil
        if let pa = a.packets, let pb = b.packets, !pa.isEmpty, !pb.isEmpty {
            packets = PacketAligner.align(original: pa, submitted: pb, originalSecondsPerTick: Self.secondsPerTick(a.videoStream?.timeBase))
        }
        var pictures: PictureAlignment? = nil
        if let ra = a.frames, let rb = b.frames, !ra.isEmpty, !rb.isEmpty {
            pictures = FrameAligner.align(original: ra, submitted: rb)
        }
        let differences = MetadataDiff.differences(a.inspection, b.inspection)
        let findings = CompareFindings.make(fa: fa, fb: fb, sameFile: sameFile, samePayload: samePayload, packets: packets, pictures: pictures, photo: photo, differences: differences)
        let samePictures: Bool
        if sameFile { samePictures = true } else if a.inspection.kind == .photo { samePictures = samePayload || photo?.samePixels == true } else {
            samePictures = samePayload || (packets.map { $0.runs.count == 1 && $0.unmatchedSubmitted == 0 && $0.originalPackets == $0.submittedPackets } ?? false)
        }
        return ComparisonReport(original: fa, submitted: fb, kind: b.inspection.kind, sameFile: sameFile, samePayload: samePayload, packets: packets,
                                pictures: pictures, photo: photo, metadataDifferences: differences, findings: findings,
                                same: sameFile || (samePictures && differences.isEmpty))
    }

    /// `1/90000` → 1/90000 s.
    static func secondsPerTick(_ timeBase: String?) -> Double? {
        guard let t = timeBase else { return nil }
        let parts = t.split(separator: "/")
        guard parts.count == 2, let n = Double(parts[0]), let d = Double(parts[1]), d > 0 else { return nil }
        return n / d
    }
}

/// Metadata of two files field by field: container tags and items, EXIF tags by directory, device, and every
/// statement of the capture time and place.
enum MetadataDiff {
    static let limit = 200

    static func fields(_ i: Inspection) -> [String: String] {
        var f: [String: String] = [:]
        for (k, v) in i.container?.tags ?? [:] { f["container tag \(k)"] = v }
        for item in i.container?.items ?? [] { f["\(item.source) \(item.key)"] = item.value }
        if let c = i.container {
            if let t = c.created { f["mvhd creation_time"] = t.iso }
            if let t = c.modified { f["mvhd modification_time"] = t.iso }
            if let b = c.majorBrand { f["major_brand"] = b }
        }
        for (dir, tags) in i.exif?.ifds ?? [:] {
            for t in tags { f["EXIF \(dir) \(t.tag)" + (t.name.map { " \($0)" } ?? "")] = t.value }
        }
        for x in i.xmp ?? [] { for (k, v) in x.properties { f["XMP \(k)"] = v } }
        for t in i.metadata.capture?.times ?? [] { f["capture time: \(t.source)"] = t.value }
        for p in i.metadata.capture?.places ?? [] { f["capture place: \(p.source)"] = "\(p.lat), \(p.lon)" }
        return f
    }

    static func differences(_ a: Inspection, _ b: Inspection) -> [FieldDifference] {
        let fa = fields(a), fb = fields(b)
        let keys = Set(fa.keys).union(fb.keys).sorted()
        var out: [FieldDifference] = []
        for k in keys where fa[k] != fb[k] {
            out.append(FieldDifference(field: k, original: fa[k], submitted: fb[k]))
            if out.count == limit { break }
        }
        return out
    }
}
