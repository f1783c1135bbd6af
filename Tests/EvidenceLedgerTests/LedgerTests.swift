@testable import EvidenceLedger
import EvidenceKit
import Foundation
import GRDB
import PostgresBridge
import Testing

/// The ledger's hash chain and queue on SQLite, and the manifest formats (issue 15).
@Suite struct LedgerTests {
    final class Scratch {
        let dir: String
        init() throws {
            dir = NSTemporaryDirectory() + "ledger-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: dir) }
    }

    static func report(_ path: String, sha: String, decision: Decision = .accept) -> VerifyReport {
        var v = Verdict(class: decision == .accept ? .consistentWithOriginal : .inconclusive, decision: decision, reasons: [], explanation: "e")
        v.explanationVi = "e"
        return VerifyReport(file: FileIdentity(path: path, bytes: 10, sha256: sha), kind: .photo, metadata: MediaMetadata(streams: []),
                            findings: [], verdict: v, depth: "structure")
    }

    /// A ledger with `n` submissions recorded: files a0…, the last one a duplicate of the first.
    static func filled(_ path: String, _ n: Int = 5) throws -> Ledger {
        let ledger = try Ledger(path)
        let items = (0..<n).map { WorkItem(submission: "S-\($0)", path: "/media/a\($0).jpg") }
        try ledger.enqueue(items)
        for (i, item) in items.enumerated() {
            #expect(try ledger.claim(item.submission, worker: "w", leaseSeconds: 60, now: 1000) != nil)
            let sha = String(repeating: n > 1 && i == n - 1 ? "0" : String(i % 10), count: 64)
            let r = report(item.path, sha: sha)
            let entry = SubmissionEntry(submission: item.submission, path: item.path, sha256: sha, bytes: 10, verdictClass: r.verdict.class.rawValue, decision: "accept")
            let c = try #require(try ledger.commit(Commit(item: item, outcome: .screened(json: try CanonicalJSON.encode(r), sha256: sha, bytes: 10), entry: entry)))
            #expect(c.linked == (n > 1 && i == n - 1))
        }
        return ledger
    }

    @Test func aFilledLedgerVerifiesAndLinksTheDuplicate() throws {
        let s = try Scratch()
        let ledger = try Self.filled(s.dir + "/l.sqlite")
        let r = try ledger.verifyChain()
        #expect(r.ok && r.rows == 9 && r.headSeq == 9, "\(r)") // 4 screenings + 5 submissions
        var lines: [String] = []
        try ledger.export(includeReporters: false) { lines.append($0) }
        #expect(lines.count == 4)
        #expect(lines[0].contains(#""submissions":[{"#) && lines[0].contains("S-0") && lines[0].contains("S-4"))
    }

    @Test func aSubmissionIsRecordedOnceEvenWhenCommittedTwice() throws {
        let s = try Scratch()
        let ledger = try Self.filled(s.dir + "/l.sqlite", 1)
        let item = WorkItem(submission: "S-0", path: "/media/a0.jpg")
        let entry = SubmissionEntry(submission: "S-0", path: item.path, verdictClass: "x", decision: "accept")
        #expect(try ledger.commit(Commit(item: item, outcome: .failed(json: "{}", sha256: nil), entry: entry)) == nil)
        #expect(try ledger.verifyChain().rows == 2)
    }

