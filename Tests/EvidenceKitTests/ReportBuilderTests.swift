@testable import EvidenceKit
import Foundation
import Testing

/// The report's record built from hand-made verifications (issue 17): areas, statuses, redaction, thumbnails.
@Suite struct ReportBuilderTests {
    static func verification(_ findings: [Finding], kind: MediaKind = .video, depth: String = "full") -> VerifyReport {
        var file = FileIdentity(path: "/uploads/NguyenVanA_2026-12-01.mp4", bytes: 100, sha256: String(repeating: "ab", count: 32))
        file.videoPackets = 3
        let verdict = VerdictAggregator.verdict(findings, policy: .default)
        return VerifyReport(file: file, kind: kind, metadata: MediaMetadata(streams: []), findings: findings, verdict: verdict, depth: depth,
                            analysisTime: "2026-12-05T01:00:00Z")
    }

    static func finding(_ id: String, _ severity: Severity, _ indicates: VerdictClass, _ text: String = "x", evidence: [String: EvidenceValue] = [:]) -> Finding {
        Finding(id: id, severity: severity, indicates: indicates, message: text, messageVi: text, evidence: evidence)
    }

    @Test func everyDetectorFallsInOneOfTheTenAreas() {
        let ids = DetectorRegistry.all.map { type(of: $0).description.id } + ["claim.time.contradicted", "claim.place.consistent", "media.limit.memory"]
        for id in ids { #expect(ReportBuilder.displayOrder.contains(ReportBuilder.area(of: id)), "\(id)") }
        #expect(ReportBuilder.area(of: "video.bitstream.signed-video") == "signature")
        #expect(ReportBuilder.area(of: "video.bitstream.encoder-banner") == "encoding")
        #expect(ReportBuilder.area(of: "container.editlist.cut") == "continuity")
        #expect(ReportBuilder.area(of: "claim.place.contradicted") == "place")
        #expect(ReportBuilder.area(of: "photo.picture.undecodable") == "file")
    }

    @Test func statusesFollowSeverityAndClass() throws {
        let v = Self.verification([
            Self.finding("video.content.discontinuity", .strong, .edited, evidence: ["frame": 120]),
            Self.finding("video.timestamps.gap", .weak, .edited),
            Self.finding("metadata.device.identified", .info, .none),
            Self.finding("family.writer.unrecognised", .strong, .inconclusive),
        ])
        let r = ReportBuilder.record(v, evidence: nil, submissions: nil, options: ReportOptions(language: .vi))
        let status = Dictionary(uniqueKeysWithValues: r.checks.map { ($0.area, $0.status) })
        #expect(r.checks.map(\.area) == ReportBuilder.displayOrder)
        #expect(status["pictures"] == .warning)
        #expect(status["continuity"] == .toBeChecked)
        #expect(status["metadata"] == .ok, "context alone is OK")
        #expect(status["family"] == .toBeChecked, "not recognised is to be checked, not a warning")
        #expect(status["time"] == .ok)
        let pictures = try #require(r.checks.first { $0.area == "pictures" })
        #expect(pictures.findings == ["video.content.discontinuity"])
        #expect(pictures.explanation.vi.contains("video.content.discontinuity") && pictures.title.vi == "Nội dung hình ảnh")
        // Without decoded pictures, picture content is to be checked and the limitation says why.
        let undecoded = ReportBuilder.record(Self.verification([], depth: "structure"), evidence: Evidence(inspection: Self.inspection()), submissions: nil, options: ReportOptions())
        #expect(undecoded.checks.first { $0.area == "pictures" }?.status == .toBeChecked)
        #expect(undecoded.limitations.first?.key == "report.limit.depth-structure")
    }

    static func inspection() -> Inspection {
        Inspection(file: FileIdentity(path: "a", bytes: 1, sha256: ""), kind: .video, metadata: MediaMetadata(streams: []),
                   structure: StructureReport(format: "iso-bmff", notes: []), problems: [], tool: ToolInfo())
    }

    @Test func redactionRemovesMarkedValuesEverywhereAndCountsThem() throws {
        let serial = "LAE6101112400243", owner = "Trần Thị Mai"
        let v = Self.verification([Self.finding("metadata.device.identified", .info, .none, "Lens \(serial), owner \(owner)", evidence: ["value": .string(serial)])])
        var r = ReportBuilder.record(v, evidence: nil, submissions: [ReportSubmission(submission: "S-1", ledgerSeq: 4, receivedTime: nil, channel: "zalo", claims: nil,
                                                                                      reporter: ReporterContact(name: "Lê Văn Hùng", phone: "0912000111"))],
                                     options: ReportOptions())
        #expect(r.submissions?.first?.reporter == nil, "the reporter only when asked for by name")
        r.metadataTables = [MetadataTable(name: "Container metadata items", byteOffset: 10, rows: [
            MetadataRow(field: "LENS", value: serial, byteOffset: 10, identifies: .device),
            MetadataRow(field: "©aut", value: owner, byteOffset: 40, identifies: .person),
            MetadataRow(field: "FIRM", value: "HD5.02", byteOffset: 60),
        ])]
        r.submissions?[0].reporter = ReporterContact(name: "Lê Văn Hùng", phone: "0912000111")
        let red = Redaction.apply(to: r, positions: false)
        let text = try CanonicalJSON.encode(red)
        for gone in [serial, owner, "Lê Văn Hùng", "0912000111", "NguyenVanA_2026-12-01", "/uploads/"] {
            #expect(!text.contains(gone), "\(gone) left in the redacted record")
        }
        #expect(text.contains("HD5.02"), "unmarked values stay")
        #expect(red.verification.file.sha256 == v.file.sha256)
        #expect(red.redaction?.removed == ["device": 1, "person": 1, "reporter": 2, "file name": 3])
        #expect(red.verification.findings[0].message == "Lens [—], owner [—]")
    }

    @Test func thumbnailsTurnAsTheFileSaysTheyAreShown() {
        // 3 wide, 2 high: 1 2 3 / 4 5 6
        let p: [UInt8] = [1, 2, 3, 4, 5, 6]
        let r90 = Thumbnailer.rotate(p, width: 3, height: 2, degrees: 90)
        #expect(r90.width == 2 && r90.height == 3 && r90.pixels == [4, 1, 5, 2, 6, 3])
        let r270 = Thumbnailer.rotate(p, width: 3, height: 2, degrees: 270)
        #expect(r270.pixels == [3, 6, 2, 5, 1, 4])
        #expect(Thumbnailer.rotate(p, width: 3, height: 2, degrees: 180).pixels == [6, 5, 4, 3, 2, 1])
        #expect(Thumbnailer.rotation(exifOrientation: 6) == 90 && Thumbnailer.rotation(exifOrientation: 8) == 270)
    }
}
