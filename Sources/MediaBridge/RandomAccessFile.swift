/// A read-only file opened once and read at explicit offsets (`pread`), so box and marker
/// walkers can jump between headers without reading payloads. Owns its descriptor.
public final class RandomAccessFile: @unchecked Sendable {
    // @unchecked: the descriptor is immutable after init and pread is thread-safe.
    public let path: String
    public let size: Int64
    private let fd: Int32

    public init(path: String) throws {
        let fd = try Syscalls.openReadOnly(path)
        do {
            let status = try Syscalls.fileStatus(fd, path: path)
            if let what = status.kind { throw MediaBridgeError.notARegularFile(path: path, what: what) }
            self.size = status.size
        } catch {
            Syscalls.close(fd)
            throw error
        }
        self.fd = fd
        self.path = path
    }

    deinit { Syscalls.close(fd) }

    /// Up to `count` bytes starting at `offset`; fewer at end of file, none past it.
    public func read(at offset: Int64, count: Int) throws -> [UInt8] {
        guard offset >= 0, count > 0, offset < size else { return [] }
        let wanted = Int(min(Int64(count), size - offset))
        var bytes = [UInt8](repeating: 0, count: wanted)
        let got = try bytes.withUnsafeMutableBytes { (buffer) throws -> Int in
            try Syscalls.preadFully(fd, into: buffer, at: offset, path: path)
        }
        if got < wanted { bytes.removeLast(wanted - got) }
        return bytes
    }

    /// Streams the whole file from the start in chunks of `chunkSize` bytes through `body`,
    /// reusing one buffer (bounded memory). Returns the number of bytes seen.
    @discardableResult
    public func streamAll(chunkSize: Int = 4 << 20, _ body: (UnsafeRawBufferPointer) throws -> Void) throws -> Int64 {
        let fd = try Syscalls.openReadOnly(path) // own descriptor: independent file position
        defer { Syscalls.close(fd) }
        Syscalls.adviseSequential(fd)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 4096)
        defer { buffer.deallocate() }
        var total: Int64 = 0
        while true {
            let n = try Syscalls.readFully(fd, into: buffer, path: path, position: total)
            if n == 0 { break }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
            total += Int64(n)
            if n < chunkSize { break }
        }
        return total
    }
}
