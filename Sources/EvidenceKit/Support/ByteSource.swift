import MediaBridge

/// Random access to the bytes of one file. Walkers read headers through this so that they can be
/// tested on in-memory bytes and never load a large payload they do not need.
public protocol ByteSource: Sendable {
    var size: Int64 { get }
    /// Up to `count` bytes at `offset`; fewer at end of data.
    func read(at offset: Int64, count: Int) throws -> [UInt8]
}

extension RandomAccessFile: ByteSource {}

/// Bytes already in memory (a whole photo, or a test vector).
public struct MemoryByteSource: ByteSource {
    public let bytes: [UInt8]
    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public var size: Int64 { Int64(bytes.count) }
    public func read(at offset: Int64, count: Int) throws -> [UInt8] {
        guard offset >= 0, offset < size, count > 0 else { return [] }
        let start = Int(offset)
        return Array(bytes[start..<min(bytes.count, start + count)])
    }
}

extension HashingReader: ByteSource {}
