import EvidenceKit

/// JPEG: the marker walker (segments, tables, frame header, trailer, ICC and Adobe segments).
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = JPEGMarkerWalker().walk(bytes)
    return 0
}
