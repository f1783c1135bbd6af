@testable import EvidenceKit
import Testing

/// Picture alignment on hand-made frame hashes (issue 18): each edit placed exactly, then found where it was put.
@Suite struct FrameAlignerTests {
    /// A clip of `n` pictures whose hashes differ from picture to picture by 40 bits (a moving scene), reproducibly.
    static func clip(_ n: Int, seed: UInt64 = 7, fps: Double = 30) -> [FrameRecord] {
        var state = seed
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state }
        var words = (next(), next(), next(), next())
        return (0..<n).map { i in
            // Flip 40 bits at pseudo-random positions for the next picture.
            for _ in 0..<40 {
                let bit = (next() >> 33) % 256 // high bits: an LCG's low bits repeat with a short period
                switch bit / 64 {
                case 0: words.0 ^= 1 << (bit % 64)
                case 1: words.1 ^= 1 << (bit % 64)
                case 2: words.2 ^= 1 << (bit % 64)
                default: words.3 ^= 1 << (bit % 64)
                }
            }
            return frame(i, PDQHash(words: words), seconds: Double(i) / fps)
        }
    }

    static func frame(_ i: Int, _ h: PDQHash, seconds: Double) -> FrameRecord {
        FrameRecord(index: i, seconds: seconds, pts: nil, pictureType: "P", key: i == 0, packetSize: 1000, packetOffset: nil, pdq: h, pdqDisplayed: nil,
                    quality: 100, corrupt: false)
    }

    /// The same pictures re-encoded: a few bits flipped in each, renumbered from 0 with new times.
    static func reencode(_ frames: [FrameRecord], fps: Double = 30) -> [FrameRecord] {
        frames.enumerated().map { j, f in
            var h = f.pdq
            h.words.1 ^= 0b1011 << (j % 40)
            return frame(j, h, seconds: Double(j) / fps)
        }
    }

    @Test func aWholeReencodeMatchesEveryPicture() {
        let o = Self.clip(300)
        let a = FrameAligner.align(original: o, submitted: Self.reencode(o))
        #expect(a.segments.count == 1 && a.segments[0].kind == .matched)
        #expect(a.matchedShare == 1 && a.medianDistance == 3)
        #expect(a.segments[0].speed == 1)
    }

    @Test func aCutInTheMiddleIsLocatedToThePicture() {
        let o = Self.clip(300)
        let s = Self.reencode(Array(o[0..<100]) + Array(o[200..<300]))
        let a = FrameAligner.align(original: o, submitted: s)
        #expect(a.segments.map(\.kind) == [.matched, .cut, .matched], "\(a.segments)")
        #expect(a.segments[1].originalFirst == 100 && a.segments[1].originalLast == 199)
        #expect(a.segments[2].submittedFirst == 100)
    }

    @Test func aTrimLeavesCutsAtBothEnds() {
        let o = Self.clip(300)
        let a = FrameAligner.align(original: o, submitted: Self.reencode(Array(o[75..<225])))
        #expect(a.segments.map(\.kind) == [.cut, .matched, .cut])
        #expect(a.segments[0].originalLast == 74 && a.segments[1].originalFirst == 75 && a.segments[1].originalLast == 224 && a.segments[2].originalFirst == 225)
    }

    @Test func insertedPicturesFromAnotherClipAreNamed() {
        let o = Self.clip(200), other = Self.clip(60, seed: 99)
        let s = Self.reencode(Array(o[0..<100]) + other + Array(o[100..<200]))
        let a = FrameAligner.align(original: o, submitted: s)
        #expect(a.segments.map(\.kind) == [.matched, .inserted, .matched])
        #expect(a.segments[1].submittedFirst == 100 && a.segments[1].submittedLast == 159)
    }

    @Test func aFreezeIsDuplicatedPicturesNotAnInsertion() {
        let o = Self.clip(200)
        var s = Array(o[0..<80])
        for _ in 0..<30 { s.append(o[79]) }
        s += Array(o[110..<200])
        let a = FrameAligner.align(original: o, submitted: Self.reencode(s))
        #expect(a.duplicatedPictures.count == 30 && a.duplicatedPictures.first == 80)
        #expect(!a.segments.contains { $0.kind == .inserted })
        #expect(a.segments.contains { $0.kind == .cut && $0.originalFirst == 80 && $0.originalLast == 109 })
    }

    @Test func doubleSpeedIsMeasuredFromTheTimes() {
        let o = Self.clip(300)
        // Every second picture, shown at 30 pictures a second: twice as fast.
        let s = Self.reencode(stride(from: 0, to: 300, by: 2).map { o[$0] })
        let a = FrameAligner.align(original: o, submitted: s)
        let matched = a.segments.filter { $0.kind == .matched }
        #expect(matched.count == 1)
        #expect(abs((matched.first?.speed ?? 0) - 2) < 0.04)
    }

    @Test func unrelatedFootageMatchesNothing() {
        let a = FrameAligner.align(original: Self.clip(100), submitted: Self.clip(100, seed: 1234))
        #expect(a.matchedShare == 0 && !a.segments.contains { $0.kind == .matched })
    }

    @Test func packetRunsProveATrimAndASplice() {
        func packets(_ digests: [String]) -> [PacketRecord] {
            digests.enumerated().map { PacketRecord(index: $0.offset, stream: 0, offset: Int64($0.offset * 100), size: 100, pts: Int64($0.offset * 3000), dts: nil, key: $0.offset % 30 == 0, sha256: $0.element) }
        }
        let o = packets((0..<300).map { "p\($0)" })
        let trim = PacketAligner.align(original: o, submitted: packets((90..<300).map { "p\($0)" }), originalSecondsPerTick: 1.0 / 90000)
        #expect(trim.runs.count == 1 && trim.runs[0].originalFirst == 90 && trim.runs[0].originalLast == 299 && trim.unmatchedSubmitted == 0)
        #expect(trim.runs[0].originalStartSeconds == 3)
        let splice = PacketAligner.align(original: o, submitted: packets((0..<100).map { "p\($0)" } + (200..<300).map { "p\($0)" }), originalSecondsPerTick: nil)
        #expect(splice.runs.map(\.originalFirst) == [0, 200] && splice.runs.map(\.originalLast) == [99, 299])
    }
}
