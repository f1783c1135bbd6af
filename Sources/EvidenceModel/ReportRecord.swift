/// The court report's record (issue 17): what `evidence report --format json` prints and signs, and the one
/// model the HTML and PDF renderings are drawn from. Everything in it is a function of the file, the
/// options and the analysis time given as an input (never the wall clock), so the same inputs give the same
/// bytes (`CanonicalJSON`: keys sorted, one line).
public struct ReportRecord: Sendable, Codable, Equatable {
    public var schemaVersion = 1
    /// What this document is, for a reader who finds it without context.
    public var type = "evidencekit.integrity-report"
    /// The case or file number the police give (`--case`).
    public var caseID: String?
    /// The language the HTML and PDF renderings are in; the record carries both languages throughout.
    public var language: Language
    /// The `verify` contract for the file, as `evidence verify --json` prints it with the same options.
    public var verification: VerifyReport
    /// How the result was reached: tool, detector catalogue, libraries, options, analysis time.
    public var method: ReportMethod
    /// Each area checked, with a status in three levels and the findings that set it.
    public var checks: [ReportCheck]
    /// What the checks could not see in this file, and what no check of a file alone can see.
    public var limitations: [ReportText]
    /// The metadata as read, field by field, with where each value is stored.
    public var metadataTables: [MetadataTable]
    /// Videos decoded at depth keyframes or full: the clip picture by picture.
    public var timeline: ReportTimeline?
    /// Small grey pictures of the keyframes (videos) or of the photo, as PNG, with the frame they show.
    public var thumbnails: [ReportThumbnail]
    /// `--original`: the file compared with the original it claims to come from (issue 18).
    public var comparison: ComparisonReport?
    /// `--ledger`: the submissions of this file the ledger records (reporter contact only when asked for and not redacted).
    public var submissions: [ReportSubmission]?
    /// `--redact`: what kinds of value were removed, and how many of each (never the values).
    public var redaction: ReportRedaction?
    /// `--sign`: the key the detached signature is made with (its SHA-256 fingerprint; the key itself is
    /// handed over separately, so a reader checks the signature against a key they trust, not one the report brings).
    public var signer: ReportSigner?

    public init(caseID: String?, language: Language, verification: VerifyReport, method: ReportMethod, checks: [ReportCheck], limitations: [ReportText], metadataTables: [MetadataTable], timeline: ReportTimeline?, thumbnails: [ReportThumbnail]) {
        self.caseID = caseID
        self.language = language
        self.verification = verification
        self.method = method
        self.checks = checks
        self.limitations = limitations
        self.metadataTables = metadataTables
        self.timeline = timeline
        self.thumbnails = thumbnails
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, type, caseID = "case", language, verification, method, checks, limitations, metadataTables, timeline, thumbnails, comparison, submissions, redaction, signer
    }
}

/// A sentence in both languages, with the catalogue key it was rendered from.
public struct ReportText: Sendable, Codable, Equatable {
    public var key: String
    public var en: String
    public var vi: String
    public init(key: String, en: String, vi: String) {
        self.key = key
        self.en = en
        self.vi = vi
    }
    public func text(_ language: Language) -> String { language == .vi ? vi : en }
}

public struct ReportMethod: Sendable, Codable, Equatable {
    public var tool: ToolInfo
    /// The detectors that judged the file: how many, and a SHA-256 over their ids, severities, classes and
    /// rationales, so a change to any detector changes it.
    public var detectorCatalogue: DetectorCatalogueVersion
    /// The C libraries that read the file, with their versions (a re-run with other versions may differ).
    public var libraries: [String: String]
    /// The options of the run, as given (`depth`, `policy` SHA-256, `redact`, …).
    public var options: [String: String]
    /// The analysis time the judgement used (an input of the run, ISO 8601 UTC).
    public var analysisTime: String?
    /// The command that makes the same record again from the same file.
    public var reproduce: String
    public init(tool: ToolInfo, detectorCatalogue: DetectorCatalogueVersion, libraries: [String: String], options: [String: String], analysisTime: String?, reproduce: String) {
        self.tool = tool
        self.detectorCatalogue = detectorCatalogue
        self.libraries = libraries
        self.options = options
        self.analysisTime = analysisTime
        self.reproduce = reproduce
    }
}

public struct DetectorCatalogueVersion: Sendable, Codable, Equatable {
    public var detectors: Int
    public var sha256: String
    public init(detectors: Int, sha256: String) {
        self.detectors = detectors
        self.sha256 = sha256
    }
}

/// The three levels a check is reported in (issue 17): đạt / OK, cần kiểm tra / to be checked, cảnh báo / warning.
public enum CheckStatus: String, Sendable, Codable, Equatable, CaseIterable {
    case ok
    case toBeChecked = "to-be-checked"
    case warning
}

