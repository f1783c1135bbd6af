import MediaBridge

public enum UniformRegionFinder {
    /// A block is flat when its brightest and darkest samples differ by at most this (JPEG at quality
    /// 95 leaves a flat fill within ±1).
    static let blockTolerance: Float = 2.5
    /// Blocks belong to one region when their means are this close to the first block's.
    static let meanTolerance: Float = 1.5
    /// Regions reported: at least this share of the picture, this many blocks each way, this filled.
    static let minimumShare = 0.01
    static let minimumSide = 8
    static let minimumFill = 0.9
    /// A block outside the box marks a step when it is textured or its mean is this far from the fill;
    /// at least this share of them must.
    static let edgeStep: Float = 6
    static let minimumEdge = 0.75

    /// The flat rectangles meeting the minimums, largest first (at most five).
    public static func find(_ p: PlaneView) -> [UniformRegion] {
        let bw = p.width / 8, bh = p.height / 8
        guard bw >= minimumSide, bh >= minimumSide else { return [] }
        let n = bw * bh
        var lo = [Float](repeating: .greatestFiniteMagnitude, count: n)
        var hi = [Float](repeating: -.greatestFiniteMagnitude, count: n)
        var sum = [Float](repeating: 0, count: n)
        if case .luma(1, 0, 8, 0, _, true) = p.layout {
            // Full-range 8-bit luma (what FFmpeg decodes JPEG to): integer arithmetic on the bytes.
            for by in 0..<bh {
                for bx in 0..<bw {
                    var mn: UInt8 = 255, mx: UInt8 = 0, total = 0
                    for y in (by * 8)..<(by * 8 + 8) {
                        let row = p.base + y * p.stride + bx * 8
                        for x in 0..<8 {
                            let v = row.load(fromByteOffset: x, as: UInt8.self)
                            mn = min(mn, v); mx = max(mx, v); total += Int(v)
                        }
                    }
                    let b = by * bw + bx
                    lo[b] = Float(mn); hi[b] = Float(mx); sum[b] = Float(total)
                }
            }
        } else {
            var line = [Float](repeating: 0, count: p.width)
            line.withUnsafeMutableBufferPointer { row in
                for y in 0..<(bh * 8) {
                    PlaneLuma.row(p, y, into: row.baseAddress!)
                    let base = (y / 8) * bw
                    for x in 0..<(bw * 8) {
                        let v = row[x], b = base + x / 8
                        if v < lo[b] { lo[b] = v }
                        if v > hi[b] { hi[b] = v }
                        sum[b] += v
                    }
                }
            }
        }
        var flat = [Bool](repeating: false, count: n)
        var mean = [Float](repeating: 0, count: n)
        for b in 0..<n {
            flat[b] = hi[b] - lo[b] <= blockTolerance
            mean[b] = sum[b] / 64
        }
        var seen = [Bool](repeating: false, count: n)
        var found: [UniformRegion] = []
        var stack: [Int] = []
        for start in 0..<n where flat[start] && !seen[start] {
            let ref = mean[start]
            var count = 0, total: Float = 0
            var x0 = bw, x1 = -1, y0 = bh, y1 = -1
            seen[start] = true
            stack.append(start)
            while let b = stack.popLast() {
                count += 1
                total += mean[b]
                let bx = b % bw, by = b / bw
                x0 = min(x0, bx); x1 = max(x1, bx); y0 = min(y0, by); y1 = max(y1, by)
                func visit(_ m: Int) {
                    if flat[m] && !seen[m] && abs(mean[m] - ref) <= meanTolerance {
                        seen[m] = true
                        stack.append(m)
                    }
                }
                if bx > 0 { visit(b - 1) }
                if bx + 1 < bw { visit(b + 1) }
                if by > 0 { visit(b - bw) }
                if by + 1 < bh { visit(b + bw) }
            }
            let w = x1 - x0 + 1, h = y1 - y0 + 1
            let fill = Double(count) / Double(w * h), share = Double(count) / Double(n)
            guard w >= minimumSide, h >= minimumSide, fill >= minimumFill, share >= minimumShare else { continue }
            // The blocks just outside the box, on the sides that are inside the picture: a painted box ends
            // in a step (those blocks straddle the edge, or show other content); a flat area that compression
            // or noise reduction produced fades out (they are flat too, a few levels away).
            var ring: [Int] = []
            if y0 > 0 { ring += (x0...x1).map { (y0 - 1) * bw + $0 } }
            if y1 + 1 < bh { ring += (x0...x1).map { (y1 + 1) * bw + $0 } }
            if x0 > 0 { ring += (y0...y1).map { $0 * bw + x0 - 1 } }
            if x1 + 1 < bw { ring += (y0...y1).map { $0 * bw + x1 + 1 } }
            let fillLuma = total / Float(count)
            let stepped = ring.filter { !flat[$0] || abs(mean[$0] - fillLuma) >= edgeStep }.count
            let edge = ring.isEmpty ? 0 : Double(stepped) / Double(ring.count)
            guard edge >= minimumEdge else { continue }
            func r3(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }
            found.append(UniformRegion(box: [x0 * 8, y0 * 8, w * 8, h * 8], blocks: count, share: r3(share), fill: r3(fill),
                                       luma: Int(fillLuma.rounded()), edge: r3(edge), imageWidth: p.width, imageHeight: p.height))
        }
        return Array(found.sorted { $0.blocks > $1.blocks }.prefix(5))
    }
}
