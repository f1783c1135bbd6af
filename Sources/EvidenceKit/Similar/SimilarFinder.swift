/// What a query file brings to a duplicate search: its identity, payload hash and picture hashes.
public struct SimilarityQuery: Sendable {
    public var path: String
    public var sha256: String
    public var kind: MediaKind
    /// Video payload hash or photo image-data hash.
    public var payload: String?
    /// Videos: one per hashed frame, the hash of the picture as shown (`pdqDisplayed`, else as coded).
    /// Photos: one, the displayed picture's hash.
    public var frames: [HashedFrame]
    /// Videos: the coded picture's hash where it differs from the shown one (a phone filming upright), so a copy
    /// that kept the rotation flag and one that baked it in both match.
    public var codedHashes: [PDQHash?]
    /// Photos: the eight rotations and mirrors of the displayed picture's hash.
    public var photoVariants: [Dihedral: PDQHash]
    /// Per frame (videos: keyframes; photos: the one picture), hashes of 95 % and 90 % crops (`PDQ.cropHashes`),
    /// so a copy cut down by up to 10 % per side matches, and so does an original searched for its cropped copy.
    public var cropHashes: [[PDQHash]] = []
    /// How the pictures were hashed (`keyframes`, `all`, `every:0.5`, `photo`, `vpdq-file`).
    public var hashed: String

    public init(path: String, sha256: String, kind: MediaKind, payload: String?, frames: [HashedFrame], codedHashes: [PDQHash?] = [],
                photoVariants: [Dihedral: PDQHash] = [:], hashed: String) {
        self.path = path
        self.sha256 = sha256
        self.kind = kind
        self.payload = payload
        self.frames = frames
        self.codedHashes = codedHashes
        self.photoVariants = photoVariants
        self.hashed = hashed
    }

    /// A video query from decoded frames.
    public init(path: String, sha256: String, payload: String?, frames records: [FrameRecord], hashed: String) {
        var frames: [HashedFrame] = [], coded: [PDQHash?] = [], crops: [[PDQHash]] = []
        for r in records where !r.corrupt {
            let shown = r.pdqDisplayed ?? r.pdq
            frames.append(HashedFrame(frame: r.index, seconds: r.seconds ?? 0, hash: shown, quality: r.quality))
            coded.append(r.pdqDisplayed == nil || r.pdqDisplayed == r.pdq ? nil : r.pdq)
            crops.append(r.pdqCrops ?? [])
        }
        self.init(path: path, sha256: sha256, kind: .video, payload: payload, frames: frames, codedHashes: coded, hashed: hashed)
        cropHashes = crops
    }

    /// A photo query from its perceptual hash.
    public init(path: String, sha256: String, payload: String?, photo: PhotoPerceptualHash) {
        var variants: [Dihedral: PDQHash] = [:]
        for d in Dihedral.allCases { variants[d] = photo.dihedral[d.rawValue] ?? (d == .original ? photo.pdq : nil) }
        self.init(path: path, sha256: sha256, kind: .photo, payload: payload,
                  frames: [HashedFrame(frame: 0, seconds: 0, hash: photo.pdq, quality: photo.quality)], photoVariants: variants, hashed: "photo")
        cropHashes = [photo.crops ?? []]
    }

    public var usableHashes: Int { frames.filter { $0.quality >= 50 }.count }
}

/// A stored picture hash found near a query hash.
public struct StoredFrame: Sendable, Equatable {
    public var sha256: String
    public var frame: Int
    /// 0: the picture as shown; 1: as coded (a rotated phone clip); 2 and up: a crop of it.
    public var alt: Int = 0
    public var seconds: Double
    public var quality: Int
    public var hash: PDQHash
    public init(sha256: String, frame: Int, seconds: Double, quality: Int, hash: PDQHash) {
        self.sha256 = sha256
        self.frame = frame
        self.seconds = seconds
        self.quality = quality
        self.hash = hash
    }
}

