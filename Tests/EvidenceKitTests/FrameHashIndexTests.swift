@testable import EvidenceKit
import Testing

/// Issue 16: the multi-index hash is exact (it returns what a brute-force scan returns), the vPDQ file format
/// reads both ways, and vPDQ-style matching places the matched time ranges.
struct FrameHashIndexTests {
    /// A deterministic generator (SplitMix64), so a failure can be reproduced.
    struct Mix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func hash() -> PDQHash { PDQHash(words: (next(), next(), next(), next())) }
        /// `h` with exactly `bits` distinct bits flipped.
        mutating func flip(_ h: PDQHash, _ bits: Int) -> PDQHash {
            var w = [h.words.0, h.words.1, h.words.2, h.words.3]
            var chosen = Set<Int>()
            while chosen.count < bits { chosen.insert(Int(next() % 256)) }
            for b in chosen { w[b >> 6] ^= 1 << UInt64(b & 63) }
            return PDQHash(words: (w[0], w[1], w[2], w[3]))
        }
    }

    @Test func bandsAreTheSixteenBitSlices() {
        for bit in [0, 15, 16, 63, 64, 100, 200, 255] {
            var w: [UInt64] = [0, 0, 0, 0]
            w[bit >> 6] = 1 << UInt64(bit & 63)
            let h = PDQHash(words: (w[0], w[1], w[2], w[3]))
            let values = FrameHashIndex.bandValues(of: h)
            #expect(values[bit / 16] == 1 << (bit % 16), "bit \(bit)")
            #expect(values.enumerated().allSatisfy { $0.offset == bit / 16 || $0.element == 0 })
        }
        #expect(FrameHashIndex.neighbours(of: 0x1234, radius: 0) == [0x1234])
        #expect(Set(FrameHashIndex.neighbours(of: 0x1234, radius: 1)).count == 17)
        #expect(Set(FrameHashIndex.neighbours(of: 0x1234, radius: 2)).count == 137)
        #expect(FrameHashIndex.radius(for: 31) == 1 && FrameHashIndex.radius(for: 32) == 2 && FrameHashIndex.radius(for: 15) == 0)
    }

    /// Stored: 8 000 random hashes and, around 150 bases, variants at every distance 0–40. Queries: the bases,
    /// fresh variants of them and random hashes. At distances 0, 31 and 47 the index returns exactly what
    /// brute force returns, ids and distances.
    @Test func searchEqualsBruteForce() {
        var rng = Mix(state: 16)
        var stored: [PDQHash] = (0..<8_000).map { _ in rng.hash() }
        let bases = (0..<150).map { _ in rng.hash() }
        for b in bases { for d in 0...40 { stored.append(rng.flip(b, d)) } }
        let index = FrameHashIndex(stored)
        var queries = bases
        for b in bases.prefix(60) { queries.append(rng.flip(b, Int(rng.next() % 32))) }
        for _ in 0..<30 { queries.append(rng.hash()) }
        var found = 0
        for distance in [0, 31, 47] {
            for q in queries {
                let fast = index.search(q, within: distance).sorted { $0.id < $1.id }
                let slow = index.bruteForce(q, within: distance)
                #expect(fast.map(\.id) == slow.map(\.id) && fast.map(\.distance) == slow.map(\.distance), "distance \(distance)")
                found += fast.count
            }
        }
        // Each base has 32 stored variants within 31: the comparison is not of empty answers.
        #expect(found > 150 * 32)
    }

    @Test func vpdqLinesReadInEitherOrder() throws {
        let h = "e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c"
        let ours = try VPDQFile.parse("# clip.mp4\n0,100,\(h),0.000\n1,98,\(h),0.033\r\n\n")
        #expect(ours.count == 2 && ours[1].frame == 1 && ours[1].quality == 98 && ours[1].seconds == 0.033 && ours[1].hash.hex == h)
        #expect(VPDQFile.line(ours[1]) == "1,98,\(h),0.033")
        let readme = try VPDQFile.parse("3,\(h),80,3\n")
        #expect(readme[0].quality == 80 && readme[0].frame == 3 && readme[0].seconds == 3)
        #expect(throws: VPDQFile.ParseError.self) { try VPDQFile.parse("0,100,zz,0.0\n") }
        #expect(throws: VPDQFile.ParseError.self) { try VPDQFile.parse("0,100,\(h)\n") }
        #expect(throws: VPDQFile.ParseError.self) { try VPDQFile.parse("\n# nothing\n") }
        do { _ = try VPDQFile.parse("0,100,\(h),0\n1,101,\(h),0\n") } catch { #expect("\(error)".contains("line 2")) }
    }

    /// A 30 fps clip of 300 pictures; the query is its pictures 90–269 (3–9 s) with 0–10 bits of noise each.
    @Test func footageMatchPlacesTheRange() {
        var rng = Mix(state: 7)
        // Scenes of 15 pictures each, so neighbouring pictures look alike, as in video.
        let scenes = (0..<20).map { _ in rng.hash() }
        let target = (0..<300).map { i in HashedFrame(frame: i, seconds: Double(i) / 30, hash: rng.flip(scenes[i / 15], 4), quality: 90) }
        let query = (90..<270).map { i in HashedFrame(frame: i - 90, seconds: Double(i - 90) / 30, hash: rng.flip(target[i].hash, Int(rng.next() % 11)), quality: 90) }
        let store = MemorySimilarityStore([.init(facts: StoredFileFacts(sha256: "t", path: "target.mp4", submissions: ["S-1"], firstReceived: "2026-12-01T08:00:00+07:00",
                                                                         firstSeq: 4, usableDistinct: 0, photo: false),
                                                 payload: "p", frames: target)])
        let q = SimilarityQuery(path: "q.mp4", sha256: "q", kind: .video, payload: "other", frames: query, hashed: "all")
        let matches = try! SimilarFinder().find(q, in: store)
        #expect(matches.count == 1)
        guard let m = matches.first else { return }
        #expect(m.kind == .similarFootage && m.submission == "S-1" && m.queryShare == 1)
        #expect(abs((m.targetShare ?? 0) - 0.6) < 0.05, "\(m.targetShare ?? 0)")
        let r = m.ranges ?? []
        #expect(r.count == 1)
        if let r = r.first {
            #expect(r.queryFirstFrame == 0 && r.queryLastFrame == 179)
            // Pictures within a scene look alike, so the matched target picture may be any of the same scene.
            #expect(abs(r.targetStart - 3) <= 0.5 && abs(r.targetEnd - 9) <= 0.5, "\(r)")
        }
        #expect(m.message.contains("S-1") && m.messageVi.contains("S-1") && m.messageVi.contains("khớp"))

        // The same pictures at quality 40 are left out, as vPDQ leaves them: nothing to match.
        let dark = query.map { HashedFrame(frame: $0.frame, seconds: $0.seconds, hash: $0.hash, quality: 40) }
        #expect(try! SimilarFinder().find(SimilarityQuery(path: "d", sha256: "d", kind: .video, payload: nil, frames: dark, hashed: "all"), in: store).isEmpty)
        // Unrelated footage: nothing.
        let other = (0..<180).map { i in HashedFrame(frame: i, seconds: Double(i) / 30, hash: rng.hash(), quality: 90) }
        #expect(try! SimilarFinder().find(SimilarityQuery(path: "o", sha256: "o", kind: .video, payload: nil, frames: other, hashed: "all"), in: store).isEmpty)
        // The same payload: named as such, once.
        let remux = try! SimilarFinder().find(SimilarityQuery(path: "r", sha256: "r", kind: .video, payload: "p", frames: query, hashed: "all"), in: store)
        #expect(remux.map(\.kind) == [.samePayload])
    }

    @Test func photoMatchNamesTheTurn() throws {
        var rng = Mix(state: 3)
        let shown = rng.hash()
        let turned = rng.hash() // stands for the rotate90 variant of the query
        let store = MemorySimilarityStore([.init(facts: StoredFileFacts(sha256: "a", path: "a.jpg", submissions: [], firstReceived: nil, firstSeq: nil, usableDistinct: 0, photo: true),
                                                 payload: nil, frames: [HashedFrame(frame: 0, seconds: 0, hash: rng.flip(turned, 9), quality: 100)])])
        var q = SimilarityQuery(path: "q.jpg", sha256: "q", kind: .photo, payload: nil, frames: [HashedFrame(frame: 0, seconds: 0, hash: shown, quality: 100)], hashed: "photo")
        q.photoVariants = [.original: shown, .rotate90: turned]
        let m = try SimilarFinder().find(q, in: store)
        #expect(m.count == 1 && m.first?.kind == .similarPhoto && m.first?.dihedral == "rotate90" && m.first?.distance?.min == 9)
        #expect(m.first?.message.contains("quarter") == true && m.first?.messageVi.contains("xoay") == true)
    }
}
