/// An exact index for "every stored PDQ hash within Hamming distance d of this one" (issue 16), by multi-index
/// hashing (Norouzi, Punjani and Fleet, "Fast search in Hamming space with multi-index hashing", CVPR 2012).
///
/// The 256 bits are cut into `bands` = 16 bands of 16 bits. If two hashes differ in at most d bits, the
/// differences fall into 16 bands, so at least one band differs in at most ⌊d / 16⌋ bits (pigeonhole): for
/// d ≤ 31 some band differs in at most 1 bit. So every hash within d of the query is found among the hashes
/// whose band k equals the query's band k or one of its 16 one-bit neighbours, for some k: 16 × 17 = 272
/// bucket lookups per query hash. Each candidate's full distance is then computed, so nothing farther than d
/// is returned: the answer equals a brute-force scan, only faster (`FrameHashIndexTests` compares them).
///
/// Buckets are stored as one counting-sorted array per band (compressed sparse rows): `start[k][v]` is where
/// band k's value v begins in `members[k]`. For n hashes that is 16 × n × 4 bytes of members, 16 × 65 537 × 4
/// bytes of starts and 32 n bytes of hashes: about 100 MB for a million hashes. The same band values are kept
/// per row in the ledger's `frame_hashes` table (`bandValues(of:)`), where SQL indexes play the buckets' part.
///
/// A search is not thread-safe (it reuses one scratch array to drop candidates seen in several bands); give
/// each thread its own index or lock around `search`.
public final class FrameHashIndex {
    public static let bands = 16
    public static let bandBits = 16

    /// The stored hashes, in insertion order (their position is their id).
    public let hashes: [PDQHash]
    private let start: [[UInt32]]
    private let members: [[UInt32]]
    private var seen: [UInt32]
    private var stamp: UInt32 = 0

    public var count: Int { hashes.count }

    public init(_ hashes: [PDQHash]) {
        precondition(hashes.count < Int(UInt32.max), "at most 4 294 967 294 hashes per index")
        self.hashes = hashes
        let n = hashes.count
        var starts: [[UInt32]] = []
        var lists: [[UInt32]] = []
        starts.reserveCapacity(Self.bands)
        lists.reserveCapacity(Self.bands)
        var values = [UInt16](repeating: 0, count: n)
        for k in 0..<Self.bands {
            var counts = [UInt32](repeating: 0, count: 65_537)
            for i in 0..<n {
                let v = Self.band(k, of: hashes[i])
                values[i] = v
                counts[Int(v) + 1] += 1
            }
            for v in 1...65_536 { counts[v] += counts[v - 1] }
            var fill = counts
            var list = [UInt32](repeating: 0, count: n)
            for i in 0..<n {
                let v = Int(values[i])
                list[Int(fill[v])] = UInt32(i)
                fill[v] += 1
            }
            starts.append(counts)
            lists.append(list)
        }
        start = starts
        members = lists
        seen = [UInt32](repeating: 0, count: n)
    }

    /// Band `k` (0–15) of a hash: bits 16k … 16k + 15.
    @inline(__always)
    public static func band(_ k: Int, of h: PDQHash) -> UInt16 {
        let word: UInt64
        switch k >> 2 {
        case 0: word = h.words.0
        case 1: word = h.words.1
        case 2: word = h.words.2
        default: word = h.words.3
        }
        return UInt16(truncatingIfNeeded: word >> UInt64((k & 3) * 16))
    }

    /// The 16 band values of a hash, as the ledger stores them (columns b0 … b15).
    public static func bandValues(of h: PDQHash) -> [Int] { (0..<bands).map { Int(band($0, of: h)) } }

    /// How many bits a band may differ in for the search to stay exact at `distance`.
    public static func radius(for distance: Int) -> Int { max(0, distance) / bands }

    /// A band value and every value within `radius` bits of it (radius 0, 1 or 2: 1, 17 or 137 values).
    public static func neighbours(of v: UInt16, radius: Int) -> [UInt16] {
        var out: [UInt16] = [v]
        if radius >= 1 { for i in 0..<bandBits { out.append(v ^ (1 << UInt16(i))) } }
        if radius >= 2 {
            for i in 0..<bandBits { for j in (i + 1)..<bandBits { out.append(v ^ (1 << UInt16(i)) ^ (1 << UInt16(j))) } }
        }
        return out
    }

    /// Every stored hash within `distance` (≤ 47) of `query`, as (id, distance), in no particular order.
    public func search(_ query: PDQHash, within distance: Int = PDQHash.matchThreshold) -> [(id: Int, distance: Int)] {
        precondition(distance >= 0 && distance <= 47, "the index is exact up to distance 47 (band radius 2)")
        stamp &+= 1
        if stamp == 0 { // wrapped: clear the marks once every 4 billion searches
            for i in seen.indices { seen[i] = 0 }
            stamp = 1
        }
        let r = Self.radius(for: distance)
        var found: [(id: Int, distance: Int)] = []
        for k in 0..<Self.bands {
            let starts = start[k]
            let list = members[k]
            for v in Self.neighbours(of: Self.band(k, of: query), radius: r) {
                let lo = Int(starts[Int(v)]), hi = Int(starts[Int(v) + 1])
                var p = lo
                while p < hi {
                    let id = Int(list[p])
                    p += 1
                    if seen[id] == stamp { continue }
                    seen[id] = stamp
                    let d = hashes[id].distance(to: query)
                    if d <= distance { found.append((id, d)) }
                }
            }
        }
        return found
    }

    /// The same answer by comparing with every stored hash: the reference `search` is checked against.
    public func bruteForce(_ query: PDQHash, within distance: Int = PDQHash.matchThreshold) -> [(id: Int, distance: Int)] {
        var found: [(id: Int, distance: Int)] = []
        for (id, h) in hashes.enumerated() {
            let d = h.distance(to: query)
            if d <= distance { found.append((id, d)) }
        }
        return found
    }

    /// Bytes the index holds (hashes, bucket starts, bucket members, scratch), for the benchmark.
    public var memoryBytes: Int {
        hashes.count * 32 + Self.bands * 65_537 * 4 + Self.bands * hashes.count * 4 + hashes.count * 4
    }
}
