import EvidenceKit
import Foundation
import Testing

/// `evidence batch` and `evidence ledger` as a nightly pipeline uses them (issue 15), on real corpus files.
@Suite(.serialized, .timeLimit(.minutes(4))) struct BatchTests {
    static let analysisTime = "2026-12-05T08:00:00+07:00"

    /// Starts the CLI without waiting (for kills and interrupts).
    static func start(_ arguments: [String], stdout: URL? = nil) throws -> Process {
        let p = Process()
        p.executableURL = Paths.evidenceBinary
        p.arguments = arguments
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = stdout.flatMap { try? FileHandle(forWritingTo: $0) } ?? FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    static func lines(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// Every submission the ledger records, with the seq of its submission row (from `ledger export`).
    static func recorded(_ ledger: String) throws -> [String: Int] {
        let r = try evidence("ledger", "export", "--ledger", ledger)
        #expect(r.status == 0, "\(r.stderr)")
        var out: [String: Int] = [:]
        for line in lines(r.stdout) {
            for s in (line["submissions"] as? [[String: Any]]) ?? [] {
                let id = s["submission"] as! String
                #expect(out[id] == nil, "submission \(id) recorded twice")
                out[id] = s["seq"] as? Int
            }
        }
        return out
    }

    /// A folder of corpus files (hard links or copies, never written), small ones first so a run finishes quickly.
    static func corpusFolder(_ tmp: TempDir, count: Int) throws -> [String] {
        let files = CorpusFile.all.sorted { $0.bytes < $1.bytes }.prefix(count)
        var paths: [String] = []
        let dir = tmp.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for f in files {
            let target = dir.appendingPathComponent(f.path.replacingOccurrences(of: "/", with: "__"))
            try FileManager.default.copyItem(at: f.url, to: target)
            paths.append(target.path)
        }
        return paths
    }

    @Test func resultsAreVerifyResultsPlusSubmissionAndSeq() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let tmp = try TempDir()
        let paths = try Self.corpusFolder(tmp, count: 12)
        let ledger = tmp.url.appendingPathComponent("l.sqlite").path
        let r = try evidence("batch", tmp.url.appendingPathComponent("in").path, "--ledger", ledger, "--analysis-time", Self.analysisTime)
        #expect([0, 1, 2, 65].contains(r.status), "\(r.stderr)")
        let out = Self.lines(r.stdout)
        #expect(out.count == paths.count)
        for line in out {
            let path = line["file"].flatMap { ($0 as? [String: Any])?["path"] as? String } ?? ""
            #expect(line["submission"] as? String == path)
            #expect((line["ledgerSeq"] as? Int ?? 0) > 0)
            // The same bytes as `verify --json` with the same analysis time, apart from the two batch fields.
            let v = try evidence("verify", "--json", "--analysis-time", Self.analysisTime, path)
            var mine = line
            mine["submission"] = nil
            mine["ledgerSeq"] = nil
            let theirs = try #require(Self.lines(v.stdout).first)
            #expect(NSDictionary(dictionary: mine).isEqual(to: theirs), "\(path) differs from verify")
        }
        #expect(r.stderr.contains("\(paths.count) screened"))
        let check = try evidence("ledger", "verify", "--ledger", ledger)
        // Two rows per file (its result, its submission), and one more per video (its packet hashes).
        let videos = out.filter { $0["kind"] as? String == "video" }.count
        let rows = 2 * paths.count + videos
        #expect(check.status == 0 && check.stdout.hasPrefix("ledger intact: \(rows) rows"), "\(check.stdout)")
        // Anyone can recompute the chain without this tool: README's Python lines, run as printed there.
        if let python = Paths.tool("python3") {
            let script = """
                import hashlib, json, sqlite3, sys
                chain = bytes(32)
                for seq, kind, sub, sha, body, stored in sqlite3.connect(sys.argv[1]).execute(
                        "SELECT seq, kind, submission, sha256, body, chain FROM log ORDER BY seq"):
                    row = json.dumps({"body": body, "kind": kind, "seq": seq, "sha256": sha, "submission": sub},
                                     sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
                    chain = hashlib.sha256(chain + row).digest()
                    assert chain.hex() == stored, f"row {seq}"
                print("ok", seq)
                """
            let py = try run(python, ["-c", script, ledger])
            #expect(py.status == 0 && py.stdout == "ok \(rows)\n", "\(py.stdout) \(py.stderr)")
        }
        // Each video's packet hashes are kept in the ledger: as many as the result counts, with their digests.
        let exported = Self.lines(try evidence("ledger", "export", "--ledger", ledger, "--include-hashes").stdout)
        for line in exported where (line["result"] as? [String: Any])?["kind"] as? String == "video" {
            let expected = ((line["result"] as? [String: Any])?["file"] as? [String: Any])?["videoPackets"] as? Int
            let packets = (line["hashes"] as? [String: Any])?["packets"] as? [[String: Any]]
            #expect(expected != nil && packets?.count == expected, "\(line["paths"] ?? "")")
            #expect((packets?.first?["sha256"] as? String)?.count == 64)
        }
        // Rerun: nothing screened again, nothing printed.
        let again = try evidence("batch", tmp.url.appendingPathComponent("in").path, "--ledger", ledger, "--analysis-time", Self.analysisTime)
        #expect(again.stdout.isEmpty && again.stderr.contains("\(paths.count) already in the ledger, 0 screened"))
        #expect(again.status == r.status)
    }

    /// Issue 15 acceptance: SIGKILL at 20 random moments, each followed by a rerun; every file recorded exactly once,
    /// the chain intact, and nothing committed before a kill lost or changed after it.
    @Test func killedTwentyTimesLosesAndDuplicatesNothing() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let tmp = try TempDir()
        let paths = try Self.corpusFolder(tmp, count: 24)
        let input = tmp.url.appendingPathComponent("in").path
        let ledger = tmp.url.appendingPathComponent("l.sqlite").path
        let results = tmp.url.appendingPathComponent("results.jsonl").path
        var rng = MutationSweepTests.Random(state: 15)
        // How long this machine takes over the whole folder, so that each kill lands while the run still has work
        // left, however fast the machine is: the moment is drawn from the first 80 % of the time the files not yet
        // committed should take (a fixed 20–450 ms window let runs on a fast machine finish before the kill).
        let scratch = tmp.url.appendingPathComponent("calibration.sqlite").path
        let started = DispatchTime.now().uptimeNanoseconds
        _ = try evidence("batch", input, "--ledger", scratch, "--analysis-time", Self.analysisTime)
        let wholeRun = Double(DispatchTime.now().uptimeNanoseconds - started) / 1000
        var committed: [String: Int] = [:]
        var kills = 0
        for _ in 0..<20 {
            let p = try Self.start(["batch", input, "--ledger", ledger, "--analysis-time", Self.analysisTime, "--out", results])
            let left = Double(paths.count - committed.count) / Double(paths.count)
            usleep(UInt32.random(in: 20_000...max(25_000, UInt32(min(2_000_000, 0.8 * wholeRun * left))), using: &rng))
            if p.isRunning { kill(p.processIdentifier, SIGKILL); kills += 1 }
            p.waitUntilExit()
            guard FileManager.default.fileExists(atPath: ledger) else { continue }
            let now = try Self.recorded(ledger)
            for (id, seq) in committed { #expect(now[id] == seq, "\(id) was committed at seq \(seq) before a kill, now \(String(describing: now[id]))") }
            committed = now
            let check = try evidence("ledger", "verify", "--ledger", ledger)
            #expect(check.status == 0, "after a kill: \(check.stdout)")
            if committed.count == paths.count { try FileManager.default.removeItem(atPath: ledger); committed = [:]; try? FileManager.default.removeItem(atPath: results) }
        }
        #expect(kills >= 15, "only \(kills) of 20 runs were killed in flight")
        print("killed \(kills) of 20 runs in flight")
        let last = try evidence("batch", input, "--ledger", ledger, "--analysis-time", Self.analysisTime, "--out", results)
        #expect([0, 1, 2, 65].contains(last.status), "\(last.stderr)")
        let final = try Self.recorded(ledger)
        #expect(Set(final.keys) == Set(paths), "missing: \(Set(paths).subtracting(final.keys))")
        for (id, seq) in committed { #expect(final[id] == seq) }
        #expect(try evidence("ledger", "verify", "--ledger", ledger).status == 0)
        // The results file holds each submission once: lines committed by a killed run are added on the rerun.
        let printed = Self.lines(try String(contentsOfFile: results, encoding: .utf8)).compactMap { $0["submission"] as? String }
        #expect(printed.sorted() == paths.sorted())
    }

    @Test func badFilesGetTheirRowAndTheBatchGoesOn() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let tmp = try TempDir()
        let good = try #require(CorpusFile.all.first { $0.path == "photos/samsung_sm-j327t1.jpg" })
        let dir = tmp.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let original = try Data(contentsOf: good.url)
        try original.write(to: dir.appendingPathComponent("a-good.jpg"))
        try Data().write(to: dir.appendingPathComponent("b-empty.mp4"))
        try original.prefix(original.count / 3).write(to: dir.appendingPathComponent("c-truncated.jpg"))
        var rng = MutationSweepTests.Random(state: 7)
        try Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) }).write(to: dir.appendingPathComponent("d-hostile.mp4"))
        try Data("not a photo\n".utf8).write(to: dir.appendingPathComponent("e-text.jpg"))
        try original.write(to: dir.appendingPathComponent("f-locked.jpg"))
        chmod(dir.appendingPathComponent("f-locked.jpg").path, 0)
        try Data("hidden".utf8).write(to: dir.appendingPathComponent(".hidden.jpg"))
        mkfifo(dir.appendingPathComponent("g-fifo.mp4").path, 0o644)
        // A link out of the folder is not followed; a link inside it is.
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("h-out.jpg").path, withDestinationPath: good.url.path)
        // A manifest also names a file that vanished before its turn.
        let manifest = tmp.url.appendingPathComponent("m.csv")
        try "submission,path\nV-1,\(tmp.url.path)/gone.mp4\nV-2,\(dir.path)/a-good.jpg\n".write(to: manifest, atomically: true, encoding: .utf8)
        let ledger = tmp.url.appendingPathComponent("l.sqlite").path
        // Root reads any file whatever its mode: the permission case needs an unprivileged user.
        var command = [Paths.evidenceBinary.path, "batch", dir.path, manifest.path, "--ledger", ledger, "--analysis-time", Self.analysisTime]
        if getuid() == 0, let runuser = Paths.tool("runuser") {
            chmod(tmp.url.path, 0o777)
            chmod(dir.path, 0o777)
            command = [runuser, "-u", "nobody", "--"] + command
        }
        let r = try run(command[0], Array(command.dropFirst()))
        let out = Self.lines(r.stdout)
        func line(_ id: String) -> [String: Any]? { out.first { $0["submission"] as? String == id } }
        #expect(out.count == 8, "\(r.stdout)\n\(r.stderr)") // six files in the folder, two manifest lines
        #expect((line("\(dir.path)/a-good.jpg")?["verdict"] as? [String: Any])?["decision"] as? String == "accept")
        #expect(((line("\(dir.path)/b-empty.mp4")?["error"] as? [String: Any])?["kind"] as? String) == "unreadable")
        #expect(((line("\(dir.path)/c-truncated.jpg")?["verdict"] as? [String: Any])?["decision"] as? String) == "review")
        let hostile = line("\(dir.path)/d-hostile.mp4")
        #expect(((hostile?["error"] as? [String: Any])?["kind"] as? String) == "unreadable" || (hostile?["verdict"] as? [String: Any])?["class"] as? String == "unreadable")
        #expect(((line("\(dir.path)/e-text.jpg")?["error"] as? [String: Any])?["kind"] as? String) == "unreadable")
        if getuid() != 0 || Paths.tool("runuser") != nil {
            #expect(((line("\(dir.path)/f-locked.jpg")?["error"] as? [String: Any])?["kind"] as? String) == "missing", "\(String(describing: line("\(dir.path)/f-locked.jpg")))")
        }
        #expect(((line("V-1")?["error"] as? [String: Any])?["kind"] as? String) == "missing")
        // The same bytes as a-good.jpg under another submission: linked, not screened again.
        #expect((line("V-2")?["verdict"] as? [String: Any])?["decision"] as? String == "accept")
        #expect(r.stderr.contains("1 linked to an earlier screening"), "\(r.stderr)")
        #expect(r.stderr.contains("1 hidden, 1 not regular files, 1 links out of the folder"), "\(r.stderr)")
        #expect(r.status == 66, "the worst outcome is a missing file: \(r.status)")
        let check = try evidence("ledger", "verify", "--ledger", ledger)
        #expect(check.status == 0 && check.stdout.contains("ledger intact"))
    }

    /// Issue 15 acceptance: a clip claimed 3 km and 2 days from its GPS and capture time gets the finding with both
    /// figures; a claim within 50 m and 2 minutes does not.
    @Test func manifestClaimsAreChecked() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let tmp = try TempDir()
        let clip = Paths.corpus.appendingPathComponent("phone-video/android601_with-gps.mp4").path
        // The clip: 2017-02-22T08:20:28Z at 51.4169, −0.0806.
        let manifest = tmp.url.appendingPathComponent("claims.csv")
        try """
            submission,path,claimed_time,claimed_place,channel,reporter_name,reporter_phone
            FAR,\(clip),2017-02-24T15:20:28+07:00,"51.4439,-0.0806",zalo,Nguyễn Văn A,0912345678
            NEAR,\(clip),2017-02-22T15:22:28+07:00,"51.41735,-0.0806",email,,

            """.write(to: manifest, atomically: true, encoding: .utf8)
        let ledger = tmp.url.appendingPathComponent("l.sqlite").path
        let r = try evidence("batch", manifest.path, "--ledger", ledger, "--analysis-time", Self.analysisTime)
        let out = Self.lines(r.stdout)
        func findings(_ id: String) -> [[String: Any]] { (out.first { $0["submission"] as? String == id }?["findings"] as? [[String: Any]]) ?? [] }
        let far = findings("FAR").filter { ($0["id"] as? String ?? "").hasPrefix("claim.") }
        let time = try #require(far.first { $0["id"] as? String == "claim.time.contradicted" })
        #expect((time["evidence"] as? [String: Any])?["differenceSeconds"] as? Int == 172_800 - 1)
        let place = try #require(far.first { $0["id"] as? String == "claim.place.contradicted" })
        let metres = try #require((place["evidence"] as? [String: Any])?["distanceMetres"] as? Double)
        #expect(abs(metres - 3002) < 5, "\(metres)")
        #expect((place["message"] as? String ?? "").contains("3002 m") && (place["messageVi"] as? String ?? "").contains("3002 m"))
        let near = findings("NEAR").filter { ($0["id"] as? String ?? "").hasPrefix("claim.") }.compactMap { $0["id"] as? String }.sorted()
        #expect(near == ["claim.place.consistent", "claim.time.consistent"])
        // An officer checks the same claim on one file with verify.
        let v = try evidence("verify", "--json", "--claimed-time", "2017-02-24T15:20:28+07:00", "--claimed-place", "51.4439,-0.0806", clip)
        let vf = (Self.lines(v.stdout).first?["findings"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }.filter { $0.hasPrefix("claim.") }.sorted()
        #expect(vf == ["claim.place.contradicted", "claim.time.contradicted"])
        #expect(v.status == 1, "a contradicted claim sends the file to review")
        // The reporter's contact fields stay out of results and plain exports.
        #expect(!r.stdout.contains("0912345678"))
        #expect(!(try evidence("ledger", "export", "--ledger", ledger)).stdout.contains("0912345678"))
        #expect((try evidence("ledger", "export", "--ledger", ledger, "--include-reporters")).stdout.contains("0912345678"))
    }

    @Test func limitsNameTheLimitAndTheBatchGoesOn() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let tmp = try TempDir()
        let clip = Paths.corpus.appendingPathComponent("dashcam/gopro_hero5_karma.mp4").path
        let photo = Paths.corpus.appendingPathComponent("edited/canon40d_gimp.jpg").path // 9.7 KB: quick at any depth
        let manifest = tmp.url.appendingPathComponent("m.csv")
        try "submission,path\nCLIP,\(clip)\nPHOTO,\(photo)\n".write(to: manifest, atomically: true, encoding: .utf8)
        let r = try evidence("batch", manifest.path, "--ledger", tmp.url.appendingPathComponent("l.sqlite").path, "--depth", "full", "--wall-seconds", "0.3", "--jobs", "1")
        let out = Self.lines(r.stdout)
        let clipLine = try #require(out.first { $0["submission"] as? String == "CLIP" })
        let ids = (clipLine["findings"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids == ["media.limit.wall-time"])
        #expect((clipLine["verdict"] as? [String: Any])?["class"] as? String == "inconclusive")
        #expect((clipLine["file"] as? [String: Any])?["sha256"] as? String == "35c2c80530e0d6c5eed8dafd71852dac621db547bef6bf5ad375b91bd0e38347")
        let photoLine = try #require(out.first { $0["submission"] as? String == "PHOTO" })
        #expect(!(photoLine["findings"] as? [[String: Any]] ?? []).contains { ($0["id"] as? String ?? "").hasPrefix("media.limit") }, "the next file is screened normally")

        // Pictures per file: decoding stops at the policy's limit and the finding names it; the file is not accepted.
        let policy = tmp.url.appendingPathComponent("p.json")
        try #"{"limits": {"frames": 10}}"#.write(to: policy, atomically: true, encoding: .utf8)
        let f = try evidence("verify", "--json", "--depth", "full", "--policy", policy.path, clip)
        let fl = try #require(Self.lines(f.stdout).first)
        let incomplete = (fl["findings"] as? [[String: Any]] ?? []).first { ($0["id"] as? String) == "media.read.incomplete" }
        let incompleteMessage = (incomplete?["message"] as? String) ?? ""
        #expect(incompleteMessage.contains("limit of 10 pictures per file"), "\(f.stdout.prefix(600))")
        #expect((fl["verdict"] as? [String: Any])?["decision"] as? String != "accept")

        let m = try evidence("batch", manifest.path, "--ledger", tmp.url.appendingPathComponent("m.sqlite").path, "--depth", "full", "--memory-mib", "20", "--jobs", "1")
        let memLine = try #require(Self.lines(m.stdout).first { $0["submission"] as? String == "CLIP" })
        #expect((memLine["findings"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } == ["media.limit.memory"], "\(m.stdout)")
    }

    @Test func ledgerVerifyNamesTheEditedRowAndASecondLocalBatchIsRefused() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let tmp = try TempDir()
        _ = try Self.corpusFolder(tmp, count: 3)
        let ledger = tmp.url.appendingPathComponent("l.sqlite").path
        let input = tmp.url.appendingPathComponent("in").path
        _ = try evidence("batch", input, "--ledger", ledger)
        // While one local batch holds the ledger, another is refused (exit 64) rather than interleaved.
        let holder = try Self.start(["batch", Paths.corpus.path, "--ledger", ledger, "--depth", "full", "--jobs", "1"])
        usleep(300_000)
        #expect(holder.isRunning)
        let second = try evidence("batch", input, "--ledger", ledger)
        #expect(second.status == 64 && second.stderr.contains("another batch is using the ledger"), "\(second.stderr)")
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        if let sqlite = Paths.tool("sqlite3") {
            _ = try run(sqlite, [ledger, "UPDATE log SET body = replace(body, 'structure', 'full') WHERE seq = 1"])
            let r = try evidence("ledger", "verify", "--ledger", ledger)
            #expect(r.status == 2 && r.stdout.contains("BROKEN at row 1"), "\(r.stdout)")
        }
    }

    @Test func ctrlCFinishesTheFilesInFlightAndARerunCompletes() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let tmp = try TempDir()
        let paths = try Self.corpusFolder(tmp, count: 16)
        let input = tmp.url.appendingPathComponent("in").path
        let ledger = tmp.url.appendingPathComponent("l.sqlite").path
        let p = try Self.start(["batch", input, "--ledger", ledger, "--depth", "full", "--jobs", "1"])
        usleep(700_000)
        kill(p.processIdentifier, SIGINT)
        p.waitUntilExit()
        #expect(p.terminationStatus == 75, "interrupted batches exit 75")
        let partial = try Self.recorded(ledger)
        #expect(partial.count > 0 && partial.count < paths.count, "\(partial.count)")
        #expect(try evidence("ledger", "verify", "--ledger", ledger).status == 0)
        _ = try evidence("batch", input, "--ledger", ledger, "--depth", "full")
        #expect(Set(try Self.recorded(ledger).keys) == Set(paths))
    }
}

/// The mutation sweep's SplitMix64 also drives the kill moments: the same on every machine.
extension MutationSweepTests.Random: RandomNumberGenerator {}
