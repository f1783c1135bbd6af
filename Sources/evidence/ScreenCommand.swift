import ArgumentParser
import EvidenceKit
import EvidenceLedger
import Foundation

/// The screening process of `evidence batch` (not for people): reads one JSON string (a path) per line on stdin
/// and answers each with one JSON line, `{"report": …}` or `{"failure": …}`, until end of input.
struct Screen: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "_screen", shouldDisplay: false)

    @Option var depth: VerifyDepth = .structure
    @Option var policy: String?
    @Option var analysisTime: AnalysisTime?
    @Option var threads: Int = 1

    func run() throws {
        let chosen = try loadPolicy(policy)
        let verifier = Verifier(policy: chosen, depth: depth, analysisTime: analysisTime?.unixSeconds, decoderThreads: threads)
        while let line = readLine(strippingNewline: true) {
            guard let path = try? JSONDecoder().decode(String.self, from: Data(line.utf8)) else { continue }
            let reply: ScreeningReply
            do {
                let (report, frames, packets) = try verifier.verifyKeepingHashes(path: path)
                let hashes = StoredHashes(sha256: report.file.sha256, frames: frames, packets: packets)
                reply = ScreeningReply(report: report, hashes: hashes.isEmpty ? nil : hashes)
            } catch {
                reply = ScreeningReply(failure: FailureRecord(error))
            }
            Stdout.write(((try? CanonicalJSON.encode(reply)) ?? "{}") + "\n")
        }
    }
}