/// What the store knows about a file it holds.
public struct StoredFileFacts: Sendable, Equatable {
    public var sha256: String
    public var path: String?
    /// Its submissions, oldest first.
    public var submissions: [String]
    public var firstReceived: String?
    public var firstSeq: Int64?
    /// Distinct hashes of quality ≥ 50 (the denominator of the target share).
    public var usableDistinct: Int
    public var photo: Bool
    public init(sha256: String, path: String?, submissions: [String], firstReceived: String?, firstSeq: Int64?, usableDistinct: Int, photo: Bool) {
        self.sha256 = sha256
        self.path = path
        self.submissions = submissions
        self.firstReceived = firstReceived
        self.firstSeq = firstSeq
        self.usableDistinct = usableDistinct
        self.photo = photo
    }
}

/// Where earlier files' hashes are kept: the ledger (SQL, `EvidenceLedger`) or files given on the command line
/// (`MemorySimilarityStore`).
public protocol SimilarityStore {
    func facts(_ sha256s: [String]) throws -> [String: StoredFileFacts]
    /// Files with this video payload or photo image-data hash.
    func files(withPayload payload: String) throws -> [String]
    /// Every stored hash (photos' or videos') within `distance` of any of `hashes`, with the query hash's position. Exact.
    func near(_ hashes: [PDQHash], within distance: Int, photos: Bool) throws -> [(query: Int, stored: StoredFrame, distance: Int)]
}

/// Finds the stored files a query file duplicates or shares pictures with (issue 16), strongest link first:
/// the same bytes, the same coded pictures (payload), similar pictures (PDQ / vPDQ-style). Each file is named
/// once, by its strongest link.
public struct SimilarFinder: Sendable {
    public var matcher = FootageMatcher()
    public var photoDistance = PDQHash.matchThreshold
    public var qualityThreshold = 50

    public init() {}

    public func find(_ q: SimilarityQuery, in store: any SimilarityStore) throws -> [SimilarMatch] {
        var out: [SimilarMatch] = []
        var named = Set<String>()
        var facts = try store.facts([q.sha256])
        if let f = facts[q.sha256] {
            out.append(describe(SimilarMatch(kind: .sameFile, sha256: q.sha256), f))
            named.insert(q.sha256)
        }
        if let p = q.payload {
            let shas = try store.files(withPayload: p).filter { !named.contains($0) }.sorted()
            facts.merge(try store.facts(shas)) { a, _ in a }
            for s in shas {
                guard let f = facts[s] else { continue }
                out.append(describe(SimilarMatch(kind: .samePayload, sha256: s), f))
                named.insert(s)
            }
        }
        if q.kind == .photo {
            out += try photos(q, store, excluding: named)
        } else if !q.frames.isEmpty {
            out += try footage(q, store, excluding: named)
        }
        return out
    }

    private func photos(_ q: SimilarityQuery, _ store: any SimilarityStore, excluding named: Set<String>) throws -> [SimilarMatch] {
        guard let quality = q.frames.first?.quality, quality >= qualityThreshold else { return [] }
        // Each hash searched, with what it is: a rotation or mirror of the picture, or a crop of it ("crop").
        var turns = Dihedral.allCases.filter { q.photoVariants[$0] != nil }.map(\.rawValue)
        var hashes = turns.map { q.photoVariants[Dihedral(rawValue: $0)!]! }
        for c in q.cropHashes.first ?? [] { hashes.append(c); turns.append("crop") }
        func rank(_ t: String) -> Int { t == "original" ? 0 : t == "crop" ? 2 : 1 }
        var best: [String: (d: Int, turn: String)] = [:]
        for hit in try store.near(hashes, within: photoDistance, photos: true) where hit.stored.quality >= qualityThreshold && !named.contains(hit.stored.sha256) {
            // A stored crop row matched by the picture itself is a crop too.
            let turn = hit.stored.alt >= 2 && turns[hit.query] == "original" ? "crop" : turns[hit.query]
            if let b = best[hit.stored.sha256], (b.d, rank(b.turn)) <= (hit.distance, rank(turn)) { continue }
            best[hit.stored.sha256] = (hit.distance, turn)
        }
        let facts = try store.facts(Array(best.keys))
        return best.sorted { ($0.value.d, $0.key) < ($1.value.d, $1.key) }.compactMap { sha, b in
            guard let f = facts[sha] else { return nil }
            var m = SimilarMatch(kind: .similarPhoto, sha256: sha)
            m.distance = DistanceFigures(min: b.d, median: b.d, max: b.d)
            m.dihedral = b.turn
            return describe(m, f)
        }
    }

