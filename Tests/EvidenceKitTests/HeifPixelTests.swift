@testable import EvidenceKit
import Foundation
import MediaBridge
import Testing

/// HEIC pixels at depth full: libheif decodes the picture and its thumbnail item, and they are compared
/// as an EXIF thumbnail is. Uses the corpus (`EVIDENCE_CORPUS`, default `../shared/corpus`).
struct HeifPixelTests {
    static let corpus: URL = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        if let env = ProcessInfo.processInfo.environment["EVIDENCE_CORPUS"], !env.isEmpty {
            return URL(fileURLWithPath: env, relativeTo: root).standardizedFileURL
        }
        return root.appendingPathComponent("../shared/corpus").standardizedFileURL
    }()
    static var available: Bool { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("MANIFEST.tsv").path) }
    static let missing: Comment = "corpus not found (set EVIDENCE_CORPUS; default ../shared/corpus): HEIC pixel tests skipped"

    /// The camera HEICs with a thumbnail item — decoded by libheif, or for the two iOS 18+ files it refuses by
    /// `HEIFPictures` from their HEVC items: each thumbnail shows the picture (median cell difference 0.08–0.23,
    /// under the 0.45 limit), no flat rectangle, and the thumbnail item's offset comes from our own `iref`/`iloc` walk.
    @Test(.enabled(if: available, missing), arguments: ["photos/apple_iphone7_IMG_2682.heic", "photos/apple_iphone8_IMG_1034.heic",
                                                        "photos/samsung_galaxy_s24fe.heic", "photos/apple_iphone15plus_IMG_3853.heic",
                                                        "photos/apple_iphone17pro_IMG_1635.heic"])
    func cameraThumbnailItemShowsThePicture(_ name: String) throws {
        let path = Self.corpus.appendingPathComponent(name).path
        let inspection = try Inspector().inspect(path: path)
        let thumb = try #require(inspection.structure.heif?.thumbnail, "no thmb item found")
        let offset = try #require(thumb.extents.first?.offset)
        let r = ThumbnailComparer.checkHEIF(bytes: try FileBytes.read(path, limit: 64 << 20), thumbnailOffset: offset)
        #expect(r.limitation == nil)
        let c = try #require(r.comparison)
        #expect(c.thumbnailOffset == offset)
        #expect(c.medianCellDifference < 0.3, "median \(c.medianCellDifference)")
        print("\(name): thumbnail \(c.thumbnailWidth)x\(c.thumbnailHeight) median \(c.medianCellDifference) max \(c.maxCellDifference) cells \(c.differingCells)")
        #expect(c.differingCells < ThumbnailMismatchDetector.localCells, "\(c.differingCells) cells differ")
        #expect(r.uniformRegions.isEmpty)
    }

    /// The iPhone 11 Pro file stores no thumbnail item (no `thmb` reference): nothing to compare, and that
    /// is not evidence.
    @Test(.enabled(if: available, missing))
    func noThumbnailItemNoComparison() throws {
        let path = Self.corpus.appendingPathComponent("photos/apple_iphone11pro_IMG_2927.heic").path
        #expect(try Inspector().inspect(path: path).structure.heif?.thumbnail == nil)
        let r = ThumbnailComparer.checkHEIF(bytes: try FileBytes.read(path, limit: 64 << 20), thumbnailOffset: nil)
        #expect(r.limitation == nil && r.comparison == nil && r.uniformRegions.isEmpty)
    }

    /// One camera's thumbnail against another camera's picture: the whole grid differs.
    @Test(.enabled(if: available, missing))
    func anotherPicturesThumbnailDiffers() throws {
        let a = try HeifDecoder(path: Self.corpus.appendingPathComponent("photos/apple_iphone7_IMG_2682.heic").path)
        let b = try HeifDecoder(path: Self.corpus.appendingPathComponent("photos/apple_iphone8_IMG_1034.heic").path)
        let c = try #require(try a.withPicture { image in try b.withThumbnail { ThumbnailComparer.compare(image: image, thumbnail: $0, thumbnailOffset: 0) } } ?? nil)
        #expect(c.medianCellDifference > ThumbnailMismatchDetector.globalLimit, "median \(c.medianCellDifference)")
    }

    /// iOS 18+ files with gain maps, which Debian 12's libheif 1.15 refuses ("Too many auxiliary image references",
    /// "Metadata not correctly assigned to image"): their primary picture is a grid of plain HEVC tiles, decoded
    /// from our own item walk with libavcodec, turned by `irot` as libheif would (Pillow with pillow-heif shows the
    /// iPhone 17 Pro picture 4284 × 5712 and the 15 Plus one 5712 × 4284; PDQInteropTests compares the hashes).
    /// At depth full the pixel checks run and the originals stay accepted.
    @Test(.enabled(if: available, missing), arguments: [("photos/apple_iphone17pro_IMG_1635.heic", 4284, 5712),
                                                        ("photos/apple_iphone15plus_IMG_3853.heic", 5712, 4284)])
    func recentIPhoneDecodedWhereLibheifRefuses(_ name: String, _ width: Int, _ height: Int) throws {
        let path = Self.corpus.appendingPathComponent(name).path
        let bytes = try FileBytes.read(path, limit: 64 << 20)
        let libheifRefuses = (try? HeifDecoder(bytes: bytes)) == nil
        let pictures = try HEIFPictures(bytes: bytes)
        #expect(pictures.decoder.hasPrefix("libavcodec") == libheifRefuses, "\(pictures.decoder)")
        let size = try pictures.withPicture { ($0.width, $0.height) }
        #expect(size == (width, height))
        let heif = try #require(try Inspector().inspect(path: path).structure.heif)
        let primary = try #require(heif.primary)
        #expect(primary.type == "grid" && (primary.tiles?.count ?? 0) >= 2 && primary.decoderConfiguration == nil)
        #expect(heif.items.first { $0.id == primary.tiles?.first }?.decoderConfiguration != nil)
        let report = try Verifier(depth: .full).verify(path: path)
        #expect(report.verdict.class == .consistentWithOriginal)
        #expect(!report.findings.contains { $0.id == "photo.picture.undecodable" }, "\(report.findings.map(\.id))")
    }

    /// A grid descriptor that disagrees with its own `ispe` (here the iPhone 17 Pro's, made 60 000 pixels wide) is
    /// not assembled: the probe's 250-megapixel check reads `ispe`, so the grid must say the same. The picture is
    /// then undecoded: `inconclusive` at depth full with the reason, never accepted, never `unreadable`.
    @Test(.enabled(if: available, missing))
    func gridThatContradictsItsSizeIsNotAssembled() throws {
        let source = Self.corpus.appendingPathComponent("photos/apple_iphone17pro_IMG_1635.heic").path
        let grid = try #require(try Inspector().inspect(path: source).structure.heif?.primary)
        let at = try #require(grid.extents.first.map { Int($0.offset) })
        var bytes = try FileBytes.read(source, limit: 64 << 20)
        try #require(bytes[at + 1] & 1 == 0, "16-bit grid sizes expected")
        bytes[at + 4] = 0xEA; bytes[at + 5] = 0x60 // output width 60 000
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("grid-\(UUID().uuidString).heic").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: (any Error).self) { try HEIFPictures(bytes: bytes) }
        let report = try Verifier(depth: .full).verify(path: path)
        #expect(report.verdict.class == .inconclusive, "\(report.verdict.explanation)")
        let f = try #require(report.findings.first { $0.id == "photo.picture.undecodable" })
        #expect(f.severity == .strong && f.indicates == .inconclusive)
        #expect(f.message.contains("ispe"), "\(f.message)")
    }

    /// `irot` turns counter-clockwise (`HEIFPictures` hands Thumbnailer, which turns clockwise, 360 − irot) and `imir`
    /// mirrors, on a 3 × 2 picture whose samples are their own positions.
    @Test func rotationAndMirrorMoveEverySample() {
        let pixels: [UInt8] = [0, 1, 2, 3, 4, 5]
        let ccw90 = Thumbnailer.rotate(pixels, width: 3, height: 2, degrees: 360 - 90)
        #expect(ccw90.width == 2 && ccw90.height == 3 && ccw90.pixels == [2, 5, 1, 4, 0, 3])
        let ccw270 = Thumbnailer.rotate(pixels, width: 3, height: 2, degrees: 360 - 270)
        #expect(ccw270.width == 2 && ccw270.height == 3 && ccw270.pixels == [3, 0, 4, 1, 5, 2])
        let p = HEIFPictures.GreyPicture(width: 3, height: 2, pixels: pixels)
        #expect(HEIFPictures.mirrored(p, axis: 0).pixels == [2, 1, 0, 5, 4, 3])
        #expect(HEIFPictures.mirrored(p, axis: 1).pixels == [3, 4, 5, 0, 1, 2])
    }
}
