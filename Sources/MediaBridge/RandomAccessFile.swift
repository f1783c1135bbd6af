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
        var failure: (any Error)? = nil
        let bytes = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, initialized in
            do {
                initialized = try Syscalls.preadFully(fd, into: UnsafeMutableRawBufferPointer(buffer), at: offset, path: path)
            } catch {
                failure = error
                initialized = 0
            }
        }
        if let failure { throw failure }
        return bytes
    }

    /// Streams the whole file from the start in chunks of `chunkSize` bytes through `body`,
    /// reusing one buffer (bounded memory). Returns the number of bytes seen.
    @discardableResult
    public func streamAll(chunkSize: Int = 1 << 20, _ body: (UnsafeRawBufferPointer) throws -> Void) throws -> Int64 {
        let fd = try Syscalls.openReadOnly(path) // own descriptor: independent file position
        defer { Syscalls.close(fd) }
        Syscalls.adviseSequential(fd)
        // No larger than the file: a fresh buffer costs a page fault per 4 KiB touched.
        let length = Int(max(4096, min(Int64(chunkSize), size + 1)))
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: length, alignment: 4096)
        defer { buffer.deallocate() }
        var total: Int64 = 0
        while true {
            let n = try Syscalls.readFully(fd, into: buffer, path: path, position: total)
            if n == 0 { break }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
            total += Int64(n)
            if n < length { break }
        }
        return total
    }
}
