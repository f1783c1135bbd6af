// Over 300 lines: the Signed Video SEI format (TLV tags, hash lists, ECDSA check) and the scanner that walks
// NAL units are one parser; split, each half would need the other's private types.
import MediaBridge

/// Collects NAL units while packets stream past, then checks the signatures and hash lists.
struct SignedVideoScanner {
    static let uuid: [UInt8] = Array("Signed Video...0".utf8)
    /// The DER body of SHA-256's object identifier, 2.16.840.1.101.3.4.2.1.
    static let sha256OID: [UInt8] = [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01]
    /// Pictures read without finding a signature before a stream is taken as unsigned.
    static let unsignedAfter = 600

    struct Unit {
        var packet: Int
        var offset: Int64?
        var hash: [UInt8]
        var startsGroup: Bool
    }

    let framing: NALFraming
    private(set) var packets = 0
    private var units: [Unit] = []
    private var seis: [(packet: Int, offset: Int64?, bytes: [UInt8])] = []

    init(framing: NALFraming) { self.framing = framing }

    var hasSignatures: Bool { !seis.isEmpty }

    /// One packet's NAL units: H.264 slices (types 1 and 5) are hashed; Signed Video SEIs are kept.
    mutating func add(packet bytes: UnsafeRawBufferPointer, offset: Int64?) throws {
        let index = packets
        packets += 1
        for (start, end) in Self.nalUnits(bytes, framing: framing) {
            var stop = end
            while stop > start && bytes[stop - 1] == 0 { stop -= 1 }
            guard stop > start else { continue }
            let type = bytes[start] & 0x1F
            let at = offset.map { $0 + Int64(start) }
            switch type {
            case 1, 5:
                let hasher = try SHA256Hasher()
                try hasher.update(UnsafeRawBufferPointer(rebasing: bytes[start..<stop]))
                units.append(Unit(packet: index, offset: at, hash: try hasher.finalize(),
                                  startsGroup: Self.startsPicture(Array(bytes[start..<min(stop, start + 16)]), idr: type == 5)))
            case 6 where stop - start > 20 && bytes[start..<stop].firstRange(of: Self.uuid) != nil:
                seis.append((index, at, Array(bytes[start..<stop])))
            default:
                continue
            }
        }
    }

