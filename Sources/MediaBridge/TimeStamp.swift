internal import COpenSSL

/// RFC 3161 trusted time for a report: the request a time-stamping authority answers, and the check of its
/// reply. The request is built here byte for byte; the reply is read and verified by OpenSSL's TS code,
/// the same code `openssl ts -verify` runs.
public enum TimeStamp {
    /// The DER `TimeStampReq` for a SHA-256 digest (RFC 3161 §2.4.1): version 1, the imprint, `certReq`
    /// TRUE so the reply carries the authority's certificate, no nonce (the request is then a function of
    /// the report alone: the same report gives the same request, as `openssl ts -query -no_nonce -cert` makes it).
    public static func request(sha256 digest: [UInt8]) -> [UInt8] {
        precondition(digest.count == 32, "a SHA-256 digest is 32 bytes")
        // AlgorithmIdentifier { id-sha256 (2.16.840.1.101.3.4.2.1), NULL }
        let algorithm: [UInt8] = [0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00]
        let imprintBody = algorithm + [0x04, 0x20] + digest
        let imprint = [0x30, UInt8(imprintBody.count)] + imprintBody
        let body: [UInt8] = [0x02, 0x01, 0x01] + imprint + [0x01, 0x01, 0xFF]
        return [0x30, UInt8(body.count)] + body
    }

    /// What a reply says, read without judging it.
    public struct Token: Sendable, Equatable, Codable {
        /// PKIStatus: 0 granted, 1 granted with modifications, 2 rejection, …
        public var status: Int
        /// The authority's time, as the token states it (GeneralizedTime, `20261205083000Z`).
        public var genTime: String?
        /// Serial number of the token (hex).
        public var serial: String?
        /// The authority's policy OID.
        public var policy: String?
        /// The digest the token covers (hex) and its algorithm's OID.
        public var imprint: String?
        public var imprintAlgorithm: String?
    }

    public enum Check: Sendable, Equatable {
        /// The signature chains to the given authority certificate and the token covers this digest.
        case verified
        /// The token covers this digest; its signature was not checked (no authority certificate given).
        case imprintMatchesUnverifiedSignature
        /// It does not check, with OpenSSL's reason.
        case failed(String)
    }

    /// Reads a DER `TimeStampResp` (`.tsr`); nil when the bytes are not one.
    public static func read(reply: [UInt8]) -> Token? {
        ERR_clear_error()
        defer { ERR_clear_error() }
        guard let response = parse(reply) else { return nil }
        defer { TS_RESP_free(response) }
        var token = Token(status: -1)
        if let info = TS_RESP_get_status_info(response), let status = TS_STATUS_INFO_get0_status(info) {
            token.status = Int(ASN1_INTEGER_get(status))
        }
        guard let tst = TS_RESP_get_tst_info(response) else { return token }
        if let t = TS_TST_INFO_get_time(tst) { token.genTime = text(t) }
        if let s = TS_TST_INFO_get_serial(tst) { token.serial = hex(s) }
        if let p = TS_TST_INFO_get_policy_id(tst) { token.policy = oid(p) }
        if let m = TS_TST_INFO_get_msg_imprint(tst) {
            if let d = TS_MSG_IMPRINT_get_msg(m) { token.imprint = hex(UnsafePointer(d)) }
            if let a = TS_MSG_IMPRINT_get_algo(m) {
                var object: OpaquePointer? = nil
                X509_ALGOR_get0(&object, nil, nil, a)
                if let object { token.imprintAlgorithm = oid(object) }
            }
        }
        return token
    }

    /// Checks a reply against the digest it should cover and, given a PEM file of the authority's CA
    /// certificates, its signature (`TS_RESP_verify_response`: version, imprint, signature, chain).
    public static func check(reply: [UInt8], sha256 digest: [UInt8], caFile: String?) -> Check {
        ERR_clear_error()
        defer { ERR_clear_error() }
        guard let token = read(reply: reply) else { return .failed("not an RFC 3161 time-stamp reply") }
        guard token.status == 0 || token.status == 1 else { return .failed("the authority did not grant the time stamp (status \(token.status))") }
        guard token.imprint == digest.map({ String($0, radix: 16).leftPadded(2) }).joined() else {
            return .failed("the time stamp covers another digest (\(token.imprint ?? "none"))")
        }
        guard let caFile else { return .imprintMatchesUnverifiedSignature }
        guard let response = parse(reply) else { return .failed("not an RFC 3161 time-stamp reply") }
        defer { TS_RESP_free(response) }
        guard let ctx = TS_VERIFY_CTX_new() else { return .failed("TS_VERIFY_CTX_new failed") }
        defer { TS_VERIFY_CTX_free(ctx) }
        guard let store = X509_STORE_new() else { return .failed("X509_STORE_new failed") }
        guard X509_STORE_load_file(store, caFile) == 1 else {
            X509_STORE_free(store)
            return .failed("cannot read the authority's certificates from \(caFile)")
        }
        _ = TS_VERIFY_CTX_set_store(ctx, store) // the context owns the store from here
        // The context frees the imprint with OPENSSL_free, so it must come from OpenSSL's allocator.
        guard let copy = CRYPTO_malloc(digest.count, nil, 0) else { return .failed("CRYPTO_malloc failed") }
        digest.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: digest.count) }
        _ = TS_VERIFY_CTX_set_imprint(ctx, copy.assumingMemoryBound(to: UInt8.self), Int(digest.count))
        _ = TS_VERIFY_CTX_set_flags(ctx, Int32(TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_SIGNATURE))
        if TS_RESP_verify_response(ctx, response) == 1 { return .verified }
        return .failed(SigningError.last("TS_RESP_verify_response").description)
    }

    private static func parse(_ bytes: [UInt8]) -> OpaquePointer? {
        bytes.withUnsafeBufferPointer { b -> OpaquePointer? in
            var p: UnsafePointer<UInt8>? = b.baseAddress
            return d2i_TS_RESP(nil, &p, b.count)
        }
    }

    private static func bytes(_ s: UnsafePointer<ASN1_STRING>) -> [UInt8] {
        let n = Int(ASN1_STRING_length(s))
        guard n > 0, let d = ASN1_STRING_get0_data(s) else { return [] }
        return Array(UnsafeBufferPointer(start: d, count: n))
    }
    private static func text(_ s: UnsafePointer<ASN1_STRING>) -> String { String(decoding: bytes(s), as: UTF8.self) }
    private static func hex(_ s: UnsafePointer<ASN1_STRING>) -> String { bytes(s).map { String($0, radix: 16).leftPadded(2) }.joined() }
    private static func oid(_ o: OpaquePointer) -> String {
        var buffer = [CChar](repeating: 0, count: 128)
        let n = OBJ_obj2txt(&buffer, Int32(buffer.count), o, 1)
        return n > 0 ? String(decoding: buffer.prefix(Int(min(n, 127))).map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
