import Dispatch
import MediaBridge

/// Sees every packet of the video stream once, as the probe's libavformat session reads it, and keeps
/// what later layers need: a `PacketRecord` per packet (with the SHA-256 of its bytes), the video payload
/// hash (SHA-256 over those digests, in decode order) and, for H.264, the Signed Video scan.
///
/// The payload hash is taken over the packet digests rather than the packets' bytes so that it can be
/// recomputed from the packet list alone (by `compare`, the ledger, or anyone with `ffmpeg -f framehash`),
/// and so that each video byte is hashed twice (file and packet), not three times.
final class PacketCollector: @unchecked Sendable {
    // @unchecked: `add` runs on the probe's thread (libavformat calls the observer there); the digests are
    // computed on `hashing`, a serial queue, in packet order; `records` waits for that queue.
    private var collected: [PacketRecord] = []
    /// Packet digests run beside the demuxer (and the file's SHA-256, on the reader's queue): at depth structure
    /// the three take the two cores instead of one.
    private let hashing = DispatchQueue(label: "EvidenceKit.PacketCollector.sha256")
    /// At most this many packets wait for their digest (bounded memory).
    private let slots = DispatchSemaphore(value: 64)
    private var count = 0

    /// Every packet's record, in decode order (waits for the digests still being computed).
    var records: [PacketRecord] {
        hashing.sync {}
        return collected
    }
    private let payload: SHA256Hasher?
    private var scanner: SignedVideoScanner?
    private var scanFailed = false
    /// A digest that could not be computed (OpenSSL failure): the payload hash is then withheld.
    private var failed: (any Error)?
    var failure: (any Error)? {
        hashing.sync {}
        return failed
    }
    private(set) var hasVideo = false
    private var framing: NALFraming?
    private var slices: SliceDigest.Codec?

    init() { payload = try? SHA256Hasher() }

    /// The video stream's codec and framing: Signed Video is looked for in H.264 streams only.
    func start(codec: String, framing: NALFraming?) {
        hasVideo = framing != nil
        self.framing = framing
        slices = codec == "h264" ? .h264 : codec == "hevc" ? .hevc : nil
        if codec == "h264", let framing { scanner = SignedVideoScanner(framing: framing) }
    }

    func add(_ info: PacketInfo, _ bytes: UnsafeRawBufferPointer) {
        let copy = [UInt8](bytes), index = count
        count += 1
        slots.wait()
        hashing.async { [self] in
            defer { slots.signal() }
            do {
                let digest = try copy.withUnsafeBytes { try SHA256Hasher.digest($0) }
                try payload?.update(digest)
                var record = PacketRecord(index: index, stream: info.stream, offset: info.offset, size: info.size,
                                          pts: info.pts, dts: info.dts, key: info.isKey, sha256: digest.hexString)
                if let codec = slices, let framing { record.sliceSha256 = try SliceDigest.digest(copy, codec: codec, framing: framing) }
                collected.append(record)
            } catch {
                failed = error
            }
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
        hashing.sync {}
        guard failed == nil, hasVideo, let payload else { return nil }
        return (try? payload.finalize())?.hexString
    }

    /// The Signed Video facts of an H.264 stream (nil when unsigned, not H.264, or unreadable).
    func signedVideo() -> SignedVideoFacts? {
        guard let scanner, !scanFailed else { return nil }
        return try? scanner.facts()
    }
}
