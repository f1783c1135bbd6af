/// Compares what a submission claims (time and place of the violation) with what its file states (issue 15).
///
/// Judgement over values only: the file's `CaptureFacts` (every time and position it states, with where) and
/// the claims. A claim is *contradicted* only when no statement in the file comes within the policy's
/// tolerance; it is *unsupported* when the file states nothing to compare with — that is not a contradiction,
/// and the finding says so. A contradiction is `strong` and indicates `inconclusive`: the claim or the file's
/// metadata is false, and an officer must look; it never accuses the file of being edited.
///
/// Examples (ClaimCheckTests):
/// - a clip whose `mvhd` says 2026-12-01T01:30:00Z (08:30 in Vietnam), claimed `2026-12-03T08:30:00+07:00`:
///   `claim.time.contradicted`, strong, inconclusive, difference 172 800 s, location the `mvhd` byte offset;
/// - the same clip claimed `2026-12-01T08:31:00+07:00`: `claim.time.consistent`, info;
/// - a photo at 21.8537, 106.7615 claimed at 21.8800, 106.7615 (2.9 km north): `claim.place.contradicted`;
/// - a photo with no position, any claimed place: `claim.place.unsupported`, info.
public enum ClaimCheck {
    /// The claim findings for one file's metadata.
    public static func findings(_ claims: Claims, metadata: MediaMetadata, tolerance: ClaimTolerance) -> [Finding] {
        var out: [Finding] = []
        if let t = claims.time { out.append(timeFinding(t, metadata: metadata, tolerance: tolerance)) }
        if let p = claims.place { out.append(placeFinding(p, capture: metadata.capture, tolerance: tolerance)) }
        return out
    }

    /// The report with the claims recorded, their findings added and the verdict aggregated again.
    public static func apply(_ claims: Claims, to report: VerifyReport, policy: Policy) -> VerifyReport {
        guard !claims.isEmpty else { return report }
        var r = report
        r.claims = claims
        r.findings.removeAll { $0.id.hasPrefix("claim.") }
        r.findings += findings(claims, metadata: report.metadata, tolerance: policy.claims)
        // A file that could not be read keeps its verdict: a claim cannot make it readable or less so.
        if report.verdict.class != .unreadable { r.verdict = VerdictAggregator.verdict(r.findings, policy: policy) }
        return r
    }

    // MARK: time

    static func timeFinding(_ claimed: String, metadata: MediaMetadata, tolerance: ClaimTolerance) -> Finding {
        let assumed = Int64(tolerance.zoneOffsetMinutes) * 60
        // The claim as a UTC instant and as local civil seconds (both as "seconds since 1970").
        let claimUTC: Int64, claimLocal: Int64, zoneStated: Bool
        if let utc = CivilTime.instant(claimed) {
            claimUTC = utc
            if let local = CivilTime.unixSeconds(claimed), claimed.utf8.count >= 20 {
                claimLocal = local
            } else {
                claimLocal = utc + assumed
            }
            zoneStated = true
        } else if let local = CivilTime.unixSeconds(claimed) {
            claimLocal = local
            claimUTC = local - assumed
            zoneStated = false
        } else {
            return finding("claim.time.unparsed", .info, .none, ["claimed": .text(claimed)], ["claimed": .string(claimed)])
        }
        let sources = metadata.capture?.times ?? []
        guard !sources.isEmpty else {
            return finding("claim.time.unsupported", .info, .none, ["claimed": .text(claimed)], ["claimed": .string(claimed)])
        }
        let span = Int64((metadata.durationSeconds ?? 0).rounded(.up))
        var best: (source: TimeSource, difference: Int64, inUTC: Bool)?
        for s in sources {
            let start: Int64, claim: Int64, inUTC: Bool
            if let utc = s.utcSeconds {
                (start, claim, inUTC) = (utc, claimUTC, true)
            } else if let local = CivilTime.unixSeconds(s.value) {
                (start, claim, inUTC) = (local, claimLocal, false)
            } else {
                continue
            }
            // A clip covers [start, start + duration]: a claimed moment inside it is 0 s away.
            let d = claim < start ? start - claim : max(0, claim - start - span)
            if best == nil || d < best!.difference { best = (s, d, inUTC) }
        }
        guard let best else {
            return finding("claim.time.unsupported", .info, .none, ["claimed": .text(claimed)], ["claimed": .string(claimed)])
        }
        var evidence: [String: EvidenceValue] = [
            "claimed": .string(claimed), "source": .string(best.source.source), "stated": .string(best.source.value),
            "differenceSeconds": .int(best.difference), "toleranceSeconds": .int(Int64(tolerance.timeSeconds)),
            "comparedAs": .string(best.inUTC ? "utc" : "local"),
        ]
        if let o = best.source.byteOffset { evidence["byteOffset"] = .int(o) }
        if !zoneStated && best.inUTC { evidence["assumedZoneOffsetMinutes"] = .int(Int64(tolerance.zoneOffsetMinutes)) }
        let args: [String: MessageArgument] = [
            "claimed": .text(claimed), "source": .text(best.source.source), "stated": .text(best.source.value),
            "difference": .number(best.difference), "hours": .decimal(Double(best.difference) / 3600, places: 1),
            "tolerance": .number(Int64(tolerance.timeSeconds)),
        ]
        if Double(best.difference) <= tolerance.timeSeconds {
            return finding("claim.time.consistent", .info, .none, args, evidence)
        }
        return finding("claim.time.contradicted", .strong, .inconclusive, args, evidence)
    }

