import EvidenceKit

/// Signed Video: NAL unit splitting (Annex B and 4-byte lengths), SEI parsing (the framework's TLV tags, hash
/// lists, public key, product information) and the ECDSA check, on packets cut from the input at every 0xFF byte.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let packets = bytes.split(separator: 0xFF, omittingEmptySubsequences: true).map(Array.init)
    _ = SignedVideoCheck.facts(packets: packets, lengthPrefix: nil)
    _ = SignedVideoCheck.facts(packets: packets, lengthPrefix: 4)
    return 0
}
