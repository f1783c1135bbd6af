import EvidenceKit

/// ISO-BMFF: the box walker, the movie facts (sample tables, edit lists, metadata items) and the HEIF item reader.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let source = MemoryByteSource(bytes)
    guard let tree = try? BoxWalker().walk(source) else { return 0 }
    _ = try? MovieFactsReader(source: source, tree: tree).read()
    _ = try? HEIFItemReader(source: source, tree: tree).read()
    return 0
}