    /// Each change made directly in the SQLite file is caught, at the row it touched.
    @Test(arguments: [
        ("edit a result", "UPDATE log SET body = replace(body, 'accept', 'reject') WHERE seq = 3", Int64(3)),
        ("delete a row", "DELETE FROM log WHERE seq = 4", Int64(5)),
        ("swap two rows' content", "UPDATE log SET body = CASE seq WHEN 2 THEN (SELECT body FROM log WHERE seq = 3) ELSE (SELECT body FROM log WHERE seq = 2) END, kind = CASE seq WHEN 2 THEN (SELECT kind FROM log WHERE seq = 3) ELSE (SELECT kind FROM log WHERE seq = 2) END, submission = CASE seq WHEN 2 THEN (SELECT submission FROM log WHERE seq = 3) ELSE (SELECT submission FROM log WHERE seq = 2) END, sha256 = CASE seq WHEN 2 THEN (SELECT sha256 FROM log WHERE seq = 3) ELSE (SELECT sha256 FROM log WHERE seq = 2) END WHERE seq IN (2, 3)", Int64(2)),
        ("reorder two rows", "UPDATE log SET seq = -7 WHERE seq = 7; UPDATE log SET seq = 7 WHERE seq = 6; UPDATE log SET seq = 6 WHERE seq = -7", Int64(6)),
        ("insert a row in the middle", "UPDATE log SET seq = seq + 1000 WHERE seq >= 5; UPDATE log SET seq = seq - 999 WHERE seq >= 1005; INSERT INTO log VALUES (5, 'submission', 'S-X', NULL, '{}', '00')", Int64(5)),
        ("delete the last row", "DELETE FROM log WHERE seq = 9", Int64(9)),
        ("edit a submission's claims", "UPDATE log SET body = replace(body, '\"path\"', '\"paths\"') WHERE seq = 9", Int64(9)),
    ])
    func tamperingIsCaughtAtTheRow(_ name: String, _ sql: String, _ row: Int64) throws {
        let s = try Scratch()
        let path = s.dir + "/l.sqlite"
        _ = try Self.filled(path)
        let db = try DatabaseQueue(path: path)
        try db.write { try $0.execute(sql: sql) }
        let r = try Ledger(path).verifyChain()
        #expect(!r.ok, "\(name) was not caught")
        #expect(r.firstBadSeq == row, "\(name): \(r.problem ?? "")")
    }

    @Test func anAppendedRowWithAValidChainButNoHeadIsCaught() throws {
        let s = try Scratch()
        let path = s.dir + "/l.sqlite"
        let ledger = try Self.filled(path)
        let h = try ledger.head()
        let row = LogRow(seq: h.seq + 1, kind: "error", submission: nil, sha256: nil, body: "{}")
        let chain = try Chain.link(previous: h.chain, row: row)
        try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO log VALUES (?, 'error', NULL, NULL, '{}', ?)", arguments: [h.seq + 1, chain]) }
        let r = try Ledger(path).verifyChain()
        #expect(!r.ok && r.firstBadSeq == h.seq + 1, "\(r)")
    }

    @Test func aRebuiltChainIsCaughtByTheRecordedHead() throws {
        let s = try Scratch()
        let ledger = try Self.filled(s.dir + "/l.sqlite")
        let h = try ledger.head()
        #expect(try ledger.verifyChain(expecting: (h.seq, h.chain)).ok)
        let r = try ledger.verifyChain(expecting: (h.seq, String(repeating: "a", count: 64)))
        #expect(!r.ok && r.firstBadSeq == h.seq)
        #expect(try ledger.verifyChain(expecting: (h.seq + 3, h.chain)).firstBadSeq == h.seq + 3)
    }

    @Test func leasesKeepWorkersApartAndExpire() throws {
        let s = try Scratch()
        let ledger = try Ledger(s.dir + "/l.sqlite")
        try ledger.enqueue([WorkItem(submission: "A", path: "/a"), WorkItem(submission: "B", path: "/b")])
        #expect(try ledger.claimNext(worker: "w1", leaseSeconds: 10, now: 100)?.submission == "A")
        #expect(try ledger.claimNext(worker: "w2", leaseSeconds: 10, now: 101)?.submission == "B")
        #expect(try ledger.claimNext(worker: "w2", leaseSeconds: 10, now: 105) == nil)
        // w1 died: its lease runs out and another worker takes A again.
        #expect(try ledger.claimNext(worker: "w2", leaseSeconds: 10, now: 111)?.submission == "A")
        // A rerun adds nothing twice.
        #expect(try ledger.enqueue([WorkItem(submission: "A", path: "/a"), WorkItem(submission: "C", path: "/c")]) == 1)
    }

