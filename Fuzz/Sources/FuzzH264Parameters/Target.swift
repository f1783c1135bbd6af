import EvidenceKit

/// H.264 parameter sets: the avcC record and its picture parameter set (Exp-Golomb fields, emulation prevention).
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = H264PictureParameters.parse(avcC: bytes, offset: 0)
    _ = BitReader.removingEmulationPrevention(bytes)
    return 0
}
