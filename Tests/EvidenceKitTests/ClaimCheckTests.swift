@testable import EvidenceKit
import Foundation
import Testing

/// The claim check (issue 15): a claimed time or place is contradicted only when nothing in the file comes within
/// the tolerance; a file with nothing to compare is "unsupported", never contradicted.
@Suite struct ClaimCheckTests {
    /// A clip recorded 2017-02-22T08:20:28Z, 10 s long, at 51.4169, −0.0806 (the corpus Android clip's values).
    static let clip = MediaMetadata(durationSeconds: 10, streams: [], capture: CaptureFacts(
        times: [TimeSource(source: "mvhd creation time (UTC by the standard)", value: "2017-02-22T08:20:28Z", utcSeconds: 1_487_751_628, byteOffset: 241_436)],
        places: [PlaceSource(source: "QuickTime udta ©xyz", lat: 51.4169, lon: -0.0806, byteOffset: 241_584)]))

    func check(time: String? = nil, place: String? = nil, _ m: MediaMetadata = Self.clip) -> [Finding] {
        ClaimCheck.findings(Claims(time: time, place: place.map(ClaimedPlace.init(parsing:))), metadata: m, tolerance: ClaimTolerance())
    }

    @Test func twoDaysAndThreeKilometresAwayAreContradictedWithBothFigures() throws {
        let f = check(time: "2017-02-24T15:20:28+07:00", place: "51.4439,-0.0806")
        let time = try #require(f.first { $0.id == "claim.time.contradicted" })
        #expect(time.severity == .strong && time.indicates == .inconclusive)
        #expect(time.evidence["differenceSeconds"] == .int(2 * 86_400 - 10)) // the clip's 10 s span counts as "at" it
        #expect(time.location?.byteOffset == 241_436)
        #expect(time.message.contains("172790 s") && time.messageVi.contains("172790 giây"))
        let place = try #require(f.first { $0.id == "claim.place.contradicted" })
        #expect(place.severity == .strong && place.indicates == .inconclusive)
        guard case let .double(m)? = place.evidence["distanceMetres"] else { Issue.record("no distance"); return }
        #expect(abs(m - 3002.3) < 1, "0.027° of latitude is 3.0 km: \(m)")
        #expect(place.location?.byteOffset == 241_584)
        #expect(place.message.contains("3002 m") && place.messageVi.contains("3002 m"))
    }

    @Test func twoMinutesAndFiftyMetresAgree() {
        let f = check(time: "2017-02-22T15:22:28+07:00", place: "51.41735,-0.0806")
        #expect(f.map(\.id).sorted() == ["claim.place.consistent", "claim.time.consistent"])
        #expect(f.allSatisfy { $0.severity == .info && $0.indicates == .none })
    }

    @Test func aMomentInsideTheClipIsZeroSecondsAway() {
        let f = check(time: "2017-02-22T08:20:35Z")
        #expect(f.first?.evidence["differenceSeconds"] == .int(0))
    }

    @Test func aClaimWithoutZoneIsLocalTimeAtTheAssumedOffset() {
        // 15:20:28 in Vietnam (+07:00) is 08:20:28Z: consistent; the assumed offset is recorded.
        let f = check(time: "2017-02-22T15:20:28")
        #expect(f.first?.id == "claim.time.consistent")
        #expect(f.first?.evidence["assumedZoneOffsetMinutes"] == .int(420))
    }

    @Test func nothingToCompareIsUnsupportedNotContradicted() {
        let bare = MediaMetadata(streams: [])
        let f = check(time: "2026-12-01T08:30:00+07:00", place: "21.85,106.76", bare)
        #expect(f.map(\.id).sorted() == ["claim.place.unsupported", "claim.time.unsupported"])
        #expect(f.allSatisfy { $0.severity == .info })
    }

    @Test func anAddressIsNotLookedUp() {
        let f = check(place: "Km 3, Quốc lộ 1A, Lạng Sơn")
        #expect(f.first?.id == "claim.place.address")
        #expect(f.first?.messageVi.contains("không tra cứu địa chỉ") == true)
    }

