import ArgumentParser
import EvidenceKit

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare a submission with its claimed original: prove a lossless trim, locate cuts, insertions, re-encodes, crops and local edits.",
        discussion: """
            Both files are read once at depth full. Video: the submission's packets are looked up among the original's
            by SHA-256 (a stream-copy trim is one run of them, a splice several), then the pictures are aligned by their
            PDQ hashes (cut, inserted, frozen, dropped, changed pictures and speed); photos: same file, same coded picture,
            same pixels, rotation, scale, crop and a locally changed region. Metadata is listed field by field.
            Exit status as diff's: 0 when the two hold the same pictures and metadata, 1 when they differ (a proved
            lossless trim included), 64 and up for errors (65 unreadable, 66 missing).
            Examples:
              evidence compare recorder-export.mp4 submitted.mp4
              evidence compare --depth structure recorder-export.mp4 trimmed.mp4   # the byte-level proof alone
              evidence compare --json --lang vi IMG_0001.HEIC submitted.jpg
            """)

    @Flag(name: .long, help: "One JSON object with the alignment and the findings.")
    var json = false
    @Option(name: .long, help: "Language of human output: en or vi.")
    var lang: Language = .en
    @Option(name: .long, help: "full (decode both, align pictures) or structure (packets and metadata only: the byte-level proof).")
    var depth: VerifyDepth = .full
    @Option(name: .long, help: "Time of the analysis: Unix seconds or ISO 8601 with zone (default: now).")
    var analysisTime: AnalysisTime?
    @Argument(help: "The original (the camera's or recorder's own file).")
    var original: String
    @Argument(help: "The submitted file.")
    var submitted: String

    func run() throws {
        let report: ComparisonReport
        do { report = try Comparer(analysisTime: analysisTime?.unixSeconds, depth: depth).compare(original: original, submitted: submitted) } catch {
            throw Diagnostics.failed(error, json: json).exitCode
        }
        if json { Stdout.write(try CanonicalJSON.encode(report) + "\n") } else {
            Stdout.write(CompareText.render(report, originalPath: original, submittedPath: submitted, language: lang))
        }
        if !report.same { throw ExitCode(1) }
    }
}
