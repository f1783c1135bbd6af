/// The fields of an H.264 picture parameter set (ITU-T H.264 §7.3.2.2) that tell encoders apart, read from
/// the first PPS of an `avcC` sample description (ISO/IEC 14496-15 §5.3.3.1). Software encoders and camera
/// hardware choose them differently: x264's default presets switch on explicit weighted prediction for
/// P pictures, which the camera streams in the corpus never do.
public struct H264PictureParameters: Sendable, Codable, Equatable {
    /// Offset of the PPS NAL unit in the file.
    public var offset: Int64
    public var entropyCodingCABAC: Bool
    public var weightedPredFlag: Bool
    /// 0 default, 1 explicit, 2 implicit weighted bi-prediction.
    public var weightedBipredIdc: Int
    public var picInitQPMinus26: Int
    public var chromaQPIndexOffset: Int

    /// Parses the first PPS of an `avcC` payload starting at file offset `offset`; nil when the record is
    /// short, the PPS uses slice groups (FMO, whose syntax comes before the fields wanted) or runs out.
    public static func parse(avcC b: [UInt8], offset: Int64) -> H264PictureParameters? {
        guard b.count >= 7, b[0] == 1 else { return nil }
        var i = 5
        let spsCount = Int(b[i] & 0x1F)
        i += 1
        for _ in 0..<spsCount {
            guard i + 2 <= b.count else { return nil }
            i += 2 + (Int(b[i]) << 8 | Int(b[i + 1]))
        }
        guard i < b.count, b[i] & 0x1F >= 1, i + 3 <= b.count else { return nil }
        let length = Int(b[i + 1]) << 8 | Int(b[i + 2])
        let start = i + 3
        guard length >= 2, start + length <= b.count, b[start] & 0x1F == 8 else { return nil }
        var r = BitReader(rbsp: Array(b[(start + 1)..<(start + length)]))
        guard r.ue() != nil, r.ue() != nil, let cabac = r.bit(), r.bit() != nil, let sliceGroups = r.ue(), sliceGroups == 0,
              r.ue() != nil, r.ue() != nil, let wp = r.bit(), let wb = r.bits(2), let qp = r.se(), r.se() != nil, let cqp = r.se()
        else { return nil }
        return H264PictureParameters(offset: offset + Int64(start), entropyCodingCABAC: cabac == 1, weightedPredFlag: wp == 1,
                                     weightedBipredIdc: wb, picInitQPMinus26: qp, chromaQPIndexOffset: cqp)
    }

    public init(offset: Int64, entropyCodingCABAC: Bool, weightedPredFlag: Bool, weightedBipredIdc: Int, picInitQPMinus26: Int, chromaQPIndexOffset: Int) {
        self.offset = offset
        self.entropyCodingCABAC = entropyCodingCABAC
        self.weightedPredFlag = weightedPredFlag
        self.weightedBipredIdc = weightedBipredIdc
        self.picInitQPMinus26 = picInitQPMinus26
        self.chromaQPIndexOffset = chromaQPIndexOffset
    }
}

/// Reads bits and Exp-Golomb codes from an RBSP (emulation-prevention bytes removed), most significant first.
public struct BitReader {
    private let bytes: [UInt8]
    private var position = 0

    /// Removes the emulation-prevention byte of every 00 00 03 sequence (H.264 §7.4.1).
    public init(rbsp ebsp: [UInt8]) {
        bytes = Self.removingEmulationPrevention(ebsp)
    }

    /// The RBSP of a NAL unit's bytes: every 00 00 03 loses its 03.
    public static func removingEmulationPrevention(_ ebsp: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(ebsp.count)
        var zeros = 0
        for byte in ebsp {
            if zeros >= 2 && byte == 3 { zeros = 0; continue }
            out.append(byte)
            zeros = byte == 0 ? zeros + 1 : 0
        }
        return out
    }

    public mutating func bit() -> Int? {
        guard position < bytes.count * 8 else { return nil }
        defer { position += 1 }
        return Int(bytes[position >> 3] >> (7 - UInt8(position & 7)) & 1)
    }

    public mutating func bits(_ n: Int) -> Int? {
        var v = 0
        for _ in 0..<n { guard let b = bit() else { return nil }; v = v << 1 | b }
        return v
    }

    /// ue(v): unsigned Exp-Golomb; nil past the end or beyond 31 leading zeros.
    public mutating func ue() -> Int? {
        var zeros = 0
        while true {
            guard let b = bit() else { return nil }
            if b == 1 { break }
            zeros += 1
            if zeros > 31 { return nil }
        }
        guard let rest = bits(zeros) else { return nil }
        return (1 << zeros) - 1 + rest
    }

    /// se(v): signed Exp-Golomb (1 → 1, 2 → −1, 3 → 2, …).
    public mutating func se() -> Int? {
        guard let k = ue() else { return nil }
        return k % 2 == 1 ? (k + 1) / 2 : -(k / 2)
    }
}
