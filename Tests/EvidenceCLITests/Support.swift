import EvidenceKit
import Foundation
import Testing

/// Where the package and the real-media corpus are.
enum Paths {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `$EVIDENCE_CORPUS`, default `../shared/corpus` beside the checkout.
    static let corpus: URL = {
        if let env = ProcessInfo.processInfo.environment["EVIDENCE_CORPUS"], !env.isEmpty {
            return URL(fileURLWithPath: env, relativeTo: packageRoot).standardizedFileURL
        }
        return packageRoot.appendingPathComponent("../shared/corpus").standardizedFileURL
    }()

    static var corpusAvailable: Bool {
        FileManager.default.fileExists(atPath: corpus.appendingPathComponent("MANIFEST.tsv").path)
    }
    static let corpusMissing: Comment = "corpus not found (set EVIDENCE_CORPUS; default ../shared/corpus): corpus tests skipped"

    /// The built `evidence` binary, next to the test bundle (`.build/<config>/evidence`).
    static let evidenceBinary: URL = {
        if let env = ProcessInfo.processInfo.environment["EVIDENCE_BIN"] { return URL(fileURLWithPath: env) }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("evidence")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/evidence")
    }()

    static func tool(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }
}

/// One row of the corpus `MANIFEST.tsv`.
struct CorpusFile: CustomTestStringConvertible, Sendable {
    var path: String
    var sha256: String
    var bytes: Int64
    var label: String
    var container: String
    var url: URL { Paths.corpus.appendingPathComponent(path) }
    var testDescription: String { path }

    static let all: [CorpusFile] = {
        guard let text = try? String(contentsOf: Paths.corpus.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8) else { return [] }
        var rows: [CorpusFile] = []
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count > 13 else { continue }
            rows.append(CorpusFile(path: f[0], sha256: f[1], bytes: Int64(f[2]) ?? -1, label: f[13], container: f[8]))
        }
        return rows
    }()

    var isISOBMFF: Bool {
        let ext = (path as NSString).pathExtension.lowercased()
        return ["mp4", "mov", "heic", "3gp"].contains(ext)
    }
}

struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program with arguments (no shell), capturing both streams.
func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> RunResult {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = arguments
    if let environment { p.environment = environment }
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    // Read both pipes concurrently so a large stdout cannot block the child.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    p.waitUntilExit()
    return RunResult(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
}

/// Runs the `evidence` CLI.
func evidence(_ arguments: String...) throws -> RunResult {
    try run(Paths.evidenceBinary.path, arguments)
}

func evidence(_ arguments: [String]) throws -> RunResult {
    try run(Paths.evidenceBinary.path, arguments)
}

/// Decodes the JSON Lines that `evidence inspect --json` prints.
func inspections(_ stdout: String) throws -> [Inspection] {
    try stdout.split(separator: "\n").map { try JSONDecoder().decode(Inspection.self, from: Data($0.utf8)) }
}

/// A scratch directory removed at the end of the test.
final class TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("evidencekit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    func file(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let u = url.appendingPathComponent(name)
        try Data(bytes).write(to: u)
        return u
    }
}
