import EvidenceKit

/// XMP: packet extraction and the flattening of its properties.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let text = XMPReader.packetText(bytes[...]) { _ = XMPReader.properties(text) }
    _ = XMPReader.properties(String(decoding: bytes, as: UTF8.self))
    return 0
}
