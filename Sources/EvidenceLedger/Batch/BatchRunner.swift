import EvidenceKit
import Foundation
import MediaBridge
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Set by SIGINT: no new file is started; the files in flight finish and are recorded.
public let batchInterrupted = Atomic<Bool>(false)

public struct BatchOptions: Sendable {
    public var jobs = 2
    public var depth: VerifyDepth = .structure
    public var policy: Policy = .default
    /// Passed on to the screening processes (they load it themselves).
    public var policyPath: String?
    public var analysisTime: Int64?
    /// Share the ledger with other processes: claim any pending submission, leave others' leases alone, and wait
    /// for submissions leased by workers that may have died.
    public var worker = false
    public var leaseSeconds: Double = 60
    /// False when this batch holds the ledger alone (a locked SQLite file): claims and leases are skipped.
    public var shared = true
    public var decoderThreads = 1
    /// Hash pictures for the duplicates index even at depth structure (`--hash-pictures`); at depths keyframes
    /// and full they are always hashed.
    public var hashPictures = false
    /// Look each submission up in the duplicates index before committing it and record the links (`link.*`).
    public var linkSubmissions = true
    /// This program (the screening processes run `<executable> _screen …`).
    public var executable: String
    public var workerName: String

    public init(executable: String, workerName: String) {
        self.executable = executable
        self.workerName = workerName
    }
}

/// One finished submission, as `batch` streams it.
public struct BatchResult: Sendable {
    public var item: WorkItem
    /// The JSON line: the `verify` contract plus `submission` and `ledgerSeq` (or the error record plus both).
    public var line: String
    public var verdictClass: String
    public var decision: String
    /// `missing`, `unreadable` or `internal` when the file could not be screened at all.
    public var errorKind: String?
    public var bytes: Int64
    public var linked: Bool
}

/// Tallies of a batch run, for its summary table and exit code.
public struct BatchSummary: Sendable {
    public var total = 0
    public var alreadyDone = 0
    public var screened = 0
    public var linked = 0
    public var byDecision: [String: Int] = [:]
    public var byClass: [String: Int] = [:]
    public var errors: [String: Int] = [:]
    public var interrupted = false
    public var notStarted = 0
    public var bytes: Int64 = 0
    public var seconds: Double = 0
    /// Time spent in the ledger (enqueue, claims, lookups, commits) and waiting for screening replies, summed
    /// over the jobs: the ledger's cost relative to screening (issue 15: ≤ 5 %).
    public var ledgerSeconds: Double = 0
    public var screeningSeconds: Double = 0
}

/// Screens submissions into the ledger: `jobs` threads, each with its own screening process; every result
/// committed in its own transaction before it is printed.
public final class BatchRunner: @unchecked Sendable {
    // @unchecked: mutable state is behind `lock`.
    let ledger: Ledger
    let options: BatchOptions
    let emit: @Sendable (BatchResult) -> Void
    private let lock = NSLock()
    private var summary = BatchSummary()
    private var queue: [WorkItem] = []
    private var nextIndex = 0
    private var failures: [any Error] = []

    public init(ledger: Ledger, options: BatchOptions, emit: @escaping @Sendable (BatchResult) -> Void) {
        self.ledger = ledger
        self.options = options
        self.emit = emit
    }

    /// Runs the batch over `items` (also every pending submission in the ledger with `--worker`).
    public func run(_ items: [WorkItem], progress: BatchProgress? = nil) throws -> BatchSummary {
        let start = ScreeningProcess.now()
        if !options.worker { try timed { try ledger.releaseAllLeases() } }
        _ = try timed { try ledger.enqueue(items) }
        let states = try timed { try ledger.states(items.map(\.submission)) }
        var done = 0
        for item in items {
            if let st = states[item.submission], st.done {
                done += 1
                tally(verdictClass: st.verdictClass ?? "", decision: st.decision ?? "")
            } else {
                queue.append(item)
            }
        }
        // Largest files first: the long screenings start early and the jobs finish together (longest-processing-time
        // order; in name order one large clip at the end runs alone while the other jobs idle).
        queue = queue.map { item -> (WorkItem, Int64) in
            var st = stat()
            return (item, stat(item.path, &st) == 0 ? Int64(st.st_size) : 0)
        }.sorted { $0.1 > $1.1 }.map(\.0)
        summary.total = items.count
        summary.alreadyDone = done
        progress?.start(total: options.worker ? try ledger.queueCounts().pending + done : items.count, done: done)

        let heartbeat = Thread { [ledger, options] in
            while !Thread.current.isCancelled {
                Thread.sleep(forTimeInterval: max(0.2, options.leaseSeconds / 3))
                try? ledger.renewLeases(worker: options.workerName, leaseSeconds: options.leaseSeconds, now: Date().timeIntervalSince1970)
            }
        }
        heartbeat.start()
        defer { heartbeat.cancel() }

        let group = DispatchGroup()
        for _ in 0..<max(1, options.jobs) {
            group.enter()
            Thread.detachNewThread { [self] in
                defer { group.leave() }
                do { try self.work(progress: progress) } catch {
                    self.lock.withLock { self.failures.append(error) }
                }
            }
        }
        group.wait()
        if let e = lock.withLock({ failures.first }) { throw e }
        summary.seconds = ScreeningProcess.now() - start
        if batchInterrupted.load(ordering: .relaxed) {
            summary.interrupted = true
            let st = try ledger.states(items.map(\.submission))
            summary.notStarted = items.filter { !(st[$0.submission]?.done ?? false) }.count
        }
        progress?.finish()
        return summary
    }

