import MediaBridge

/// Small whole-file reads (policy files), with the same typed errors as everything else.
public enum FileBytes {
    public static func read(_ path: String, limit: Int = 1 << 20) throws -> [UInt8] {
        let f = try RandomAccessFile(path: path)
        return try f.read(at: 0, count: min(Int(f.size), limit))
    }
}