    @Test func reporterContactsStayOutOfTheLog() throws {
        let s = try Scratch()
        let ledger = try Ledger(s.dir + "/l.sqlite")
        let item = WorkItem(submission: "S-1", path: "/a.jpg", reporter: ReporterContact(name: "Nguyễn Văn A", idNumber: "001234567890", phone: "0912345678"))
        try ledger.enqueue([item])
        _ = try ledger.claim("S-1", worker: "w", leaseSeconds: 60, now: 0)
        let r = Self.report("/a.jpg", sha: String(repeating: "1", count: 64))
        _ = try ledger.commit(Commit(item: item, outcome: .screened(json: try CanonicalJSON.encode(r), sha256: String(repeating: "1", count: 64), bytes: 10),
                                     entry: SubmissionEntry(submission: "S-1", path: "/a.jpg", verdictClass: "consistent-with-original", decision: "accept")))
        var rows: [String] = []
        try ledger.forEachRow { rows.append($0.body) }
        #expect(!rows.joined().contains("0912345678") && !rows.joined().contains("Nguyễn"))
        var plain: [String] = [], named: [String] = []
        try ledger.export(includeReporters: false) { plain.append($0) }
        try ledger.export(includeReporters: true) { named.append($0) }
        #expect(!plain.joined().contains("0912345678"))
        #expect(named.joined().contains("0912345678") && named.joined().contains("Nguyễn Văn A"))
    }

    @Test func csvManifestsReadQuotesClaimsAndReporters() throws {
        let text = [
            "submission_id,file,claimed_time,claimed_place,channel,reporter_name,reporter_phone",
            #"S-1,clips/a.mp4,2026-12-01T08:30:00+07:00,"21.8537, 106.7615",zalo,"Trần Thị B",0900000000"#,
            #"S-2,/abs/b.jpg,,"Km 3, Quốc lộ 1A, ""Lạng Sơn""",email,,"#,
            "",
        ].joined(separator: "\r\n")
        let items = try Manifest.csv(text, base: "/in", name: "m.csv")
        #expect(items.count == 2)
        #expect(items[0].path == "/in/clips/a.mp4" && items[0].claims?.place == ClaimedPlace(lat: 21.8537, lon: 106.7615))
        #expect(items[0].claims?.time == "2026-12-01T08:30:00+07:00" && items[0].channel == "zalo")
        #expect(items[0].reporter == ReporterContact(name: "Trần Thị B", phone: "0900000000"))
        #expect(items[1].path == "/abs/b.jpg" && items[1].claims?.place?.address == "Km 3, Quốc lộ 1A, \"Lạng Sơn\"")
        #expect(items[1].reporter == nil)
        #expect(throws: InputError.self) { try Manifest.csv("path\nx\n", base: "", name: "m.csv") }
    }

    @Test func jsonLinesManifestsReadNestedClaims() throws {
        let text = #"""
            {"submission": "S-9", "path": "a.mp4", "claimedTime": "2026-12-01T08:30:00+07:00", "claimedPlace": {"lat": 21.85, "lon": 106.76}, "reporter": {"name": "X", "idNumber": "0123"}}
            """#
        let items = try Manifest.jsonLines(text, base: "/m", name: "m.jsonl")
        #expect(items == [WorkItem(submission: "S-9", path: "/m/a.mp4", claims: Claims(time: "2026-12-01T08:30:00+07:00", place: ClaimedPlace(lat: 21.85, lon: 106.76)),
                                   reporter: ReporterContact(name: "X", idNumber: "0123"))])
    }

    @Test func connectionStringsShowNoPassword() {
        #expect(maskedConnectionString("postgres://screen:s3cret@db.local:5432/evidence") == "postgres://screen:***@db.local:5432/evidence")
        #expect(maskedConnectionString("host=/tmp dbname=x password=s3cret") == "host=/tmp dbname=x password=***")
        #expect(maskedConnectionString("postgres://screen@db.local/evidence") == "postgres://screen@db.local/evidence")
        #expect(connectionStringHasPassword("postgres://a:b@h/d") && !connectionStringHasPassword("postgres://a@h/d"))
        #expect(throws: LedgerError.self) { try Ledger("postgres://a:secret@127.0.0.1:1/d") }
    }
}
