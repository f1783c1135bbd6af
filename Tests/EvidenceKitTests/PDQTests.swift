@testable import EvidenceKit
import Foundation
import MediaBridge
import Testing

/// A deterministic, asymmetric, smooth test picture: waves of different frequencies plus a soft
/// blob off-centre (smooth, so a one-pixel shift of PDQ's sampling grid changes little).
func testImage(rows: Int, cols: Int, seed: UInt32 = 7) -> [Float] {
    var img = [Float](repeating: 0, count: rows * cols)
    let phase = Double(seed)
    for r in 0..<rows {
        for c in 0..<cols {
            let y = Double(r) / Double(rows), x = Double(c) / Double(cols)
            let dy = y - 0.3, dx = x - 0.7
            var v = 90 * x + 30 * y + 40 * sin(6.1 * x + 2.3 * y + phase) + 35 * cos(9.7 * y - 1.3 * x)
            v += 60 * exp(-(dx * dx + dy * dy) / 0.01)
            img[r * cols + c] = Float(max(0, min(255, v + 20)))
        }
    }
    return img
}

/// Applies an EXIF orientation to a stored picture, giving what a viewer shows (EXIF 2.32 tag 0x0112).
func display(_ s: [Float], rows: Int, cols: Int, orientation: Int) -> (img: [Float], rows: Int, cols: Int) {
    let swap = orientation >= 5
    let outRows = swap ? cols : rows, outCols = swap ? rows : cols
    var out = [Float](repeating: 0, count: rows * cols)
    for r in 0..<outRows {
        for c in 0..<outCols {
            let (sr, sc): (Int, Int)
            switch orientation {
            case 2: (sr, sc) = (r, cols - 1 - c)
            case 3: (sr, sc) = (rows - 1 - r, cols - 1 - c)
            case 4: (sr, sc) = (rows - 1 - r, c)
            case 5: (sr, sc) = (c, r)
            case 6: (sr, sc) = (rows - 1 - c, r)
            case 7: (sr, sc) = (rows - 1 - c, cols - 1 - r)
            case 8: (sr, sc) = (c, cols - 1 - r)
            default: (sr, sc) = (r, c)
            }
            out[r * outCols + c] = s[sr * cols + sc]
        }
    }
    return (out, outRows, outCols)
}

@Suite struct PDQTests {
    @Test func hexRoundTripAndDistance() throws {
        let hex = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
        let h = try #require(PDQHash(hex: hex))
        #expect(h.hex == hex)
        #expect(h.distance(to: h) == 0)
        let flipped = try #require(PDQHash(hex: "0" + hex.dropFirst()))
        #expect(h.distance(to: flipped) == 4) // f → 0 clears four bits of bit 252…255
        #expect(PDQHash(hex: "xyz") == nil)
    }

    @Test func tooSmallImagesGetTheZeroHash() {
        var img = [Float](repeating: 100, count: 16)
        let r = PDQ.hash(luma: &img, rows: 4, cols: 4)
        #expect(r.hash == .zero && r.quality == 0)
    }

    @Test func halfTheBitsAreSet() {
        var img = testImage(rows: 300, cols: 400)
        let r = PDQ.hash(luma: &img, rows: 300, cols: 400)
        let set = (0..<256).filter { r.hash.bit($0) }.count
        #expect(set == 128)
        #expect(r.quality > 10)
    }

    @Test func flatImagesHaveNoQuality() {
        var img = [Float](repeating: 128, count: 100 * 100)
        #expect(PDQ.hash(luma: &img, rows: 100, cols: 100).quality == 0)
    }

    /// The dihedral variant named for each EXIF orientation turns the hash of the stored picture into
    /// the hash of the displayed one.
    @Test(arguments: 1...8)
    func orientationMapsToADihedralVariant(_ orientation: Int) {
        let rows = 240, cols = 320
        let stored = testImage(rows: rows, cols: cols)
        let shown = display(stored, rows: rows, cols: cols, orientation: orientation)
        var s = stored
        var d = shown.img
        let variants = PDQ.dihedralHashes(luma: &s, rows: rows, cols: cols).hashes
        let target = PDQ.hash(luma: &d, rows: shown.rows, cols: shown.cols).hash
        let mapped = variants[PhotoHasher.dihedral(forEXIFOrientation: orientation)]!
        let best = Dihedral.allCases.min { variants[$0]!.distance(to: target) < variants[$1]!.distance(to: target) }!
        #expect(best == PhotoHasher.dihedral(forEXIFOrientation: orientation) || variants[best]!.distance(to: target) == mapped.distance(to: target))
        // PDQ samples pixel centres with truncation, which is not symmetric under a flip: a flipped
        // copy lands up to one pixel off, so a few bits differ (far below the match threshold of 31).
        #expect(mapped.distance(to: target) <= 16, "orientation \(orientation): mapped \(PhotoHasher.dihedral(forEXIFOrientation: orientation)) distance \(mapped.distance(to: target)); closest is \(best)")
    }

    @Test func samplingShortcutMatchesTheReference() {
        // 1920×1080 synthetic frame: fast path vs exact path.
        let rows = 1080, cols = 1920
        var exact = testImage(rows: rows, cols: cols, seed: 11)
        let bytes = exact.map { UInt8(max(0, min(255, $0.rounded()))) }
        var fromBytes = bytes.map(Float.init)
        let reference = PDQ.hash(luma: &fromBytes, rows: rows, cols: cols)
        let fast = bytes.withUnsafeBytes { raw in
            PDQ.hash(PlaneView(base: raw.baseAddress!, width: cols, height: rows, stride: cols,
                               layout: .luma(step: 1, offset: 0, bitDepth: 8, shift: 0, bigEndian: false, fullRange: true)), exact: false)
        }
        // Same filter evaluated at the sample points only: float rounding is the only difference.
        #expect(fast.hash.distance(to: reference.hash) <= 2, "distance \(fast.hash.distance(to: reference.hash))")
        #expect(abs(fast.quality - reference.quality) <= 1)
        _ = exact.removeLast()
    }
}