    /// Start and end of each NAL unit in a packet.
    static func nalUnits(_ b: UnsafeRawBufferPointer, framing: NALFraming) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        switch framing {
        case let .lengthPrefixed(n):
            var i = 0
            while i + n <= b.count {
                var length = 0
                for k in 0..<n { length = length << 8 | Int(b[i + k]) }
                let start = i + n
                guard length > 0, start + length <= b.count else { break }
                out.append((start, start + length))
                i = start + length
            }
        case .annexB:
            var starts: [Int] = []
            var i = 0
            while i + 2 < b.count {
                if b[i] == 0, b[i + 1] == 0, b[i + 2] == 1 { starts.append(i + 3); i += 3 } else { i += 1 }
            }
            for (k, s) in starts.enumerated() {
                var e = k + 1 < starts.count ? starts[k + 1] - 3 : b.count
                // A four-byte start code leaves a zero before the three-byte one; trailing zeros are cut later.
                if e < s { e = s }
                out.append((s, e))
            }
        }
        return out
    }

    /// Whether an H.264 slice NAL unit starts an I-picture (an IDR, or an I or SI slice) at its first
    /// macroblock: the later slices of a picture cut into several belong to the group it starts.
    static func startsPicture(_ head: [UInt8], idr: Bool) -> Bool {
        var r = BitReader(rbsp: Array(head.dropFirst()))
        guard let firstMacroblock = r.ue(), firstMacroblock == 0, let sliceType = r.ue() else { return false }
        return idr || sliceType % 5 == 2 || sliceType % 5 == 4
    }

    /// TLV items after the UUID and its reserved byte: tag, then a length of one byte (general and crypto
    /// information) or two (everything else, vendor tags included), then the value.
    static func tlv(_ p: ArraySlice<UInt8>) -> [(tag: UInt8, offset: Int, value: ArraySlice<UInt8>)] {
        var out: [(UInt8, Int, ArraySlice<UInt8>)] = []
        var i = p.startIndex
        while i < p.endIndex {
            let tag = p[i]
            let width = tag == 1 || tag == 7 ? 1 : 2
            guard i + 1 + width <= p.endIndex else { break }
            var n = 0
            for k in 0..<width { n = n << 8 | Int(p[i + 1 + k]) }
            let v = i + 1 + width
            guard v + n <= p.endIndex else { break }
            out.append((tag, i, p[v..<(v + n)]))
            i = v + n
        }
        return out
    }

    /// The five product strings: each a length byte and text ending in NUL, after a version byte.
    static func productInfo(_ v: ArraySlice<UInt8>) -> [String: String] {
        let names = ["hardwareId", "firmware", "serialNumber", "manufacturer", "address"]
        var out: [String: String] = [:]
        var i = v.startIndex + 1
        for name in names {
            guard i < v.endIndex else { break }
            let n = Int(v[i])
            guard i + 1 + n <= v.endIndex else { break }
            let text = String(decoding: v[(i + 1)..<(i + 1 + n)].prefix { $0 != 0 }, as: UTF8.self)
            if !text.isEmpty && text != "N/A" { out[name] = text }
            i += 1 + n
        }
        return out
    }

    /// Checks every signature and hash list; nil when the stream carries no Signed Video SEI.
    func facts() throws -> SignedVideoFacts? {
        guard !seis.isEmpty else { return nil }
        var signatures: [SignedVideoFacts.Signature] = []
        var signer: [String: String] = [:]
        var keyFingerprint: String?
        var lists: [(hashes: [[UInt8]], sei: Int)] = []
        // Group starts by hash (the first of equal ones), so that each list is placed in constant time even in
        // a long recording with thousands of signatures.
        var groupStart: [[UInt8]: Int] = [:]
        for (i, u) in units.enumerated() where u.startsGroup && groupStart[u.hash] == nil { groupStart[u.hash] = i }
        for sei in seis {
            let plain = BitReader.removingEmulationPrevention(sei.bytes)
            guard let u = plain.firstRange(of: Self.uuid)?.lowerBound else { continue }
            let tlvStart = u + Self.uuid.count + 1
            guard tlvStart <= plain.count else { continue }
            let items = Self.tlv(plain[tlvStart...])
            var outcome = "unsupported"
            var hashes: [[UInt8]] = []
            // Newer framework versions may name another hash algorithm (crypto information, tag 7, holding its
            // OID); only SHA-256 is checked here, so anything else is left unchecked rather than misjudged.
            if let crypto = items.first(where: { $0.tag == 7 })?.value, crypto.firstRange(of: Self.sha256OID) == nil {
                signatures.append(.init(byteOffset: sei.offset, packet: sei.packet, hashes: 0, outcome: outcome, groupStartPacket: nil))
                continue
            }
            if let list = items.first(where: { $0.tag == 4 })?.value, list.count >= 33, (list.count - 1) % 32 == 0 {
                hashes = stride(from: list.startIndex + 1, to: list.endIndex, by: 32).map { Array(list[$0..<($0 + 32)]) }
            }
            if let info = items.first(where: { $0.tag == 3 })?.value { signer.merge(Self.productInfo(info)) { a, _ in a } }
            // Without a hash list (the framework's group-hash mode) the signature covers a hash computed over
            // the pictures, not this SEI: not checked here, rather than reported as failing.
            if !hashes.isEmpty, let key = items.first(where: { $0.tag == 2 }), key.value.count > 2,
               let sig = items.first(where: { $0.tag == 5 }), sig.value.count > 5 {
                let pem = Array(key.value.dropFirst(2))
                let v = sig.value
                let derLength = Int(v[v.startIndex + 3]) << 8 | Int(v[v.startIndex + 4])
                let der = Array(v.dropFirst(5).prefix(derLength))
                if der.count == derLength, der.first == 0x30 {
                    // The signed document: the SEI from its NAL header up to the signature tag.
                    // (`sig.offset` indexes `plain` itself: the TLV items are slices of it.) Framework versions
                    // differ in whether the SEI was signed before or after its emulation-prevention bytes were
                    // inserted (the 2023 Axis firmware: before; the 2021 framework test files: after), so the
                    // document is tried both ways; either is a signature over exactly these bytes.
                    let document = Array(plain[..<sig.offset])
                    let stored = Array(sei.bytes[..<Self.storedLength(sei.bytes, plainLength: sig.offset)])
                    var result = SignatureCheck.verify(message: document, signatureDER: der, publicKeyPEM: pem)
                    if result == .invalid { result = SignatureCheck.verify(message: stored, signatureDER: der, publicKeyPEM: pem) }
                    outcome = result.rawValue
                    if keyFingerprint == nil { keyFingerprint = try SHA256Hasher.digest(pem).hexString }
                }
            }
            let start = hashes.first.flatMap { groupStart[$0] }
            signatures.append(.init(byteOffset: sei.offset, packet: sei.packet, hashes: hashes.count, outcome: outcome,
                                    groupStartPacket: start.map { units[$0].packet }))
            if outcome == "valid", !hashes.isEmpty { lists.append((hashes, signatures.count - 1)) }
        }
        // Compare each validly signed list with the group it heads, in place.
        var verified = Set<Int>()
        var mismatches: [SignedVideoFacts.Mismatch] = []
        var headed = Set<Int>()       // group starts a valid list heads
        var lastNamed = -1            // the last unit a valid list names (matched or not)
        for (hashes, s) in lists {
            let at = signatures[s].byteOffset
            guard let g = groupStart[hashes[0]] else {
                mismatches.append(.init(packet: nil, byteOffset: nil, groupStartPacket: -1, position: 0, kind: "missing", signatureOffset: at))
                continue
            }
            headed.insert(g)
            verified.insert(g)
            lastNamed = max(lastNamed, g)
            // The group's later pictures, then the next group's I-picture.
            var members: [Int] = []
            var k = g + 1
            while k < units.count && !units[k].startsGroup { members.append(k); k += 1 }
            if k < units.count { members.append(k) }
            for p in 1..<hashes.count {
                guard p - 1 < members.count else {
                    mismatches.append(.init(packet: nil, byteOffset: nil, groupStartPacket: units[g].packet, position: p, kind: "missing", signatureOffset: at))
                    continue
                }
                let u = members[p - 1]
                lastNamed = max(lastNamed, u)
                if try SHA256Hasher.digest(units[g].hash + units[u].hash) == hashes[p] { verified.insert(u) } else {
                    mismatches.append(.init(packet: units[u].packet, byteOffset: units[u].offset, groupStartPacket: units[g].packet,
                                            position: p, kind: "changed", signatureOffset: at))
                }
            }
            // Pictures of the group the list does not name (it names the next I-picture when there is one).
            if hashes.count > 1 {
                for u in members.dropFirst(hashes.count - 1) where !units[u].startsGroup {
                    lastNamed = max(lastNamed, u)
                    mismatches.append(.init(packet: units[u].packet, byteOffset: units[u].offset, groupStartPacket: units[g].packet,
                                            position: -1, kind: "extra", signatureOffset: at))
                }
            }
        }
        // Groups that start before the last named picture but no valid list heads: a signature is missing
        // there (removed, or a piece joined in). After it: the tail the recording ended in.
        let unsignedGroups = units.indices.filter { units[$0].startsGroup && $0 < lastNamed && !headed.contains($0) }.map { units[$0].packet }
        return SignedVideoFacts(signatures: signatures, signer: signer, publicKeySHA256: keyFingerprint, packets: packets,
                                pictureUnits: units.count, verifiedUnits: verified.count, mismatches: mismatches,
                                unsignedTail: units.count - 1 - lastNamed, unsignedGroups: unsignedGroups)
    }

    /// How many stored bytes (emulation-prevention bytes included) make up the first `plainLength` bytes
    /// once those bytes are removed.
    static func storedLength(_ stored: [UInt8], plainLength: Int) -> Int {
        var plain = 0, zeros = 0, i = 0
        while i < stored.count && plain < plainLength {
            let x = stored[i]
            i += 1
            if zeros >= 2 && x == 3 { zeros = 0; continue }
            plain += 1
            zeros = x == 0 ? zeros + 1 : 0
        }
        return i
    }
}

extension SHA256Hasher {
    static func digest(_ bytes: [UInt8]) throws -> [UInt8] {
        let h = try SHA256Hasher()
        try h.update(bytes)
        return try h.finalize()
    }
}

/// Signed Video checked over packets given in memory: the same scanner the probe feeds, for callers that hold the
/// packets already (`Fuzz/FuzzSignedVideo`, tests). Nil when the packets carry no signature or cannot be parsed.
public enum SignedVideoCheck {
    /// `lengthPrefix`: the size of each NAL unit's length field (MP4/MOV), nil for Annex B start codes.
    public static func facts(packets: [[UInt8]], lengthPrefix: Int?) -> SignedVideoFacts? {
        var scanner = SignedVideoScanner(framing: lengthPrefix.map { .lengthPrefixed($0) } ?? .annexB)
        do {
            for (i, p) in packets.enumerated() {
                try p.withUnsafeBytes { try scanner.add(packet: $0, offset: Int64(i)) }
            }
            return try scanner.facts()
        } catch {
            return nil
        }
    }
}
