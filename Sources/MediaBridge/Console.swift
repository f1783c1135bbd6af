/// Writes to standard output and standard error with `write(2)`, unbuffered, so every line is
/// out of the process as soon as it is produced (a later crash cannot lose it).
public enum Console {
    public static func out(_ s: String) { Syscalls.writeAll(1, s) }
    public static func err(_ s: String) { Syscalls.writeAll(2, s) }
}