public struct ReportCheck: Sendable, Codable, Equatable {
    /// `file`, `family`, `container`, `encoding`, `time`, `place`, `metadata`, `pictures`, `continuity`, `signature`.
    public var area: String
    public var title: ReportText
    public var status: CheckStatus
    /// Why the status: the rule in both languages.
    public var explanation: ReportText
    /// The findings in this area (ids, in the order of the verification's `findings`).
    public var findings: [String]
    /// The detectors whose ids fall in this area (what was looked for, whether or not it applied to this file).
    public var detectors: [String]
    public init(area: String, title: ReportText, status: CheckStatus, explanation: ReportText, findings: [String], detectors: [String]) {
        self.area = area
        self.title = title
        self.status = status
        self.explanation = explanation
        self.findings = findings
        self.detectors = detectors
    }
}

/// One table of metadata: EXIF directory, container items, XMP packet, movie header times.
public struct MetadataTable: Sendable, Codable, Equatable {
    /// `EXIF IFD0`, `EXIF GPS`, `QuickTime keys`, `XMP (JPEG APP1)`, `Movie header`.
    public var name: String
    /// File offset of the table (TIFF header, XMP packet, box), when known.
    public var byteOffset: Int64?
    public var rows: [MetadataRow]
    public init(name: String, byteOffset: Int64?, rows: [MetadataRow]) {
        self.name = name
        self.byteOffset = byteOffset
        self.rows = rows
    }
}

public struct MetadataRow: Sendable, Codable, Equatable {
    /// Tag number, key or property name.
    public var field: String
    /// libexif's name of an EXIF tag, when it has one.
    public var name: String?
    public var value: String
    /// File offset of the value or of its entry, when known.
    public var byteOffset: Int64?
    /// Set when the value identifies a person, a device or a place: what redaction removes.
    public var identifies: Identifies?
    public init(field: String, name: String? = nil, value: String, byteOffset: Int64? = nil, identifies: Identifies? = nil) {
        self.field = field
        self.name = name
        self.value = value
        self.byteOffset = byteOffset
        self.identifies = identifies
    }
}

/// The clip picture by picture, for the timeline drawing: one entry per decoded picture.
public struct ReportTimeline: Sendable, Codable, Equatable {
    public var pictures: [TimelinePicture]
    /// Pictures of the clip not in `pictures` (keyframes depth decodes keyframes only).
    public var decodedPictures: Int
    public var packets: Int?
    public init(pictures: [TimelinePicture], decodedPictures: Int, packets: Int?) {
        self.pictures = pictures
        self.decodedPictures = decodedPictures
        self.packets = packets
    }
}

public struct TimelinePicture: Sendable, Codable, Equatable {
    public var frame: Int
    public var seconds: Double?
    /// `I`, `P`, `B` or `?`.
    public var type: String
    public var key: Bool
    public var bytes: Int?
    /// PDQ Hamming distance to the previous decoded picture (nil for the first).
    public var distance: Int?
    public init(frame: Int, seconds: Double?, type: String, key: Bool, bytes: Int?, distance: Int?) {
        self.frame = frame
        self.seconds = seconds
        self.type = type
        self.key = key
        self.bytes = bytes
        self.distance = distance
    }
}

public struct ReportThumbnail: Sendable, Codable, Equatable {
    /// The picture shown (videos), with its time.
    public var frame: Int?
    public var seconds: Double?
    public var width: Int
    public var height: Int
    /// PNG, base64.
    public var png: String
    public init(frame: Int?, seconds: Double?, width: Int, height: Int, png: String) {
        self.frame = frame
        self.seconds = seconds
        self.width = width
        self.height = height
        self.png = png
    }
}

public struct ReportSubmission: Sendable, Codable, Equatable {
    public var submission: String
    public var ledgerSeq: Int64
    public var receivedTime: String?
    public var channel: String?
    public var claims: Claims?
    public var reporter: ReporterContact?
    public init(submission: String, ledgerSeq: Int64, receivedTime: String?, channel: String?, claims: Claims?, reporter: ReporterContact?) {
        self.submission = submission
        self.ledgerSeq = ledgerSeq
        self.receivedTime = receivedTime
        self.channel = channel
        self.claims = claims
        self.reporter = reporter
    }
}

public struct ReportRedaction: Sendable, Codable, Equatable {
    /// What kind of value was removed and how many: `person`, `device`, `place`, `reporter`, `file name`.
    public var removed: [String: Int]
    /// The text that stands in for each removed value.
    public var placeholder: String
    public init(removed: [String: Int], placeholder: String) {
        self.removed = removed
        self.placeholder = placeholder
    }
}

public struct ReportSigner: Sendable, Codable, Equatable {
    public var algorithm = "Ed25519"
    /// `sha256:` + hex of the SHA-256 of the public key's SubjectPublicKeyInfo DER.
    public var publicKeyFingerprint: String
    /// Where the signature is: a detached file beside the report, over the report's exact bytes.
    public var signature = "detached"
    public init(publicKeyFingerprint: String) { self.publicKeyFingerprint = publicKeyFingerprint }
}
