/// A camera writer family: how one kind of camera firmware writes its files, as invariants that every
/// original of the family satisfies, each with the originals that support it.
///
/// Acceptance rests on this positive model (issue 14): a file is `consistent-with-original` only when a
/// family claims it (its own metadata names the family) and every invariant of that family holds. A file
/// that claims a family and breaks an invariant gets a finding naming the invariant and the bytes; a file
/// no family claims is `inconclusive`, with the nearest family and what differs. Invariants describe how
/// cameras write, not how editors write, so an editor nobody here has tried still breaks them.
///
/// One original is not a rule: an invariant seen on one device only is `weak` (it never accuses on its
/// own, but a file that breaks it is not recognised either, so it is not accepted).
public struct CameraFamily: Sendable {
    public var id: String
    public var name: String
    public var nameVi: String
    public var kind: MediaKind
    /// What in the file claims this family (EXIF Make, handler names, keys…), or nil when nothing does.
    public var claim: @Sendable (Evidence) -> Message?
    /// The family's own originals in the corpus. An invariant shared by several families (how a GPS fix is
    /// written) can rest on more originals than the family has: its support counts every maker that shows it.
    public var originals: [String]
    public var invariants: [FamilyInvariant]
}

/// One thing every original of a family does, with the corpus originals that show it.
public struct FamilyInvariant: Sendable {
    public var id: String
    public var text: String
    public var textVi: String
    /// The originals (device and file) that satisfy it; two or more make it `strong`.
    public var supportedBy: [String]
    /// The verdict class a file that breaks it points to.
    public var indicates: VerdictClass
    public var check: @Sendable (Evidence) -> InvariantCheck

    public var severity: Severity { supportedBy.count >= 2 ? .strong : .weak }
}

/// The outcome of one invariant on one file.
public enum InvariantCheck: Sendable, Equatable {
    case holds
    /// The invariant is about something the file does not have (no GPS, no audio track…).
    case notApplicable
    /// Broken: what differs, in both languages, and where.
    case broken(en: String, vi: String, location: [String: EvidenceValue])
}

/// How a file fared against the family catalogue: the family that claims it (if any) and each
/// invariant's outcome; computed by the three family detectors from the same pure function.
public struct FamilyMatch: Sendable {
    public var family: CameraFamily
    /// What in the file claims the family (English), and the same as a phrase for either language.
    public var claimedBy: String? { claimMessage.map { MessageRenderer.render($0, .en) } }
    public var claimMessage: Message?
    public var broken: [(invariant: FamilyInvariant, en: String, vi: String, location: [String: EvidenceValue])]
    public var held: [FamilyInvariant]

    public var recognised: Bool { claimedBy != nil && broken.isEmpty }

    static func evaluate(_ family: CameraFamily, _ e: Evidence) -> FamilyMatch {
        var broken: [(FamilyInvariant, String, String, [String: EvidenceValue])] = []
        var held: [FamilyInvariant] = []
        for inv in family.invariants {
            switch inv.check(e) {
            case .holds: held.append(inv)
            case .notApplicable: break
            case let .broken(en, vi, location): broken.append((inv, en, vi, location))
            }
        }
        return FamilyMatch(family: family, claimMessage: family.claim(e), broken: broken.map { ($0.0, $0.1, $0.2, $0.3) }, held: held)
    }

    /// The family that claims the file (the one it fits best when several do), or nil.
    public static func claiming(_ e: Evidence) -> FamilyMatch? {
        FamilyCatalogue.all.filter { $0.kind == e.inspection.kind }.map { evaluate($0, e) }.filter { $0.claimedBy != nil }
            .min { ($0.broken.count, -$0.held.count) < ($1.broken.count, -$1.held.count) }
    }

    /// The family of the same kind the file comes closest to when none claims it: most invariants held.
    public static func nearest(_ e: Evidence) -> FamilyMatch? {
        FamilyCatalogue.all.filter { $0.kind == e.inspection.kind }.map { evaluate($0, e) }
            .max { ($0.held.count, -$0.broken.count) < ($1.held.count, -$1.broken.count) }
    }
}

// MARK: - Shared facts and checks

extension Evidence {
    /// A QuickTime `keys` item (`com.apple.quicktime.make`, `com.android.version`…).
    func keysItem(_ key: String) -> MetadataItem? { items.first { $0.source == "keys" && $0.key == key } }
    /// A `udta` item (`©xyz`, `FIRM`…).
    func udtaItem(_ key: String) -> MetadataItem? { items.first { $0.source == "udta" && $0.key == key } }
    var tracks: [TrackFacts] { container?.tracks ?? [] }
    var topLevel: [String] { container?.topLevelOrder ?? inspection.structure.boxes?.map(\.type) ?? [] }
    var exifSummary: ExifSummary? { inspection.exif?.summary }
    var exifMake: String? { exifSummary?.make?.trimmingSpaces }
    var quickTimeMake: String? { keysItem("com.apple.quicktime.make")?.value.trimmingSpaces }

    /// Where a box of the top level is, for locations.
    func topLevelOffset(_ type: String) -> Int64? { inspection.structure.boxes?.first { $0.type == type }?.offset }

    /// The EXIF GPS directory's tag value as libexif formats it (`GPSDateStamp`, `GPSTimeStamp`…).
    func gpsTag(_ name: String) -> String? { inspection.exif?.ifds["GPS"]?.first { $0.name == name }?.value.trimmingSpaces }
}

/// Matches `value` against a template in which `9` is any digit, `±` is `+` or `-`, and every other
/// character stands for itself (`9999-99-99T99:99:99±9999`).
func matchesTemplate(_ value: String, _ template: String) -> Bool {
    let v = Array(value), t = Array(template)
    guard v.count == t.count else { return false }
    return zip(v, t).allSatisfy { c, p in
        p == "9" ? c.isASCIIDigit : p == "±" ? (c == "+" || c == "-") : c == p
    }
}
