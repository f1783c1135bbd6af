/// Picture-level alignment of two clips by their frame hashes (issue 18): which pictures of the submission show
/// which pictures of the original, in order, tolerating re-encoding (PDQ distance ≤ 31, vPDQ's match threshold),
/// another frame rate or speed, cuts, insertions, freezes and dropped pictures.
///
/// Every pair within the threshold is a candidate scored 32 − distance; the alignment is the highest-scoring chain
/// that advances in the submission and never goes back in the original (a picture may be shown several times: a
/// frame-rate conversion) (a heaviest increasing subsequence over the sparse candidates, found with a
/// Fenwick tree of prefix maxima in O(K log n)). The chain is then cut into segments where it jumps, and what lies
/// between segments is named: original pictures with no counterpart are cut, submitted ones with none inserted —
/// unless they repeat the picture before (a freeze).
public enum FrameAligner {
    public static let threshold = 31
    /// Candidates kept per submitted picture (the closest ones).
    static let candidatesPerPicture = 48
    /// Two pictures this close are the same picture shown twice (freezes, still scenes).
    static let samePicture = 8

    public static func align(original o: [FrameRecord], submitted s: [FrameRecord]) -> PictureAlignment {
        let (chain, frozenInChain) = withoutFreezes(heaviestChain(o, s), o, s)
        let segments = segment(chain, o, s, frozen: Set(frozenInChain))
        var matchedDistances = chain.map(\.distance)
        matchedDistances.sort()
        // Freezes: pictures held on one original picture (above), and submitted pictures with no counterpart that
        // repeat the picture before them.
        var duplicated = frozenInChain
        let matchedS = Set(chain.map(\.s)), heldS = Set(frozenInChain)
        for j in s.indices where !matchedS.contains(j) && !heldS.contains(s[j].index) && j > 0 && distance(s[j], s[j - 1]) <= samePicture {
            duplicated.append(s[j].index)
        }
        duplicated.sort()
        // Single original pictures skipped inside a normal-speed segment, when they differ from their neighbours
        // (in a still scene a skipped picture cannot be told from the next one).
        var dropped: [Int] = []
        for (a, b) in zip(chain, chain.dropFirst()) where b.s == a.s + 1 && b.o == a.o + 2 {
            let skipped = a.o + 1
            if distance(o[skipped], o[a.o]) > samePicture && distance(o[skipped], o[b.o]) > samePicture { dropped.append(o[skipped].index) }
        }
        // Pictures changed locally: a distance well above the median of their matched neighbours.
        var changed: [ChangedPicture] = []
        for (k, m) in chain.enumerated() {
            let window = chain[max(0, k - 5)...min(chain.count - 1, k + 5)].filter { $0.s != m.s }.map(\.distance).sorted()
            guard !window.isEmpty else { continue }
            let median = window[window.count / 2]
            if m.distance >= 16 && m.distance >= median + 12 {
                changed.append(ChangedPicture(submittedFrame: s[m.s].index, originalFrame: o[m.o].index, distance: m.distance, neighbourDistance: median))
            }
        }
        return PictureAlignment(originalPictures: o.count, submittedPictures: s.count, segments: segments,
                                matchedShare: s.isEmpty ? 0 : Double(chain.count) / Double(s.count),
                                changedPictures: changed, duplicatedPictures: duplicated, droppedPictures: dropped,
                                medianDistance: matchedDistances.isEmpty ? nil : matchedDistances[matchedDistances.count / 2])
    }

    struct Match { var o: Int; var s: Int; var distance: Int }

