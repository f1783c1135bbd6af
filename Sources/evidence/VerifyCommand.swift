import ArgumentParser
import EvidenceKit

extension VerifyDepth: ExpressibleByArgument {}

/// `--analysis-time`: Unix seconds or ISO 8601 with a zone.
struct AnalysisTime: ExpressibleByArgument {
    var unixSeconds: Int64
    init?(argument: String) {
        guard let t = CivilTime.instant(argument) else { return nil }
        unixSeconds = t
    }
}

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Findings and a verdict per file; the exit code follows the policy's decision.",
        discussion: """
            Verdict classes: consistent-with-original, remuxed, re-encoded, edited, metadata-altered, inconclusive, unreadable.
            Default policy: edited → reject (exit 2); consistent-with-original → accept (0); unreadable → exit 65;
            all others → review (1).
            --depth structure reads metadata, structure and every video packet (no decoding);
            keyframes and full also decode and hash pictures. Every depth reads the file once.
            --analysis-time fixes the time of the analysis (it is recorded in the JSON and used for
            "capture time in the future"): the same file with the same options then gives the same bytes.
            With --json, a file that cannot be read still gets one JSON line: {"error": {...}, "file": {...}}.
            Examples:
              evidence verify clip.mp4
              evidence verify --json --depth full clip.mp4
              evidence verify --json --analysis-time 2026-12-05T08:00:00+07:00 clip.mp4
              evidence verify --policy strict.json --lang vi *.mp4
              evidence verify --claimed-time 2026-12-01T08:30:00+07:00 --claimed-place 21.8537,106.7615 clip.mp4
            """)

    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: "How much to read: structure, keyframes or full.")
    var depth: VerifyDepth = .structure

    @Option(name: .long, help: "JSON file mapping verdict classes to accept/review/reject.")
    var policy: String?

    @Option(name: .long, help: "Language of human output: en or vi.")
    var lang: Language = .en

    @Option(name: .long, help: "Time of the analysis: Unix seconds or ISO 8601 with zone (default: now).")
    var analysisTime: AnalysisTime?

    @Option(name: .long, help: "Claimed time of the violation (ISO 8601, with or without zone): checked against the file's capture times.")
    var claimedTime: String?

    @Option(name: .long, help: "Claimed place: \"lat,lon\" or an address: checked against the file's positions.")
    var claimedPlace: String?

    @Argument(help: "Photos or video clips to verify.")
    var files: [String]

    func run() throws {
        let chosen = try loadPolicy(policy)
        let verifier = Verifier(policy: chosen, depth: depth, analysisTime: analysisTime?.unixSeconds)
        var status = ExitStatus.ok
        var reports: [VerifyReport] = []
        var errors = 0
        let paths = files
        // Structure depth reads little and decodes nothing, and photos decode on one thread: two files at
        // a time. A video decode already uses both cores inside one file.
        let width = verifier.depth == .structure || paths.allSatisfy(Verifier.isPhoto) ? 2 : 1
        OrderedParallel.map(paths.count, width: width, { i in Result { () throws(InspectionError) -> VerifyReport in try verifier.verify(path: paths[i]) } }) { n, result in
            switch result {
            case var .success(report):
                let claims = Claims(time: claimedTime, place: claimedPlace.map(ClaimedPlace.init(parsing:)))
                if !claims.isEmpty { report = ClaimCheck.apply(claims, to: report, policy: chosen) }
                do {
                    if output.json {
                        Stdout.write(try CanonicalJSON.encode(report, pretty: output.pretty) + "\n")
                    } else {
                        Stdout.write(VerifyText.render(report, vietnamese: lang == .vi))
                        reports.append(report)
                    }
                    status = max(status, ExitStatus(report))
                } catch {
                    status = max(status, Diagnostics.unexpected(paths[n], error, json: output.json))
                    errors += 1
                }
            case let .failure(error):
                status = max(status, Diagnostics.failed(error, json: output.json))
                errors += 1
            }
        }
        if !output.json && paths.count > 1 {
            Stdout.write(VerifyText.summary(reports, errors: errors, vietnamese: lang == .vi))
        }
        if status != .ok { throw status.exitCode }
    }
}

/// The policy a `--policy` option names (the default without one); a bad file is a usage error naming it.
func loadPolicy(_ path: String?) throws -> Policy {
    guard let path else { return .default }
    do {
        return try Policy.load(json: try FileBytes.read(path))
    } catch {
        throw ValidationError("policy \(path): \(error)")
    }
}