    private func footage(_ q: SimilarityQuery, _ store: any SimilarityStore, excluding named: Set<String>) throws -> [SimilarMatch] {
        // Query hashes: each frame's shown hash, then the coded ones that differ, mapped back to their frame.
        var hashes = q.frames.map(\.hash)
        var owner = Array(q.frames.indices)
        for (i, c) in q.codedHashes.enumerated() where i < q.frames.count { if let c { hashes.append(c); owner.append(i) } }
        for (i, list) in q.cropHashes.enumerated() where i < q.frames.count { for c in list { hashes.append(c); owner.append(i) } }
        var bySha: [String: [(q: Int, frame: StoredFrame, d: Int)]] = [:]
        for hit in try store.near(hashes, within: matcher.distance, photos: false) where !named.contains(hit.stored.sha256) {
            bySha[hit.stored.sha256, default: []].append((owner[hit.query], hit.stored, hit.distance))
        }
        let facts = try store.facts(Array(bySha.keys))
        var out: [SimilarMatch] = []
        for (sha, hits) in bySha {
            guard let f = facts[sha] else { continue }
            var position: [Int: Int] = [:]
            var target: [HashedFrame] = []
            var best: [Int64: Int] = [:] // (query frame, target position) → smallest distance
            for h in hits {
                let t: Int
                if let p = position[h.frame.frame] { t = p } else {
                    t = target.count
                    position[h.frame.frame] = t
                    target.append(HashedFrame(frame: h.frame.frame, seconds: h.frame.seconds, hash: h.frame.hash, quality: h.frame.quality))
                }
                let key = Int64(h.q) << 32 | Int64(t)
                best[key] = min(best[key] ?? Int.max, h.d)
            }
            let pairs = best.map { (q: Int($0.key >> 32), t: Int($0.key & 0xffff_ffff), d: $0.value) }
            let r = matcher.match(query: q.frames, target: target, targetUsableDistinct: f.usableDistinct, pairs: pairs)
            guard r.linked else { continue }
            var m = SimilarMatch(kind: .similarFootage, sha256: sha)
            m.distance = r.distances
            m.queryShare = (r.queryShare * 1000).rounded() / 1000
            m.targetShare = (r.targetShare * 1000).rounded() / 1000
            m.matchedFrames = r.matchedFrames
            m.ranges = r.ranges
            out.append(describe(m, f))
        }
        return out.sorted { (-($0.queryShare ?? 0), $0.sha256) < (-($1.queryShare ?? 0), $1.sha256) }
    }

    /// Fills in the stored file's submissions and the sentence that says what the link is and what it means.
    func describe(_ match: SimilarMatch, _ f: StoredFileFacts) -> SimilarMatch {
        var m = match
        m.path = f.path
        m.submission = f.submissions.first
        m.submissions = f.submissions.isEmpty ? nil : f.submissions
        m.firstReceived = f.firstReceived
        m.firstLedgerSeq = f.firstSeq
        let message = Self.message(m)
        m.message = MessageRenderer.render(message, .en)
        m.messageVi = MessageRenderer.render(message, .vi)
        return m
    }

