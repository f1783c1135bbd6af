import EvidenceKit

/// Data on stdout, diagnostics on stderr (both unbuffered through EvidenceKit's console).
enum FileHandleStderr {
    static func write(_ s: String) { Output.error(s) }
}

enum Stdout {
    static func write(_ s: String) { Output.data(s) }
    static func flush() {}
}
