import EvidenceKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the screening process sends back for one path: the `verify` result, or why the file could not be read.
public struct ScreeningReply: Codable, Sendable {
    public var report: VerifyReport?
    public var failure: FailureRecord?
    /// The frame hashes (depths keyframes and full) and packet hashes (videos) the screening computed.
    public var hashes: StoredHashes?
    public init(report: VerifyReport? = nil, failure: FailureRecord? = nil, hashes: StoredHashes? = nil) {
        self.report = report
        self.failure = failure
        self.hashes = hashes
    }
}

/// The body of a `hashes` log row: a screened file's frame and packet hashes, kept for the duplicates index and
/// `compare` (issues 16, 18).
public struct StoredHashes: Codable, Sendable, Equatable {
    public var sha256: String
    public var frames: [FrameRecord]?
    public var packets: [PacketRecord]?
    /// A photo's PDQ hash as displayed, with its rotations and mirrors (when pictures were hashed).
    public var photo: PhotoPerceptualHash?
    /// How the frames were chosen: `keyframes` or `all`.
    public var frameSelection: String?
    public init(sha256: String, frames: [FrameRecord]?, packets: [PacketRecord]?, photo: PhotoPerceptualHash? = nil, frameSelection: String? = nil) {
        self.sha256 = sha256
        self.frames = frames
        self.packets = packets
        self.photo = photo
        self.frameSelection = frameSelection
    }
    public var isEmpty: Bool { (frames ?? []).isEmpty && (packets ?? []).isEmpty && photo == nil }
}

/// A long-lived child process (`evidence _screen …`) that verifies the paths it is sent, one JSON line in, one
/// JSON line out. A batch screens every file in such a process so that a file cannot take the batch with it:
/// a crash in a C decoder, a file that runs past the wall-time limit or grows past the memory limit ends that
/// process only; the batch records the file with the limit it hit, starts a new process and goes on.
///
/// The child runs in its own process group, so the terminal's Ctrl-C reaches only the batch, which then lets
/// the files in flight finish. If the batch itself dies, the child sees end of input after its current file
/// and exits.
final class ScreeningProcess {
    enum Outcome {
        case reply(ScreeningReply)
        case wallTime(seconds: Double)
        case memory(mib: Double)
        case ended(String)
    }

    let pid: pid_t
    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []

    /// One spawn at a time (with its pipes), so no child inherits another's pipe ends.
    static let spawning = NSLock()

    init(executable: String, arguments: [String]) throws {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        // Close-on-exec from the start, pipes made and children spawned one at a time: another job's thread could
        // otherwise spawn its child between this pipe() and this spawn, and a child that inherits another's pipe ends keeps it from ever seeing end-of-input when the batch
        // dies (two orphans waiting on each other, holding the batch's stderr open). dup2 onto 0 and 1 clears the
        // flag for this child's own ends.
        Self.spawning.lock()
        defer { Self.spawning.unlock() }
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw BatchError.spawn(String(cString: strerror(errno))) }
        for fd in [toChild[0], toChild[1], fromChild[0], fromChild[1]] { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        for fd in [toChild[0], toChild[1], fromChild[0], fromChild[1]] { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Own process group (the terminal's Ctrl-C is the batch's to handle), default signal handling, nothing blocked.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for s in [SIGINT, SIGTERM, SIGPIPE, SIGHUP] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
        close(toChild[0])
        close(fromChild[1])
        guard rc == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw BatchError.spawn(String(cString: strerror(rc)))
        }
        pid = child
        input = toChild[1]
        output = fromChild[0]
    }

    deinit {
        close(input)
        close(output)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    /// Sends one path to screen; false when the process has ended.
    func send(path: String) -> Bool {
        let line = (try? CanonicalJSON.encode(path)) ?? "\"\""
        let bytes = Array((line + "\n").utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
            if n <= 0 { return false }
            sent += n
        }
        return true
    }

    /// Waits for the reply to the path sent at `since`, watching the child's wall time and resident memory every
    /// 50 ms.
    func receive(since start: Double, wallSeconds: Double, memoryMiB: Double) -> Outcome {
        var peakMiB = 0.0
        while true {
            if let reply = takeLine() {
                guard let r = try? JSONDecoder().decode(ScreeningReply.self, from: Data(reply)) else {
                    return .ended("an unreadable reply")
                }
                return .reply(r)
            }
            var p = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&p, 1, 50)
            if ready > 0 {
                var chunk = [UInt8](repeating: 0, count: 1 << 16)
                let n = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
                if n <= 0 { return .ended(exitDescription()) }
                buffer += chunk[0..<n]
                continue
            }
            let elapsed = Self.now() - start
            if elapsed > wallSeconds { return .wallTime(seconds: wallSeconds) }
            peakMiB = max(peakMiB, residentMiB())
            if peakMiB > memoryMiB { return .memory(mib: memoryMiB) }
        }
    }

    private func takeLine() -> [UInt8]? {
        guard let nl = buffer.firstIndex(of: 0x0A) else { return nil }
        let line = Array(buffer[..<nl])
        buffer.removeSubrange(...nl)
        return line
    }

    /// The child's resident set in MiB, from /proc/PID/statm (pages).
    func residentMiB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    /// How the child ended (waits for it): "signal 11 (Segmentation fault)", "exit status 3".
    func exitDescription() -> String {
        var status: Int32 = 0
        var waited: pid_t = 0
        for _ in 0..<40 {
            waited = waitpid(pid, &status, WNOHANG)
            if waited != 0 { break }
            usleep(25_000)
        }
        guard waited == pid else { return "no reply" }
        let signal = status & 0x7f
        if signal != 0 { return "signal \(signal) (\(String(cString: strsignal(signal))))" }
        return "exit status \((status >> 8) & 0xff)"
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

public enum BatchError: Error, CustomStringConvertible {
    case spawn(String)
    case interrupted
    public var description: String {
        switch self {
        case let .spawn(why): return "could not start a screening process: \(why)"
        case .interrupted: return "interrupted"
        }
    }
}
