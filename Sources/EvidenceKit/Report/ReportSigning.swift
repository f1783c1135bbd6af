import MediaBridge

/// Signing and checking reports, through OpenSSL in the bridge: Ed25519 signatures over a document's exact
/// bytes (detached), key fingerprints as `openssl` computes them, and RFC 3161 time-stamp requests and replies.
public enum ReportSigning {
    public enum Failure: Error, CustomStringConvertible {
        case key(String)
        public var description: String {
            switch self { case let .key(s): return s }
        }
    }

    /// A new key pair: PKCS #8 private key PEM and SubjectPublicKeyInfo public key PEM.
    public static func keyPair() throws -> (privatePEM: [UInt8], publicPEM: [UInt8]) {
        do {
            let k = try Ed25519Key.generate()
            return (try k.privatePEM(), try k.publicPEM())
        } catch { throw Failure.key(error.description) }
    }

    /// `sha256:` + the SHA-256 of the key's DER SubjectPublicKeyInfo, as
    /// `openssl pkey -pubin -in KEY.pub -outform DER | openssl dgst -sha256` prints it.
    public static func fingerprint(publicPEM: [UInt8]) -> String? {
        guard let der = Ed25519Key.publicDER(fromPEM: publicPEM), let d = try? SHA256Hasher.digest(der) else { return nil }
        return "sha256:" + d.hexString
    }

    /// Reads a private key and returns a signer and its public key's fingerprint.
    public static func signer(privatePEM: [UInt8]) throws -> (sign: @Sendable ([UInt8]) throws -> [UInt8], fingerprint: String) {
        let key: Ed25519Key
        do { key = try Ed25519Key.load(privatePEM: privatePEM) } catch { throw Failure.key(error.description) }
        let pub: [UInt8]
        do { pub = try key.publicPEM() } catch { throw Failure.key(error.description) }
        guard let f = fingerprint(publicPEM: pub) else { throw Failure.key("cannot compute the public key's fingerprint") }
        return ({ bytes in
            do { return try key.sign(bytes) } catch { throw Failure.key("\(error)") }
        }, f)
    }

    public static func verify(document: [UInt8], signature: [UInt8], publicPEM: [UInt8]) -> SignatureCheck.Outcome {
        Ed25519Key.verify(message: document, signature: signature, publicKeyPEM: publicPEM)
    }

    public static func sha256(_ bytes: [UInt8]) -> [UInt8] { (try? SHA256Hasher.digest(bytes)) ?? [] }

    /// The RFC 3161 request for a digest (no nonce: the same report gives the same request).
    public static func timeStampRequest(sha256 digest: [UInt8]) -> [UInt8] { TimeStamp.request(sha256: digest) }

    /// Checks a reply for a digest; returns what to show, or the reason it does not check.
    public static func timeStamp(reply: [UInt8], sha256 digest: [UInt8], caFile: String?) -> Result<TrustedTimeStamp, Failure> {
        guard let token = TimeStamp.read(reply: reply) else { return .failure(.key("not an RFC 3161 time-stamp reply")) }
        switch TimeStamp.check(reply: reply, sha256: digest, caFile: caFile) {
        case .verified:
            return .success(TrustedTimeStamp(reply: reply, token: token, check: "verified: signature chains to the given authority certificate; covers this record"))
        case .imprintMatchesUnverifiedSignature:
            return .success(TrustedTimeStamp(reply: reply, token: token, check: "covers this record; the authority's signature was not checked (no --tsa-ca given)"))
        case let .failed(why):
            return .failure(.key(why))
        }
    }
}