    static func message(_ m: SimilarMatch) -> Message {
        var args: [String: MessageArgument] = [
            "sha": .text(String(m.sha256.prefix(16))),
            "submission": m.submission.map { .text($0) } ?? .message(Message("similar.no-submission")),
            "received": m.firstReceived.map { .text($0) } ?? .message(Message("similar.received-unknown")),
        ]
        args["meaning"] = .message(m.firstReceived.map { Message("similar.meaning", ["received": .text($0)]) } ?? Message("similar.meaning.unknown"))
        switch m.kind {
        case .sameFile:
            return Message("similar.same-file", args)
        case .samePayload:
            return Message("similar.same-payload", args)
        case .similarPhoto:
            args["distance"] = .int(Int64(m.distance?.min ?? 0))
            args["turn"] = .message(Message("similar.turn.\(m.dihedral ?? "original")"))
            return Message("similar.photo", args)
        case .similarFootage:
            let ranges = (m.ranges ?? []).prefix(4).map { r in
                Message("similar.range", ["qFirst": .int(Int64(r.queryFirstFrame)), "qLast": .int(Int64(r.queryLastFrame)),
                                          "qStart": .decimal(r.queryStart, places: 2), "qEnd": .decimal(r.queryEnd, places: 2),
                                          "tFirst": .int(Int64(r.targetFirstFrame)), "tLast": .int(Int64(r.targetLastFrame)),
                                          "tStart": .decimal(r.targetStart, places: 2), "tEnd": .decimal(r.targetEnd, places: 2),
                                          "median": .int(Int64(r.medianDistance))])
            }
            args["ranges"] = .messages(ranges)
            args["queryShare"] = .decimal((m.queryShare ?? 0) * 100, places: 0)
            args["targetShare"] = .decimal((m.targetShare ?? 0) * 100, places: 0)
            return Message("similar.footage", args)
        }
    }
}

/// Earlier files given directly (`evidence similar --against`), searched through a `FrameHashIndex`.
public final class MemorySimilarityStore: SimilarityStore {
    public struct Entry: Sendable {
        public var facts: StoredFileFacts
        public var payload: String?
        public var frames: [HashedFrame]
        /// Per frame, more hashes of the same picture (as coded, crops): found as that frame.
        public var alternatives: [[PDQHash]]
        public init(facts: StoredFileFacts, payload: String?, frames: [HashedFrame], alternatives: [[PDQHash]] = []) {
            self.facts = facts
            self.payload = payload
            self.frames = frames
            self.alternatives = alternatives
        }
    }

    private let entries: [Entry]
    private let owners: [(entry: Int, frame: Int, alt: Int)]
    private let photoIndex: FrameHashIndex
    private let videoIndex: FrameHashIndex
    private let photoOwners: [(entry: Int, frame: Int, alt: Int)]

    public init(_ entries: [Entry]) {
        var e = entries
        for i in e.indices { e[i].facts.usableDistinct = Set(e[i].frames.filter { $0.quality >= 50 }.map(\.hash)).count }
        self.entries = e
        var v: [PDQHash] = [], vo: [(Int, Int, Int)] = [], p: [PDQHash] = [], po: [(Int, Int, Int)] = []
        for (i, entry) in e.enumerated() {
            for (j, f) in entry.frames.enumerated() {
                let all = [f.hash] + (j < entry.alternatives.count ? entry.alternatives[j] : [])
                for (k, h) in all.enumerated() {
                    if entry.facts.photo { p.append(h); po.append((i, j, k == 0 ? 0 : k + 1)) } else { v.append(h); vo.append((i, j, k == 0 ? 0 : k + 1)) }
                }
            }
        }
        videoIndex = FrameHashIndex(v)
        owners = vo
        photoIndex = FrameHashIndex(p)
        photoOwners = po
    }

    public func facts(_ sha256s: [String]) throws -> [String: StoredFileFacts] {
        var out: [String: StoredFileFacts] = [:]
        for e in entries where sha256s.contains(e.facts.sha256) && out[e.facts.sha256] == nil { out[e.facts.sha256] = e.facts }
        return out
    }

    public func files(withPayload payload: String) throws -> [String] {
        entries.filter { $0.payload == payload }.map(\.facts.sha256)
    }

    public func near(_ hashes: [PDQHash], within distance: Int, photos: Bool) throws -> [(query: Int, stored: StoredFrame, distance: Int)] {
        let index = photos ? photoIndex : videoIndex
        let own = photos ? photoOwners : owners
        var out: [(query: Int, stored: StoredFrame, distance: Int)] = []
        for (qi, h) in hashes.enumerated() {
            for hit in index.search(h, within: distance) {
                let (e, j, alt) = own[hit.id]
                let f = entries[e].frames[j]
                var frame = StoredFrame(sha256: entries[e].facts.sha256, frame: f.frame, seconds: f.seconds, quality: f.quality, hash: f.hash)
                frame.alt = alt
                out.append((qi, frame, hit.distance))
            }
        }
        return out
    }
}
