import EvidenceKit
import Foundation
import Testing

/// `file.imageDataSha256`: the hash of the coded picture without metadata tells a metadata-only
/// edit from a pixel edit.
@Suite struct ImageDataHashTests {
    func identity(_ path: String) throws -> FileIdentity {
        let r = try evidence("inspect", "--json", "--image-hash", path)
        return try #require(try inspections(r.stdout).first).file
    }

    @Test(.enabled(if: Paths.tool("exiftool") != nil, "exiftool not installed"))
    func metadataEditKeepsTheImageDataHash() throws {
        let dir = try TempDir()
        let original = Paths.packageRoot.appendingPathComponent("Fixtures/example-photo.jpg")
        let edited = dir.url.appendingPathComponent("edited.jpg")
        try FileManager.default.copyItem(at: original, to: edited)
        _ = try run(Paths.tool("exiftool")!, ["-q", "-overwrite_original", "-DateTimeOriginal=2020:01:01 00:00:00", "-GPS:all=", edited.path])
        let a = try identity(original.path), b = try identity(edited.path)
        #expect(a.sha256 != b.sha256)
        #expect(a.imageDataSha256 != nil && a.imageDataSha256 == b.imageDataSha256)
    }

    @Test(.enabled(if: Paths.tool("ffmpeg") != nil, "ffmpeg not installed"))
    func pixelEditChangesIt() throws {
        let dir = try TempDir()
        let original = Paths.packageRoot.appendingPathComponent("Fixtures/example-photo.jpg").path
        let resaved = dir.url.appendingPathComponent("resaved.jpg").path
        _ = try run(Paths.tool("ffmpeg")!, ["-v", "error", "-i", original, "-q:v", "3", resaved])
        #expect(try identity(original).imageDataSha256 != (try identity(resaved).imageDataSha256))
    }

    /// `hash --image-data` prints the same value in `sha256sum` format (and in `--json`), and refuses a
    /// video with exit 65 while still hashing the photo given with it.
    @Test func hashCommandPrintsIt() throws {
        let photo = Paths.packageRoot.appendingPathComponent("Fixtures/example-photo.jpg").path
        let clip = Paths.packageRoot.appendingPathComponent("Fixtures/example-clip.mp4").path
        let r = try evidence("hash", "--image-data", photo, clip)
        #expect(r.stdout == "eac4edbae29fdfc928a72a8d30d2d2ee5b7a8cc577267d21ea3b19bb9684ea9d  \(photo)\n")
        #expect(r.status == 65)
        #expect(r.stderr.contains("no image-data hash"))
        let j = try evidence("hash", "--image-data", "--json", photo)
        #expect(j.stdout.contains("\"imageDataSha256\":\"eac4edbae29fdfc928a72a8d30d2d2ee5b7a8cc577267d21ea3b19bb9684ea9d\""))
        #expect(j.stdout.contains("\"sha256\":\"2edb6cd26c689999a61225a396ddadd1a7e68e045d6c0a4c986381bf44e8ec3a\""))
    }

    /// The corpus HEIC whose EXIF was moved to the end of the file holds the very same coded picture
    /// as the iPhone 11 Pro original: only metadata was touched.
    @Test func inspectLeavesItOutUnlessAsked() throws {
        let r = try evidence("inspect", "--json", Paths.packageRoot.appendingPathComponent("Fixtures/example-photo.jpg").path)
        #expect(try #require(try inspections(r.stdout).first).file.imageDataSha256 == nil)
        let v = try evidence("verify", "--json", Paths.packageRoot.appendingPathComponent("Fixtures/example-photo.jpg").path)
        #expect(v.stdout.contains("\"imageDataSha256\":\"eac4edba"))
    }

    @Test(.enabled(if: Paths.corpusAvailable, Paths.corpusMissing))
    func relocatedExifHeicHasTheOriginalPicture() throws {
        let original = try identity(Paths.corpus.appendingPathComponent("photos/apple_iphone11pro_IMG_2927.heic").path)
        let tampered = try identity(Paths.corpus.appendingPathComponent("edited/apple_iphone11pro_exif-at-eof_tampered.heic").path)
        #expect(original.sha256 != tampered.sha256)
        #expect(original.imageDataSha256 != nil && original.imageDataSha256 == tampered.imageDataSha256)
    }
}
