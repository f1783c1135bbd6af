import EvidenceKit
#if canImport(Glibc)
import Glibc
#endif

/// The whole probe and judgement on a file image: written to a file in /dev/shm (the probe reads files), then
/// `Verifier` at depth structure — sniffing, every walker, libexif, libavformat's demuxing of every packet,
/// Signed Video, the detectors and the verdict. C libraries are not instrumented; our code and their use of
/// our buffers are.
let path = "/dev/shm/evidence-fuzz-\(getpid())"

func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { return 0 }
    if let data, size > 0 { _ = write(fd, data, size) }
    close(fd)
    _ = try? Verifier(depth: .structure, analysisTime: 0).verify(path: path)
    return 0
}
