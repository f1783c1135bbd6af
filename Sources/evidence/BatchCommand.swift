import ArgumentParser
import EvidenceKit
import EvidenceLedger
import Foundation

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Screen folders or manifests into a durable, hash-chained ledger; results as JSON Lines.",
        discussion: """
            INPUT is a folder (walked recursively; hidden and non-regular files skipped and counted; symbolic links
            followed only inside it) or a manifest: CSV with a header, or JSON Lines, with the columns submission,
            path and optionally claimed_time, claimed_place (lat,lon or an address), received_time, channel,
            reporter_name, reporter_id, reporter_phone, reporter_address (kept apart from results).
            Each file is screened by `verify` in a separate screening process (a crash or a limit ends that
            process, not the batch) and committed to the ledger in its own transaction before its line is printed.
            Rerunning the same command skips what is recorded and redoes the rest; Ctrl-C finishes the files in
            flight. --worker shares a PostgreSQL (or SQLite) ledger with other processes on other machines.
            Exit code: the worst outcome (0 accept, 1 review, 2 reject, 65 unreadable, 66 missing, 70 internal);
            75 when interrupted before the end.
            Examples:
              evidence batch uploads/ --ledger screening.sqlite --jobs 2 > results.jsonl
              evidence batch manifest.csv --ledger screening.sqlite --depth full --out results.jsonl
              evidence batch manifest.csv --ledger postgres://screening@db.local/evidence --worker
            """)

    @Argument(help: "Folders or manifests (.csv, .jsonl).")
    var inputs: [String] = []

    @Option(name: .long, help: "The ledger: a SQLite file path, or postgres://user@host/db (password in ~/.pgpass).")
    var ledger: String = "evidence-ledger.sqlite"

    @Option(name: .long, help: "Files screened at once (each in its own process).")
    var jobs: Int = 2

    @Option(name: .long, help: "How much to read: structure, keyframes or full.")
    var depth: VerifyDepth = .structure

    @Option(name: .long, help: "Policy JSON: decisions per class, \"claims\" tolerances, \"limits\".")
    var policy: String?

    @Option(name: .long, help: "Append the JSON Lines to this file instead of stdout.")
    var out: String?

    @Flag(name: .long, help: "Share the ledger with other batch processes: also screen what they queued, and redo what a dead one left.")
    var worker = false

    @Option(name: .long, help: "Seconds a claimed file stays reserved without a heartbeat (--worker).")
    var lease: Double = 60

    @Option(name: .long, help: "Time of the analysis for every file (Unix seconds or ISO 8601 with zone).")
    var analysisTime: AnalysisTime?

    @Option(name: .long, help: "Wall-time limit per file in seconds (overrides the policy's limits.wallSeconds).")
    var wallSeconds: Double?

    @Option(name: .long, help: "Memory limit per screening process in MiB (overrides limits.memoryMiB).")
    var memoryMib: Double?

    @Option(name: .long, help: "Decoder threads per job (default: the cores shared among the jobs).")
    var threads: Int?

    @Flag(name: .long, help: "Hash pictures for the duplicates index at depth structure too (video keyframes, photo PDQ); depths keyframes and full always do.")
    var hashPictures = false

    @Flag(name: .long, help: "Do not look submissions up in the duplicates index (no link.* findings).")
    var noLinks = false

    func validate() throws {
        if inputs.isEmpty && !worker { throw ValidationError("give at least one folder or manifest (or --worker to drain a shared ledger)") }
        if jobs < 1 || jobs > 64 { throw ValidationError("--jobs must be 1…64") }
        if lease < 1 { throw ValidationError("--lease must be at least 1 second") }
    }

    func run() throws {
        var chosen = try loadPolicy(policy)
        if let wallSeconds { chosen.limits.wallSeconds = wallSeconds }
        if let memoryMib { chosen.limits.memoryMiB = memoryMib }
        let found: BatchInputs
        do { found = try BatchInputs.read(inputs) } catch { throw ValidationError("\(error)") }

        let store: Ledger
        do { store = try Ledger(ledger) } catch {
            Diagnostics.error(maskedLedgerName(ledger), "\(error)")
            throw ExitStatus.unreadable.exitCode
        }
        var lock: LedgerLock?
        if !worker, store.store is SQLiteStore, ledger != ":memory:" {
            do { lock = try LedgerLock(path: ledger) } catch {
                Diagnostics.error(ledger, "\(error)")
                throw ExitStatus.usage.exitCode
            }
        }
        defer { _ = lock }

        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var options = BatchOptions(executable: Self.executablePath(), workerName: Self.workerName())
        options.jobs = jobs
        options.depth = depth
        options.hashPictures = hashPictures
        options.linkSubmissions = !noLinks
        options.policy = chosen
        options.policyPath = policy.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        options.analysisTime = analysisTime?.unixSeconds
        options.worker = worker
        options.shared = lock == nil
        options.leaseSeconds = lease
        options.decoderThreads = threads ?? max(1, cores / jobs)

        // A results file a killed run left behind may lack lines that were committed: add them from the ledger.
        let printed = out.map(ResultSink.submissions(in:)) ?? []
        let sink = try ResultSink(path: out)
        if out != nil {
            let states = (try? store.states(found.items.map(\.submission))) ?? [:]
            for item in found.items where states[item.submission]?.done == true && !printed.contains(item.submission) {
                if let line = try? store.storedLine(submission: item.submission, policy: chosen) { sink.write(line + "\n") }
            }
        }
        let progress = isatty(2) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
            ? BatchProgress(write: { FileHandleStderr.write($0) }) : nil
        installInterruptHandler()
        let runner = BatchRunner(ledger: store, options: options) { result in sink.write(result.line + "\n") }
        let summary: BatchSummary
        do { summary = try runner.run(found.items, progress: progress) } catch {
            Diagnostics.error(store.displayName, "\(error)")
            throw ExitStatus.internalError.exitCode
        }
        FileHandleStderr.write(Self.table(summary, inputs: found, ledger: store))
        var status = ExitStatus.ok
        for (d, n) in summary.byDecision where n > 0 {
            switch d {
            case "review": status = max(status, .review)
            case "reject": status = max(status, .reject)
            default: break
            }
        }
        if (summary.byClass["unreadable"] ?? 0) > 0 { status = max(status, .unreadable) }
        for (kind, n) in summary.errors where n > 0 {
            status = max(status, kind == "missing" ? .missing : kind == "internal" ? .internalError : .unreadable)
        }
        if summary.interrupted { throw ExitCode(75) }
        if status != .ok { throw status.exitCode }
    }

    static func table(_ s: BatchSummary, inputs: BatchInputs, ledger: Ledger) -> String {
        var lines: [String] = []
        let rate = s.seconds > 0 ? Double(s.screened + s.linked) / s.seconds : 0
        lines.append("batch: \(s.total) submissions: \(s.alreadyDone) already in the ledger, \(s.screened) screened, \(s.linked) linked to an earlier screening of the same bytes; \(BatchProgress.fixed(s.seconds)) s, \(BatchProgress.fixed(rate)) files/s")
        let skipped = inputs.skippedHidden + inputs.skippedNonRegular + inputs.skippedSymlinks
        if skipped > 0 {
            lines.append("  skipped in folders: \(inputs.skippedHidden) hidden, \(inputs.skippedNonRegular) not regular files, \(inputs.skippedSymlinks) links out of the folder")
        }
        lines.append("  decision    files")
        for d in ["accept", "review", "reject", "error"] {
            if let n = s.byDecision[d] { lines.append("  " + d.padding(toLength: 10, withPad: " ", startingAt: 0) + "  \(n)") }
        }
        let classes = s.byClass.filter { $0.key != "error" }.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        if !classes.isEmpty { lines.append("  classes: " + classes.joined(separator: ", ")) }
        if !s.errors.isEmpty { lines.append("  errors: " + s.errors.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")) }
        if s.screeningSeconds > 0 {
            lines.append("  time summed over jobs: screening \(Int((s.screeningSeconds * 1000).rounded())) ms; ledger transactions \(Int((s.ledgerSeconds * 1000).rounded())) ms (\(BatchProgress.fixed(100 * s.ledgerSeconds / s.screeningSeconds)) % of it, mostly while the next file is screened)")
        }
        if let h = try? ledger.head() { lines.append("ledger: \(ledger.displayName), \(h.seq) rows, head \(h.chain)") }
        if s.interrupted { lines.append("interrupted: \(s.notStarted) submissions not screened; rerun the same command to resume") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    static func workerName() -> String {
        "\(ProcessInfo.processInfo.hostName):\(getpid())"
    }
}

func maskedLedgerName(_ s: String) -> String {
    s.contains("://") || s.contains("=") ? maskedConnectionStringForDisplay(s) : s
}

/// JSON Lines to stdout or appended to a file, one whole line per write.
final class ResultSink: @unchecked Sendable {
    // @unchecked: `fd` is written by one thread at a time (the runner emits under its lock).
    private let fd: Int32?
    init(path: String?) throws {
        guard let path else { fd = nil; return }
        let f = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard f >= 0 else { throw ValidationError("--out \(path): \(String(cString: strerror(errno)))") }
        fd = f
    }
    deinit { if let fd { close(fd) } }

    /// The submission ids of the lines already in a results file.
    static func submissions(in path: String) -> Set<String> {
        guard let bytes = try? FileBytes.read(path) else { return [] }
        struct Line: Decodable { var submission: String? }
        var out = Set<String>()
        for line in bytes.split(separator: 0x0A) {
            if let s = try? JSONDecoder().decode(Line.self, from: Data(line)).submission { out.insert(s) }
        }
        return out
    }
    func write(_ line: String) {
        guard let fd else { Stdout.write(line); return }
        let bytes = Array(line.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return }
            sent += n
        }
    }
}

/// A local batch owns its SQLite ledger: a second one on the same file is refused (use --worker to share).
final class LedgerLock {
    private let fd: Int32
    init(path: String) throws {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0, flock(fd, LOCK_EX | LOCK_NB) == 0 else { throw LedgerError.busy(path) }
    }
    deinit { close(fd) }
}

/// First Ctrl-C: finish the files in flight and stop; a second one ends the batch at once.
func installInterruptHandler() {
    // A parent may have started us with SIGINT blocked or ignored (test runners do): take it back.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    sigprocmask(SIG_UNBLOCK, &set, nil)
    signal(SIGINT) { _ in
        batchInterrupted.store(true, ordering: .relaxed)
        signal(SIGINT, SIG_DFL)
    }
    signal(SIGPIPE, SIG_IGN)
}