    /// Several submitted pictures may show one original picture: a frame-rate conversion repeats each picture for
    /// about one original frame interval. A run that holds one original picture for three intervals or more while
    /// the original moves on (its next picture differs by more than 4) is a freeze: its pictures after the first are
    /// taken out of the chain and reported as frozen.
    static func withoutFreezes(_ chain: [Match], _ o: [FrameRecord], _ s: [FrameRecord]) -> (chain: [Match], frozen: [Int]) {
        var kept: [Match] = [], frozen: [Int] = []
        var k = 0
        while k < chain.count {
            var end = k
            while end + 1 < chain.count && chain[end + 1].o == chain[k].o { end += 1 }
            let i = chain[k].o
            let interval = i + 1 < o.count ? (o[i + 1].seconds ?? 0) - (o[i].seconds ?? 0) : (i > 0 ? (o[i].seconds ?? 0) - (o[i - 1].seconds ?? 0) : 0)
            let held = (s[chain[end].s].seconds ?? 0) - (s[chain[k].s].seconds ?? 0)
            let moves = i + 1 < o.count && distance(o[i], o[i + 1]) > 4
            if end > k, interval > 0, held >= 3 * interval, moves {
                kept.append(chain[k])
                frozen += chain[(k + 1)...end].map { s[$0.s].index }
            } else {
                kept += chain[k...end]
            }
            k = end + 1
        }
        return (kept, frozen)
    }

    /// The smallest distance between the two pictures as coded or as shown (a re-encode may apply the rotation).
    static func distance(_ a: FrameRecord, _ b: FrameRecord) -> Int {
        var d = a.pdq.distance(to: b.pdq)
        if let x = a.pdqDisplayed { d = min(d, x.distance(to: b.pdq)) }
        if let y = b.pdqDisplayed { d = min(d, a.pdq.distance(to: y)) }
        if let x = a.pdqDisplayed, let y = b.pdqDisplayed { d = min(d, x.distance(to: y)) }
        return d
    }

    static func heaviestChain(_ o: [FrameRecord], _ s: [FrameRecord]) -> [Match] {
        guard !o.isEmpty, !s.isEmpty else { return [] }
        var points: [Match] = []
        for j in s.indices {
            var near: [Match] = []
            for i in o.indices {
                let d = distance(o[i], s[j])
                if d <= threshold { near.append(Match(o: i, s: j, distance: d)) }
            }
            if near.count > candidatesPerPicture {
                near.sort { ($0.distance, abs($0.o - j)) < ($1.distance, abs($1.o - j)) }
                near.removeLast(near.count - candidatesPerPicture)
            }
            // Within one submitted picture, larger original indexes first, so two of them never chain.
            near.sort { $0.o > $1.o }
            points += near
        }
        // Fenwick tree over original indexes: the best chain ending at an index ≤ i.
        var tree = [(score: Int, point: Int)](repeating: (0, -1), count: o.count + 1)
        var score = [Int](repeating: 0, count: points.count)
        var previous = [Int](repeating: -1, count: points.count)
        func query(_ i: Int) -> (Int, Int) {
            var best = (0, -1), k = i
            while k > 0 { if tree[k].score > best.0 { best = tree[k] }; k -= k & -k }
            return best
        }
        func update(_ i: Int, _ v: (Int, Int)) {
            var k = i
            while k <= o.count { if v.0 > tree[k].score { tree[k] = v }; k += k & -k }
        }
        var bestEnd = (0, -1)
        for (n, p) in points.enumerated() {
            let (before, from) = query(p.o + 1) // chains ending at original index ≤ p.o (tree is 1-based): a picture may repeat
            // A small bonus for continuing in step (next picture of both clips) keeps the chain on the diagonal in still scenes.
            let step = from >= 0 && points[from].o == p.o - 1 && points[from].s == p.s - 1 ? 1 : 0
            score[n] = before + (32 - p.distance) * 2 + step
            previous[n] = from
            update(p.o + 1, (score[n], n))
            if score[n] > bestEnd.0 { bestEnd = (score[n], n) }
        }
        var chain: [Match] = []
        var k = bestEnd.1
        while k >= 0 { chain.append(points[k]); k = previous[k] }
        return chain.reversed()
    }

