import ArgumentParser
import EvidenceKit

/// Flags shared by every command.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "One JSON object per file (JSON Lines when several files are given).")
    var json = false

    @Flag(name: .long, help: "With --json: indent the JSON for reading (not for signing or piping).")
    var pretty = false
}

/// `--lang`: the language of human output.
extension Language: ExpressibleByArgument {}
