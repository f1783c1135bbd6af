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

    /// `open(2)` read-only, close-on-exec.
    static func openReadOnly(_ path: String) throws(MediaBridgeError) -> Int32 {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
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
        return fd
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
        if type == S_IFDIR { return (Int64(st.st_size), "a directory") }
        return (Int64(st.st_size), "a special file")
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
