import MediaBridge

public enum ThumbnailComparer {
    /// A cell differs when its mean normalised difference (both pictures averaged 2×2) is above this
    /// (camera originals in the corpus stay under 0.32) and above three times the median cell.
    public static let cellLimit = 0.45

    /// Compares the decoded main picture with the decoded thumbnail.
    ///
    /// Lossless rotation tools (exiftran, jpegtran -trim) turn a thumbnail whose size is not a multiple of the
    /// 16-pixel coding block by dropping the partial block at one edge: a 160×120 thumbnail turned a quarter
    /// comes out 112×160, showing all of the picture but a strip under one block wide. When the thumbnail is
    /// that much narrower (or shorter) than the picture's shape, it is also compared with the picture's strip
    /// at either edge, and the closest placement counts (`trimmedEdge` names the edge left out).
    public static func compare(image: PlaneView, thumbnail: PlaneView, thumbnailOffset: Int64) -> ThumbnailComparison? {
        let tw = thumbnail.width, th = thumbnail.height
        guard tw >= 16, th >= 16, image.width >= tw, image.height >= th else { return nil }
        let thumb = PlaneLuma.full(thumbnail)
        let box = contentBox(thumb, width: tw, height: th)
        let cw = box.w, ch = box.h
        var t = [Double](repeating: 0, count: cw * ch)
        for y in 0..<ch { for x in 0..<cw { t[y * cw + x] = Double(thumb[(box.y + y) * tw + box.x + x]) } }
        guard let b = normalised(t) else { return nil }
        var best: (metrics: Metrics, edge: String?)?
        for placement in placements(image: image, cw: cw, ch: ch, letterboxed: box.w != tw || box.h != th) {
            guard let a = normalised(placement.pixels), let metrics = metrics(a, b, cw: cw, ch: ch, cover: placement.cover) else { continue }
            if best == nil || metrics.median < best!.metrics.median { best = (metrics, placement.edge) }
        }
        guard let best else { return nil }
        let m = best.metrics
        let pdq = PDQ.hash(image, exact: false).hash.distance(to: PDQ.hash(thumbnail, exact: true).hash)
        func r3(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }
        var c = ThumbnailComparison(thumbnailOffset: thumbnailOffset, thumbnailWidth: tw, thumbnailHeight: th, contentBox: [box.x, box.y, cw, ch],
                                    imageWidth: image.width, imageHeight: image.height, pdqDistance: pdq, grid: [m.cols, m.rows],
                                    medianCellDifference: r3(m.median), maxCellDifference: r3(m.maxCell),
                                    medianAveragedDifference: r3(m.averagedMedian), differingCells: m.count, differingRegion: m.region)
        c.trimmedEdge = best.edge
        return c
    }

    struct Metrics {
        var cols: Int, rows: Int, median: Double, maxCell: Double, averagedMedian: Double, count: Int, region: [Int]?
    }

    /// The picture at the thumbnail's resolution, as the thumbnail would show it whole and, when the thumbnail
    /// lacks less than one 16-pixel block of the picture's shape along one axis, with that strip left out at
    /// either edge. `cover` is the part of the picture each placement shows (x, y, width, height in pixels).
    static func placements(image: PlaneView, cw: Int, ch: Int, letterboxed: Bool) -> [(pixels: [Double], cover: [Int], edge: String?)] {
        var out: [(pixels: [Double], cover: [Int], edge: String?)] = [(downscale(image, to: cw, ch), [0, 0, image.width, image.height], nil)]
        guard !letterboxed else { return out }
        let w = Double(image.width), h = Double(image.height)
        // The thumbnail width (height) that would show the whole picture at the thumbnail's height (width).
        let fullWidth = Double(ch) * w / h, fullHeight = Double(cw) * h / w
        if fullWidth - Double(cw) >= 1, fullWidth - Double(cw) < 16 {
            let fw = Int(fullWidth.rounded())
            guard fw > cw else { return out }
            let wide = downscale(image, to: fw, ch)
            let shown = Int((w * Double(cw) / Double(fw)).rounded())
            for (edge, x0) in [("right", 0), ("left", fw - cw)] {
                var p = [Double](repeating: 0, count: cw * ch)
                for y in 0..<ch { for x in 0..<cw { p[y * cw + x] = wide[y * fw + x0 + x] } }
                out.append((p, [edge == "right" ? 0 : image.width - shown, 0, shown, image.height], edge))
            }
        } else if fullHeight - Double(ch) >= 1, fullHeight - Double(ch) < 16 {
            let fh = Int(fullHeight.rounded())
            guard fh > ch else { return out }
            let tall = downscale(image, to: cw, fh)
            let shown = Int((h * Double(ch) / Double(fh)).rounded())
            for (edge, y0) in [("bottom", 0), ("top", fh - ch)] {
                out.append((Array(tall[(y0 * cw)..<((y0 + ch) * cw)]), [0, edge == "bottom" ? 0 : image.height - shown, image.width, shown], edge))
            }
        }
        return out
    }

