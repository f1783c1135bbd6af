@testable import EvidenceKit
import MediaBridge
import Testing

/// `UniformRegionFinder` on synthetic pictures: sensor-like noise everywhere, with and without a
/// painted box.
struct UniformRegionTests {
    /// 640×480 luma: a smooth gradient plus ±3 levels of deterministic noise (what a sensor leaves).
    func noisy(width: Int = 640, height: Int = 480, paint: (x: Int, y: Int, w: Int, h: Int, value: UInt8)? = nil) -> [UInt8] {
        var state: UInt32 = 12345
        var out = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                state = state &* 1_664_525 &+ 1_013_904_223
                let noise = Int(state >> 29) - 3
                out[y * width + x] = UInt8(max(0, min(255, 60 + x / 8 + y / 16 + noise)))
            }
        }
        if let p = paint {
            for y in p.y..<(p.y + p.h) { for x in p.x..<(p.x + p.w) { out[y * width + x] = p.value } }
        }
        return out
    }

    func find(_ pixels: [UInt8], width: Int = 640, height: Int = 480) -> [UniformRegion] {
        pixels.withUnsafeBytes { raw in
            UniformRegionFinder.find(PlaneView(base: raw.baseAddress!, width: width, height: height, stride: width,
                                               layout: .luma(step: 1, offset: 0, bitDepth: 8, shift: 0, bigEndian: false, fullRange: true)))
        }
    }

    @Test func noisyPictureHasNoFlatRectangle() {
        #expect(find(noisy()).isEmpty)
    }

    @Test func paintedBoxIsFoundWithItsPlace() throws {
        // A box from (203, 101), 150×110: blocks fully inside run from x 208 to 344, y 104 to 200.
        let regions = find(noisy(paint: (203, 101, 150, 110, 128)))
        let r = try #require(regions.first)
        #expect(r.box == [208, 104, 144, 104])
        #expect(r.blocks == 18 * 13)
        #expect(r.fill == 1)
        #expect(r.luma == 128)
        #expect(r.share == 0.049)
    }

    /// A flat plateau inside a flat surround a few levels darker (what heavy compression makes of a smooth
    /// wall) has no step at its border: not a painted box.
    @Test func flatAreaFadingIntoFlatSurroundIsIgnored() {
        var pixels = noisy()
        for y in 64..<416 { for x in 64..<576 { pixels[y * 640 + x] = 125 } }
        for y in 128..<352 { for x in 128..<512 { pixels[y * 640 + x] = 128 } }
        let regions = find(pixels)
        // The 125 surround is a flat frame around a hole (fill under 90 %); the 128 plateau has no step.
        #expect(regions.isEmpty, "\(regions)")
        // The same plateau with noise around it is a box.
        #expect(find(noisy(paint: (128, 128, 384, 224, 128))).first?.edge == 1)
    }

    @Test func tooSmallOrTooThinBoxesAreIgnored() {
        // 48×200 px: 6 blocks wide, under the 8-block minimum.
        #expect(find(noisy(paint: (64, 64, 48, 200, 128))).isEmpty)
        // 64×64 px aligned: 8×8 blocks but 64 of 4800 blocks is 1.3 %, found; 56×56 is not.
        #expect(find(noisy(paint: (64, 64, 64, 64, 100))).count == 1)
        #expect(find(noisy(paint: (64, 64, 56, 56, 100))).isEmpty)
    }
}
