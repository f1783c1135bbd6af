import ArgumentParser
import EvidenceKit

struct Hash: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "SHA-256 of each file, in sha256sum's format (so `sha256sum -c` accepts it).",
        discussion: """
            The file is streamed through OpenSSL's SHA-256 in 4 MiB reads with one reused buffer.
            Examples:
              evidence hash clip.mp4 photo.jpg > SHA256SUMS && sha256sum -c SHA256SUMS
              evidence hash --json clip.mp4
            """)

    @OptionGroup var output: OutputOptions

    @Argument(help: "Files to hash.")
    var files: [String]

    func run() throws {
        var status = ExitStatus.ok
        for path in files {
            do {
                let identity = try FileHasher.identity(path: path)
                if output.json {
                    Stdout.write(try CanonicalJSON.encode(HashRecord(file: identity), pretty: output.pretty) + "\n")
                } else {
                    Stdout.write(FileHasher.sha256sumLine(identity))
                }
            } catch let error as InspectionError {
                Diagnostics.error(path, error.reason)
                status = max(status, ExitStatus(error))
            }
        }
        Stdout.flush()
        if status != .ok { throw status.exitCode }
    }
}
