/// What the coded video says about its encoder and its signatures, as values.

/// A software encoder's self-description found in the coded video (an SEI "user data unregistered"
/// message, H.264 §D.1.6 / H.265 §D.2.7): x264 and x265 write their version and every setting.
public struct EncoderBanner: Sendable, Codable, Equatable {
    /// `x264`, `x265`, `Lavc`.
    public var encoder: String
    /// The banner text as stored (up to 600 characters).
    public var text: String
    /// Byte offset of the banner's first character in the file.
    public var byteOffset: Int64?
    /// Index of the packet (decode order) that carries it; -1 when it is in the sample description (`stsd`).
    public var packetIndex: Int

    public init(encoder: String, text: String, byteOffset: Int64? = nil, packetIndex: Int) {
        self.encoder = encoder
        self.text = text
        self.byteOffset = byteOffset
        self.packetIndex = packetIndex
    }
}

/// What the first packets of the video stream say about the encoder.
public struct BitstreamFacts: Sendable, Codable, Equatable {
    public var packetsRead: Int
    public var banners: [EncoderBanner]
    /// Whether the first keyframe packet carries its own sequence parameter set (H.264 NAL type 7, H.265
    /// type 33): raw CCTV streams repeat them in the stream, MP4/MOV writers usually keep them in the
    /// sample description (`avcC`/`hvcC`) only. Nil when no keyframe packet was read or its NAL units
    /// could not be walked.
    public var parameterSetsInBand: Bool? = nil

    public init(packetsRead: Int, banners: [EncoderBanner], parameterSetsInBand: Bool? = nil) {
        self.packetsRead = packetsRead
        self.banners = banners
        self.parameterSetsInBand = parameterSetsInBand
    }
}

/// What a video's Signed Video signatures say about its pictures.
///
/// Axis cameras (and anything built on the open-source Signed Video Framework) sign H.264 and HEVC
/// streams as they record: at each new group of pictures they put an SEI (user data unregistered, UUID
/// "Signed Video...0") into the stream whose payload is a TLV list — product information, the public key,
/// a hash list and an ECDSA signature. The hash list names every picture NAL unit of the group just
/// closed: first the SHA-256 of its I-picture (the group's reference), then for every later picture and
/// for the next group's I-picture SHA-256(reference ‖ SHA-256(NAL unit)), each NAL unit hashed from its
/// header to its last non-zero byte as stored. The signature covers the SEI itself (emulation-prevention
/// bytes removed) from its NAL header to the signature tag. Checked here without the framework: the
/// signatures with OpenSSL, the hashes against the NAL units as stored, so a stream copy into another
/// container keeps them valid and a changed picture does not.
public struct SignedVideoFacts: Sendable, Codable, Equatable {
    public struct Signature: Sendable, Codable, Equatable {
        /// File offset of the SEI NAL unit (when the demuxer knows where its packet is).
        public var byteOffset: Int64?
        /// Index of its packet in stream order.
        public var packet: Int
        /// Hashes listed (the reference, the pictures after it, the next group's I-picture).
        public var hashes: Int
        /// `valid`, `invalid`, `key-unreadable`, or `unsupported` (no signature or key in this SEI).
        public var outcome: String
        /// Packet index of the I-picture whose hash heads the list, when the stream has it.
        public var groupStartPacket: Int?
        public init(byteOffset: Int64? = nil, packet: Int, hashes: Int, outcome: String, groupStartPacket: Int? = nil) {
            self.byteOffset = byteOffset
            self.packet = packet
            self.hashes = hashes
            self.outcome = outcome
            self.groupStartPacket = groupStartPacket
        }
    }

    /// A picture NAL unit that is not what a valid signature listed.
    public struct Mismatch: Sendable, Codable, Equatable {
        /// Packet index (stream order) and file offset of the NAL unit; nil for a picture that is missing.
        public var packet: Int?
        public var byteOffset: Int64?
        /// Packet of the I-picture that starts the signed group, and the position in the hash list.
        public var groupStartPacket: Int
        public var position: Int
        /// `changed` (bytes differ from the signed hash), `missing` (listed, not in the stream) or `extra`
        /// (in the group, not listed).
        public var kind: String
        public var signatureOffset: Int64?
        public init(packet: Int? = nil, byteOffset: Int64? = nil, groupStartPacket: Int, position: Int, kind: String, signatureOffset: Int64? = nil) {
            self.packet = packet
            self.byteOffset = byteOffset
            self.groupStartPacket = groupStartPacket
            self.position = position
            self.kind = kind
            self.signatureOffset = signatureOffset
        }
    }

    public var signatures: [Signature]
    /// Product information the signer put in the stream: hardware id, firmware, serial number, manufacturer, address.
    public var signer: [String: String]
    /// SHA-256 of the public key as stored (PEM), to compare with a key obtained from the maker or owner.
    public var publicKeySHA256: String?
    public var packets: Int
    /// Picture NAL units (slices) scanned, and how many of them a valid signature lists in place.
    public var pictureUnits: Int
    public var verifiedUnits: Int
    public var mismatches: [Mismatch]
    /// Picture NAL units after the last signed group (recording stopped before its signature was written).
    public var unsignedTail: Int
    /// Packets of I-pictures that start groups no valid signature covers, other than the last group.
    public var unsignedGroups: [Int]

    public init(signatures: [Signature], signer: [String: String], publicKeySHA256: String? = nil, packets: Int, pictureUnits: Int, verifiedUnits: Int, mismatches: [Mismatch], unsignedTail: Int, unsignedGroups: [Int]) {
        self.signatures = signatures
        self.signer = signer
        self.publicKeySHA256 = publicKeySHA256
        self.packets = packets
        self.pictureUnits = pictureUnits
        self.verifiedUnits = verifiedUnits
        self.mismatches = mismatches
        self.unsignedTail = unsignedTail
        self.unsignedGroups = unsignedGroups
    }
}
