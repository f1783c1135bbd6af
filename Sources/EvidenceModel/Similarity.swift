/// Duplicate and near-duplicate submissions (issue 16): what `evidence similar` answers for one query file, and
/// what a batch records when a submission links to earlier ones. Links are facts about the pictures, not
/// accusations: the same footage from two reporters corroborates an incident; an earlier submission of the same
/// footage makes a later claimed time doubtful. Each match says which.
public enum SimilarityKind: String, Sendable, Codable, CaseIterable {
    /// The same bytes (same SHA-256).
    case sameFile = "same-file"
    /// The same coded pictures in another container or with other metadata (same video payload hash or photo
    /// image-data hash): a remux or a metadata-only edit of something already seen.
    case samePayload = "same-payload"
    /// A photo whose PDQ hash (any of the eight rotations and mirrors) is within distance 31 of a stored one.
    case similarPhoto = "similar-photo"
    /// A video whose pictures match a stored video's pictures (vPDQ-style: shares of matched frames within
    /// distance 31, frames under quality 50 left out), with the matched time ranges.
    case similarFootage = "similar-footage"
}

/// A run of matched pictures: query frames `queryFirstFrame…queryLastFrame` (times in seconds) match the target's
/// `targetFirstFrame…targetLastFrame`.
public struct MatchedRange: Sendable, Codable, Equatable {
    public var queryFirstFrame: Int
    public var queryLastFrame: Int
    public var queryStart: Double
    public var queryEnd: Double
    public var targetFirstFrame: Int
    public var targetLastFrame: Int
    public var targetStart: Double
    public var targetEnd: Double
    /// Query pictures matched in the run.
    public var frames: Int
    public var medianDistance: Int

    public init(queryFirstFrame: Int, queryLastFrame: Int, queryStart: Double, queryEnd: Double, targetFirstFrame: Int, targetLastFrame: Int,
                targetStart: Double, targetEnd: Double, frames: Int, medianDistance: Int) {
        self.queryFirstFrame = queryFirstFrame
        self.queryLastFrame = queryLastFrame
        self.queryStart = queryStart
        self.queryEnd = queryEnd
        self.targetFirstFrame = targetFirstFrame
        self.targetLastFrame = targetLastFrame
        self.targetStart = targetStart
        self.targetEnd = targetEnd
        self.frames = frames
        self.medianDistance = medianDistance
    }
}

/// Hamming distances of the matched pictures.
public struct DistanceFigures: Sendable, Codable, Equatable {
    public var min: Int
    public var median: Int
    public var max: Int
    public init(min: Int, median: Int, max: Int) {
        self.min = min
        self.median = median
        self.max = max
    }
    public init?(_ values: [Int]) {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
        self.init(min: s[0], median: s[s.count / 2], max: s[s.count - 1])
    }
}

/// One earlier file that matches the query.
public struct SimilarMatch: Sendable, Codable, Equatable {
    public var kind: SimilarityKind
    /// The matched file: its SHA-256 and the path of its first submission.
    public var sha256: String
    public var path: String?
    /// The first submission of the matched file (by ledger order), and every submission of it.
    public var submission: String?
    public var submissions: [String]?
    /// When the first submission was received (as the manifest gave it) and its ledger sequence number.
    public var firstReceived: String?
    public var firstLedgerSeq: Int64?
    /// Photos: the PDQ distance of the best rotation or mirror, and which one (`original` when unturned).
    public var distance: DistanceFigures?
    public var dihedral: String?
    /// Videos: share of the query's distinct usable frame hashes matched in the target, and the target's in the query.
    public var queryShare: Double?
    public var targetShare: Double?
    public var matchedFrames: Int?
    public var ranges: [MatchedRange]?
    /// What the link means, in both languages.
    public var message: String
    public var messageVi: String

    public init(kind: SimilarityKind, sha256: String, path: String? = nil, message: String = "", messageVi: String = "") {
        self.kind = kind
        self.sha256 = sha256
        self.path = path
        self.message = message
        self.messageVi = messageVi
    }
}

/// `evidence similar --json`: one object per query file.
public struct SimilarityReport: Sendable, Codable, Equatable {
    public var schemaVersion = 1
    public var path: String
    public var sha256: String
    public var kind: MediaKind
    /// The video payload hash or photo image-data hash, when the file has one.
    public var payloadSha256: String?
    /// How the query's pictures were hashed (`keyframes`, `all`, `every:0.5`, `photo`, `vpdq-file`) and how many
    /// hashes were searched (usable: quality ≥ 50).
    public var hashed: String
    public var hashes: Int
    public var usableHashes: Int
    public var matches: [SimilarMatch]
    /// What could not be compared, in both languages (no perceptual hash at the ledger's depth, …).
    public var notes: [String]?
    public var notesVi: [String]?

    public init(path: String, sha256: String, kind: MediaKind, payloadSha256: String?, hashed: String, hashes: Int, usableHashes: Int, matches: [SimilarMatch]) {
        self.path = path
        self.sha256 = sha256
        self.kind = kind
        self.payloadSha256 = payloadSha256
        self.hashed = hashed
        self.hashes = hashes
        self.usableHashes = usableHashes
        self.matches = matches
    }
}
