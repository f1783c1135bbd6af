import MediaBridge

/// Two photos compared picture to picture (issue 18): the same pixels or not; how the submission lies in the
/// original (rotation by quarter turns, scale, the rectangle of the original it shows); and, once aligned, the
/// rectangle where the two differ beyond what re-compression explains.
enum PhotoComparer {
    /// A picture's brightness, row by row, 0–255.
    struct Luma {
        var width: Int
        var height: Int
        var samples: [Float]
        subscript(x: Int, y: Int) -> Float { samples[y * width + x] }
    }

    /// Decodes a JPEG or HEIF photo held in memory to its brightness, as stored (no orientation applied).
    static func luma(_ bytes: [UInt8], format: String, isHEIF: Bool) -> Luma? {
        if format == "jpeg" {
            return try? ImageBytesDecoder.withDecodedJPEG(bytes) { Luma(width: $0.width, height: $0.height, samples: PlaneLuma.full($0)) }
        }
        if isHEIF, let d = try? HEIFPictures(bytes: bytes) {
            return try? d.withPicture { Luma(width: $0.width, height: $0.height, samples: PlaneLuma.full($0)) }
        }
        return nil
    }

    /// Box-averaged copy at `width` × `height`.
    static func resample(_ p: Luma, width w: Int, height h: Int) -> Luma {
        var out = [Float](repeating: 0, count: w * h)
        for ty in 0..<h {
            let y0 = ty * p.height / h, y1 = max(y0 + 1, (ty + 1) * p.height / h)
            for tx in 0..<w {
                let x0 = tx * p.width / w, x1 = max(x0 + 1, (tx + 1) * p.width / w)
                var sum: Float = 0
                for y in y0..<y1 { for x in x0..<x1 { sum += p.samples[y * p.width + x] } }
                out[ty * w + tx] = sum / Float((y1 - y0) * (x1 - x0))
            }
        }
        return Luma(width: w, height: h, samples: out)
    }

    static func rotate(_ p: Luma, _ degrees: Int) -> Luma {
        var out = [Float](repeating: 0, count: p.samples.count)
        switch degrees {
        case 90:
            for y in 0..<p.height { for x in 0..<p.width { out[x * p.height + (p.height - 1 - y)] = p[x, y] } }
            return Luma(width: p.height, height: p.width, samples: out)
        case 180:
            return Luma(width: p.width, height: p.height, samples: p.samples.reversed())
        case 270:
            for y in 0..<p.height { for x in 0..<p.width { out[(p.width - 1 - x) * p.height + y] = p[x, y] } }
            return Luma(width: p.height, height: p.width, samples: out)
        default:
            return p
        }
    }

    /// Mean absolute difference of two pictures of the same size.
    static func meanDifference(_ a: Luma, _ b: Luma) -> Float {
        var sum: Float = 0
        for i in a.samples.indices { sum += abs(a.samples[i] - b.samples[i]) }
        return sum / Float(max(1, a.samples.count))
    }

    static func compare(original o: Luma, submitted s: Luma) -> PhotoComparison {
        var c = PhotoComparison()
        c.originalSize = PixelSize(width: o.width, height: o.height)
        c.submittedSize = PixelSize(width: s.width, height: s.height)
        if o.width == s.width && o.height == s.height && o.samples == s.samples {
            c.samePixels = true
            c.rotation = 0
            c.scale = 1
            c.crop = PixelRect(x: 0, y: 0, width: o.width, height: o.height)
            return c
        }
        c.samePixels = false
        // Rotation: the quarter turn under which the submission's thumbnail best fits the original's, aspect allowing.
        let thumb = 48
        let st = resample(s, width: thumb, height: thumb)
        var best = (degrees: 0, error: Float.infinity)
        for degrees in [0, 90, 180, 270] {
            let turned = rotate(o, degrees)
            let ratioO = Double(turned.width) / Double(turned.height), ratioS = Double(s.width) / Double(s.height)
            // A crop may change the aspect a little; a quarter turn changes it a lot.
            guard abs(log(ratioO / ratioS)) < 0.35 else { continue }
            let e = meanDifference(resample(turned, width: thumb, height: thumb), st)
            if e < best.error { best = (degrees, e) }
        }
        c.rotation = best.degrees
        if best.error.isFinite { c.thumbnailDifference = (Double(best.error) * 10).rounded() / 10 }
        let turned = rotate(o, best.degrees)
        // Two readings of the geometry, each checked against the pixels at a quarter of the submission's size:
        // the whole picture resized (same aspect within 1 %), or a window of the original at its own scale (a crop,
        // which may keep the aspect too). The reading that fits better wins.
        let qw = max(1, s.width / 4), qh = max(1, s.height / 4)
        let small = resample(s, width: qw, height: qh)
        var resizeError = Float.infinity
        let sx = Double(s.width) / Double(turned.width), sy = Double(s.height) / Double(turned.height)
        if abs(sx / sy - 1) < 0.01 { resizeError = meanDifference(resample(turned, width: qw, height: qh), small) }
        var cropAt: (x: Int, y: Int)? = nil, cropError = Float.infinity
        if s.width <= turned.width && s.height <= turned.height, let at = locate(s, in: turned) {
            cropAt = at
            cropError = meanDifference(resample(window(turned, at, s.width, s.height), width: qw, height: qh), small)
        }
        if resizeError.isFinite && resizeError <= cropError {
            c.scale = (sx * 10000).rounded() / 10000
            c.crop = PixelRect(x: 0, y: 0, width: turned.width, height: turned.height)
            c.changedRegion = changedRegion(resample(turned, width: s.width, height: s.height), s)
        } else if let at = cropAt {
            c.scale = 1
            c.crop = PixelRect(x: at.x, y: at.y, width: s.width, height: s.height)
            c.changedRegion = changedRegion(window(turned, at, s.width, s.height), s)
        }
        return c
    }

