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

    /// The camera HEICs with a thumbnail item that this libheif decodes: each thumbnail shows the picture
    /// (median cell difference 0.08–0.23, under the 0.45 limit), no flat rectangle, and the thumbnail
    /// item's offset comes from our own `iref`/`iloc` walk.
    @Test(.enabled(if: available, missing), arguments: ["photos/apple_iphone7_IMG_2682.heic", "photos/apple_iphone8_IMG_1034.heic",
                                                        "photos/samsung_galaxy_s24fe.heic"])
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

    /// iOS 18+ files with gain maps that Debian 12's libheif 1.15 refuses: a noted limitation, never
    /// `unreadable`.
    @Test(.enabled(if: available, missing))
    func undecodableRecentIPhoneIsNotedNotAccused() throws {
        let path = Self.corpus.appendingPathComponent("photos/apple_iphone17pro_IMG_1635.heic").path
        let report = try Verifier(depth: .full).verify(path: path)
        #expect(report.verdict.class == .consistentWithOriginal)
        if let f = report.findings.first(where: { $0.id == "photo.picture.undecodable" }) {
            #expect(f.severity == .info)
        }
    }
}
