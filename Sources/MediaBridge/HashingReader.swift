import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one file so that every byte comes off the disk once, whoever asks for it: the sniffer, our
/// structure walkers and libavformat all read through one `HashingReader`, and its SHA-256 is fed as
/// the bytes go past (issue 13: one sequential read feeds SHA-256, the walk and the packets).
///
/// The file is read in aligned blocks kept in a small least-recently-used cache. Blocks are hashed in
/// file order: whenever the block after the last one hashed is in the cache, it goes into the digest.
/// A reader that jumps ahead (libavformat reading an MP4's `moov` at the end before its `mdat`) leaves
/// those blocks cached, and they are hashed from memory when the sequential reading reaches them.
/// `finish()` reads whatever nobody asked for, so the digest always covers the whole file.
///
/// Thread-safe: a lock guards the cache and the digest (libavformat's callbacks and our walkers run on
/// the caller's thread, but `Sendable` is promised to the walkers' `ByteSource`).
public final class HashingReader: @unchecked Sendable {
    public let path: String
    public let size: Int64
    private let file: RandomAccessFile
    private let blockSize: Int64
    private var cacheLimit: Int
    private let lock = PosixLock()
    private var blocks: [Int64: [UInt8]] = [:]
    private var lastUse: [Int64: UInt64] = [:]
    private var clock: UInt64 = 0
    private var cachedBytes = 0
    private var hasher: SHA256Hasher?
    /// Blocks are hashed on their own serial queue, so the SHA-256 of the file runs beside whoever reads
    /// (libavformat demuxing and hashing packets, a decoder): one more core at depth structure.
    private let hashing = DispatchQueue(label: "EvidenceKit.HashingReader.sha256")
    private let hashFailure = FailureBox()
    /// At most this many blocks (8 MiB) wait for the hashing queue (bounded memory when reading outruns SHA-256).
    private let inFlight = DispatchSemaphore(value: 32)
    /// Blocks before this one are in the digest.
    private var hashedBlocks: Int64 = 0
    private var digest: [UInt8]?
    /// Bytes taken from the file by this reader (each `pread`), for the "read once" benchmark.
    public private(set) var bytesFromFile: Int64 = 0

    /// Reads up to this size ahead of the hashing are served without loading whole blocks.
    static let smallRead = 4096

    /// Opens `path` (a regular file; FIFOs and devices are refused before anything blocks). `cacheLimit`
    /// bounds the memory held; a photo is read with a limit of its own size so that nothing is read twice.
    public init(path: String, blockSize: Int = 256 << 10, cacheLimit: Int = 8 << 20) throws {
        file = try RandomAccessFile(path: path)
        self.path = path
        size = file.size
        self.blockSize = Int64(blockSize)
        self.cacheLimit = max(cacheLimit, 2 * blockSize)
        hasher = try SHA256Hasher()
    }

    /// Keeps every block read from now on (a photo, read whole and then decoded from the same bytes).
    public func holdEverything() {
        lock.locked { cacheLimit = max(cacheLimit, Int(size) + Int(blockSize)) }
    }

    private var blockCount: Int64 { (size + blockSize - 1) / blockSize }

    /// Up to `count` bytes at `offset`; fewer at the end of the file, none past it.
    public func read(at offset: Int64, count: Int) throws -> [UInt8] {
        guard offset >= 0, count > 0, offset < size else { return [] }
        let wanted = Int(min(Int64(count), size - offset))
        var out = [UInt8]()
        out.reserveCapacity(wanted)
        try lock.locked {
            // A walker's header read far ahead of the hashing (a Matroska cluster header, a box header
            // behind a large `mdat`) takes only its bytes: loading whole blocks there would read the file
            // twice, once in the walk and once when the hashing reaches it.
            if wanted <= Self.smallRead, offset / blockSize > hashedBlocks,
               (offset / blockSize ... (offset + Int64(wanted) - 1) / blockSize).contains(where: { blocks[$0] == nil }) {
                out = try file.read(at: offset, count: wanted)
                bytesFromFile += Int64(out.count)
                return
            }
            var position = offset
            let end = offset + Int64(wanted)
            while position < end {
                let k = position / blockSize
                let block = try blockLocked(k)
                let start = Int(position - k * blockSize)
                let stop = Int(min(end - k * blockSize, Int64(block.count)))
                guard start < stop else { break }
                out.append(contentsOf: block[start..<stop])
                position += Int64(stop - start)
            }
        }
        return out
    }