    /// Runs a ledger call and adds its wall time to the summary.
    private func timed<T>(_ body: () throws -> T) rethrows -> T {
        let t0 = ScreeningProcess.now()
        defer { let dt = ScreeningProcess.now() - t0; lock.withLock { summary.ledgerSeconds += dt } }
        return try body()
    }

    /// The next submission to screen. `wait`: in worker mode, when nothing is claimable but other workers hold
    /// pending submissions, wait for their leases (a dead worker's run out). Never while this job itself holds an
    /// uncommitted result: that would wait for itself.
    private func nextItem(wait: Bool) throws -> WorkItem? {
        while true {
            if batchInterrupted.load(ordering: .relaxed) { return nil }
            let now = Date().timeIntervalSince1970
            if options.worker {
                if let item = try timed({ try ledger.claimNext(worker: options.workerName, leaseSeconds: options.leaseSeconds, now: now) }) { return item }
                // Nothing claimable: wait while others hold pending submissions (a dead worker's lease expires).
                if !wait { return nil }
                if try timed({ try ledger.queueCounts() }).pending == 0 { return nil }
                Thread.sleep(forTimeInterval: min(1, max(0.1, options.leaseSeconds / 4)))
                continue
            }
            let candidate: WorkItem? = lock.withLock {
                guard nextIndex < queue.count else { return nil }
                defer { nextIndex += 1 }
                return queue[nextIndex]
            }
            guard var candidate else { return nil }
            // A local batch holds the ledger alone (the file is locked): no lease to take, one transaction per file.
            // The commit itself refuses a submission already recorded.
            candidate.reporter = nil
            if !options.shared { return candidate }
            if var claimed = try timed({ try ledger.claim(candidate.submission, worker: options.workerName, leaseSeconds: options.leaseSeconds, now: now) }) {
                claimed.reporter = nil
                return claimed
            }
        }
    }

    /// One job. Pipelined: as soon as the screening process answers file n, file n + 1 is sent to it, and only
    /// then is file n committed, so the ledger's transaction (and its fsync) overlaps the next screening instead
    /// of idling the screening process. A kill between the two loses nothing: n + 1 is not recorded, and is
    /// screened again on the rerun.
    private func work(progress: BatchProgress?) throws {
        var process: ScreeningProcess?
        var inFlight: (item: WorkItem, sent: Double)?
        /// Takes the next submission: linked at once when its bytes were screened before, else sent to the process.
        func startNext(wait: Bool) throws -> (Commit, VerifyReport?, FailureRecord?)? {
            while let item = try nextItem(wait: wait) {
                if let linked = try link(item) { return linked }
                // A process that ended before taking the path (after its last file) is replaced, never blamed on
                // this file: only a process that ends while holding a file records that file as its crash.
                for attempt in 0..<2 {
                    if process == nil { process = try ScreeningProcess(executable: options.executable, arguments: screeningArguments) }
                    if process!.send(path: item.path) {
                        inFlight = (item, ScreeningProcess.now())
                        return nil
                    }
                    process = nil
                    if attempt == 1 { throw BatchError.spawn("the screening process ended before it could take \(item.path)") }
                }
            }
            return nil
        }
        if let linked = try startNext(wait: true) { try record(linked, progress: progress) }
        while true {
            if inFlight == nil {
                guard let linked = try startNext(wait: true) else { if inFlight == nil { break } else { continue } }
                try record(linked, progress: progress)
                continue
            }
            let (item, sent) = inFlight!
            inFlight = nil
            let outcome = process!.receive(since: sent, wallSeconds: options.policy.limits.wallSeconds, memoryMiB: options.policy.limits.memoryMiB)
            let dt = ScreeningProcess.now() - sent
            lock.withLock { summary.screeningSeconds += dt }
            let finished = result(item, outcome, process: &process)
            // Keep the screening process busy while this result is committed (without waiting for other workers:
            // the result in hand is not committed yet).
            let linked = try startNext(wait: false)
            try record(finished, progress: progress)
            if let linked { try record(linked, progress: progress) }
        }
    }

