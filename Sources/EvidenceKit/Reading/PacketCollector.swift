import MediaBridge

/// Sees every packet of the video stream once, as the probe's libavformat session reads it, and keeps
/// what later layers need: a `PacketRecord` per packet (with the SHA-256 of its bytes), the video payload
/// hash (SHA-256 over those digests, in decode order) and, for H.264, the Signed Video scan.
///
/// The payload hash is taken over the packet digests rather than the packets' bytes so that it can be
/// recomputed from the packet list alone (by `compare`, the ledger, or anyone with `ffmpeg -f framehash`),
/// and so that each video byte is hashed twice (file and packet), not three times.
final class PacketCollector: @unchecked Sendable {
    // @unchecked: used from the probe's thread only (libavformat calls the observer on the reading thread).
    private(set) var records: [PacketRecord] = []
    private let payload: SHA256Hasher?
    private var scanner: SignedVideoScanner?
    private var scanFailed = false
    /// A digest that could not be computed (OpenSSL failure): the payload hash is then withheld.
    private(set) var failure: (any Error)?
    private(set) var hasVideo = false

    init() { payload = try? SHA256Hasher() }

    /// The video stream's codec and framing: Signed Video is looked for in H.264 streams only.
    func start(codec: String, framing: NALFraming?) {
        hasVideo = framing != nil
        if codec == "h264", let framing { scanner = SignedVideoScanner(framing: framing) }
    }

    func add(_ info: PacketInfo, _ bytes: UnsafeRawBufferPointer) {
        do {
            let digest = try SHA256Hasher.digest(bytes)
            try payload?.update(digest)
            records.append(PacketRecord(index: records.count, stream: info.stream, offset: info.offset, size: info.size,
                                        pts: info.pts, dts: info.dts, key: info.isKey, sha256: digest.hexString))
        } catch {
            failure = error
        }
        // A signing camera puts its first signature within a group of pictures or two of the start; a stream
        // without one in its first 600 pictures (10–20 s) is taken as unsigned.
        if scanner != nil, !scanFailed, scanner!.hasSignatures || scanner!.packets < SignedVideoScanner.unsignedAfter {
            do {
                try scanner!.add(packet: bytes, offset: info.offset) // in place: no copy of what was gathered
            } catch {
                scanFailed = true
            }
        }
    }

    /// SHA-256 over the packet digests (nil when a digest failed or there was no video stream).
    func payloadDigest() -> String? {
        guard failure == nil, hasVideo, let payload else { return nil }
        return (try? payload.finalize())?.hexString
    }

    /// The Signed Video facts of an H.264 stream (nil when unsigned, not H.264, or unreadable).
    func signedVideo() -> SignedVideoFacts? {
        guard let scanner, !scanFailed else { return nil }
        return try? scanner.facts()
    }
}
