import EvidenceKit

/// Matroska / WebM: our EBML reader.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? EBMLReader(source: MemoryByteSource(bytes)).read()
    return 0
}
