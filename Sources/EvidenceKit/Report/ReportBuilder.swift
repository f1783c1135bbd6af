#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MediaBridge
import PDFBridge

/// What a report run was asked for, beyond the verification itself.
public struct ReportOptions: Sendable {
    public var caseID: String?
    public var language: Language
    /// Remove values that identify a person or a device, the reporter's contact and the file name.
    public var redact = false
    /// With `redact`: remove the positions too (the policy's `redaction.positions`).
    public var redactPositions = false
    /// Without `redact`: show the reporter's contact from the ledger (asked for by name, `--include-reporter`).
    public var includeReporter = false
    /// `sha256:…` of the signing key, when the report is to be signed.
    public var signerFingerprint: String?
    /// The options as given, recorded in the method section.
    public var options: [String: String]
    /// The command that makes the same record again.
    public var reproduce: String

    public init(caseID: String? = nil, language: Language = .vi, options: [String: String] = [:], reproduce: String = "") {
        self.caseID = caseID
        self.language = language
        self.options = options
        self.reproduce = reproduce
    }
}

/// Builds the court report's record from a verification and the evidence behind it: a pure function of
/// its inputs (no file, no clock), so the same inputs give the same bytes.
public enum ReportBuilder {
    /// Thumbnails shown: spread over the clip, plus the keyframes nearest the pictures findings point at.
    static let evenlySpreadThumbnails = 12
    static let flaggedThumbnails = 4
    /// Timeline entries kept; a longer clip keeps every n-th picture (and every picture a finding names).
    static let timelineLimit = 20_000

    public static func record(_ verification: VerifyReport, evidence: Evidence?, submissions: [ReportSubmission]?, options: ReportOptions,
                              comparison: ComparisonReport? = nil) -> ReportRecord {
        var record = ReportRecord(
            caseID: options.caseID, language: options.language, verification: verification,
            method: method(verification, options: options),
            checks: checks(verification, evidence: evidence),
            limitations: limitations(verification, evidence: evidence, options: options),
            metadataTables: evidence.map { tables($0.inspection) } ?? [],
            timeline: evidence.flatMap { timeline($0, findings: verification.findings) },
            thumbnails: evidence.map { thumbnails($0, findings: verification.findings) } ?? [])
        // The reporter's contact only when asked for by name; with --redact it is kept until Redaction counts and removes it.
        record.submissions = submissions.map { list in
            list.map { s in
                var s = s
                if !options.includeReporter && !options.redact { s.reporter = nil }
                return s
            }
        }
        if let f = options.signerFingerprint { record.signer = ReportSigner(publicKeyFingerprint: f) }
        if let c = comparison {
            record.comparison = c
            record.checks.append(comparisonCheck(c))
        }
        return options.redact ? Redaction.apply(to: record, positions: options.redactPositions) : record
    }

    // MARK: method

    /// A SHA-256 over every detector's id, severity, class and rationale in both languages, in the order they run.
    public static var detectorCatalogue: DetectorCatalogueVersion {
        var text = ""
        for d in DetectorRegistry.all {
            let x = type(of: d).description
            text += [x.id, x.severity.rawValue, x.indicates.rawValue, x.rationale, x.rationaleVi].joined(separator: "\t") + "\n"
        }
        let digest = (try? SHA256Hasher.digest(Array(text.utf8))) ?? []
        return DetectorCatalogueVersion(detectors: DetectorRegistry.all.count, sha256: digest.hexString)
    }

    static func method(_ v: VerifyReport, options: ReportOptions) -> ReportMethod {
        var libraries = LibraryVersions.all(heif: v.kind == .photo)
        for (k, value) in DrawingLibraries.versions { libraries[k] = value }
        return ReportMethod(tool: v.tool, detectorCatalogue: detectorCatalogue, libraries: libraries, options: options.options,
                            analysisTime: v.analysisTime, reproduce: options.reproduce)
    }

    // MARK: checks

