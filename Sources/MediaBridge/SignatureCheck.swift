internal import COpenSSL

/// Checks a digital signature with OpenSSL (EVP_DigestVerify): the signature over SHA-256 of a message,
/// with a public key given as PEM text (ECDSA or RSA, as the key says). Owns every OpenSSL object it
/// makes for the duration of one call.
public enum SignatureCheck {
    public enum Outcome: String, Sendable, Equatable, Codable {
        /// The signature was made over exactly this message with the private half of this key.
        case valid
        /// It was not: the message, the signature or the key differs from what was signed.
        case invalid
        /// The key is not a PEM public key OpenSSL can read, so nothing can be said.
        case keyUnreadable = "key-unreadable"
    }

    public static func verify(message: [UInt8], signatureDER: [UInt8], publicKeyPEM: [UInt8]) -> Outcome {
        ERR_clear_error()
        defer { ERR_clear_error() }
        return withPublicKey(pem: publicKeyPEM) { key in
            guard let key else { return .keyUnreadable }
            return verify(message: message, signatureDER: signatureDER, key: key)
        }
    }

    private static func verify(message: [UInt8], signatureDER: [UInt8], key: OpaquePointer) -> Outcome {
        guard let ctx = EVP_MD_CTX_new() else { return .keyUnreadable }
        defer { EVP_MD_CTX_free(ctx) }
        guard EVP_DigestVerifyInit(ctx, nil, EVP_sha256(), nil, key) == 1 else { return .keyUnreadable }
        let r = signatureDER.withUnsafeBufferPointer { sig in
            message.withUnsafeBufferPointer { msg in
                EVP_DigestVerify(ctx, sig.baseAddress, sig.count, msg.baseAddress, msg.count)
            }
        }
        // 1: valid; 0: invalid; below 0: a malformed signature, which cannot be valid either.
        return r == 1 ? .valid : .invalid
    }

    /// Reads a PEM public key (SubjectPublicKeyInfo) and hands it to `body` for the duration of the call (nil when
    /// the text is not one); the key is freed afterwards.
    static func withPublicKey<R>(pem: [UInt8], _ body: (OpaquePointer?) -> R) -> R {
        let key: OpaquePointer? = pem.withUnsafeBytes { p in
            guard let bio = BIO_new_mem_buf(p.baseAddress, Int32(p.count)) else { return nil }
            defer { BIO_free(bio) }
            return PEM_read_bio_PUBKEY(bio, nil, nil, nil)
        }
        defer { if let key { EVP_PKEY_free(key) } }
        return body(key)
    }
}
