@testable import EvidenceKit
import Foundation
import MediaBridge
import Testing

/// `ThumbnailComparer` on generated pictures: a thumbnail that a lossless rotation trimmed by a partial
/// 16-pixel block (exiftran -9 turns a 160×120 thumbnail into 112×160) still matches its picture, and says
/// which edge it leaves out; a thumbnail that lacks more than a block is not explained away.
struct ThumbnailComparerTests {
    static let width = 1200, height = 1600

    /// A 1200×1600 picture with detail everywhere (no two columns alike), as 8-bit luma.
    static let picture: [UInt8] = {
        var out = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                let fx = Double(x), fy = Double(y)
                let v = 128 + 50 * sin(fx / 41 + fy / 97) + 35 * sin(fx * fy / 52_000) + 20 * cos(fy / 23 - fx / 300)
                out[y * width + x] = UInt8(max(0, min(255, v.rounded())))
            }
        }
        return out
    }()

    /// The picture averaged over 10×10 blocks (a 120×160 thumbnail of all of it), keeping columns `columns`.
    static func thumbnail(columns: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        for ty in 0..<(height / 10) {
            for tx in columns {
                var sum = 0
                for y in (ty * 10)..<(ty * 10 + 10) { for x in (tx * 10)..<(tx * 10 + 10) { sum += Int(picture[y * width + x]) } }
                out.append(UInt8(sum / 100))
            }
        }
        return out
    }

    static func compare(columns: Range<Int>) -> ThumbnailComparison? {
        let thumb = thumbnail(columns: columns)
        let luma = PlaneView.Layout.luma(step: 1, offset: 0, bitDepth: 8, shift: 0, bigEndian: false, fullRange: true)
        return picture.withUnsafeBytes { p in
            thumb.withUnsafeBytes { t in
                ThumbnailComparer.compare(image: PlaneView(base: p.baseAddress!, width: width, height: height, stride: width, layout: luma),
                                          thumbnail: PlaneView(base: t.baseAddress!, width: columns.count, height: height / 10, stride: columns.count, layout: luma),
                                          thumbnailOffset: 1_192)
            }
        }
    }

    @Test func wholeThumbnailMatches() throws {
        let c = try #require(Self.compare(columns: 0..<120))
        #expect(c.trimmedEdge == nil)
        #expect(c.medianCellDifference < 0.2 && c.differingCells == 0, "\(c)")
    }

    @Test func thumbnailTrimmedByAPartialBlockMatchesAndNamesTheEdge() throws {
        // 112 of 120 columns: what exiftran -9 leaves of a 160×120 thumbnail. Compared as if it showed the whole
        // picture, the 8-column stretch moves every cell and these expectations fail (checked by disabling the
        // trimmed placements; exiftran's rotation of the iPhone 6 JPEG was called "edited" so).
        let right = try #require(Self.compare(columns: 0..<112))
        #expect(right.trimmedEdge == "right" && right.medianCellDifference < 0.2 && right.differingCells == 0, "\(right)")
        let left = try #require(Self.compare(columns: 8..<120))
        #expect(left.trimmedEdge == "left" && left.medianCellDifference < 0.2 && left.differingCells == 0, "\(left)")
    }

    @Test func thumbnailLackingMoreThanABlockIsNotExplainedAway() throws {
        // 96 of 120 columns (a crop of a fifth): more than one block, so no trimmed placement is tried.
        let c = try #require(Self.compare(columns: 0..<96))
        #expect(c.trimmedEdge == nil)
        #expect(c.medianCellDifference > ThumbnailMismatchDetector.globalLimit, "\(c)")
    }
}
