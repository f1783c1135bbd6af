import Foundation

/// Diagnostics on stderr, data on stdout; each call is written at once so output survives a crash.
enum FileHandleStderr {
    static func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
}

enum Stdout {
    static func write(_ s: String) { FileHandle.standardOutput.write(Data(s.utf8)) }
    static func flush() {}
}
