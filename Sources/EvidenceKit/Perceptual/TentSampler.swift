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
    /// Away from the edges every weight is a whole number of box overlaps divided by w²: those taps
    /// also carry the integer counts, so 8-bit rows can be summed in 16-bit integers (exact) and
    /// divided once.
    let integerTaps: [(counts: [UInt16], divisor: Float)?]

    init(length n: Int, window w: Int) {
        let h = (w + 2) / 2
        let left = w - h, right = h - 1
        func span(_ o: Int) -> (Int, Int) { (max(0, o - left), min(n - 1, o + right)) }
        var taps: [(Int, [Float])] = []
        var integerTaps: [(counts: [UInt16], divisor: Float)?] = []
        for s in 0..<64 {
            let p = Int((Double(s) + 0.5) * Double(n) / 64)
            let start = max(0, p - 2 * left), end = min(n - 1, p + 2 * right)
            var weights = [Double](repeating: 0, count: end - start + 1)
            let (a2, b2) = span(p)
            for c in a2...b2 {
                let (a1, b1) = span(c)
                let w1 = 1.0 / Double(b2 - a2 + 1) / Double(b1 - a1 + 1)
                for k in a1...b1 { weights[k - start] += w1 }
            }
            taps.append((start, weights.map { Float($0) }))
            if p - 2 * left >= 0 && p + 2 * right <= n - 1 {
                let counts = weights.map { UInt16(($0 * Double(w * w)).rounded()) }
                integerTaps.append(counts.reduce(0, { $0 + Int($1) }) == w * w && counts.allSatisfy({ $0 <= 255 }) ? (counts, Float(w * w)) : nil)
            } else {
                integerTaps.append(nil)
            }
        }
        self.taps = taps
        self.integerTaps = integerTaps
    }

    /// Samplers for one picture size; `FrameReader` keeps one per clip.
    struct Plan {
        let width: Int
        let height: Int
        let vertical: TentSampler
        let horizontal: TentSampler

        init(width: Int, height: Int) {
            self.width = width
            self.height = height
            vertical = TentSampler(length: height, window: PDQ.window(height))
            horizontal = TentSampler(length: width, window: PDQ.window(width))
        }
    }

    /// The 64×64 block PDQ hashes, or nil for pictures too small for the shortcut (the reference
    /// path handles those exactly).
    static func block(_ p: PlaneView, plan cached: Plan? = nil) -> [Float]? {
        guard p.width >= 128, p.height >= 128 else { return nil }
        let plan = cached.flatMap { $0.width == p.width && $0.height == p.height ? $0 : nil } ?? Plan(width: p.width, height: p.height)
        let vertical = plan.vertical, horizontal = plan.horizontal
        var rowSums = [Float](repeating: 0, count: 64 * p.width)
        var rowLuma = [Float](repeating: 0, count: p.width)
        var scale: Float = 1, bias: Float = 0
        rowSums.withUnsafeMutableBufferPointer { sums in
            rowLuma.withUnsafeMutableBufferPointer { line in
                var counts = [UInt16](repeating: 0, count: p.width)
                for (s, tap) in vertical.taps.enumerated() {
                    let acc = sums.baseAddress! + s * p.width
                    if case let .luma(1, offset, depth, 0, _, fullRange) = p.layout, depth <= 8, let integer = vertical.integerTaps[s] {
                        // 17 taps × weight ≤ 9 × 255 fits 16 bits for 1080p; guard the general case.
                        if integer.counts.reduce(0, { $0 + Int($1) }) * 255 <= Int(UInt16.max) {
                            (scale, bias) = PlaneLuma.normalisation(depth: depth, fullRange: fullRange)
                            counts.withUnsafeMutableBufferPointer { c in
                                for i in 0..<p.width { c[i] = 0 }
                                for (k, count) in integer.counts.enumerated() where count > 0 {
                                    let bytes = (p.base + (tap.start + k) * p.stride + offset).assumingMemoryBound(to: UInt8.self)
                                    accumulate16(c.baseAddress!, bytes, count, p.width)
                                }
                                let inverse = 1 / integer.divisor
                                for i in 0..<p.width { acc[i] = Float(c[i]) * inverse }
                            }
                            continue
                        }
                    }
                    for (k, weight) in tap.weights.enumerated() {
                        let row = p.base + (tap.start + k) * p.stride
                        switch p.layout {
                        case let .luma(1, offset, depth, 0, _, fullRange) where depth <= 8:
                            (scale, bias) = PlaneLuma.normalisation(depth: depth, fullRange: fullRange)
                            let bytes = (row + offset).assumingMemoryBound(to: UInt8.self)
                            accumulate(acc, bytes, weight, p.width)
                        case let .luma(2, offset, depth, 0, false, fullRange) where depth > 8:
                            // 10/12-bit little-endian planes (HDR phone video): read the words directly.
                            (scale, bias) = PlaneLuma.normalisation(depth: depth, fullRange: fullRange)
                            let words = UnsafeRawPointer(row + offset)
                            accumulate16bit(acc, words, weight, p.width)
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
        rowSums.withUnsafeBufferPointer { sums in
            block.withUnsafeMutableBufferPointer { out in
                for (t, tap) in horizontal.taps.enumerated() {
                    tap.weights.withUnsafeBufferPointer { w in
                        for s in 0..<64 {
                            let row = sums.baseAddress! + s * p.width + tap.start
                            var v: Float = 0
                            for k in 0..<w.count { v += w[k] * row[k] }
                            out[s * 64 + t] = bias == 0 && scale == 1 ? v : (v - bias) * scale
                        }
                    }
                }
            }
        }
        return block
    }

    /// acc[i] += count · bytes[i] in 16-bit integers (vectorised eight or sixteen lanes at a time).
    @inline(__always)
    static func accumulate16(_ acc: UnsafeMutablePointer<UInt16>, _ bytes: UnsafePointer<UInt8>, _ count: UInt16, _ n: Int) {
        for i in 0..<n { acc[i] &+= count &* UInt16(bytes[i]) }
    }

    /// acc[i] += weight · word[i] for little-endian 16-bit samples.
    @inline(__always)
    static func accumulate16bit(_ acc: UnsafeMutablePointer<Float>, _ raw: UnsafeRawPointer, _ weight: Float, _ n: Int) {
        if Int(bitPattern: raw) % 2 == 0 {
            let words = raw.assumingMemoryBound(to: UInt16.self)
            for i in 0..<n { acc[i] += weight * Float(UInt16(littleEndian: words[i])) }
        } else {
            for i in 0..<n { acc[i] += weight * Float(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self))) }
        }
    }

    /// acc[i] += weight · bytes[i] (a plain loop over raw pointers, which LLVM vectorises).
    @inline(__always)
    static func accumulate(_ acc: UnsafeMutablePointer<Float>, _ bytes: UnsafePointer<UInt8>, _ weight: Float, _ n: Int) {
        for i in 0..<n { acc[i] += weight * Float(bytes[i]) }
    }
}
