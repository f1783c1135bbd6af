import EvidenceKit
import Foundation
import Testing

/// The bundled synthetic fixtures: values fixed when they were made (Fixtures/README.md).
@Suite struct FixtureTests {
    let clip = Paths.packageRoot.appendingPathComponent("Fixtures/example-clip.mp4").path
    let photo = Paths.packageRoot.appendingPathComponent("Fixtures/example-photo.jpg").path

    @Test func inspectClipJSON() throws {
        let r = try evidence("inspect", "--json", clip)
        #expect(r.status == 0, "\(r.stderr)")
        let i = try #require(try inspections(r.stdout).first)
        #expect(i.schemaVersion == 1)
        #expect(i.kind == .video)
        #expect(i.file.bytes == 42833)
        #expect(i.file.sha256 == "62acaed2aed9a9a5bdff70f3ec45c973d579d09f2f89f96b63a3d17f27080fae")
        #expect(i.metadata.container == "MP4 (isom)")
        #expect(i.metadata.durationSeconds == 2.0)
        let v = try #require(i.metadata.streams.first { $0.type == "video" })
        #expect(v.codec == "h264")
        #expect(v.width == 320 && v.height == 240)
        #expect(v.averageFrameRate == "25/1")
        #expect(v.frameCount == 50)
        let a = try #require(i.metadata.streams.first { $0.type == "audio" })
        #expect(a.codec == "aac" && a.sampleRate == 22050 && a.channels == 1)
        // -movflags +faststart: moov before mdat
        #expect(i.container?.topLevelOrder == ["ftyp", "moov", "free", "mdat"])
        #expect(i.structure.coverage?.complete == true)
        #expect(i.container?.tags["encoder"]?.hasPrefix("Lavf59") == true)
    }

    @Test func inspectPhotoJSON() throws {
        let r = try evidence("inspect", "--json", photo)
        #expect(r.status == 0, "\(r.stderr)")
        let i = try #require(try inspections(r.stdout).first)
        #expect(i.kind == .photo)
        #expect(i.metadata.device == Device(make: "EvidenceKit", model: "Synthetic fixture", software: "ffmpeg testsrc2 + exiftool", source: "EXIF 0th IFD"))
        #expect(i.metadata.captureTime == "2026-11-29T09:30:00+07:00")
        let gps = try #require(i.metadata.gps)
        #expect(abs(gps.lat - 21.853708) < 1e-6 && abs(gps.lon - 106.761519) < 1e-6)
        #expect(i.metadata.imageWidth == 640 && i.metadata.imageHeight == 480)
        #expect(i.structure.segments?.first?.marker == "SOI")
        #expect(i.structure.segments?.last?.marker == "EOI")
        #expect(i.structure.coverage?.complete == true)
        #expect(i.exif?.ifds["GPS"]?.contains { $0.name == "GPSLatitude" } == true)
    }

    @Test func humanSummaryLeadsWithWhatAnOfficerAsks() throws {
        let r = try evidence("inspect", "--summary", photo)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines[1].hasPrefix("Kind"))
        #expect(lines[2] == "Device      EvidenceKit Synthetic fixture, software ffmpeg testsrc2 + exiftool  [EXIF 0th IFD]")
        #expect(lines[3].hasPrefix("Captured    2026-11-29T09:30:00+07:00"))
        #expect(lines[4].hasPrefix("Place       21.853708, 106.761519"))
    }

    @Test func hashLinesAreAcceptedBySha256sum() throws {
        let r = try evidence("hash", clip, photo)
        #expect(r.status == 0)
        #expect(r.stdout == "62acaed2aed9a9a5bdff70f3ec45c973d579d09f2f89f96b63a3d17f27080fae  \(clip)\n2edb6cd26c689999a61225a396ddadd1a7e68e045d6c0a4c986381bf44e8ec3a  \(photo)\n")
        let dir = try TempDir()
        let sums = dir.url.appendingPathComponent("SHA256SUMS")
        try r.stdout.write(to: sums, atomically: true, encoding: .utf8)
        let check = try run("/usr/bin/sha256sum", ["-c", sums.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func jsonIsByteStableAcrossRuns() throws {
        let a = try evidence("inspect", "--json", clip, photo)
        let b = try evidence("inspect", "--json", clip, photo)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.split(separator: "\n").count == 2)
    }
}
