import ArgumentParser
import EvidenceKit

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what a file is: device, capture time, place, streams, box/marker structure, EXIF and XMP.",
        discussion: """
            The kind (photo or video) is decided from the file's content, never its name.
            Examples:
              evidence inspect Fixtures/example-clip.mp4
              evidence inspect --json photo.jpg clip.mov > inspections.jsonl
              evidence inspect --summary *.jpg
            """)

    @OptionGroup var output: OutputOptions

    @Flag(name: .long, help: "Print only the summary block (human output).")
    var summary = false

    @Flag(name: .long, help: "Also hash each photo's coded picture without its metadata (imageDataSha256).")
    var imageHash = false

    @Argument(help: "Photos or video clips to inspect.")
    var files: [String]

    func run() throws {
        var status = ExitStatus.ok
        let inspector = Inspector(imageDataHash: imageHash)
        let paths = files
        try OrderedParallel.map(paths.count, { i in Result { () throws(InspectionError) -> Inspection in try inspector.inspect(path: paths[i]) } }) { n, result in
            let path = paths[n]
            switch result {
            case let .success(inspection):
                try emit(inspection, first: n == 0)
                for p in inspection.problems where p.hasPrefix("structure:") || p.hasPrefix("limit:") {
                    Diagnostics.error(path, p)
                    status = max(status, .unreadable)
                }
            case let .failure(error):
                if case let .unreadable(_, _, partial?) = error {
                    // What was read is still shown (JSON: the partial inspection, with the problem in `problems`).
                    try emit(partial, first: n == 0)
                    Diagnostics.error(path, error.reason)
                    status = max(status, ExitStatus(error))
                } else {
                    status = max(status, Diagnostics.failed(error, json: output.json))
                }
            }
        }
        Stdout.flush()
        if status != .ok { throw status.exitCode }
    }

    func emit(_ inspection: Inspection, first: Bool) throws {
        if output.json {
            Stdout.write(try CanonicalJSON.encode(inspection, pretty: output.pretty) + "\n")
        } else {
            Stdout.write((first ? "" : "\n") + InspectionText.render(inspection, verbose: !summary))
        }
    }
}
