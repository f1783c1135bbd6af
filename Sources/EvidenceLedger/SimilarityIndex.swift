import EvidenceKit
import Foundation

/// The duplicates index kept with the ledger (issue 16), on SQLite and PostgreSQL alike:
///
/// - `payloads(payload, sha256)`: each screened file's video payload hash or photo image-data hash (a remux or a
///   metadata-only edit keeps it);
/// - `hashed_files(sha256, photo, frames, usable_distinct, selection)`: which files have picture hashes, how many
///   distinct usable (quality ≥ 50) ones, and how the pictures were chosen (`keyframes`, `all`, `photo`);
/// - `frame_hashes(sha256, n, alt, photo, seconds, quality, hash, b0 … b15)`: one row per hashed picture (`alt` 1:
///   the coded picture's hash of a rotated phone clip, beside the shown one; 2 and up: crops of a keyframe or photo), with its 16 bands of 16 bits each in
///   an indexed column. The SQL indexes on b0 … b15 are the buckets of multi-index hashing (`FrameHashIndex`): a
///   query looks up, per band, the query's value and its 16 one-bit neighbours, then checks the full distance; for
///   distance ≤ 31 nothing is missed.
///
/// Rows are written in the transaction that commits the file's screening, so the index never lags the log, and
/// a ledger made before the index is filled in from its `screening` and `hashes` rows when it is first opened.
/// The index is working state derived from the log (like `files`), not part of the chained record.
extension Ledger {
    static let bandColumns = (0..<FrameHashIndex.bands).map { "b\($0)" }

    static var similarityMigration: [String] {
        let bands = bandColumns.map { "\($0) INTEGER NOT NULL" }.joined(separator: ", ")
        return [
            "CREATE TABLE IF NOT EXISTS payloads (payload TEXT NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (payload, sha256))",
            "CREATE TABLE IF NOT EXISTS hashed_files (sha256 TEXT PRIMARY KEY, photo INTEGER NOT NULL, frames INTEGER NOT NULL, usable_distinct INTEGER NOT NULL, selection TEXT)",
            """
            CREATE TABLE IF NOT EXISTS frame_hashes (sha256 TEXT NOT NULL, n INTEGER NOT NULL, alt INTEGER NOT NULL, photo INTEGER NOT NULL,
              seconds DOUBLE PRECISION NOT NULL, quality INTEGER NOT NULL, hash TEXT NOT NULL, \(bands), PRIMARY KEY (sha256, n, alt))
            """,
            // Submissions by file (`facts`, `report --ledger`): without it every lookup scans the log.
            "CREATE INDEX IF NOT EXISTS log_sha256 ON log (sha256, kind)",
        ] + bandColumns.map { "CREATE INDEX IF NOT EXISTS frame_hashes_\($0) ON frame_hashes (\($0))" }
    }

    /// Writes one screened file's index rows (inside `commit`'s transaction).
    func insertIndex(_ s: any SQLSession, sha256: String, entry: IndexEntry) throws {
        if let p = entry.payload {
            try s.run("INSERT INTO payloads (payload, sha256) VALUES (?, ?) ON CONFLICT (payload, sha256) DO NOTHING", [p, sha256])
        }
        let usable = Set(entry.frames.filter { $0.quality >= 50 }.map(\.hash)).count
        try s.run("""
            INSERT INTO hashed_files (sha256, photo, frames, usable_distinct, selection) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (sha256) DO NOTHING
            """, [sha256, entry.photo ? "1" : "0", String(entry.frames.count), String(usable), entry.selection])
        var rows: [(n: Int, alt: Int, f: HashedFrame)] = []
        var seen = Set<Int64>()
        for (i, f) in entry.frames.enumerated() {
            guard seen.insert(Int64(f.frame) << 1).inserted else { continue }
            rows.append((f.frame, 0, f))
            if i < entry.coded.count, let c = entry.coded[i], c != f.hash {
                var alt = f
                alt.hash = c
                rows.append((f.frame, 1, alt))
            }
            if i < entry.crops.count {
                for (k, c) in entry.crops[i].enumerated() {
                    var alt = f
                    alt.hash = c
                    rows.append((f.frame, 2 + k, alt))
                }
            }
        }
        let columns = "sha256, n, alt, photo, seconds, quality, hash, " + Self.bandColumns.joined(separator: ", ")
        let marks = "(" + Array(repeating: "?", count: 7 + FrameHashIndex.bands).joined(separator: ", ") + ")"
        for chunk in stride(from: 0, to: rows.count, by: 40).map({ rows[$0..<min($0 + 40, rows.count)] }) {
            var parameters: [String?] = []
            for r in chunk {
                parameters += [sha256, String(r.n), String(r.alt), entry.photo ? "1" : "0", String(r.f.seconds), String(r.f.quality), r.f.hash.hex]
                parameters += FrameHashIndex.bandValues(of: r.f.hash).map { String($0) }
            }
            try s.run("INSERT INTO frame_hashes (\(columns)) VALUES " + Array(repeating: marks, count: chunk.count).joined(separator: ", ")
                      + " ON CONFLICT (sha256, n, alt) DO NOTHING", parameters)
        }
    }

