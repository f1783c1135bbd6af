import ArgumentParser
import EvidenceKit
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Findings and a verdict per file; the exit code follows the policy's decision.",
        discussion: """
            Verdict classes: consistent-with-original, remuxed, re-encoded, edited, metadata-altered, inconclusive, unreadable.
            Default policy: edited → reject (exit 2); consistent-with-original → accept (0); all others → review (1).
            --depth structure reads metadata, structure and the first video packets (no decoding);
            keyframes and full also decode and hash pictures.
            Examples:
              evidence verify clip.mp4
              evidence verify --json --depth full clip.mp4
              evidence verify --policy strict.json --lang vi *.mp4
            """)

    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: "How much to read: structure, keyframes or full.")
    var depth: String = "structure"

    @Option(name: .long, help: "JSON file mapping verdict classes to accept/review/reject.")
    var policy: String?

    @Option(name: .long, help: "Language of human output: en or vi.")
    var lang: String = "en"

    @Argument(help: "Photos or video clips to verify.")
    var files: [String]

    func validate() throws {
        guard VerifyDepth(rawValue: depth) != nil else { throw ValidationError("--depth takes structure, keyframes or full, not '\(depth)'") }
        guard lang == "en" || lang == "vi" else { throw ValidationError("--lang takes en or vi") }
    }

    func run() throws {
        var chosen = Policy.default
        if let policy {
            do {
                chosen = try Policy.load(json: try FileBytes.read(policy))
            } catch {
                throw ValidationError("policy \(policy): \(error)")
            }
        }
        let verifier = Verifier(policy: chosen, depth: VerifyDepth(rawValue: depth)!)
        var status = ExitStatus.ok
        var reports: [VerifyReport] = []
        var errors = 0
        let paths = files
        // Structure depth reads little and decodes nothing, and photos decode on one thread: two files at
        // a time. A video decode already uses both cores inside one file.
        let width = verifier.depth == .structure || paths.allSatisfy(Verifier.isPhoto) ? 2 : 1
        try OrderedParallel.map(paths.count, width: width, { i in Result { () throws(InspectionError) -> VerifyReport in try verifier.verify(path: paths[i]) } }) { n, result in
            switch result {
            case let .success(report):
                if output.json {
                    Stdout.write(try CanonicalJSON.encode(report, pretty: output.pretty) + "\n")
                } else {
                    Stdout.write(VerifyText.render(report, vietnamese: lang == "vi"))
                    reports.append(report)
                }
                switch report.verdict.decision {
                case .accept: break
                case .review: status = max(status, .review)
                case .reject: status = max(status, .reject)
                }
            case let .failure(error):
                Diagnostics.error(paths[n], error.reason)
                status = max(status, ExitStatus(error))
                errors += 1
            }
        }
        if !output.json && paths.count > 1 {
            Stdout.write(VerifyText.summary(reports, errors: errors, vietnamese: lang == "vi"))
        }
        if status != .ok { throw status.exitCode }
    }
}