    /// Areas in the order a reader meets them, each with the id prefixes it owns. A finding belongs to the
    /// first area (in `matchOrder`) with a prefix of its id.
    static let displayOrder = ["file", "family", "container", "encoding", "time", "place", "metadata", "pictures", "continuity", "signature"]
    static let matchOrder: [(area: String, prefixes: [String])] = [
        ("file", ["media.read.", "media.limit.", "container.structure.", "metadata.read.", "photo.picture.undecodable"]),
        ("family", ["family."]),
        ("signature", ["video.bitstream.signed-video"]),
        ("time", ["metadata.time.", "photo.dates.", "photo.exif.modified-after-capture", "claim.time."]),
        ("place", ["metadata.location.", "claim.place.", "container.layout.android-reservation"]),
        ("continuity", ["video.timestamps.", "video.gop.", "video.stream.", "video.tracks.", "container.editlist."]),
        ("pictures", ["video.frames.", "video.content.", "photo.pixels.", "photo.thumbnail.", "photo.picture."]),
        ("encoding", ["video.bitstream.", "video.format.", "video.double-compression.", "photo.format.", "photo.jpeg.", "photo.icc.", "container.writer.editing-software"]),
        ("container", ["container.", "photo.heif."]),
        ("metadata", ["metadata.", "photo.", "claim."]),
    ]

    public static func area(of id: String) -> String {
        matchOrder.first { $0.prefixes.contains { id.hasPrefix($0) } }?.area ?? "metadata"
    }

    static func checks(_ v: VerifyReport, evidence: Evidence?) -> [ReportCheck] {
        let detectorIDs = DetectorRegistry.all.map { type(of: $0).description.id }
        let undecoded = v.kind == .video && (evidence?.frames == nil)
        return displayOrder.map { area in
            let findings = v.findings.filter { Self.area(of: $0.id) == area }
            let ids = unique(findings.map(\.id))
            let decisive = findings.filter { $0.severity >= .strong && ![.none, .consistentWithOriginal, .inconclusive].contains($0.indicates) }
            let open = findings.filter { ![.none, .consistentWithOriginal].contains($0.indicates) }
            let status: CheckStatus
            let explanation: Message
            if !decisive.isEmpty {
                status = .warning
                explanation = Message("report.status.warning.explain", ["findings": .list(unique(decisive.map(\.id)))])
            } else if !open.isEmpty {
                status = .toBeChecked
                explanation = Message("report.status.to-be-checked.explain", ["findings": .list(unique(open.map(\.id)))])
            } else if area == "pictures" && undecoded {
                status = .toBeChecked
                explanation = Message("report.limit.depth-structure")
            } else {
                status = .ok
                explanation = Message("report.status.ok.explain")
            }
            return ReportCheck(area: area, title: text(Message("report.check." + area)), status: status, explanation: text(explanation),
                               findings: ids, detectors: detectorIDs.filter { Self.area(of: $0) == area })
        }
    }

    /// The comparison with the original as an eleventh check: a proved or located change is a warning, a remux or a
    /// metadata difference to be checked, the same pictures and metadata OK.
    static func comparisonCheck(_ c: ComparisonReport) -> ReportCheck {
        let decisive = c.findings.filter { $0.severity >= .strong && [.edited, .reEncoded].contains($0.indicates) }
        let open = c.findings.filter { ![.none, .consistentWithOriginal].contains($0.indicates) }
        let (status, explanation): (CheckStatus, Message) = !decisive.isEmpty
            ? (.warning, Message("report.status.warning.explain", ["findings": .list(unique(decisive.map(\.id)))]))
            : !open.isEmpty ? (.toBeChecked, Message("report.status.to-be-checked.explain", ["findings": .list(unique(open.map(\.id)))]))
            : (.ok, Message("report.status.ok.explain"))
        return ReportCheck(area: "comparison", title: text(Message("report.check.comparison")), status: status, explanation: text(explanation),
                           findings: unique(c.findings.map(\.id)), detectors: [])
    }

