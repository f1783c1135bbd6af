internal import COpenSSL

/// Incremental SHA-256 through OpenSSL's EVP interface (FIPS 180-4). Owns its `EVP_MD_CTX`.
public final class SHA256Hasher {
    private let context: OpaquePointer

    public init() throws {
        guard let ctx = EVP_MD_CTX_new() else { throw MediaBridgeError.digestFailed(call: "EVP_MD_CTX_new") }
        guard EVP_DigestInit_ex(ctx, EVP_sha256(), nil) == 1 else {
            EVP_MD_CTX_free(ctx)
            throw MediaBridgeError.digestFailed(call: "EVP_DigestInit_ex")
        }
        context = ctx
    }

    deinit { EVP_MD_CTX_free(context) }

    public func update(_ bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count > 0 else { return }
        guard EVP_DigestUpdate(context, bytes.baseAddress, bytes.count) == 1 else {
            throw MediaBridgeError.digestFailed(call: "EVP_DigestUpdate")
        }
    }

    public func update(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { (b) in try update(b) }
    }

    /// The 32-byte digest. The hasher must not be used afterwards.
    public func finalize() throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &out, &length) == 1 else {
            throw MediaBridgeError.digestFailed(call: "EVP_DigestFinal_ex")
        }
        return Array(out.prefix(Int(length)))
    }

    /// SHA-256 of `bytes` in one call (`EVP_Digest`), for many small inputs such as video packets.
    public static func digest(_ bytes: UnsafeRawBufferPointer) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        guard EVP_Digest(bytes.baseAddress, bytes.count, &out, &length, EVP_sha256(), nil) == 1, length == 32 else {
            throw MediaBridgeError.digestFailed(call: "EVP_Digest")
        }
        return out
    }

    /// SHA-256 of a whole file, read sequentially in large chunks with one reused buffer.
    public static func digest(file: RandomAccessFile, chunkSize: Int = 1 << 20) throws -> [UInt8] {
        let hasher = try SHA256Hasher()
        try file.streamAll(chunkSize: chunkSize) { chunk in try hasher.update(chunk) }
        return try hasher.finalize()
    }
}

extension Array where Element == UInt8 {
    /// Lower-case hexadecimal, as `sha256sum` prints it.
    public var hexString: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(count * 2)
        for b in self {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