    /// Adds one file's rows to the index in a transaction of their own (the benchmark fills a ledger this way; a
    /// batch writes them inside `commit`).
    public func addToIndex(sha256: String, entry: IndexEntry) throws {
        try store.transaction { s in try insertIndex(s, sha256: sha256, entry: entry) }
    }

    /// Fills the index from the log of a ledger made before it existed (run once, by the migration).
    func backfillIndex() throws {
        var pending: [String: IndexEntry] = [:]
        try forEachRow { row in
            guard let sha = row.sha256 else { return }
            if row.kind == "screening", let r = try? JSONDecoder().decode(VerifyReport.self, from: Data(row.body.utf8)) {
                var e = pending[sha] ?? IndexEntry(payload: nil, photo: r.kind == .photo, frames: [], coded: [], selection: nil)
                e.payload = r.file.videoPayloadSha256 ?? r.file.imageDataSha256
                e.photo = r.kind == .photo
                pending[sha] = e
            } else if row.kind == "hashes", let h = try? JSONDecoder().decode(StoredHashes.self, from: Data(row.body.utf8)) {
                var e = pending[sha] ?? IndexEntry(payload: nil, photo: h.photo != nil, frames: [], coded: [], selection: nil)
                e.fill(from: h)
                pending[sha] = e
            }
        }
        for chunk in stride(from: 0, to: pending.count, by: 200).map({ Array(pending.sorted { $0.key < $1.key }[$0..<min($0 + 200, pending.count)]) }) {
            try store.transaction { s in for (sha, e) in chunk { try insertIndex(s, sha256: sha, entry: e) } }
        }
    }

    /// Whether two submissions came from the same reporter, by the contact fields kept apart (ID number or phone
    /// equal); nil when either has none recorded. Only the answer leaves the ledger, never the fields.
    public func sameReporter(_ a: String, _ b: String) throws -> Bool? {
        guard let x = try reporter(a), let y = try reporter(b) else { return nil }
        func norm(_ s: String?) -> String? {
            let t = s.map { String($0.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }).lowercased() }
            return t?.isEmpty == false ? t : nil
        }
        let pairs = [(norm(x.idNumber), norm(y.idNumber)), (norm(x.phone), norm(y.phone))].filter { $0.0 != nil && $0.1 != nil }
        guard !pairs.isEmpty else { return nil }
        return pairs.contains { $0.0 == $0.1 }
    }
}

/// One screened file's rows for the duplicates index.
public struct IndexEntry: Sendable, Equatable {
    public var payload: String?
    public var photo: Bool
    /// Video frames (the shown picture's hash) or the photo's displayed hash.
    public var frames: [HashedFrame]
    /// Per frame, the coded picture's hash where it differs from the shown one.
    public var coded: [PDQHash?]
    public var selection: String?
    /// A photo's rotations and mirrors (searched, not stored).
    public var photoVariants: [Dihedral: PDQHash] = [:]
    /// Per frame, crops of the picture (`PDQ.cropHashes`; keyframes and photos), stored as rows `alt` 2 and up.
    public var crops: [[PDQHash]] = []

    public init(payload: String?, photo: Bool, frames: [HashedFrame], coded: [PDQHash?], selection: String?) {
        self.payload = payload
        self.photo = photo
        self.frames = frames
        self.coded = coded
        self.selection = selection
    }

    /// The entry for a screened file: its payload hash from the report, its picture hashes from the screening.
    public init(report: VerifyReport, hashes: StoredHashes?) {
        self.init(payload: report.file.videoPayloadSha256 ?? report.file.imageDataSha256, photo: report.kind == .photo, frames: [], coded: [], selection: nil)
        if let hashes { fill(from: hashes) }
    }