    // MARK: limitations

    static func limitations(_ v: VerifyReport, evidence: Evidence?, options: ReportOptions) -> [ReportText] {
        var out: [Message] = []
        if v.kind == .video {
            switch v.depth {
            case VerifyDepth.structure.rawValue: out.append(Message("report.limit.depth-structure"))
            case VerifyDepth.keyframes.rawValue: out.append(Message("report.limit.depth-keyframes"))
            default: break
            }
        }
        if let e = evidence {
            if e.decodeStopped, let last = e.decodeProblems?.last { out.append(Message("report.limit.decode", ["reason": .text(last.message)])) }
            if let p = e.pixelLimitation { out.append(Message("report.limit.pixels", ["reason": .text(p)])) }
            if let n = e.rawStreamNotDecodedAbove { out.append(Message("report.limit.raw-stream", ["bytes": .int(n)])) }
            if !(e.thumbnails ?? []).isEmpty { out.append(Message("report.limit.thumbnails")) }
        }
        out.append(Message("report.limit.same-layout"))
        out.append(Message("report.limit.scene"))
        out.append(Message("report.limit.clock"))
        if options.redact {
            out.append(Message("report.limit.redacted", [
                "place": options.redactPositions ? .message(Message("report.limit.redacted-place")) : .text(""),
                "placeholder": .text(Redaction.placeholder),
            ]))
        }
        return out.map(text)
    }

    // MARK: metadata tables

    static func tables(_ i: Inspection) -> [MetadataTable] {
        var out: [MetadataTable] = []
        if let exif = i.exif {
            // libexif's names for the directories, and the layout's.
            let order = ["0th", "Exif", "GPS", "Interoperability", "1st"]
            let layoutName = ["0th": "IFD0", "1st": "IFD1", "Interoperability": "Interop"]
            let names = exif.ifds.keys.sorted { (order.firstIndex(of: $0) ?? 99, $0) < (order.firstIndex(of: $1) ?? 99, $1) }
            for name in names {
                let dir = exif.layout?.directory(layoutName[name] ?? name)
                let rows = (exif.ifds[name] ?? []).map { t in
                    MetadataRow(field: t.tag, name: t.name, value: t.value, byteOffset: nil, identifies: t.identifies)
                }
                out.append(MetadataTable(name: "EXIF \(name)", byteOffset: dir.map { exif.tiffHeaderOffset + Int64($0.offset) }, rows: rows))
            }
        }
        if let c = i.container {
            var rows: [MetadataRow] = []
            if let b = c.majorBrand { rows.append(MetadataRow(field: "major_brand", value: b)) }
            if let b = c.compatibleBrands { rows.append(MetadataRow(field: "compatible_brands", value: b.joined(separator: " "))) }
            if let t = c.created { rows.append(MetadataRow(field: "mvhd creation_time", value: t.iso)) }
            if let t = c.modified { rows.append(MetadataRow(field: "mvhd modification_time", value: t.iso)) }
            for (k, value) in c.tags.sorted(by: { $0.key < $1.key }) {
                rows.append(MetadataRow(field: k, value: value, byteOffset: c.tagLocations?[k], identifies: IdentifyingFields.item(k)))
            }
            if !rows.isEmpty { out.append(MetadataTable(name: "Container (\(c.format ?? "?"))", byteOffset: nil, rows: rows)) }
            let items = c.items ?? []
            if !items.isEmpty {
                out.append(MetadataTable(name: "Container metadata items", byteOffset: items.map(\.offset).min(),
                                         rows: items.map { MetadataRow(field: $0.key, name: $0.source, value: $0.value, byteOffset: $0.offset, identifies: $0.identifies) }))
            }
        }
        for x in i.xmp ?? [] {
            let rows = x.properties.sorted { $0.key < $1.key }.map { k, value in
                MetadataRow(field: k, value: value, byteOffset: nil, identifies: x.identifying?[k] ?? IdentifyingFields.xmpProperty(k))
            }
            out.append(MetadataTable(name: "XMP (\(x.location))", byteOffset: x.offset, rows: rows))
        }
        if let facts = i.metadata.capture {
            var rows = facts.times.map { MetadataRow(field: $0.source, value: $0.value, byteOffset: $0.byteOffset) }
            rows += facts.places.map { p in
                MetadataRow(field: p.source, value: coordinates(p.lat, p.lon) + (p.altitude.map { ", \(MessageRenderer.decimal($0, places: 1, comma: false)) m" } ?? ""), byteOffset: p.byteOffset, identifies: .place)
            }
            if let track = facts.track, let first = track.first, let last = track.last {
                rows.append(MetadataRow(field: "GPS track (\(track.count) fixes)", value: coordinates(first.lat, first.lon) + " … " + coordinates(last.lat, last.lon), identifies: .place))
            }
            if !rows.isEmpty { out.append(MetadataTable(name: "Capture time and place statements", byteOffset: nil, rows: rows)) }
        }
        return out
    }

