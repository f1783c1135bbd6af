#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only place that calls POSIX file syscalls and reads their return codes
/// (the swift-system pattern: one small function per call, errno turned into a typed error).
enum Syscalls {
    static func strerror(_ code: Int32) -> String {
        String(cString: Glibc.strerror(code))
    }

    /// `open(2)` read-only, close-on-exec and non-blocking, then `fstat(2)`: a FIFO, socket or device is
    /// refused before anything can block on it (a FIFO with no writer blocks a plain `open` for ever; with
    /// `O_NONBLOCK` the open returns at once and the type check runs). `O_NOCTTY` keeps a terminal given as
    /// the file from becoming ours. For a regular file the non-blocking flag is cleared again, so reads
    /// behave as usual. The input is never opened for writing.
    static func openReadOnly(_ path: String) throws(MediaBridgeError) -> Int32 {
        // A socket cannot be opened at all (ENXIO): look at the type first so the refusal names it.
        var before = stat()
        if fstatat(AT_FDCWD, path, &before, 0) == 0, before.st_mode & S_IFMT != S_IFREG {
            throw .notARegularFile(path: path, what: describe(before.st_mode & S_IFMT))
        }
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        if fd < 0 {
            let e = errno
            let reason: String
            switch e {
            case ENOENT: reason = "no such file"
            case EACCES: reason = "permission denied"
            default: reason = strerror(e)
            }
            throw .cannotOpen(path: path, errno: e, reason: reason)
        }
        var st = stat()
        if fstat(fd, &st) != 0 {
            let e = errno
            _ = Glibc.close(fd)
            throw .cannotOpen(path: path, errno: e, reason: strerror(e))
        }
        let type = st.st_mode & S_IFMT
        guard type == S_IFREG else {
            _ = Glibc.close(fd)
            throw .notARegularFile(path: path, what: describe(type))
        }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        return fd
    }

    /// What a non-regular file is, in words.
    static func describe(_ type: mode_t) -> String {
        switch type {
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFLNK: return "a symbolic link"
        default: return "a special file"
        }
    }

    /// Refuses a path that is not a regular file without blocking on it (for C libraries that open the path
    /// themselves, such as libavformat and libheif): the same check as `openReadOnly`, descriptor closed.
    static func requireRegularFile(_ path: String) throws(MediaBridgeError) {
        _ = Glibc.close(try openReadOnly(path))
    }

    /// `fstat(2)`: size and whether the descriptor is a regular file.
    static func fileStatus(_ fd: Int32, path: String) throws(MediaBridgeError) -> (size: Int64, kind: String?) {
        var st = stat()
        if fstat(fd, &st) != 0 {
            let e = errno
            throw .cannotOpen(path: path, errno: e, reason: strerror(e))
        }
        let type = st.st_mode & S_IFMT
        if type == S_IFREG { return (Int64(st.st_size), nil) }
        return (Int64(st.st_size), describe(type))
    }

    /// `pread(2)` until `count` bytes or end of file; returns the number of bytes read.
    static func preadFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64, path: String) throws(MediaBridgeError) -> Int {
        var done = 0
        while done < buffer.count {
            let n = Glibc.pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
            if n == 0 { break }
            if n < 0 {
                let e = errno
                if e == EINTR { continue }
                throw .readFailed(path: path, offset: offset + Int64(done), errno: e, reason: strerror(e))
            }
            done += n
        }
        return done
    }

    /// `read(2)` until the buffer is full or end of file.
    static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, path: String, position: Int64) throws(MediaBridgeError) -> Int {
        var done = 0
        while done < buffer.count {
            let n = Glibc.read(fd, buffer.baseAddress! + done, buffer.count - done)
            if n == 0 { break }
            if n < 0 {
                let e = errno
                if e == EINTR { continue }
                throw .readFailed(path: path, offset: position + Int64(done), errno: e, reason: strerror(e))
            }
            done += n
        }
        return done
    }

    /// `posix_fadvise(POSIX_FADV_SEQUENTIAL)`: a hint only, errors ignored.
    static func adviseSequential(_ fd: Int32) {
        _ = posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL)
    }

    /// `write(2)` until everything is written (EINTR retried; other errors dropped: nowhere to report them).
    static func writeAll(_ fd: Int32, _ s: String) {
        var bytes = Array(s.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 { if errno == EINTR { continue }; return }
                done += n
            }
        }
    }

    static func close(_ fd: Int32) {
        _ = Glibc.close(fd)
    }
}
