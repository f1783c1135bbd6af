import EvidenceKit
import Foundation
import Testing

/// A throw-away PostgreSQL server for one test: `initdb` into a temporary folder, `pg_ctl` on a Unix socket there
/// (no TCP port), stopped and removed at the end. Debian's `postgresql` package provides the programs
/// (`tools/install-deps --oracles` installs it). As root, the server runs as the `postgres` user, as it must.
final class ThrowawayPostgres {
    let dir: String
    let bin: String
    var conninfo: String { "host=\(dir) dbname=postgres user=evidence" }
    private let asUser: [String]

    static var binDir: String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }
        return versions.map { "\(root)/\($0)/bin" }.first { FileManager.default.isExecutableFile(atPath: "\($0)/initdb") }
    }

    init() throws {
        bin = try #require(Self.binDir, "PostgreSQL's server programs are not installed (tools/install-deps --oracles installs Debian's postgresql)")
        // A short path: a Unix socket's path must stay under 108 bytes.
        dir = "/tmp/pg-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        if getuid() == 0 {
            let runuser = try #require(Paths.tool("runuser"))
            _ = try run("/bin/chown", ["postgres", dir])
            asUser = [runuser, "-u", "postgres", "--"]
        } else {
            asUser = []
        }
        let initdb = try command("\(bin)/initdb", ["-D", "\(dir)/data", "-A", "trust", "-U", "evidence", "-E", "UTF8", "--no-sync"])
        try #require(initdb.status == 0, "initdb: \(initdb.stderr)")
        // The server inherits pg_ctl's standard streams: they go nowhere, so that nothing waits for them to close.
        let start = try command("\(bin)/pg_ctl", ["-D", "\(dir)/data", "-l", "\(dir)/log", "-w", "-o", "-k \(dir) -c listen_addresses='' -c max_connections=40", "start"], detached: true)
        try #require(start == 0, "pg_ctl start failed: \((try? String(contentsOfFile: "\(dir)/log", encoding: .utf8)) ?? "")")
    }

    deinit {
        _ = try? command("\(bin)/pg_ctl", ["-D", "\(dir)/data", "-m", "immediate", "-w", "stop"], detached: true)
        try? FileManager.default.removeItem(atPath: dir)
    }

    private func command(_ program: String, _ arguments: [String]) throws -> RunResult {
        asUser.isEmpty ? try run(program, arguments) : try run(asUser[0], Array(asUser.dropFirst()) + [program] + arguments)
    }

    /// Runs with every standard stream on /dev/null and waits with waitpid; returns the exit status. Not Foundation's
    /// Process: its wait for the child's end also waits for every descendant holding its descriptors, and the server
    /// pg_ctl starts lives on.
    private func command(_ program: String, _ arguments: [String], detached: Bool) throws -> Int32 {
        let argv = asUser.isEmpty ? [program] + arguments : asUser + [program] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        let cargs = argv.map { strdup($0) } + [nil]
        defer { for p in cargs { free(p) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, cargs, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// A new empty database on this server; its connection string.
    func database(_ name: String) throws -> String {
        let psql = try #require(FileManager.default.isExecutableFile(atPath: "\(bin)/psql") ? "\(bin)/psql" : Paths.tool("psql"))
        let r = try run(psql, ["-h", dir, "-U", "evidence", "-d", "postgres", "-q", "-c", "CREATE DATABASE \(name)"])
        try #require(r.status == 0, "\(r.stderr)")
        return "host=\(dir) dbname=\(name) user=evidence"
    }
}

/// Issue 15 acceptance on PostgreSQL: workers share one ledger, none screens a file another took, a killed worker's
/// file is redone, the chain stays one total order.
@Suite(.serialized, .timeLimit(.minutes(4))) struct PostgresBatchTests {
    /// Each worker's stderr summary: "N screened, M linked".
    static func screened(_ stderr: String) -> Int {
        guard let r = stderr.range(of: #"(\d+) screened, (\d+) linked"#, options: .regularExpression) else { return -1 }
        let numbers = stderr[r].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.reduce(0, +)
    }

    @Test func twoWorkersShareABatchWithoutOverlap() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let server = try ThrowawayPostgres()
        let ledger = try server.database("share")
        let tmp = try TempDir()
        let paths = try BatchTests.corpusFolder(tmp, count: 24)
        let input = tmp.url.appendingPathComponent("in").path
        let outA = tmp.url.appendingPathComponent("a.jsonl"), outB = tmp.url.appendingPathComponent("b.jsonl")
        let errA = tmp.url.appendingPathComponent("a.err"), errB = tmp.url.appendingPathComponent("b.err")
        let a = try Self.start(["batch", input, "--ledger", ledger, "--worker", "--jobs", "1"], out: outA, err: errA)
        let b = try Self.start(["batch", input, "--ledger", ledger, "--worker", "--jobs", "1"], out: outB, err: errB)
        a.waitUntilExit()
        b.waitUntilExit()
        let idsA = BatchTests.lines(try String(contentsOf: outA, encoding: .utf8)).compactMap { $0["submission"] as? String }
        let idsB = BatchTests.lines(try String(contentsOf: outB, encoding: .utf8)).compactMap { $0["submission"] as? String }
        #expect(Set(idsA).isDisjoint(with: idsB), "screened by both: \(Set(idsA).intersection(idsB))")
        #expect(Set(idsA + idsB) == Set(paths))
        #expect(!idsA.isEmpty && !idsB.isEmpty, "both workers took part (\(idsA.count) and \(idsB.count))")
        // No file screened twice: the two summaries add up to the batch.
        #expect(Self.screened(try String(contentsOf: errA, encoding: .utf8)) + Self.screened(try String(contentsOf: errB, encoding: .utf8)) == paths.count)
        #expect(Set(try BatchTests.recorded(ledger).keys) == Set(paths))
        let check = try evidence("ledger", "verify", "--ledger", ledger)
        #expect(check.status == 0 && check.stdout.contains("ledger intact: "), "\(check.stdout)")
    }

    /// Five rounds: two workers start, one is killed (SIGKILL) at a random moment; the survivor redoes the files
    /// the dead one held once their leases expire. Every file recorded exactly once; the chain verifies.
    @Test func aKilledWorkersFilesAreRedoneByTheOther() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let server = try ThrowawayPostgres()
        let tmp = try TempDir()
        let paths = try BatchTests.corpusFolder(tmp, count: 12)
        let input = tmp.url.appendingPathComponent("in").path
        var rng = MutationSweepTests.Random(state: 1505)
        // One worker's time over the folder on this machine: two workers share it, so a kill drawn from the first
        // 45 % of it lands while the victim still works, however fast the machine (a fixed 150–900 ms could miss).
        let calibration = try server.database("calibration")
        let started = DispatchTime.now().uptimeNanoseconds
        _ = try evidence("batch", input, "--ledger", calibration, "--worker", "--jobs", "1", "--lease", "2", "--depth", "keyframes")
        let oneWorker = Double(DispatchTime.now().uptimeNanoseconds - started) / 1000
        var killedInFlight = 0
        for round in 1...5 {
            let ledger = try server.database("round\(round)")
            let victim = try Self.start(["batch", input, "--ledger", ledger, "--worker", "--jobs", "1", "--lease", "2", "--depth", "keyframes"])
            let survivor = try Self.start(["batch", input, "--ledger", ledger, "--worker", "--jobs", "1", "--lease", "2", "--depth", "keyframes"])
            usleep(UInt32.random(in: 50_000...max(60_000, UInt32(min(3_000_000, 0.45 * oneWorker))), using: &rng))
            if victim.isRunning { kill(victim.processIdentifier, SIGKILL); killedInFlight += 1 }
            victim.waitUntilExit()
            survivor.waitUntilExit()
            #expect(survivor.terminationStatus != 70, "round \(round): the survivor failed")
            let recorded = try BatchTests.recorded(ledger)
            #expect(Set(recorded.keys) == Set(paths), "round \(round): missing \(Set(paths).subtracting(recorded.keys))")
            #expect(try evidence("ledger", "verify", "--ledger", ledger).status == 0)
        }
        #expect(killedInFlight >= 4, "only \(killedInFlight) of 5 victims were still working when killed")
    }

    /// Issue 16 on PostgreSQL: the duplicates index fills in the same transactions, and `similar --ledger` finds a
    /// turned copy of a batched photo and the same bytes again, as on SQLite.
    @Test func duplicatesIndexWorksOnPostgres() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let ffmpeg = try #require(Paths.tool("ffmpeg"), "ffmpeg is needed to turn the photo")
        let server = try ThrowawayPostgres()
        let ledger = try server.database("dup")
        let tmp = try TempDir()
        let photo = Paths.corpus.appendingPathComponent("photos/samsung_gt-i9100_galaxy_s2.jpg").path
        let turned = tmp.url.appendingPathComponent("turned.jpg").path
        _ = try run(ffmpeg, ["-v", "error", "-y", "-i", photo, "-vf", "transpose=2", "-q:v", "3", turned])
        let folder = tmp.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: photo, toPath: folder.appendingPathComponent("s2.jpg").path)
        // The optimised binary when tools/test built it: hashing a photo's crops is slow unoptimised.
        let binary = ProcessInfo.processInfo.environment["EVIDENCE_RELEASE_BIN"] ?? Paths.evidenceBinary.path
        let batch = try run(binary, ["batch", folder.path, "--ledger", ledger, "--depth", "keyframes", "--analysis-time", "0"])
        #expect(batch.stdout.split(separator: "\n").count == 1, "\(batch.stderr)")
        let r = try run(binary, ["similar", "--json", turned, photo, "--ledger", ledger])
        let reports = try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(SimilarityReport.self, from: Data($0.utf8)) }
        #expect(reports.count == 2)
        #expect(reports.first?.matches.first?.kind == .similarPhoto && (reports.first?.matches.first?.distance?.min ?? 99) <= 31, "\(reports)")
        #expect(reports.last?.matches.map(\.kind) == [.sameFile], "\(reports)")
    }

    @Test func aPasswordOnTheCommandLineIsRefusedAndNeverShown() throws {
        let tmp = try TempDir()
        try Data("x".utf8).write(to: tmp.url.appendingPathComponent("a.jpg"))
        let r = try evidence("batch", tmp.url.path, "--ledger", "postgres://screen:hunter2@127.0.0.1:1/evidence")
        #expect(r.status == 65)
        #expect(!r.stderr.contains("hunter2") && !r.stdout.contains("hunter2"))
        #expect(r.stderr.contains("postgres://screen:***@127.0.0.1:1/evidence") && r.stderr.contains(".pgpass"), "\(r.stderr)")
    }

    static func start(_ arguments: [String], out: URL? = nil, err: URL? = nil) throws -> Process {
        let p = Process()
        p.executableURL = Paths.evidenceBinary
        p.arguments = arguments
        p.standardInput = FileHandle.nullDevice
        for u in [out, err].compactMap({ $0 }) { _ = FileManager.default.createFile(atPath: u.path, contents: nil) }
        p.standardOutput = out.flatMap { try? FileHandle(forWritingTo: $0) } ?? FileHandle.nullDevice
        p.standardError = err.flatMap { try? FileHandle(forWritingTo: $0) } ?? FileHandle.nullDevice
        try p.run()
        return p
    }
}