    // MARK: place

    static func placeFinding(_ claimed: ClaimedPlace, capture: CaptureFacts?, tolerance: ClaimTolerance) -> Finding {
        // Every stated position, and every fix of a moving camera's GPS track (the violation may be anywhere on it).
        let places = (capture?.places ?? []) + (capture?.track ?? []).map {
            PlaceSource(source: "GoPro GPMF GPS track at \($0.seconds.map { "\($0)" } ?? "?") s", lat: $0.lat, lon: $0.lon, altitude: $0.altitude, byteOffset: $0.byteOffset)
        }
        guard let lat = claimed.lat, let lon = claimed.lon else {
            let text = claimed.address ?? ""
            if let p = places.first {
                var e: [String: EvidenceValue] = ["claimedAddress": .string(text), "source": .string(p.source)]
                if let o = p.byteOffset { e["byteOffset"] = .int(o) }
                return finding("claim.place.address", .info, .none,
                               ["address": .text(text), "lat": .decimal(p.lat, places: 6), "lon": .decimal(p.lon, places: 6), "source": .text(p.source)], e)
            }
            return finding("claim.place.address-no-position", .info, .none, ["address": .text(text)], ["claimedAddress": .string(text)])
        }
        let claimedText = "\(lat),\(lon)"
        guard !places.isEmpty else {
            return finding("claim.place.unsupported", .info, .none, ["claimed": .text(claimedText)], ["claimedLat": .double(lat), "claimedLon": .double(lon)])
        }
        let nearest = places.map { ($0, CaptureFacts.metres(lat, lon, $0.lat, $0.lon)) }.min { $0.1 < $1.1 }!
        let metres = (nearest.1 * 10).rounded() / 10
        var evidence: [String: EvidenceValue] = [
            "claimedLat": .double(lat), "claimedLon": .double(lon), "source": .string(nearest.0.source),
            "statedLat": .double(nearest.0.lat), "statedLon": .double(nearest.0.lon),
            "distanceMetres": .double(metres), "toleranceMetres": .double(tolerance.placeMetres),
        ]
        if let o = nearest.0.byteOffset { evidence["byteOffset"] = .int(o) }
        let args: [String: MessageArgument] = [
            "claimed": .text(claimedText), "source": .text(nearest.0.source),
            "stated": .text("\(nearest.0.lat),\(nearest.0.lon)"), "metres": .decimal(metres, places: 0),
            "km": .decimal(metres / 1000, places: 1), "tolerance": .decimal(tolerance.placeMetres, places: 0),
        ]
        if metres <= tolerance.placeMetres {
            return finding("claim.place.consistent", .info, .none, args, evidence)
        }
        return finding("claim.place.contradicted", .strong, .inconclusive, args, evidence)
    }

    static func finding(_ key: String, _ severity: Severity, _ indicates: VerdictClass, _ args: [String: MessageArgument], _ evidence: [String: EvidenceValue]) -> Finding {
        let id = key.split(separator: ".").prefix(3).joined(separator: ".")
        return Finding(id: id, severity: severity, indicates: indicates, message: Message(key, args), evidence: evidence)
    }
}