    /// Whole-picture and local agreement of the picture `a` and the thumbnail `b` (both normalised, `cw`×`ch`);
    /// `cover` is the part of the picture `a` shows, for placing differing cells in picture pixels.
    static func metrics(_ a: [Double], _ b: [Double], cw: Int, ch: Int, cover: [Int]) -> Metrics? {
        let cols = cw >= ch ? 16 : 12, rows = cw >= ch ? 12 : 16
        // Whole-picture agreement at the thumbnail's own resolution (a crop moves every cell).
        let d = zip(a, b).map { abs($0 - $1) }
        let median = downscale(d.map(Float.init), width: cw, height: ch, to: cols, rows).sorted()[cols * rows / 2]
        // Local changes after averaging both pictures 2×2: a thumbnail that software made with a plain
        // scaler aliases fine detail (foliage, text), which is not a change of the picture; a painted or
        // pasted region still differs over whole cells.
        let hw = max(cols, cw / 2), hh = max(rows, ch / 2)
        let a2 = downscale(a.map(Float.init), width: cw, height: ch, to: hw, hh)
        let b2 = downscale(b.map(Float.init), width: cw, height: ch, to: hw, hh)
        let cells = downscale(zip(a2, b2).map { Float(abs($0 - $1)) }, width: hw, height: hh, to: cols, rows)
        let sorted = cells.sorted()
        let limit = max(3 * sorted[sorted.count / 2], cellLimit)
        var minX = cols, minY = rows, maxX = -1, maxY = -1, count = 0
        for r in 0..<rows { for c in 0..<cols where cells[r * cols + c] > limit {
            count += 1; minX = min(minX, c); minY = min(minY, r); maxX = max(maxX, c); maxY = max(maxY, r)
        } }
        var region: [Int]?
        if count > 0 {
            let sx = Double(cover[2]) / Double(cols), sy = Double(cover[3]) / Double(rows)
            region = [cover[0] + Int(Double(minX) * sx), cover[1] + Int(Double(minY) * sy), Int(Double(maxX - minX + 1) * sx), Int(Double(maxY - minY + 1) * sy)]
        }
        return Metrics(cols: cols, rows: rows, median: median, maxCell: sorted.last ?? 0, averagedMedian: sorted[sorted.count / 2], count: count, region: region)
    }

    /// Trims dark, flat bars (letterboxing of a wide picture in a 4:3 thumbnail) from the edges.
    static func contentBox(_ p: [Float], width w: Int, height h: Int) -> (x: Int, y: Int, w: Int, h: Int) {
        func isBar(_ values: [Float]) -> Bool {
            let mean = values.reduce(0, +) / Float(values.count)
            let spread = values.map { abs($0 - mean) }.max() ?? 0
            return mean < 12 && spread < 10
        }
        func row(_ y: Int) -> [Float] { Array(p[(y * w)..<(y * w + w)]) }
        func col(_ x: Int) -> [Float] { (0..<h).map { p[$0 * w + x] } }
        var top = 0, bottom = h - 1, left = 0, right = w - 1
        while top < h / 4 && isBar(row(top)) { top += 1 }
        while bottom > h * 3 / 4 && isBar(row(bottom)) { bottom -= 1 }
        while left < w / 4 && isBar(col(left)) { left += 1 }
        while right > w * 3 / 4 && isBar(col(right)) { right -= 1 }
        return (left, top, right - left + 1, bottom - top + 1)
    }

    /// Area average of a decoded picture to `tw`×`th`, one row at a time (a 200 MP photo never becomes a
    /// full-size float copy).
    static func downscale(_ p: PlaneView, to tw: Int, _ th: Int) -> [Double] {
        boxAverage(width: p.width, height: p.height, to: tw, th) { y, row in PlaneLuma.row(p, y, into: row) }
    }

    /// Area average of a row-major plane to `tw`×`th`.
    static func downscale(_ p: [Float], width w: Int, height h: Int, to tw: Int, _ th: Int) -> [Double] {
        p.withUnsafeBufferPointer { src in
            boxAverage(width: w, height: h, to: tw, th) { y, row in row.update(from: src.baseAddress! + y * w, count: w) }
        }
    }