    mutating func fill(from h: StoredHashes) {
        if let p = h.photo {
            photo = true
            frames = [HashedFrame(frame: 0, seconds: 0, hash: p.pdq, quality: p.quality)]
            coded = [nil]
            selection = "photo"
            let q = SimilarityQuery(path: "", sha256: h.sha256, payload: nil, photo: p)
            photoVariants = q.photoVariants
            crops = q.cropHashes
        } else if let list = h.frames, !list.isEmpty {
            let q = SimilarityQuery(path: "", sha256: h.sha256, payload: nil, frames: list, hashed: "")
            frames = q.frames
            coded = q.codedHashes
            crops = q.cropHashes
            selection = h.frameSelection ?? (list.allSatisfy(\.key) ? "keyframes" : "all")
        }
    }
}

/// The ledger as a `SimilarityStore` (`evidence similar --ledger`, and each batch commit).
public struct LedgerSimilarityStore: SimilarityStore {
    public let ledger: Ledger
    public init(_ ledger: Ledger) { self.ledger = ledger }

    public func facts(_ sha256s: [String]) throws -> [String: StoredFileFacts] {
        var out: [String: StoredFileFacts] = [:]
        for chunk in stride(from: 0, to: sha256s.count, by: 200).map({ Array(sha256s[$0..<min($0 + 200, sha256s.count)]) }) {
            let marks = chunk.map { _ in "?" }.joined(separator: ",")
            let (subs, hashed) = try ledger.store.read { s in
                (try s.rows("SELECT seq, sha256, body FROM log WHERE kind = 'submission' AND sha256 IN (\(marks)) ORDER BY seq", chunk),
                 try s.rows("SELECT sha256, photo, usable_distinct FROM hashed_files WHERE sha256 IN (\(marks))", chunk))
            }
            for r in subs {
                guard let sha = r[1], let body = r[2], let e = try? JSONDecoder().decode(SubmissionEntry.self, from: Data(body.utf8)) else { continue }
                var f = out[sha] ?? StoredFileFacts(sha256: sha, path: e.path, submissions: [], firstReceived: e.receivedTime,
                                                    firstSeq: r[0].flatMap { Int64($0) }, usableDistinct: 0, photo: false)
                f.submissions.append(e.submission)
                out[sha] = f
            }
            for r in hashed {
                guard let sha = r[0], out[sha] != nil else { continue }
                out[sha]!.photo = r[1] == "1"
                out[sha]!.usableDistinct = Int(r[2] ?? "0") ?? 0
            }
        }
        return out
    }

    public func files(withPayload payload: String) throws -> [String] {
        try ledger.store.read { s in try s.rows("SELECT sha256 FROM payloads WHERE payload = ? ORDER BY sha256", [payload]).compactMap { $0[0] } }
    }

    public func near(_ hashes: [PDQHash], within distance: Int, photos: Bool) throws -> [(query: Int, stored: StoredFrame, distance: Int)] {
        guard !hashes.isEmpty else { return [] }
        let radius = FrameHashIndex.radius(for: distance)
        var candidates: [String: StoredFrame] = [:]
        for k in 0..<FrameHashIndex.bands {
            var values = Set<UInt16>()
            for h in hashes { values.formUnion(FrameHashIndex.neighbours(of: FrameHashIndex.band(k, of: h), radius: radius)) }
            let sorted = values.sorted()
            for chunk in stride(from: 0, to: sorted.count, by: 800).map({ sorted[$0..<min($0 + 800, sorted.count)] }) {
                // The values are our own integers, written into the statement: no parameter limit to meet.
                let list = chunk.map { String($0) }.joined(separator: ",")
                let rows = try ledger.store.read { s in
                    try s.rows("SELECT sha256, n, alt, seconds, quality, hash FROM frame_hashes WHERE photo = \(photos ? 1 : 0) AND b\(k) IN (\(list))", [])
                }
                for r in rows {
                    guard let sha = r[0], let n = r[1].flatMap({ Int($0) }), let hex = r[5], let h = PDQHash(hex: hex) else { continue }
                    let key = "\(sha):\(n):\(r[2] ?? "0")"
                    if candidates[key] == nil {
                        var f = StoredFrame(sha256: sha, frame: n, seconds: r[3].flatMap { Double($0) } ?? 0,
                                            quality: r[4].flatMap { Int($0) } ?? 0, hash: h)
                        f.alt = r[2].flatMap { Int($0) } ?? 0
                        candidates[key] = f
                    }
                }
            }
        }
        var out: [(query: Int, stored: StoredFrame, distance: Int)] = []
        for c in candidates.values {
            for (qi, h) in hashes.enumerated() {
                let d = c.hash.distance(to: h)
                if d <= distance { out.append((qi, c, d)) }
            }
        }
        return out
    }
}
