import MediaBridge

public enum ThumbnailComparer {
    /// A cell differs when its mean normalised difference (both pictures averaged 2×2) is above this
    /// (camera originals in the corpus stay under 0.32) and above three times the median cell.
    public static let cellLimit = 0.45

    /// Compares the decoded main picture with the decoded thumbnail.
    public static func compare(image: PlaneView, thumbnail: PlaneView, thumbnailOffset: Int64) -> ThumbnailComparison? {
        let tw = thumbnail.width, th = thumbnail.height
        guard tw >= 16, th >= 16, image.width >= tw, image.height >= th else { return nil }
        let thumb = PlaneLuma.full(thumbnail)
        let box = contentBox(thumb, width: tw, height: th)
        let cw = box.w, ch = box.h
        var t = [Double](repeating: 0, count: cw * ch)
        for y in 0..<ch { for x in 0..<cw { t[y * cw + x] = Double(thumb[(box.y + y) * tw + box.x + x]) } }
        let m = downscale(image, to: cw, ch)
        guard let a = normalised(m), let b = normalised(t) else { return nil }
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
            let sx = Double(image.width) / Double(cols), sy = Double(image.height) / Double(rows)
            region = [Int(Double(minX) * sx), Int(Double(minY) * sy), Int(Double(maxX - minX + 1) * sx), Int(Double(maxY - minY + 1) * sy)]
        }
        let pdq = PDQ.hash(image, exact: false).hash.distance(to: PDQ.hash(thumbnail, exact: true).hash)
        func r3(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }
        return ThumbnailComparison(thumbnailOffset: thumbnailOffset, thumbnailWidth: tw, thumbnailHeight: th, contentBox: [box.x, box.y, cw, ch],
                                   imageWidth: image.width, imageHeight: image.height, pdqDistance: pdq, grid: [cols, rows],
                                   medianCellDifference: r3(median), maxCellDifference: r3(sorted.last ?? 0),
                                   medianAveragedDifference: r3(sorted[sorted.count / 2]), differingCells: count, differingRegion: region)
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
        let decoder: HeifDecoder
        do {
            decoder = try HeifDecoder(bytes: bytes)
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