    static func coordinates(_ lat: Double, _ lon: Double) -> String {
        MessageRenderer.decimal(lat, places: 7, comma: false) + ", " + MessageRenderer.decimal(lon, places: 7, comma: false)
    }

    // MARK: timeline and thumbnails

    static func flaggedFrames(_ findings: [Finding]) -> [Int] {
        unique(findings.compactMap { $0.location?.frame.map(Int.init) })
    }

    static func timeline(_ e: Evidence, findings: [Finding]) -> ReportTimeline? {
        guard let frames = e.frames, !frames.isEmpty else { return nil }
        let step = max(1, (frames.count + timelineLimit - 1) / timelineLimit)
        let flagged = Set(flaggedFrames(findings))
        var pictures: [TimelinePicture] = []
        var previous: FrameRecord? = nil
        for (n, f) in frames.enumerated() {
            defer { previous = f }
            guard n % step == 0 || flagged.contains(f.index) else { continue }
            pictures.append(TimelinePicture(frame: f.index, seconds: f.seconds.map { ($0 * 1000).rounded() / 1000 }, type: f.pictureType, key: f.key,
                                            bytes: f.packetSize, distance: previous.map { f.pdq.distance(to: $0.pdq) }))
        }
        return ReportTimeline(pictures: pictures, decodedPictures: frames.count, packets: e.packets?.count)
    }

    static func thumbnails(_ e: Evidence, findings: [Finding]) -> [ReportThumbnail] {
        let all = e.thumbnails ?? []
        guard !all.isEmpty else { return [] }
        var chosen = Set<Int>()
        if all.count <= evenlySpreadThumbnails {
            chosen = Set(all.indices)
        } else {
            for k in 0..<evenlySpreadThumbnails { chosen.insert(k * (all.count - 1) / (evenlySpreadThumbnails - 1)) }
        }
        for frame in flaggedFrames(findings).prefix(flaggedThumbnails) {
            // The keyframe at or before the picture the finding names.
            if let i = all.lastIndex(where: { ($0.frame ?? 0) <= frame }) { chosen.insert(i) }
        }
        return chosen.sorted().compactMap { i in
            let t = all[i]
            guard let png = PNG.encodeGrey(t.pixels, width: t.width, height: t.height) else { return nil }
            return ReportThumbnail(frame: t.frame, seconds: t.seconds.map { ($0 * 1000).rounded() / 1000 }, width: t.width, height: t.height,
                                   png: Data(png).base64EncodedString())
        }
    }

    // MARK: helpers

    static func text(_ m: Message) -> ReportText {
        ReportText(key: m.key, en: MessageRenderer.render(m, .en), vi: MessageRenderer.render(m, .vi))
    }

    static func unique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }
    static func unique(_ xs: [Int]) -> [Int] {
        var seen = Set<Int>()
        return xs.filter { seen.insert($0).inserted }
    }
}
