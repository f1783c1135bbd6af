import MediaBridge

/// Process output for the CLI: data lines to stdout, diagnostics to stderr, written at once.
public enum Output {
    public static func data(_ s: String) { Console.out(s) }
    public static func error(_ s: String) { Console.err(s) }
}
