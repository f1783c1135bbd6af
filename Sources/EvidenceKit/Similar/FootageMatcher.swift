/// One hashed picture, of a query or of a stored file.
public struct HashedFrame: Sendable, Equatable {
    /// Frame number (vPDQ's `frame_number`; 0 for a photo).
    public var frame: Int
    public var seconds: Double
    public var hash: PDQHash
    public var quality: Int
    public init(frame: Int, seconds: Double, hash: PDQHash, quality: Int) {
        self.frame = frame
        self.seconds = seconds
        self.hash = hash
        self.quality = quality
    }
}

/// vPDQ-style matching of two videos' frame hashes, with the matched time ranges.
///
/// As Meta's vPDQ does (vpdq/README, `matchTwoHash`): frames under quality 50 are left out, each side is reduced
/// to its distinct hashes, and the query share is the part of the query's distinct hashes that have a target hash
/// within distance 31 (the target share the other way). vPDQ calls two videos the same at 80 % both ways; a clip
/// cut from longer footage has a high share on one side only, so a link here needs one side at `minimumShare` or a
/// run of matched pictures lasting `minimumRunSeconds`: what an officer needs is "this footage was seen", not
/// "these are the same file". The runs are the matched time ranges on both sides.
public struct FootageMatcher: Sendable {
    public var qualityThreshold = 50
    public var distance = PDQHash.matchThreshold
    public var minimumShare = 0.5
    public var minimumRunFrames = 3
    public var minimumRunSeconds = 2.0

    public init() {}

    public struct Result: Sendable, Equatable {
        public var queryShare: Double
        public var targetShare: Double
        public var matchedFrames: Int
        public var distances: DistanceFigures?
        public var ranges: [MatchedRange]
        public var linked: Bool
    }

    /// `pairs`: every (query frame position, target frame position, distance) within `distance`, positions into
    /// `query` and `target`. `target` may hold only the target's matched frames; `targetUsableDistinct` is how
    /// many distinct usable hashes the whole target has.
    public func match(query: [HashedFrame], target: [HashedFrame], targetUsableDistinct: Int, pairs: [(q: Int, t: Int, d: Int)]) -> Result {
        let usable = pairs.filter { query[$0.q].quality >= qualityThreshold && target[$0.t].quality >= qualityThreshold && $0.d <= distance }
        let queryDistinct = Set(query.filter { $0.quality >= qualityThreshold }.map(\.hash)).count
        let matchedQueryHashes = Set(usable.map { query[$0.q].hash })
        let matchedTargetHashes = Set(usable.map { target[$0.t].hash })
        let qShare = queryDistinct == 0 ? 0 : Double(matchedQueryHashes.count) / Double(queryDistinct)
        let tShare = targetUsableDistinct == 0 ? 0 : min(1, Double(matchedTargetHashes.count) / Double(targetUsableDistinct))

        // The best target picture for each matched query picture: nearest hash, then the one that keeps the time offset.
        var byQuery: [Int: [(t: Int, d: Int)]] = [:]
        for p in usable { byQuery[p.q, default: []].append((p.t, p.d)) }
        let order = byQuery.keys.sorted { (query[$0].seconds, query[$0].frame) < (query[$1].seconds, query[$1].frame) }
        let steps = zip(query.dropFirst(), query).map { $0.seconds - $1.seconds }.filter { $0 > 0 }.sorted()
        let step = steps.isEmpty ? 1.0 : steps[steps.count / 2]
        let gapLimit = max(2.5, 3 * step)

        var ranges: [MatchedRange] = []
        var current: [(q: Int, t: Int, d: Int)] = []
        var previousOffset: Double?
        var previousSeconds: Double?
        func close() {
            defer { current = [] }
            guard let first = current.first, let last = current.last else { return }
            let ts = current.map { target[$0.t] }
            let ds = current.map(\.d).sorted()
            let early = ts.min { ($0.seconds, $0.frame) < ($1.seconds, $1.frame) }!
            let late = ts.max { ($0.seconds, $0.frame) < ($1.seconds, $1.frame) }!
            ranges.append(MatchedRange(queryFirstFrame: query[first.q].frame, queryLastFrame: query[last.q].frame,
                                       queryStart: query[first.q].seconds, queryEnd: query[last.q].seconds,
                                       targetFirstFrame: early.frame, targetLastFrame: late.frame,
                                       targetStart: early.seconds, targetEnd: late.seconds,
                                       frames: current.count, medianDistance: ds[ds.count / 2]))
        }
        for q in order {
            let candidates = byQuery[q]!
            let qs = query[q].seconds
            let best = candidates.min { a, b in
                if a.d != b.d { return a.d < b.d }
                guard let o = previousOffset else { return target[a.t].seconds < target[b.t].seconds }
                return abs(target[a.t].seconds - qs - o) < abs(target[b.t].seconds - qs - o)
            }!
            let offset = target[best.t].seconds - qs
            if let po = previousOffset, let ps = previousSeconds {
                let gap = qs - ps
                if gap > gapLimit || abs(offset - po) > max(1.0, gap * 1.5) { close() }
            }
            current.append((q, best.t, best.d))
            previousOffset = offset
            previousSeconds = qs
        }
        close()
        // Single matched pictures beside longer runs are noise; a lone match is kept only when it is all there is.
        if ranges.contains(where: { $0.frames > 1 }) { ranges.removeAll { $0.frames == 1 } }

        let longRun = ranges.contains { $0.frames >= minimumRunFrames && $0.queryEnd - $0.queryStart >= minimumRunSeconds }
        let linked = !matchedQueryHashes.isEmpty
            && (min(queryDistinct, 2) <= matchedQueryHashes.count)
            && (qShare >= minimumShare || tShare >= minimumShare || longRun)
        return Result(queryShare: qShare, targetShare: tShare, matchedFrames: byQuery.count,
                      distances: DistanceFigures(ranges.isEmpty ? usable.map(\.d) : order.compactMap { q in byQuery[q]!.map(\.d).min() }),
                      ranges: ranges, linked: linked)
    }
}
