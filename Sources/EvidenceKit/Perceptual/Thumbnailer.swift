import MediaBridge

/// Makes the report's thumbnails (`GreyThumbnail`, in the model).
enum Thumbnailer {
    /// The longer side of a thumbnail, in pixels.
    static let longestSide = 192

    /// Box-averaged grey thumbnail of `plane`, rotated clockwise by `rotation` degrees (0, 90, 180, 270).
    static func make(_ plane: PlaneView, rotation: Int = 0) -> (width: Int, height: Int, pixels: [UInt8])? {
        let w = plane.width, h = plane.height
        guard w > 0, h > 0 else { return nil }
        let scale = max(1, Double(max(w, h)) / Double(longestSide))
        let tw = max(1, Int((Double(w) / scale).rounded())), th = max(1, Int((Double(h) / scale).rounded()))
        var sums = [Float](repeating: 0, count: tw * th)
        var counts = [Float](repeating: 0, count: tw * th)
        var row = [Float](repeating: 0, count: w)
        let columnOf = (0..<w).map { min(tw - 1, $0 * tw / w) }
        for y in 0..<h {
            row.withUnsafeMutableBufferPointer { PlaneLuma.row(plane, y, into: $0.baseAddress!) }
            let ty = min(th - 1, y * th / h)
            let base = ty * tw
            for x in 0..<w {
                sums[base + columnOf[x]] += row[x]
                counts[base + columnOf[x]] += 1
            }
        }
        var pixels = [UInt8](repeating: 0, count: tw * th)
        for i in 0..<pixels.count { pixels[i] = UInt8(max(0, min(255, (sums[i] / max(1, counts[i])).rounded()))) }
        return rotate(pixels, width: tw, height: th, degrees: rotation)
    }

    /// Turns a picture clockwise by 90, 180 or 270 degrees (other values leave it as it is).
    static func rotate(_ p: [UInt8], width w: Int, height h: Int, degrees: Int) -> (width: Int, height: Int, pixels: [UInt8]) {
        switch ((degrees % 360) + 360) % 360 {
        case 90:
            var out = [UInt8](repeating: 0, count: p.count)
            for y in 0..<h { for x in 0..<w { out[x * h + (h - 1 - y)] = p[y * w + x] } }
            return (h, w, out)
        case 180:
            return (w, h, Array(p.reversed()))
        case 270:
            var out = [UInt8](repeating: 0, count: p.count)
            for y in 0..<h { for x in 0..<w { out[(w - 1 - x) * h + y] = p[y * w + x] } }
            return (h, w, out)
        default:
            return (w, h, p)
        }
    }

    /// Clockwise degrees for an EXIF orientation (1, 3, 6, 8; mirrored ones are shown unmirrored).
    static func rotation(exifOrientation o: Int?) -> Int {
        switch o {
        case 3, 4: return 180
        case 5, 6: return 90
        case 7, 8: return 270
        default: return 0
        }
    }
}