    /// Commits one finished submission and streams its line.
    private func record(_ done: (Commit, VerifyReport?, FailureRecord?), progress: BatchProgress?) throws {
        let (commit, report, failure) = done
        guard let committed = try timed({ try ledger.commit(commit) }) else { return } // another worker recorded it first
        let result = try line(item: commit.item, commit: commit, committed: committed, report: report, failure: failure)
        lock.withLock {
            summary.screened += committed.linked ? 0 : 1
            summary.linked += committed.linked ? 1 : 0
            summary.bytes += result.bytes
            if let k = result.errorKind { summary.errors[k, default: 0] += 1 }
            tally(verdictClass: result.verdictClass, decision: result.decision)
            emit(result)
        }
        progress?.advance(bytes: result.bytes, decision: result.errorKind == nil ? result.decision : "error")
    }

    private func tally(verdictClass: String, decision: String) {
        summary.byClass[verdictClass, default: 0] += 1
        summary.byDecision[decision, default: 0] += 1
    }

    /// Screens one submission: links it to an earlier screening of the same bytes, or sends it to the screening
    /// process; applies the claims.
    /// A submission whose bytes were screened before (same size, then same SHA-256): that result, not screened again.
    private func link(_ item: WorkItem) throws -> (Commit, VerifyReport?, FailureRecord?)? {
        var st = stat()
        let size: Int64? = stat(item.path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG ? Int64(st.st_size) : nil
        guard let size, try timed({ try ledger.hasFile(bytes: size) }), let identity = try? FileHasher.identity(path: item.path),
              let stored = try timed({ try ledger.screening(sha256: identity.sha256) }),
              var report = try? JSONDecoder().decode(VerifyReport.self, from: Data(stored.json.utf8)) else { return nil }
        report.file.path = item.path
        return finish(item, .screened(json: stored.json, sha256: identity.sha256, bytes: identity.bytes), report)
    }

    /// What a screening process's answer (or its end, or a limit) means for the submission.
    private func result(_ item: WorkItem, _ outcome: ScreeningProcess.Outcome, process: inout ScreeningProcess?) -> (Commit, VerifyReport?, FailureRecord?) {
        switch outcome {
        case let .reply(reply):
            if let report = reply.report {
                let hashes = reply.hashes.flatMap { try? CanonicalJSON.encode($0) }
                let index = IndexEntry(report: report, hashes: reply.hashes)
                return finish(item, .screened(json: (try? CanonicalJSON.encode(report)) ?? "{}", sha256: report.file.sha256, bytes: report.file.bytes,
                                              hashes: hashes, index: index), report)
            }
            let failure = reply.failure ?? FailureRecord(.internalFault(path: item.path, reason: "empty reply from the screening process"))
            let entry = SubmissionEntry(submission: item.submission, path: item.path, receivedTime: item.receivedTime, channel: item.channel,
                                        claims: item.claims, verdictClass: "error", decision: "error", error: failure.error.kind)
            return (Commit(item: item, outcome: .failed(json: (try? CanonicalJSON.encode(failure)) ?? "{}", sha256: nil), entry: entry), nil, failure)
        case let .wallTime(seconds):
            process = nil
            return limited(item, id: "media.limit.wall-time", args: ["seconds": .decimal(seconds, places: 0)], evidence: ["limitSeconds": .double(seconds)], indicates: .inconclusive)
        case let .memory(mib):
            process = nil
            return limited(item, id: "media.limit.memory", args: ["mib": .decimal(mib, places: 0)], evidence: ["limitMiB": .double(mib)], indicates: .inconclusive)
        case let .ended(how):
            process = nil
            return limited(item, id: "media.limit.crashed", args: ["how": .text(how)], evidence: ["ended": .string(how)], indicates: .unreadable)
        }
    }

    var screeningArguments: [String] {
        var a = ["_screen", "--depth", options.depth.rawValue, "--threads", String(options.decoderThreads)]
        if let p = options.policyPath { a += ["--policy", p] }
        if let t = options.analysisTime { a += ["--analysis-time", String(t)] }
        if options.hashPictures { a.append("--hash-pictures") }
        return a
    }

    /// A file that stopped its screening process: a result naming the limit (or the crash), hashed by the batch
    /// itself; not registered as the file's screening, so a later submission of the same bytes is screened again.
    private func limited(_ item: WorkItem, id: String, args: [String: MessageArgument], evidence: [String: EvidenceValue], indicates: VerdictClass) -> (Commit, VerifyReport?, FailureRecord?) {
        let identity = (try? FileHasher.identity(path: item.path)) ?? FileIdentity(path: item.path, bytes: 0, sha256: "")
        let finding = Finding(id: id, severity: .strong, indicates: indicates, message: Message(id, args), evidence: evidence)
        let verdict = VerdictAggregator.verdict([finding], policy: options.policy)
        var report = VerifyReport(file: identity, kind: .other, metadata: MediaMetadata(streams: []), findings: [finding], verdict: verdict, depth: options.depth.rawValue)
        report.analysisTime = options.analysisTime.map { CivilTime.iso(unixSeconds: $0) + "Z" }
        let json = (try? CanonicalJSON.encode(report)) ?? "{}"
        var (commit, r, f) = finish(item, .screened(json: json, sha256: identity.sha256, bytes: identity.bytes), report)
        commit.outcome = .failed(json: json, sha256: identity.sha256.isEmpty ? nil : identity.sha256)
        return (commit, r, f)
    }

    private func finish(_ item: WorkItem, _ outcome: Commit.Outcome, _ report: VerifyReport) -> (Commit, VerifyReport?, FailureRecord?) {
        var final = item.claims.map { ClaimCheck.apply($0, to: report, policy: options.policy) } ?? report
        if options.linkSubmissions, case let .screened(_, sha, _, _, index) = outcome, !sha.isEmpty {
            let links = SubmissionLinks.findings(for: item, sha256: sha, report: report, index: index, ledger: ledger, policy: options.policy)
            if !links.isEmpty {
                final.findings += links
                if final.verdict.class != .unreadable { final.verdict = VerdictAggregator.verdict(final.findings, policy: options.policy) }
            }
        }
        let claimFindings = final.findings.filter { $0.id.hasPrefix("claim.") || $0.id.hasPrefix("link.") }
        let entry = SubmissionEntry(submission: item.submission, path: item.path, sha256: report.file.sha256, bytes: report.file.bytes,
                                    receivedTime: item.receivedTime, channel: item.channel, claims: item.claims,
                                    claimFindings: claimFindings.isEmpty ? nil : claimFindings,
                                    verdictClass: final.verdict.class.rawValue, decision: final.verdict.decision.rawValue)
        return (Commit(item: item, outcome: outcome, entry: entry), final, nil)
    }

    private func line(item: WorkItem, commit: Commit, committed: CommitResult, report: VerifyReport?, failure: FailureRecord?) throws -> BatchResult {
        if var report {
            report.submission = item.submission
            report.ledgerSeq = committed.submissionSeq
            return BatchResult(item: item, line: try CanonicalJSON.encode(report), verdictClass: report.verdict.class.rawValue,
                               decision: report.verdict.decision.rawValue, errorKind: nil, bytes: report.file.bytes, linked: committed.linked)
        }
        var f = failure!
        f.submission = item.submission
        f.ledgerSeq = committed.submissionSeq
        return BatchResult(item: item, line: try CanonicalJSON.encode(f), verdictClass: "error", decision: "error",
                           errorKind: f.error.kind, bytes: 0, linked: false)
    }
}

/// Progress on a terminal (stderr): files done of total, files/s, MB/s, ETA, counts per decision.
public final class BatchProgress: @unchecked Sendable {
    // @unchecked: state behind `lock`.
    private let lock = NSLock()
    private var total = 0, done = 0, doneAtStart = 0, bytes: Int64 = 0
    private var decisions: [String: Int] = [:]
    private var started = 0.0, lastDraw = 0.0
    private let write: @Sendable (String) -> Void

