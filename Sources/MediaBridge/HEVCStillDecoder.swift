internal import CFFmpeg

/// A decoded still picture's brightness, owned by Swift: 8-bit samples, row after row.
public struct GreyPicture: Sendable {
    public let width: Int
    public let height: Int
    public let pixels: [UInt8]
    /// Full-range (0–255) samples, as HEIF stills are coded; limited range (16–235) when false.
    public let fullRange: Bool

    public init(width: Int, height: Int, pixels: [UInt8], fullRange: Bool) {
        self.width = width
        self.height = height
        self.pixels = pixels
        self.fullRange = fullRange
    }

    /// The picture as a plane view, valid inside `body` only.
    public func withPlane<R>(_ body: (PlaneView) throws -> R) rethrows -> R {
        try pixels.withUnsafeBytes { raw in
            try body(PlaneView(base: raw.baseAddress!, width: width, height: height, stride: width,
                               layout: .luma(step: 1, offset: 0, bitDepth: 8, shift: 0, bigEndian: false, fullRange: fullRange)))
        }
    }
}

/// Decodes the coded pictures of a HEIF image item with libavcodec's HEVC decoder: one picture (`hvc1`), or
/// the tiles of a `grid` laid out row by row and cut to the grid's output size (ISO/IEC 23008-12 §6.6.2.3).
/// For HEIF files this build's libheif refuses (Debian 12's 1.15 and the gain-map items of iOS 18 and later):
/// the primary picture is plain HEVC all the same. Everything C lives inside the call.
public enum HEVCStillDecoder {
    /// One coded picture: the `hvcC` configuration (parameter sets) and the item's bytes (length-prefixed NAL units).
    public struct Tile: Sendable {
        public var configuration: [UInt8]
        public var sample: [UInt8]
        public init(configuration: [UInt8], sample: [UInt8]) {
            self.configuration = configuration
            self.sample = sample
        }
    }

    /// Grids larger than this are not assembled: the probe's own limit on a photo's declared size (250 megapixels).
    public static let largestPixels = 250_000_000
    /// No single coded picture (a tile, or a whole `hvc1` item) is decoded beyond this (libavcodec's `max_pixels`):
    /// 8192 × 8192, far above a camera's 512 × 512 tiles, so a hostile parameter set cannot take gigabytes.
    public static let largestTilePixels: Int64 = 8192 * 8192

    /// Decodes `count` tiles (row-major, `columns` per row), fetched one at a time by `tile`, into one grey picture
    /// of `width` × `height`; a single tile with `columns == rows == 1` and no size given keeps its coded size.
    /// The grid must be covered the way ISO/IEC 23008-12 requires — equal tiles, only the last row and column
    /// running past the output — which the first tile's size settles before any other is decoded.
    public static func decode(count: Int, columns: Int, rows: Int, width: Int? = nil, height: Int? = nil,
                              tile: (Int) throws -> Tile) throws(MediaBridgeError) -> GreyPicture {
        guard columns >= 1, rows >= 1, count == columns * rows else {
            throw .heifFailed(reason: "a grid of \(columns)×\(rows) needs \(columns * rows) tiles, the item references \(count)")
        }
        let av = try FFmpegCalls.library()
        var pixels: [UInt8] = []
        var outWidth = width ?? 0, outHeight = height ?? 0
        var tileWidth = 0, tileHeight = 0
        var fullRange = true
        for n in 0..<count {
            let coded: Tile
            do { coded = try tile(n) } catch let e as MediaBridgeError { throw e } catch { throw .heifFailed(reason: "tile \(n): \(error)") }
            let (w, h, full, samples) = try decodeOne(coded, av: av, index: n)
            if n == 0 {
                tileWidth = w
                tileHeight = h
                fullRange = full
                if width == nil || height == nil {
                    outWidth = w * columns
                    outHeight = h * rows
                }
                guard outWidth > 0, outHeight > 0, outWidth * outHeight <= largestPixels else {
                    throw .heifFailed(reason: "grid output \(outWidth)×\(outHeight) not assembled")
                }
                guard (columns - 1) * w < outWidth, outWidth <= columns * w, (rows - 1) * h < outHeight, outHeight <= rows * h else {
                    throw .heifFailed(reason: "\(columns)×\(rows) tiles of \(w)×\(h) do not cover a \(outWidth)×\(outHeight) grid")
                }
                pixels = [UInt8](repeating: 0, count: outWidth * outHeight)
            } else if w != tileWidth || h != tileHeight {
                throw .heifFailed(reason: "tile \(n) is \(w)×\(h), the first is \(tileWidth)×\(tileHeight)")
            }
            // Place the tile; the grid's right and bottom tiles may run past the output size (cut off).
            let x0 = (n % columns) * tileWidth, y0 = (n / columns) * tileHeight
            let copyWidth = min(tileWidth, outWidth - x0)
            for y in 0..<min(tileHeight, outHeight - y0) {
                let from = y * tileWidth, to = (y0 + y) * outWidth + x0
                pixels.replaceSubrange(to..<to + copyWidth, with: samples[from..<from + copyWidth])
            }
        }
        return GreyPicture(width: outWidth, height: outHeight, pixels: pixels, fullRange: fullRange)
    }

    /// One HEVC picture decoded in a context of its own (tiles are independent intra pictures); its luma.
    private static func decodeOne(_ tile: Tile, av: EvkAV, index: Int) throws(MediaBridgeError) -> (Int, Int, Bool, [UInt8]) {
        guard !tile.configuration.isEmpty, !tile.sample.isEmpty, tile.sample.count <= 64 << 20 else {
            throw .heifFailed(reason: "tile \(index) has no configuration or no coded bytes")
        }
        do {
            let grey = try FFmpegCalls.decodeSinglePicture(av, codec: AV_CODEC_ID_HEVC, name: "hevc", extradata: tile.configuration,
                                                           packet: tile.sample, index: index, maxPixels: largestTilePixels) { frame -> GreyPicture in
                try VideoDecoder.withPlane(of: frame, av: av) { plane -> GreyPicture in try Self.greyPicture(of: plane, index: index) }
            }
            return (grey.width, grey.height, grey.fullRange, grey.pixels)
        } catch let e as MediaBridgeError {
            throw e
        } catch {
            throw .heifFailed(reason: "\(error)")
        }
    }

    /// A decoded luma plane copied out as 8-bit samples (deeper samples keep their top 8 bits).
    private static func greyPicture(of plane: PlaneView, index: Int) throws -> GreyPicture {
        guard case let .luma(step, offset, depth, shift, bigEndian, full) = plane.layout, depth >= 8, depth <= 16 else {
            throw MediaBridgeError.unsupportedPixels(format: "tile \(index): not a luma plane")
        }
        var out = [UInt8](repeating: 0, count: plane.width * plane.height)
        let base = plane.base.assumingMemoryBound(to: UInt8.self)
        for y in 0..<plane.height {
            let row = base + y * plane.stride + offset
            for x in 0..<plane.width {
                let p = row + x * step
                let v: Int
                if depth == 8 && shift == 0 {
                    v = Int(p[0])
                } else {
                    let raw = bigEndian ? Int(p[0]) << 8 | Int(p[1]) : Int(p[1]) << 8 | Int(p[0])
                    v = (raw >> shift) >> (depth - 8)
                }
                out[y * plane.width + x] = UInt8(truncatingIfNeeded: min(255, v))
            }
        }
        return GreyPicture(width: plane.width, height: plane.height, pixels: out, fullRange: full)
    }
}
