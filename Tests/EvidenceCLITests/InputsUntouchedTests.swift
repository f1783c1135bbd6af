import Foundation
import Testing

/// Issue 19: evidence files are only ever read. Every command, at every depth, leaves each input's bytes, size,
/// modification and change times exactly as they were (a write, a truncation, a chmod or a touch would move them).
@Suite struct InputsUntouchedTests {
    struct Snapshot: Equatable {
        var size: Int64, mtime: Int64, mtimeNs: Int, ctime: Int64, ctimeNs: Int, mode: UInt32, sha: String
    }

    static func snapshot(_ path: String) throws -> Snapshot {
        var st = stat()
        try #require(stat(path, &st) == 0)
        let sha = try evidence("hash", path).stdout.split(separator: " ").first.map(String.init) ?? ""
        return Snapshot(size: Int64(st.st_size), mtime: Int64(st.st_mtim.tv_sec), mtimeNs: st.st_mtim.tv_nsec,
                        ctime: Int64(st.st_ctim.tv_sec), ctimeNs: st.st_ctim.tv_nsec, mode: st.st_mode, sha: sha)
    }

    @Test func noCommandWritesItsInput() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let tmp = try TempDir()
        var files: [String] = []
        for name in ["photos/samsung_sm-j327t1.jpg", "photos/apple_iphone7_IMG_2682.heic", "phone-video/android601_with-gps.mp4",
                     "cctv/axis_7EB1_fw11.6_signed_vendor_1080p.h264"] {
            let target = tmp.url.appendingPathComponent((name as NSString).lastPathComponent).path
            try FileManager.default.copyItem(atPath: Paths.corpus.appendingPathComponent(name).path, toPath: target)
            chmod(target, 0o444)
            files.append(target)
        }
        usleep(20_000) // so that a write would move the times past what the copy set
        let before = try files.map(Self.snapshot)
        var commands: [[String]] = [["inspect", "--json", "--image-hash"], ["hash", "--image-data"], ["hash", "--payload"], ["hash", "--packets", "--json"],
                                    ["hash", "--perceptual"], ["hash", "--frames", "keyframes"]]
        for depth in ["structure", "keyframes", "full"] { commands.append(["verify", "--json", "--depth", depth]) }
        for c in commands {
            for f in files { _ = try evidence(c + [f]) }
        }
        let ledgerDir = try TempDir()
        _ = try evidence(["batch", tmp.url.path, "--ledger", ledgerDir.url.appendingPathComponent("l.sqlite").path, "--depth", "full"])
        let after = try files.map(Self.snapshot)
        #expect(before == after, "an input changed")
        #expect(before.allSatisfy { $0.sha.count == 64 })
    }
}