    public init(write: @escaping @Sendable (String) -> Void) { self.write = write }

    func start(total: Int, done: Int) {
        lock.withLock {
            self.total = total
            self.done = done
            doneAtStart = done
            started = ScreeningProcess.now()
        }
        draw(force: true)
    }

    func advance(bytes b: Int64, decision: String) {
        lock.withLock {
            done += 1
            bytes += b
            decisions[decision, default: 0] += 1
        }
        draw(force: false)
    }

    func finish() {
        draw(force: true)
        write("\n")
    }

    private func draw(force: Bool) {
        let text: String? = lock.withLock {
            let now = ScreeningProcess.now()
            guard force || now - lastDraw >= 0.25 else { return nil }
            lastDraw = now
            let elapsed = max(0.001, now - started)
            let n = done - doneAtStart
            let rate = Double(n) / elapsed
            let mbs = Double(bytes) / 1_000_000 / elapsed
            let eta = rate > 0 ? Double(total - done) / rate : 0
            let counts = ["accept", "review", "reject", "error"].compactMap { k in decisions[k].map { "\(k) \($0)" } }.joined(separator: ", ")
            return "\r\(done)/\(total) files  \(Self.fixed(rate)) files/s  \(Self.fixed(mbs)) MB/s  ETA \(Self.clock(eta))  \(counts)\u{1B}[K"
        }
        if let text { write(text) }
    }

    static func clock(_ s: Double) -> String {
        let t = Int(s.rounded())
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(t / 3600):\(two(t / 60 % 60)):\(two(t % 60))"
    }

    public static func fixed(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
