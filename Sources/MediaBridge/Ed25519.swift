internal import COpenSSL

/// Errors from the signing calls: what failed, with OpenSSL's own reason.
public enum SigningError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The PEM text is not a key of the kind asked for (`what` says which).
    case keyUnreadable(String)
    /// An OpenSSL call failed (`call`, OpenSSL's error text).
    case openssl(call: String, reason: String)

    public var description: String {
        switch self {
        case let .keyUnreadable(what): return what
        case let .openssl(call, reason): return "OpenSSL \(call) failed" + (reason.isEmpty ? "" : ": \(reason)")
        }
    }

    static func last(_ call: String) -> SigningError {
        let code = ERR_get_error()
        var buffer = [CChar](repeating: 0, count: 256)
        if code != 0 { ERR_error_string_n(code, &buffer, buffer.count) }
        ERR_clear_error()
        return .openssl(call: call, reason: code == 0 ? "" : String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
}

/// An Ed25519 key pair (RFC 8032) held by OpenSSL: made fresh or read from PKCS #8 PEM. Owns its `EVP_PKEY`;
/// hands out bytes (PEM, DER, signatures), never the pointer.
public final class Ed25519Key: @unchecked Sendable {
    private let key: OpaquePointer

    private init(key: OpaquePointer) { self.key = key }
    deinit { EVP_PKEY_free(key) }

    /// A new key pair from OpenSSL's random generator.
    public static func generate() throws(SigningError) -> Ed25519Key {
        ERR_clear_error()
        guard let ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nil) else { throw .last("EVP_PKEY_CTX_new_id") }
        defer { EVP_PKEY_CTX_free(ctx) }
        guard EVP_PKEY_keygen_init(ctx) == 1 else { throw .last("EVP_PKEY_keygen_init") }
        var made: OpaquePointer? = nil
        guard EVP_PKEY_keygen(ctx, &made) == 1, let made else { throw .last("EVP_PKEY_keygen") }
        return Ed25519Key(key: made)
    }

    /// Reads a private key from PEM (what `evidence keygen` and `openssl genpkey -algorithm ed25519` write).
    public static func load(privatePEM: [UInt8]) throws(SigningError) -> Ed25519Key {
        ERR_clear_error()
        let key: OpaquePointer? = privatePEM.withUnsafeBytes { pem in
            guard let bio = BIO_new_mem_buf(pem.baseAddress, Int32(pem.count)) else { return nil }
            defer { BIO_free(bio) }
            return PEM_read_bio_PrivateKey(bio, nil, nil, nil)
        }
        guard let key else { ERR_clear_error(); throw .keyUnreadable("not a PEM private key") }
        guard EVP_PKEY_get_base_id(key) == EVP_PKEY_ED25519 else {
            EVP_PKEY_free(key)
            throw .keyUnreadable("not an Ed25519 key (reports are signed with Ed25519 only)")
        }
        return Ed25519Key(key: key)
    }

    /// PKCS #8 PEM of the private key, unencrypted (the file's mode protects it).
    public func privatePEM() throws(SigningError) -> [UInt8] {
        try Self.bioBytes("PEM_write_bio_PrivateKey") { PEM_write_bio_PrivateKey($0, key, nil, nil, 0, nil, nil) }
    }

    /// SubjectPublicKeyInfo PEM of the public key (what `openssl pkey -pubout` writes).
    public func publicPEM() throws(SigningError) -> [UInt8] {
        try Self.bioBytes("PEM_write_bio_PUBKEY") { PEM_write_bio_PUBKEY($0, key) }
    }

    /// SubjectPublicKeyInfo DER: its SHA-256 is the key's fingerprint
    /// (`openssl pkey -pubin -in KEY.pub -outform DER | openssl dgst -sha256`).
    public func publicDER() throws(SigningError) -> [UInt8] {
        try Self.bioBytes("i2d_PUBKEY_bio") { i2d_PUBKEY_bio($0, key) }
    }

    /// The 64-byte Ed25519 signature of `message` (pure Ed25519: the message itself, no pre-hash), as
    /// `openssl pkeyutl -sign -rawin` makes it. Ed25519 is deterministic: the same key and message give the
    /// same signature.
    public func sign(_ message: [UInt8]) throws(SigningError) -> [UInt8] {
        ERR_clear_error()
        guard let ctx = EVP_MD_CTX_new() else { throw .last("EVP_MD_CTX_new") }
        defer { EVP_MD_CTX_free(ctx) }
        guard EVP_DigestSignInit(ctx, nil, nil, nil, key) == 1 else { throw .last("EVP_DigestSignInit") }
        var length = 0
        guard message.withUnsafeBufferPointer({ EVP_DigestSign(ctx, nil, &length, $0.baseAddress, $0.count) }) == 1 else { throw .last("EVP_DigestSign") }
        var signature = [UInt8](repeating: 0, count: length)
        let ok = signature.withUnsafeMutableBufferPointer { out in
            message.withUnsafeBufferPointer { EVP_DigestSign(ctx, out.baseAddress, &length, $0.baseAddress, $0.count) }
        }
        guard ok == 1 else { throw .last("EVP_DigestSign") }
        return Array(signature.prefix(length))
    }

    /// Whether `signature` is an Ed25519 signature of `message` by the key in `publicKeyPEM`.
    public static func verify(message: [UInt8], signature: [UInt8], publicKeyPEM: [UInt8]) -> SignatureCheck.Outcome {
        ERR_clear_error()
        defer { ERR_clear_error() }
        return SignatureCheck.withPublicKey(pem: publicKeyPEM) { key in
            guard let key, EVP_PKEY_get_base_id(key) == EVP_PKEY_ED25519, let ctx = EVP_MD_CTX_new() else { return .keyUnreadable }
            defer { EVP_MD_CTX_free(ctx) }
            guard EVP_DigestVerifyInit(ctx, nil, nil, nil, key) == 1 else { return .keyUnreadable }
            let r = signature.withUnsafeBufferPointer { sig in
                message.withUnsafeBufferPointer { EVP_DigestVerify(ctx, sig.baseAddress, sig.count, $0.baseAddress, $0.count) }
            }
            return r == 1 ? .valid : .invalid
        }
    }

    /// The SubjectPublicKeyInfo DER of a PEM public key (for its fingerprint), nil when it is not one.
    public static func publicDER(fromPEM pem: [UInt8]) -> [UInt8]? {
        ERR_clear_error()
        defer { ERR_clear_error() }
        return SignatureCheck.withPublicKey(pem: pem) { key in
            key.flatMap { k in try? bioBytes("i2d_PUBKEY_bio") { i2d_PUBKEY_bio($0, k) } }
        }
    }

    /// Runs a writer into a memory BIO and returns what it wrote.
    static func bioBytes(_ call: String, _ write: (OpaquePointer) -> Int32) throws(SigningError) -> [UInt8] {
        ERR_clear_error()
        guard let bio = BIO_new(BIO_s_mem()) else { throw .last("BIO_new") }
        defer { BIO_free(bio) }
        guard write(bio) == 1 else { throw .last(call) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { BIO_read(bio, $0.baseAddress, Int32($0.count)) }
            if n <= 0 { break }
            out += chunk.prefix(Int(n))
        }
        return out
    }
}
