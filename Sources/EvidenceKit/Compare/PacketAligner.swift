/// Byte-level alignment of two clips' video packets by the SHA-256 of their coded slices (issue 18): a stream-copy trim is one run of
/// the original's packets; a stream-copy splice several runs; a remux the whole original in one run. Packets are
/// compared by digest only, so the containers may differ entirely.
public enum PacketAligner {
    /// Candidate starts tried for a new run (identical packets repeat in still scenes); the longest run wins.
    static let candidatesPerPacket = 32

    public static func align(original: [PacketRecord], submitted: [PacketRecord], originalSecondsPerTick: Double?) -> PacketAlignment {
        var byDigest: [String: [Int]] = [:]
        for (i, p) in original.enumerated() { byDigest[p.pictureDigest, default: []].append(i) }
        var runs: [PacketRun] = []
        var unmatched = 0
        var j = 0
        while j < submitted.count {
            guard let candidates = byDigest[submitted[j].pictureDigest] else {
                unmatched += 1
                j += 1
                continue
            }
            // The candidate whose run forward is longest.
            var best = (start: candidates[0], length: 0)
            for i in candidates.prefix(candidatesPerPacket) {
                var n = 0
                while j + n < submitted.count, i + n < original.count, original[i + n].pictureDigest == submitted[j + n].pictureDigest { n += 1 }
                if n > best.length { best = (i, n) }
            }
            let o = best.start, n = best.length
            func seconds(_ p: PacketRecord) -> Double? { p.pts.flatMap { pts in originalSecondsPerTick.map { Double(pts) * $0 } } }
            let covered = original[o..<(o + n)]
            var run = PacketRun(originalFirst: o, originalLast: o + n - 1, submittedFirst: j, submittedLast: j + n - 1,
                                  originalStartSeconds: covered.compactMap(seconds).min(), originalEndSeconds: covered.compactMap(seconds).max(),
                                  originalOffset: original[o].offset, submittedOffset: submitted[j].offset)
            run.packetsWithOtherHeaders = (0..<n).filter { original[o + $0].sha256 != submitted[j + $0].sha256 }.count
            runs.append(run)
            j += n
        }
        return PacketAlignment(originalPackets: original.count, submittedPackets: submitted.count, runs: runs, unmatchedSubmitted: unmatched)
    }
}
