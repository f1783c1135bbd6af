@testable import EvidenceKit
import Foundation
import Testing

/// The camera families on a real original with one fact changed at a time: what a genuine recording can look
/// like (a mountain road above 999 m, a ten-minute clip) stays recognised; what a metadata editor writes does not.
@Suite struct FamilyTests {
    static let iPad = "phone-video/apple_ipadmini_ios17.0_hevc720p.mov"

    func evidence() throws -> Evidence {
        let path = HeifPixelTests.corpus.appendingPathComponent(Self.iPad).path
        return Evidence(inspection: try Inspector().inspect(path: path))
    }

    func withLocation(_ e: Evidence, _ value: String) -> Evidence {
        var e = e
        let items = e.inspection.container?.items ?? []
        e.inspection.container?.items = items.map { i in
            var i = i
            if i.key == "com.apple.quicktime.location.ISO6709" { i.value = value }
            return i
        }
        return e
    }

    func recognised(_ e: Evidence) -> Bool { !FamilyRecognisedDetector().run(e).isEmpty }

    @Test(.enabled(if: HeifPixelTests.available, HeifPixelTests.missing))
    func locationAltitudeHasAsManyDigitsAsItNeeds() throws {
        let e = try evidence()
        #expect(recognised(e))
        #expect(recognised(withLocation(e, "+21.8537+106.7615+1541.250/")), "Mau Son, 1541 m")
        #expect(recognised(withLocation(e, "+21.8537+106.7615-012.300/")))
        #expect(recognised(withLocation(e, "+21.8537+106.7615/")), "no altitude fix")
        // ExifTool's GPSCoordinates writer: altitude without the leading zero.
        let exiftool = withLocation(e, "+21.0285+105.8048+10.000/")
        #expect(!recognised(exiftool))
        #expect(FamilyInvariantDetector().run(exiftool).contains { $0.evidence["invariant"] == .string("apple.movie.location-format") && $0.severity == .strong })
    }

    @Test(.enabled(if: HeifPixelTests.available, HeifPixelTests.missing))
    func aLongRecordingIsModifiedWhenItEnds() throws {
        var e = try evidence()
        let created = try #require(e.inspection.container?.created)
        // A ten-minute clip whose header is stamped when recording stops.
        e.inspection.container?.durationSeconds = 600
        e.inspection.container?.modified = BoxTime(raw: created.raw + 598)
        for i in e.inspection.container?.tracks?.indices ?? 0..<0 {
            e.inspection.container?.tracks?[i].modified = BoxTime(raw: created.raw + 598)
            e.inspection.container?.tracks?[i].mediaModified = BoxTime(raw: created.raw + 598)
        }
        #expect(recognised(e))
        // Modified a day after a 600 s clip was created: not the camera's own stamp.
        e.inspection.container?.modified = BoxTime(raw: created.raw + 86_400)
        #expect(!recognised(e))
    }
}