    /// Matched segments where the chain advances steadily, with the cut and inserted stretches between them.
    static func segment(_ chain: [Match], _ o: [FrameRecord], _ s: [FrameRecord], frozen held: Set<Int> = []) -> [AlignedSegment] {
        guard !chain.isEmpty else {
            var out: [AlignedSegment] = []
            if !o.isEmpty { out.append(stretch(.cut, o: 0...(o.count - 1), s: nil, o, s)) }
            if !s.isEmpty { out.append(stretch(.inserted, o: nil, s: 0...(s.count - 1), o, s)) }
            return out
        }
        // The chain's usual step in the original per submitted picture (2 for a clip played twice as fast).
        let steps = zip(chain, chain.dropFirst()).filter { $0.1.s == $0.0.s + 1 }.map { $0.1.o - $0.0.o }.sorted()
        let rate = steps.isEmpty ? 1 : max(1, steps[steps.count / 2])
        var groups: [[Match]] = [[chain[0]]]
        for (a, b) in zip(chain, chain.dropFirst()) {
            let ds = b.s - a.s, dOrig = b.o - a.o
            if ds > 2 || dOrig > rate * ds + 2 { groups.append([b]) } else { groups[groups.count - 1].append(b) }
        }
        var out: [AlignedSegment] = []
        var nextO = 0, nextS = 0
        let frozen = Set((1..<max(1, s.count)).filter { j in distance(s[j], s[j - 1]) <= samePicture || held.contains(s[j].index) })
        for g in groups {
            let first = g.first!, last = g.last!
            if first.o > nextO { out.append(stretch(.cut, o: nextO...(first.o - 1), s: nil, o, s)) }
            if first.s > nextS {
                // Submitted pictures before this segment: a freeze when every one repeats the picture before it.
                let range = nextS...(first.s - 1)
                if !range.allSatisfy(frozen.contains) { out.append(stretch(.inserted, o: nil, s: range, o, s)) }
            }
            var m = stretch(.matched, o: first.o...last.o, s: first.s...last.s, o, s)
            let d = g.map(\.distance).sorted()
            m.medianDistance = d[d.count / 2]
            if let v = slope(g.compactMap { p in o[p.o].seconds.flatMap { t in s[p.s].seconds.map { (x: $0, y: t) } } }) {
                m.speed = (v * 1000).rounded() / 1000
            }
            out.append(m)
            nextO = last.o + 1
            nextS = last.s + 1
        }
        if nextO < o.count { out.append(stretch(.cut, o: nextO...(o.count - 1), s: nil, o, s)) }
        if nextS < s.count {
            let range = nextS...(s.count - 1)
            if !range.allSatisfy(frozen.contains) { out.append(stretch(.inserted, o: nil, s: range, o, s)) }
        }
        return out
    }

    /// Slope of original time against submitted time, Theil–Sen (the median of the slopes between every two matched
    /// pictures, over at most 400 of them): robust to the pictures a frame-rate conversion repeats or skips at the
    /// start and to one odd timestamp at a join, where a least-squares fit is pulled off.
    static func slope(_ all: [(x: Double, y: Double)]) -> Double? {
        guard all.count >= 2 else { return nil }
        let step = max(1, all.count / 400)
        let points = stride(from: 0, to: all.count, by: step).map { all[$0] }
        var slopes: [Double] = []
        slopes.reserveCapacity(points.count * points.count / 2)
        for i in points.indices {
            for k in (i + 1)..<points.count where points[k].x - points[i].x > 1e-6 {
                slopes.append((points[k].y - points[i].y) / (points[k].x - points[i].x))
            }
        }
        guard !slopes.isEmpty else { return nil }
        slopes.sort()
        return slopes[slopes.count / 2]
    }

    static func stretch(_ kind: AlignedSegment.Kind, o oRange: ClosedRange<Int>?, s sRange: ClosedRange<Int>?, _ o: [FrameRecord], _ s: [FrameRecord]) -> AlignedSegment {
        var seg = AlignedSegment(kind: kind, originalFirst: oRange.map { o[$0.lowerBound].index }, originalLast: oRange.map { o[$0.upperBound].index },
                                 submittedFirst: sRange.map { s[$0.lowerBound].index }, submittedLast: sRange.map { s[$0.upperBound].index })
        let round = { (x: Double?) in x.map { ($0 * 1000).rounded() / 1000 } }
        if let r = oRange { seg.originalStartSeconds = round(o[r.lowerBound].seconds); seg.originalEndSeconds = round(o[r.upperBound].seconds) }
        if let r = sRange { seg.submittedStartSeconds = round(s[r.lowerBound].seconds); seg.submittedEndSeconds = round(s[r.upperBound].seconds) }
        return seg
    }
}