    static func window(_ p: Luma, _ at: (x: Int, y: Int), _ w: Int, _ h: Int) -> Luma {
        var out = [Float](repeating: 0, count: w * h)
        for y in 0..<h { for x in 0..<w { out[y * w + x] = p[at.x + x, at.y + y] } }
        return Luma(width: w, height: h, samples: out)
    }

    /// Where the submission's top left corner lies in the original: the offset whose mean difference is least,
    /// searched at 1/f scale over every offset, then at full scale within ±2f pixels of the best.
    static func locate(_ s: Luma, in o: Luma) -> (x: Int, y: Int)? {
        let f = max(1, max(o.width, o.height) / 256)
        let os = resample(o, width: max(1, o.width / f), height: max(1, o.height / f))
        let ss = resample(s, width: max(1, s.width / f), height: max(1, s.height / f))
        var best = (x: 0, y: 0, e: Float.infinity)
        let step = max(1, min(ss.width, ss.height) / 48)
        for oy in 0...(os.height - ss.height) {
            for ox in 0...(os.width - ss.width) {
                let e = difference(ss, in: os, at: (ox, oy), every: step)
                if e < best.e { best = (ox, oy, e) }
            }
        }
        var fine = (x: best.x * f, y: best.y * f, e: Float.infinity)
        let stride = max(1, min(s.width, s.height) / 64)
        for oy in max(0, best.y * f - 2 * f)...min(o.height - s.height, best.y * f + 2 * f) {
            for ox in max(0, best.x * f - 2 * f)...min(o.width - s.width, best.x * f + 2 * f) {
                let e = difference(s, in: o, at: (ox, oy), every: stride)
                if e < fine.e { fine = (ox, oy, e) }
            }
        }
        return fine.e.isFinite ? (fine.x, fine.y) : nil
    }

    /// Mean absolute difference between `s` and the window of `o` at `at`, sampled every `every` pixels.
    static func difference(_ s: Luma, in o: Luma, at: (x: Int, y: Int), every: Int) -> Float {
        var e: Float = 0, n: Float = 0
        var y = 0
        while y < s.height {
            var x = 0
            while x < s.width { e += abs(o[at.x + x, at.y + y] - s[x, y]); n += 1; x += every }
            y += every
        }
        return e / max(1, n)
    }

    /// The bounding box of the blocks that differ well beyond the rest (re-compression differs a little
    /// everywhere; a paint or a pasted object differs a lot in one place), nil when none does.
    static func changedRegion(_ a: Luma, _ b: Luma) -> PixelRect? {
        let block = max(8, min(a.width, a.height) / 64)
        let cols = a.width / block, rows = a.height / block
        guard cols > 0, rows > 0 else { return nil }
        var diff = [Float](repeating: 0, count: cols * rows)
        for r in 0..<rows {
            for c in 0..<cols {
                var sum: Float = 0
                for y in (r * block)..<((r + 1) * block) { for x in (c * block)..<((c + 1) * block) { sum += abs(a[x, y] - b[x, y]) } }
                diff[r * cols + c] = sum / Float(block * block)
            }
        }
        let sorted = diff.sorted()
        let median = sorted[sorted.count / 2]
        let limit = max(12, 4 * median)
        var minC = cols, minR = rows, maxC = -1, maxR = -1
        for r in 0..<rows {
            for c in 0..<cols where diff[r * cols + c] > limit {
                minC = min(minC, c); maxC = max(maxC, c); minR = min(minR, r); maxR = max(maxR, r)
            }
        }
        guard maxC >= 0 else { return nil }
        return PixelRect(x: minC * block, y: minR * block, width: (maxC - minC + 1) * block, height: (maxR - minR + 1) * block)
    }
}

#if canImport(Glibc)
import Glibc
#endif
