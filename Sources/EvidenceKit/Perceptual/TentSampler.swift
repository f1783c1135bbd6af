import MediaBridge

/// PDQ's downsample — box filters along rows, columns, rows, columns, then one sample at each of
/// 64×64 centres — evaluated only where it is sampled.
///
/// The reference's box filter (`box1D`) gives output `o` the mean of inputs
/// `[o − (w − h), o + h − 1]` clipped to the vector, with `h = (w + 2) / 2`. Two passes along one axis
/// compose into fixed weights per sample point, and passes along rows and columns commute, so the
/// 64×64 block is `Wᵣₒ𝓌 · X · Wᶜₒₗᵀ`: first 64 weighted sums of whole rows (contiguous, vectorised),
/// then 64 short dot products per row. A 1080p frame costs about 2 M multiply-adds instead of four
/// full-frame float passes. Only float rounding differs from the reference (a bit or two of 256).
struct TentSampler {
    /// For each of the 64 sample positions: first input index and the weights from there on.
    let taps: [(start: Int, weights: [Float])]

    init(length n: Int, window w: Int) {
        let h = (w + 2) / 2
        let left = w - h, right = h - 1
        func span(_ o: Int) -> (Int, Int) { (max(0, o - left), min(n - 1, o + right)) }
        var taps: [(Int, [Float])] = []
        for s in 0..<64 {
            let p = Int((Double(s) + 0.5) * Double(n) / 64)
            var weights: [Int: Double] = [:]
            let (a2, b2) = span(p)
            for c in a2...b2 {
                let (a1, b1) = span(c)
                let w1 = 1.0 / Double(b2 - a2 + 1) / Double(b1 - a1 + 1)
                for k in a1...b1 { weights[k, default: 0] += w1 }
            }
            let start = weights.keys.min()!, end = weights.keys.max()!
            taps.append((start, (start...end).map { Float(weights[$0] ?? 0) }))
        }
        self.taps = taps
    }

    /// The 64×64 block PDQ hashes, or nil for pictures too small for the shortcut (the reference
    /// path handles those exactly).
    static func block(_ p: PlaneView) -> [Float]? {
        guard p.width >= 128, p.height >= 128 else { return nil }
        let vertical = TentSampler(length: p.height, window: PDQ.window(p.height))
        let horizontal = TentSampler(length: p.width, window: PDQ.window(p.width))
        var rowSums = [Float](repeating: 0, count: 64 * p.width)
        var rowLuma = [Float](repeating: 0, count: p.width)
        var scale: Float = 1, bias: Float = 0
        rowSums.withUnsafeMutableBufferPointer { sums in
            rowLuma.withUnsafeMutableBufferPointer { line in
                for (s, tap) in vertical.taps.enumerated() {
                    let acc = sums.baseAddress! + s * p.width
                    for (k, weight) in tap.weights.enumerated() {
                        let row = p.base + (tap.start + k) * p.stride
                        switch p.layout {
                        case let .luma(1, offset, depth, 0, _, fullRange) where depth <= 8:
                            (scale, bias) = PlaneLuma.normalisation(depth: depth, fullRange: fullRange)
                            let bytes = (row + offset).assumingMemoryBound(to: UInt8.self)
                            for i in 0..<p.width { acc[i] += weight * Float(bytes[i]) }
                        case let .luma(step, offset, depth, shift, bigEndian, fullRange):
                            (scale, bias) = PlaneLuma.normalisation(depth: depth, fullRange: fullRange)
                            for i in 0..<p.width {
                                line[i] = Float(PlaneLuma.sample(row, i * step + offset, depth: depth, shift: shift, bigEndian: bigEndian))
                            }
                            for i in 0..<p.width { acc[i] += weight * line[i] }
                        case let .rgb(step, r, g, b):
                            for i in 0..<p.width {
                                let px = row + i * step
                                line[i] = PDQ.luma(r: px.load(fromByteOffset: r, as: UInt8.self), g: px.load(fromByteOffset: g, as: UInt8.self),
                                                   b: px.load(fromByteOffset: b, as: UInt8.self))
                            }
                            for i in 0..<p.width { acc[i] += weight * line[i] }
                        }
                    }
                }
            }
        }
        var block = [Float](repeating: 0, count: 4096)
        for s in 0..<64 {
            let base = s * p.width
            for (t, tap) in horizontal.taps.enumerated() {
                var v: Float = 0
                for (k, weight) in tap.weights.enumerated() { v += weight * rowSums[base + tap.start + k] }
                block[s * 64 + t] = bias == 0 && scale == 1 ? v : (v - bias) * scale
            }
        }
        return block
    }
}