    @Test func anUnreadableClaimSaysSo() {
        #expect(check(time: "yesterday morning").first?.id == "claim.time.unparsed")
    }

    @Test func aTrackPointNearTheClaimSupportsIt() {
        var m = Self.clip
        m.capture?.track = [GPSTrackPoint(lat: 51.50, lon: -0.0806, seconds: 5, byteOffset: 1000)]
        let f = check(place: "51.5001,-0.0806", m)
        #expect(f.first?.id == "claim.place.consistent")
        #expect(f.first?.location?.byteOffset == 1000)
    }

    @Test func applyAggregatesTheVerdictAgain() {
        let recognised = Finding(id: "family.writer.recognised", severity: .info, indicates: .consistentWithOriginal, message: "m", messageVi: "m", evidence: ["box": "moov"])
        let report = VerifyReport(file: FileIdentity(path: "a.mp4", bytes: 1, sha256: "x"), kind: .video, metadata: Self.clip, findings: [recognised],
                                  verdict: VerdictAggregator.verdict([recognised]), depth: "structure")
        #expect(report.verdict.class == .consistentWithOriginal)
        let claimed = ClaimCheck.apply(Claims(time: "2017-02-24T08:20:28Z"), to: report, policy: .default)
        #expect(claimed.verdict.class == .inconclusive && claimed.verdict.decision == .review)
        #expect(claimed.verdict.reasons == ["claim.time.contradicted"])
        #expect(claimed.claims?.time == "2017-02-24T08:20:28Z")
    }

    @Test func policyTolerancesAndLimitsLoad() throws {
        let p = try Policy.load(json: Array(#"{"edited": "reject", "claims": {"timeToleranceSeconds": 60, "placeToleranceMetres": 20}, "limits": {"wallSeconds": 5, "memoryMiB": 300}}"#.utf8))
        #expect(p.claims.timeSeconds == 60 && p.claims.placeMetres == 20 && p.limits.wallSeconds == 5 && p.limits.memoryMiB == 300)
        #expect(throws: PolicyError.self) { try Policy.load(json: Array(#"{"limits": {"speed": 5}}"#.utf8)) }
        #expect(throws: PolicyError.self) { try Policy.load(json: Array(#"{"claims": "loose"}"#.utf8)) }
    }

    @Test func gpmfFixesDecodeFromKLV() throws {
        // DEVC { STRM { SCAL l×3, GPSU, GPSF, GPS5 } } built by hand.
        func klv(_ key: String, _ type: Character, _ size: Int, _ count: Int, _ body: [UInt8]) -> [UInt8] {
            var b = Array(key.utf8) + [type.asciiValue ?? 0, UInt8(size), UInt8(count >> 8), UInt8(count & 0xff)] + body
            while b.count % 4 != 0 { b.append(0) }
            return b
        }
        func be(_ v: Int32) -> [UInt8] { withUnsafeBytes(of: v.bigEndian, Array.init) }
        let strm = klv("SCAL", "l", 4, 3, be(10_000_000) + be(10_000_000) + be(1000))
            + klv("GPSU", "U", 16, 1, Array("261201083000.000".utf8))
            + klv("GPSF", "L", 4, 1, be(3))
            + klv("GPS5", "l", 20, 1, be(218_537_000) + be(1_067_615_000) + be(260_000) + be(0) + be(0))
        let devc = klv("DEVC", "\0", 1, strm.count + 8, klv("STRM", "\0", 1, strm.count, strm))
        let fixes = GPMF.fixes(devc)
        let f = try #require(fixes.first)
        #expect(abs(f.lat - 21.8537) < 1e-9 && abs(f.lon - 106.7615) < 1e-9 && abs(f.alt - 260) < 1e-9)
        #expect(f.utc == "2026-12-01T08:30:00Z" && f.fix == 3)
        // A declared length past the end stops the walk, never reads beyond.
        #expect(GPMF.fixes(Array(devc.prefix(40))).isEmpty)
    }
}
