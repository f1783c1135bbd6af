import MediaBridge

/// Brightness samples of a decoded picture as PDQ wants them: floats on a 0…255 scale.
///
/// Video luma is taken straight from the Y plane (no RGB conversion of whole frames): limited-range
/// Y (16–235, scaled for 10-bit) is stretched to 0–255 so quality scores match RGB-based tools; PDQ's
/// bits do not depend on that affine step. Packed RGB is converted with PDQ's own 0.299/0.587/0.114.
enum PlaneLuma {
    /// Full-resolution luma, row-major.
    static func full(_ p: PlaneView) -> [Float] {
        var out = [Float](repeating: 0, count: p.width * p.height)
        out.withUnsafeMutableBufferPointer { o in
            for y in 0..<p.height { row(p, y, into: o.baseAddress! + y * p.width) }
        }
        return out
    }

    /// One row of luma into `dst` (`p.width` floats), so large pictures can be reduced row by row.
    static func row(_ p: PlaneView, _ y: Int, into dst: UnsafeMutablePointer<Float>) {
        let row = p.base + y * p.stride
        switch p.layout {
        case let .rgb(step, r, g, b):
            for x in 0..<p.width {
                let px = row + x * step
                dst[x] = PDQ.luma(r: px.load(fromByteOffset: r, as: UInt8.self), g: px.load(fromByteOffset: g, as: UInt8.self),
                                  b: px.load(fromByteOffset: b, as: UInt8.self))
            }
        case let .luma(step, offset, depth, shift, bigEndian, fullRange):
            let (scale, bias) = normalisation(depth: depth, fullRange: fullRange)
            for x in 0..<p.width {
                let v = sample(row, x * step + offset, depth: depth, shift: shift, bigEndian: bigEndian)
                dst[x] = scale == 1 && bias == 0 ? Float(v) : (Float(v) - bias) * scale
            }
        }
    }

    @inline(__always)
    static func sample(_ row: UnsafeRawPointer, _ byteOffset: Int, depth: Int, shift: Int, bigEndian: Bool) -> Int {
        if depth <= 8 { return Int(row.load(fromByteOffset: byteOffset, as: UInt8.self) >> UInt8(shift)) }
        let raw = row.loadUnaligned(fromByteOffset: byteOffset, as: UInt16.self)
        let v = bigEndian ? UInt16(bigEndian: raw) : UInt16(littleEndian: raw)
        return Int(v >> UInt16(shift)) & ((1 << depth) - 1)
    }

    /// (scale, bias) so that (v − bias) · scale maps the nominal range onto 0…255.
    static func normalisation(depth: Int, fullRange: Bool) -> (Float, Float) {
        let unit = Float(1 << max(0, depth - 8))
        if fullRange { return depth <= 8 ? (1, 0) : (255 / (Float(1 << depth) - 1), 0) }
        return (255 / (219 * unit), 16 * unit)
    }
}

extension PDQ {
    /// Hash of a decoded picture. `exact` runs the reference pipeline over every pixel (photos, where
    /// bit-identity with `pdqhash` on the same pixels matters); otherwise the same filter is evaluated
    /// only at the 64×64 points PDQ keeps (`TentSampler`), which differs from the reference by float
    /// rounding alone.
    public static func hash(_ plane: PlaneView, exact: Bool) -> PDQResult {
        hash(plane, exact: exact, plan: nil)
    }

    static func hash(_ plane: PlaneView, exact: Bool, plan: TentSampler.Plan?) -> PDQResult {
        hashAndShown(plane, exact: exact, plan: plan, shownAs: .original).stored
    }

    /// The hash of the picture as stored and, for `shownAs` other than `.original`, of the picture
    /// transformed that way (from the same DCT).
    static func hashAndShown(_ plane: PlaneView, exact: Bool, plan: TentSampler.Plan?, shownAs: Dihedral) -> (stored: PDQResult, shown: PDQHash?) {
        let dct: [Float], q: Int
        if !exact, let block = TentSampler.block(plane, plan: plan) {
            (dct, q) = (dct64To16(block), quality(block))
        } else {
            var luma = PlaneLuma.full(plane)
            guard let r = dct16(luma: &luma, rows: plane.height, cols: plane.width) else { return (PDQResult(hash: .zero, quality: 0), nil) }
            (dct, q) = r
        }
        let stored = PDQResult(hash: bits(dct), quality: q)
        return (stored, shownAs == .original ? nil : bits(transform(dct, shownAs)))
    }

    public static func dihedralHashes(_ plane: PlaneView, exact: Bool) -> (hashes: [Dihedral: PDQHash], quality: Int) {
        var luma = PlaneLuma.full(plane)
        return dihedralHashes(luma: &luma, rows: plane.height, cols: plane.width)
    }

    /// Crops the duplicates index also hashes (issue 16): PDQ changes by 40 bits when 5 % is cut from each side of a
    /// picture and by ~75 when 10 % is, so a cropped copy matches only a hash of the same crop. Sub-pictures of 95 %
    /// and 90 % of each side, anchored at the corners, the edge midpoints and the centre (a 3 × 3 grid each): a crop
    /// of up to 10 % per side lies within 2.5 % of one of them. Hashed as shown (`shownAs` applied).
    public static let cropScales: [Double] = [0.95, 0.9]

    public static func cropHashes(_ plane: PlaneView, shownAs: Dihedral) -> [PDQHash] {
        let step: Int
        switch plane.layout {
        case let .luma(s, _, _, _, _, _): step = s
        case let .rgb(s, _, _, _): step = s
        }
        var out: [PDQHash] = []
        for scale in cropScales {
            let w = max(16, Int(Double(plane.width) * scale)), h = max(16, Int(Double(plane.height) * scale))
            guard w <= plane.width, h <= plane.height else { continue }
            for ay in [0.0, 0.5, 1.0] {
                for ax in [0.0, 0.5, 1.0] {
                    let x0 = Int((Double(plane.width - w) * ax).rounded()), y0 = Int((Double(plane.height - h) * ay).rounded())
                    let view = PlaneView(base: plane.base.advanced(by: y0 * plane.stride + x0 * step), width: w, height: h,
                                         stride: plane.stride, layout: plane.layout)
                    let r = hashAndShown(view, exact: false, plan: nil, shownAs: shownAs)
                    out.append(r.shown ?? r.stored.hash)
                }
            }
        }
        return out
    }
}
