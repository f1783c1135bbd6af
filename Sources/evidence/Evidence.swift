import ArgumentParser
import EvidenceKit

@main
struct Evidence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Check whether a photo or video submitted as evidence is what it claims to be.",
        discussion: """
            Exit codes: 0 every file accepted/readable, 1 review needed, 2 rejected, \
            64 usage error, 65 a file unreadable or unsupported, 66 a file missing or not readable, 70 internal error.
            """,
        version: EvidenceKit.version,
        subcommands: [Inspect.self, Hash.self, Verify.self, Compare.self, Similar.self, Report.self, VerifyReport_.self, Keygen.self, Batch.self, LedgerCommand.self, Detectors.self, Families.self, Screen.self])
}
