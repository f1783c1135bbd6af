import MediaBridge

/// Whole-file SHA-256 (FIPS 180-4) through OpenSSL EVP, streamed in large reads.
public enum FileHasher {
    public static func identity(path: String) throws(InspectionError) -> FileIdentity {
        do {
            let file = try RandomAccessFile(path: path)
            let digest = try SHA256Hasher.digest(file: file)
            return FileIdentity(path: path, bytes: file.size, sha256: digest.hexString)
        } catch let e as MediaBridgeError {
            throw .from(e, path: path)
        } catch {
            throw .unreadable(path: path, reason: "\(error)", partial: nil)
        }
    }

    /// One line as GNU `sha256sum` prints it: digest, two spaces (text mode), name. Names with a
    /// backslash or newline are escaped and the line starts with a backslash, as coreutils does.
    public static func sha256sumLine(_ identity: FileIdentity) -> String {
        let name = identity.path
        if name.contains("\\") || name.contains("\n") {
            let escaped = name.replacingAll("\\", "\\\\").replacingAll("\n", "\\n")
            return "\\" + identity.sha256 + "  " + escaped + "\n"
        }
        return identity.sha256 + "  " + name + "\n"
    }
}