    /// Each output pixel averages its whole source box; `fill(y, row)` writes source row `y` (`width` floats).
    static func boxAverage(width w: Int, height h: Int, to tw: Int, _ th: Int, fill: (Int, UnsafeMutablePointer<Float>) -> Void) -> [Double] {
        var out = [Double](repeating: 0, count: tw * th)
        var counts = [Int](repeating: 0, count: tw * th)
        var colCell = [Int](repeating: 0, count: w)
        for x in 0..<w { colCell[x] = min(tw - 1, x * tw / w) }
        var line = [Float](repeating: 0, count: w)
        line.withUnsafeMutableBufferPointer { buf in
            for y in 0..<h {
                fill(y, buf.baseAddress!)
                let r = min(th - 1, y * th / h) * tw
                for x in 0..<w {
                    out[r + colCell[x]] += Double(buf[x])
                    counts[r + colCell[x]] += 1
                }
            }
        }
        for i in out.indices where counts[i] > 0 { out[i] /= Double(counts[i]) }
        return out
    }

    /// Zero mean, unit standard deviation; nil for a flat picture (nothing to compare).
    static func normalised(_ v: [Double]) -> [Double]? {
        let mean = v.reduce(0, +) / Double(v.count)
        let sd = (v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(v.count)).squareRoot()
        guard sd >= 1 else { return nil }
        return v.map { ($0 - mean) / sd }
    }
}

extension ThumbnailComparer {
    /// Decodes the main JPEG picture of the file at `path`, looks for flat rectangles in it
    /// (`UniformRegionFinder`) and, when `thumbnail` (offset, length) is given, decodes the EXIF
    /// thumbnail and compares them. `decodeError` says why the picture itself could not be decoded,
    /// `decodedWithErrors` that libavcodec decoded it but reported errors (concealed blocks); a thumbnail
    /// that cannot be decoded only leaves `comparison` nil (not evidence).
    /// The picture is read through `reader` (the probe's, which already holds the photo's bytes).
    public static func check(reader: HashingReader, thumbnail: (offset: Int64, length: Int)?) -> (decodeError: String?, decodedWithErrors: Bool, comparison: ThumbnailComparison?, uniformRegions: [UniformRegion]) {
        let main: VideoDecoder
        let info: DecodedFrameInfo
        do {
            main = try VideoDecoder(path: reader.path, reader: reader, threads: 1)
            guard let i = try main.nextFrame() else { return ("no picture decoded", false, nil, []) }
            info = i
        } catch {
            return ("\(error)", false, nil, [])
        }
        let regions = (try? main.withCurrentPicture { UniformRegionFinder.find($0) }) ?? []
        guard let t = thumbnail, t.length > 0, t.length <= ImageBytesDecoder.maximumBytes,
              let bytes = try? reader.read(at: t.offset, count: t.length), bytes.count == t.length else { return (nil, info.corrupt, nil, regions) }
        let comparison = try? main.withCurrentPicture { image in
            try ImageBytesDecoder.withDecodedJPEG(bytes) { thumb in compare(image: image, thumbnail: thumb, thumbnailOffset: t.offset) }
        }
        return (nil, info.corrupt, comparison ?? nil, regions)
    }
}

extension ThumbnailComparer {
    /// HEIF/HEIC: libheif decodes the primary image and its first thumbnail item, both with the file's own
    /// transformations applied, looks for flat rectangles in the picture and compares the two.
    /// `limitation` says why libheif could not decode the picture (Debian 12's libheif 1.15 and iOS 18+
    /// files with gain maps): a limit of this build, not evidence about the file.
    /// `bytes` is the whole file, already read.
    public static func checkHEIF(bytes: [UInt8], thumbnailOffset: Int64?) -> (limitation: String?, comparison: ThumbnailComparison?, uniformRegions: [UniformRegion]) {
        let decoder: HEIFPictures
        do {
            decoder = try HEIFPictures(bytes: bytes)
        } catch {
            return ("\(error)", nil, [])
        }
        let regions = (try? decoder.withPicture { UniformRegionFinder.find($0) }) ?? []
        // Compared only when our own item walk located the thumbnail, so a finding always names its offset.
        guard let thumbnailOffset else { return (nil, nil, regions) }
        let comparison = try? decoder.withPicture { image in
            try decoder.withThumbnail { thumb in compare(image: image, thumbnail: thumb, thumbnailOffset: thumbnailOffset) }
        }
        return (nil, (comparison ?? nil) ?? nil, regions)
    }
}
