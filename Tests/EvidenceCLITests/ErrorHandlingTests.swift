import EvidenceKit
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Bad input: one line on stderr naming the file and the reason, a distinct exit code, and the
/// other files still processed.
@Suite struct ErrorHandlingTests {
    let photo = Paths.packageRoot.appendingPathComponent("Fixtures/example-photo.jpg").path

    @Test func missingFileIs66AndOthersStillRun() throws {
        let r = try evidence("inspect", "--json", "/nonexistent/clip.mp4", photo)
        #expect(r.status == 66)
        #expect(r.stderr == "evidence: /nonexistent/clip.mp4: no such file\n")
        // The missing file keeps its JSON line (a failure record); the photo gets its inspection.
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try JSONDecoder().decode(FailureRecord.self, from: Data(lines[0].utf8)).error.kind == "missing")
        #expect(try inspections(String(lines[1])).count == 1)
    }

    @Test func directoryIs66() throws {
        let dir = try TempDir()
        let r = try evidence("inspect", dir.url.path)
        #expect(r.status == 66)
        #expect(r.stderr == "evidence: \(dir.url.path): is a directory, not a regular file\n")
    }

    @Test func emptyFileIs65() throws {
        let dir = try TempDir()
        let f = try dir.file("empty.mp4", [])
        let r = try evidence("inspect", f.path)
        #expect(r.status == 65)
        #expect(r.stderr == "evidence: \(f.path): empty file (0 bytes)\n")
    }

    @Test func textFileIsNotMedia() throws {
        let dir = try TempDir()
        let f = try dir.file("notes.mp4", Array("This is not a video, whatever its name says.\n".utf8))
        let r = try evidence("inspect", "--json", f.path, photo)
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("evidence: \(f.path): not a recognised photo or video format"))
        #expect(r.stderr.split(separator: "\n").count == 1)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try JSONDecoder().decode(FailureRecord.self, from: Data(lines[0].utf8)).error.kind == "unreadable")
        #expect(try inspections(String(lines[1])).count == 1)
    }

    @Test func truncatedJPEGIsReportedWithOffset() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: photo)))
        let dir = try TempDir()
        let f = try dir.file("cut.jpg", Array(bytes.prefix(bytes.count / 2)))
        let r = try evidence("inspect", "--json", f.path)
        #expect(r.status == 65)
        #expect(r.stderr.contains("no EOI marker (truncated)"), "\(r.stderr)")
        let i = try #require(try inspections(r.stdout).first)
        #expect(i.metadata.device?.make == "EvidenceKit") // what was readable is still reported
    }

    /// A JPEG whose frame header declares 65535×65535 with 1000 bytes of scan data: structurally a JPEG, but past
    /// the 250-megapixel limit, so it is never handed to the decoder: the verdict is `unreadable` with a finding
    /// that names the limit, the declared size and the SOF offset; the other file in the same run is still verified.
    @Test func hostileDeclaredSizeIsUnreadableAtDepthFull() throws {
        func seg(_ m: UInt8, _ p: [UInt8]) -> [UInt8] { [0xFF, m, UInt8((p.count + 2) >> 8), UInt8((p.count + 2) & 255)] + p }
        let bits: [UInt8] = [0, 1] + [UInt8](repeating: 0, count: 14)
        let bytes: [UInt8] = [0xFF, 0xD8] + seg(0xDB, [0] + [UInt8](repeating: 1, count: 64))
            + seg(0xC0, [8, 0xFF, 0xFF, 0xFF, 0xFF, 1, 1, 0x11, 0])
            + seg(0xC4, [0x00] + bits + [0] + [0x10] + bits + [0]) + seg(0xDA, [1, 1, 0, 0, 63, 0])
            + [UInt8](repeating: 0, count: 1000) + [0xFF, 0xD9]
        let dir = try TempDir()
        let f = try dir.file("huge.jpg", bytes)
        let r = try evidence("verify", "--depth", "full", "--json", f.path, photo)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let report = try JSONDecoder().decode(VerifyReport.self, from: Data(lines[0].utf8))
        #expect(report.verdict.class == .unreadable)
        let finding = report.findings.first { $0.messageKey == "media.read.incomplete.picture-limit" }
        #expect(finding?.evidence["declared"] == .string("65535x65535"))
        #expect(finding?.evidence["byteOffset"] == .int(71))
    }

    @Test func percentSignsInNamesAreNotFormatStrings() throws {
        let dir = try TempDir()
        let f = try dir.file("%s%n%x.jpg", [0xFF, 0xD8, 0xFF])
        let r = try evidence("inspect", f.path)
        #expect(r.status == 65)
        #expect(r.stderr.contains("%s%n%x.jpg"))
    }

    @Test(.enabled(if: getuid() != 0, "running as root: permission bits do not stop root, so this cannot be checked here"))
    func unreadableFileIs66() throws {
        let dir = try TempDir()
        let f = try dir.file("locked.jpg", [0xFF, 0xD8])
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: f.path)
        let r = try evidence("hash", f.path)
        #expect(r.status == 66)
        #expect(r.stderr == "evidence: \(f.path): permission denied\n")
    }

    /// Issue 14: bytes of no known format are unreadable whatever the name says; libavformat never gets to
    /// open a one-byte `x.jpg` as an image sequence. Never accepted, one line, exit 65.
    @Test(arguments: [("x.jpg", [UInt8]([0xFF])), ("t.jpg", Array("not a photo\n".utf8)), ("one.h264", [0x00]), ("two.mp4", [0x00, 0x00]),
                      ("zeros.mov", [UInt8](repeating: 0, count: 4096))])
    func junkWithAMediaNameIsUnreadable(_ name: String, _ bytes: [UInt8]) throws {
        let dir = try TempDir()
        let f = try dir.file(name, bytes)
        for depth in ["structure", "full"] {
            let r = try evidence("verify", "--depth", depth, f.path)
            #expect(r.status == 65, "\(name) at \(depth): exit \(r.status), \(r.stdout)")
            #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains(name))
        }
    }

    /// Issue 19: a named pipe or a socket is refused at once with exit 66, before any open could block
    /// (a FIFO with no writer blocks a plain open(2) for ever).
    @Test func fifoAndSocketAreRefusedAtOnce() throws {
        let dir = try TempDir()
        let fifo = dir.url.appendingPathComponent("pipe.mp4").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let sock = dir.url.appendingPathComponent("s.jpg").path
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { buf in
            for (i, b) in sock.utf8.prefix(buf.count - 1).enumerated() { buf[i] = b }
        }
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        #expect(bound == 0)
        for command in ["verify", "inspect", "hash"] {
            let r = try evidence(command, fifo, sock)
            #expect(r.status == 66, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("pipe.mp4: is a named pipe (FIFO), not a regular file"), "\(r.stderr)")
            #expect(r.stderr.contains("s.jpg: is a socket, not a regular file"), "\(r.stderr)")
        }
    }

    /// Issue 19: sample tables that declare 80 000 000 samples in a small file (libavformat would index each
    /// one: 1.9 GB) are refused before demuxing, at every depth, with a finding that names the limit.
    @Test func impossibleSampleCountIsRefusedBeforeDemuxing() throws {
        var bytes = try [UInt8](Data(contentsOf: Paths.packageRoot.appendingPathComponent("Fixtures/example-clip.mp4")))
        let stsz = try #require((0..<bytes.count - 4).first { bytes[$0..<$0 + 4] == [0x73, 0x74, 0x73, 0x7A] }) // 'stsz'
        // version/flags, then sample_size = 1 (constant: no table follows) and sample_count = 80 000 000.
        let n: UInt32 = 80_000_000
        bytes.replaceSubrange((stsz + 8)..<(stsz + 16), with: [0, 0, 0, 1, UInt8(n >> 24), UInt8((n >> 16) & 255), UInt8((n >> 8) & 255), UInt8(n & 255)])
        let dir = try TempDir()
        let f = try dir.file("huge-index.mp4", bytes)
        for depth in ["structure", "keyframes", "full"] {
            let r = try evidence("verify", "--json", "--depth", depth, f.path)
            let report = try JSONDecoder().decode(VerifyReport.self, from: Data(r.stdout.utf8))
            #expect(report.verdict.class == .unreadable, "\(depth): \(report.verdict.explanation)")
            let limit = try #require(report.findings.first { $0.id == "media.read.incomplete" && $0.evidence["limit"] != nil })
            #expect(limit.message.contains("80000000 samples"), "\(limit.message)")
        }
    }

    /// Issue 19: a real iPhone HEIC whose `ispe` boxes are made to declare 100 000 × 100 000 pixels is not handed
    /// to libheif at any depth: `unreadable`, with the finding that names the 250-megapixel limit and the size.
    @Test func heicDeclaringTenGigapixelsIsNotDecoded() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        var bytes = try [UInt8](Data(contentsOf: Paths.corpus.appendingPathComponent("photos/apple_iphone8_IMG_1034.heic")))
        var patched = 0
        var i = 0
        while i + 16 <= bytes.count {
            if bytes[i..<i + 4] == [0x69, 0x73, 0x70, 0x65] { // 'ispe': version/flags, width, height
                let big: [UInt8] = [0x00, 0x01, 0x86, 0xA0] // 100 000
                bytes.replaceSubrange((i + 8)..<(i + 16), with: big + big)
                patched += 1
            }
            i += 1
        }
        #expect(patched >= 1)
        let dir = try TempDir()
        let f = try dir.file("huge.heic", bytes)
        for depth in ["structure", "keyframes", "full"] {
            let r = try evidence("verify", "--json", "--depth", depth, f.path)
            let report = try JSONDecoder().decode(VerifyReport.self, from: Data(r.stdout.utf8))
            #expect(report.verdict.class == .unreadable, "\(depth)")
            let limit = report.findings.first { $0.messageKey == "media.read.incomplete.picture-limit" }
            #expect(limit?.message.contains("100000×100000") == true && limit?.message.contains("250 megapixels") == true, "\(depth): \(report.findings.map(\.id))")
        }
    }

    /// Issue 19: the walkers' limits come from the policy: with `"boxes": 5` the fixture clip's walk stops after five
    /// boxes, and the result names the limit instead of accepting the file.
    @Test func boxLimitFromThePolicyStopsTheWalk() throws {
        let dir = try TempDir()
        let policy = try dir.file("policy.json", Array(#"{"limits": {"boxes": 5, "segments": 3}}"#.utf8))
        let clip = Paths.packageRoot.appendingPathComponent("Fixtures/example-clip.mp4").path
        let r = try evidence("verify", "--json", "--policy", policy.path, clip, photo)
        let reports = try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(VerifyReport.self, from: Data($0.utf8)) }
        #expect(reports.count == 2)
        for report in reports {
            #expect(report.verdict.decision != .accept, "\(report.file.path)")
            let text = report.findings.map(\.message).joined(separator: " | ")
            #expect(text.contains("stopped after 5 boxes") || text.contains("stopped after 3 segments"), "\(report.file.path): \(text)")
        }
    }

    @Test func usageErrorIs64() throws {
        let r = try evidence("inspect", "--no-such-flag", photo)
        #expect(r.status == 64)
    }
}