    /// Copies up to `buffer.count` bytes at `offset` into `buffer` (libavformat's read callback); returns
    /// how many, 0 at the end of the file.
    public func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard offset >= 0, offset < size, buffer.count > 0 else { return 0 }
        let wanted = Int(min(Int64(buffer.count), size - offset))
        return try lock.locked {
            var position = offset
            var written = 0
            while written < wanted {
                let k = position / blockSize
                let block = try blockLocked(k)
                let start = Int(position - k * blockSize)
                let n = min(wanted - written, block.count - start)
                guard n > 0 else { break }
                block.withUnsafeBytes { src in
                    buffer.baseAddress!.advanced(by: written).copyMemory(from: src.baseAddress!.advanced(by: start), byteCount: n)
                }
                written += n
                position += Int64(n)
            }
            return written
        }
    }

    /// The whole file as one array (photos: the cache limit should be at least the file's size so the
    /// bytes are not read again by whoever comes next).
    public func readAll() throws -> [UInt8] { try read(at: 0, count: Int(size)) }

    /// Reads what no one has read yet and returns the SHA-256 of the whole file. Later calls return the
    /// same digest.
    public func finish() throws -> [UInt8] {
        try lock.locked {
            if let digest { return digest }
            while hashedBlocks < blockCount {
                _ = try blockLocked(hashedBlocks)
            }
            hashing.sync {}
            if let e = hashFailure.error { throw e }
            let d = try hasher!.finalize()
            hasher = nil
            digest = d
            return d
        }
    }

    /// Block `k`, from the cache or the file; feeds the digest with every block that is now next in order.
    private func blockLocked(_ k: Int64) throws -> [UInt8] {
        clock += 1
        if let b = blocks[k] {
            lastUse[k] = clock
            return b
        }
        let b = try file.read(at: k * blockSize, count: Int(blockSize))
        bytesFromFile += Int64(b.count)
        if k == hashedBlocks, let hasher {
            feed(hasher, b)
            hashedBlocks += 1
            // Blocks read ahead earlier may now be next.
            while let next = blocks[hashedBlocks] {
                feed(hasher, next)
                hashedBlocks += 1
            }
        }
        blocks[k] = b
        lastUse[k] = clock
        cachedBytes += b.count
        evictLocked(keeping: k)
        return b
    }

    /// Hands a block to the hashing queue (blocks are immutable arrays: shared, not copied).
    private func feed(_ hasher: SHA256Hasher, _ block: [UInt8]) {
        let box = UncheckedHasher(hasher), failure = hashFailure, slots = inFlight
        slots.wait()
        hashing.async {
            do { try box.hasher.update(block) } catch { failure.error = error }
            slots.signal()
        }
    }

    /// Drops least recently used blocks over the limit, hashed ones first (an unhashed block dropped
    /// must be read again by `finish()`).
    private func evictLocked(keeping k: Int64) {
        while cachedBytes > cacheLimit {
            let candidates = blocks.keys.filter { $0 != k }
            let hashed = candidates.filter { $0 < hashedBlocks }
            guard let victim = (hashed.isEmpty ? candidates : hashed).min(by: { lastUse[$0]! < lastUse[$1]! }) else { return }
            cachedBytes -= blocks[victim]!.count
            blocks[victim] = nil
            lastUse[victim] = nil
        }
    }
}

/// A `pthread_mutex_t` owned by a class (the mutex must not move).
final class PosixLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    func locked<R>(_ body: () throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}

/// The hasher, handed to the hashing queue (used there only until `finish()` waits for the queue).
private struct UncheckedHasher: @unchecked Sendable {
    let hasher: SHA256Hasher
    init(_ h: SHA256Hasher) { hasher = h }
}

/// The first error the hashing queue met, read after the queue is drained.
private final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}
