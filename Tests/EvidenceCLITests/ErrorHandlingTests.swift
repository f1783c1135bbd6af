import EvidenceKit
import Foundation
import Testing

/// Bad input: one line on stderr naming the file and the reason, a distinct exit code, and the
/// other files still processed.
@Suite struct ErrorHandlingTests {
    let photo = Paths.packageRoot.appendingPathComponent("Fixtures/example-photo.jpg").path

    @Test func missingFileIs66AndOthersStillRun() throws {
        let r = try evidence("inspect", "--json", "/nonexistent/clip.mp4", photo)
        #expect(r.status == 66)
        #expect(r.stderr == "evidence: /nonexistent/clip.mp4: no such file\n")
        #expect(try inspections(r.stdout).count == 1)
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
        #expect(try inspections(r.stdout).count == 1)
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

    @Test func usageErrorIs64() throws {
        let r = try evidence("inspect", "--no-such-flag", photo)
        #expect(r.status == 64)
    }
}
