import EvidenceModel
import MediaBridge

/// The primary picture and first thumbnail of a HEIF file as a viewer shows them (`irot` and `imir` applied).
///
/// libheif decodes them when it can. When it refuses the file — Debian 12's libheif 1.15 stops at the gain-map
/// items of iOS 18 and later ("Too many auxiliary image references", "Metadata not correctly assigned to image")
/// although their pictures are plain HEVC — the items are located by our own walk (`HEIFItemReader`: `pitm`,
/// `iloc`, `hvcC`, `dimg`, the grid descriptor) and decoded with libavcodec's HEVC decoder, tile by tile, into
/// grey (the pixel checks and hashes use brightness only). Reading layer: bytes in, pictures out.
final class HEIFPictures {
    /// A decoded picture's brightness, 0–255 (limited-range samples stretched as `PlaneLuma` does), row after row.
    struct GreyPicture {
        var width: Int
        var height: Int
        var pixels: [UInt8]

        func withPlane<R>(_ body: (PlaneView) throws -> R) rethrows -> R {
            try pixels.withUnsafeBytes { raw in
                try body(PlaneView(base: raw.baseAddress!, width: width, height: height, stride: width,
                                   layout: .luma(step: 1, offset: 0, bitDepth: 8, shift: 0, bigEndian: false, fullRange: true)))
            }
        }
    }

    /// Grids larger than this are not assembled: the probe's own limit on a photo's declared size.
    static let largestGridPixels = 250_000_000

    private let libheif: HeifDecoder?
    private let primary: GreyPicture?
    private let thumbnail: GreyPicture?
    /// Which decoder made the pictures, for reports.
    let decoder: String

    init(bytes: [UInt8]) throws {
        let refused: Error
        do {
            libheif = try HeifDecoder(bytes: bytes)
            primary = nil
            thumbnail = nil
            decoder = "libheif (transformations applied)"
            return
        } catch {
            refused = error
        }
        let source = MemoryByteSource(bytes)
        let reader = HEIFItemReader(source: source, tree: try BoxWalker().walk(source))
        guard let facts = try reader.read(), let item = facts.primary else {
            throw refused
        }
        do {
            primary = try Self.picture(of: item, in: facts, reader: reader)
        } catch {
            throw MediaBridgeError.heifFailed(reason: "\(refused); decoding its HEVC items instead failed too: \(error)")
        }
        libheif = nil
        thumbnail = facts.thumbnail.flatMap { try? Self.picture(of: $0, in: facts, reader: reader) }
        decoder = "libavcodec HEVC (the HEIF items decoded directly: this libheif refused the file; transformations applied)"
    }

    /// The primary picture, valid inside `body` only.
    func withPicture<R>(_ body: (PlaneView) throws -> R) throws -> R {
        if let libheif { return try libheif.withPicture(body) }
        guard let primary else { throw MediaBridgeError.heifFailed(reason: "no picture") }
        return try primary.withPlane(body)
    }

    /// The first thumbnail of the primary picture, valid inside `body` only; nil when the file has none.
    func withThumbnail<R>(_ body: (PlaneView) throws -> R) throws -> R? {
        if let libheif { return try libheif.withThumbnail(body) }
        return try thumbnail.map { try $0.withPlane(body) }
    }

    /// Decodes one image item: an `hvc1` picture, or a `grid` of them (ISO/IEC 23008-12 §6.6.2.3: version,
    /// flags, rows − 1, columns − 1, output width and height in 16 bits, or 32 when flags bit 0 is set). Bounded by
    /// what the file holds: the grid's output must be the size its `ispe` declares (the size the probe holds to
    /// 250 megapixels before decoding; `assemble` holds the grid to it again), tiles are read one at a time,
    /// and all of them together may not read more bytes than the file has.
    static func picture(of item: HEIFItem, in facts: HEIFFacts, reader: HEIFItemReader) throws -> GreyPicture {
        var budget = reader.source.size
        func tile(_ t: HEIFItem) throws -> HEVCStillDecoder.Tile {
            guard t.type == "hvc1", let c = t.decoderConfiguration, c.length > 0, c.length < 1 << 16 else {
                throw MediaBridgeError.heifFailed(reason: "item \(t.id) is '\(t.type)' without an HEVC configuration")
            }
            let length = t.extents.reduce(Int64(0)) { $0 + $1.length }
            guard length <= budget else { throw MediaBridgeError.heifFailed(reason: "the tiles of item \(item.id) claim more bytes than the file holds") }
            budget -= length
            return .init(configuration: try reader.source.read(at: c.offset, count: Int(c.length)), sample: try reader.bytes(of: t))
        }
        var picture: GreyPicture
        switch item.type {
        case "hvc1":
            picture = try HEVCStillDecoder.withPicture(of: try tile(item)) { plane in
                var grey = GreyPicture(width: plane.width, height: plane.height, pixels: [])
                grey.pixels.reserveCapacity(plane.width * plane.height)
                var row = [Float](repeating: 0, count: plane.width)
                for y in 0..<plane.height {
                    row.withUnsafeMutableBufferPointer { PlaneLuma.row(plane, y, into: $0.baseAddress!) }
                    grey.pixels += row.map { UInt8(max(0, min(255, $0.rounded()))) }
                }
                return grey
            }
        case "grid":
            var r = BinaryReader(try reader.bytes(of: item, limit: 64))
            guard (try? r.u8()) != nil, let flags = try? r.u8(), let rows = try? r.u8(), let columns = try? r.u8(),
                  let width = flags & 1 == 1 ? try? r.u32() : (try? r.u16()).map(UInt32.init),
                  let height = flags & 1 == 1 ? try? r.u32() : (try? r.u16()).map(UInt32.init) else {
                throw MediaBridgeError.heifFailed(reason: "grid item \(item.id) has no readable descriptor")
            }
            guard item.width == width, item.height == height else {
                throw MediaBridgeError.heifFailed(reason: "grid item \(item.id) says \(width)×\(height), its ispe \(item.width.map(String.init) ?? "?")×\(item.height.map(String.init) ?? "?")")
            }
            let byID = Dictionary(facts.items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let ids = item.tiles ?? []
            picture = try assemble(count: ids.count, columns: Int(columns) + 1, rows: Int(rows) + 1, width: Int(width), height: Int(height)) { n in
                guard let t = byID[ids[n]] else { throw MediaBridgeError.heifFailed(reason: "grid tile \(ids[n]) is not an item") }
                return try tile(t)
            }
        default:
            throw MediaBridgeError.heifFailed(reason: "primary item \(item.id) is '\(item.type)', not HEVC")
        }
        // `irot` turns counter-clockwise; Thumbnailer turns clockwise.
        if let degrees = item.rotation, degrees != 0 {
            let turned = Thumbnailer.rotate(picture.pixels, width: picture.width, height: picture.height, degrees: 360 - degrees)
            picture = GreyPicture(width: turned.width, height: turned.height, pixels: turned.pixels)
        }
        if let axis = item.mirror { picture = mirrored(picture, axis: axis) }
        return picture
    }

    /// Lays `count` tiles (row-major, `columns` per row), fetched and decoded one at a time, into a `width` × `height`
    /// grey picture. The grid must be covered the way ISO/IEC 23008-12 requires — equal tiles, only the last row
    /// and column running past the output — which the first tile's size settles before any other is decoded.
    static func assemble(count: Int, columns: Int, rows: Int, width: Int, height: Int, tile: (Int) throws -> HEVCStillDecoder.Tile) throws -> GreyPicture {
        guard columns >= 1, rows >= 1, count == columns * rows else {
            throw MediaBridgeError.heifFailed(reason: "a grid of \(columns)×\(rows) needs \(columns * rows) tiles, the item references \(count)")
        }
        guard width > 0, height > 0, width * height <= largestGridPixels else {
            throw MediaBridgeError.heifFailed(reason: "grid output \(width)×\(height) not assembled")
        }
        var pixels: [UInt8] = []
        var tileWidth = 0, tileHeight = 0
        for n in 0..<count {
            try HEVCStillDecoder.withPicture(of: try tile(n), index: n) { plane in
                let w = plane.width, h = plane.height
                if n == 0 {
                    guard (columns - 1) * w < width, width <= columns * w, (rows - 1) * h < height, height <= rows * h else {
                        throw MediaBridgeError.heifFailed(reason: "\(columns)×\(rows) tiles of \(w)×\(h) do not cover a \(width)×\(height) grid")
                    }
                    tileWidth = w
                    tileHeight = h
                    pixels = [UInt8](repeating: 0, count: width * height)
                } else if w != tileWidth || h != tileHeight {
                    throw MediaBridgeError.heifFailed(reason: "tile \(n) is \(w)×\(h), the first is \(tileWidth)×\(tileHeight)")
                }
                // The grid's right and bottom tiles may run past the output size: cut off.
                let x0 = (n % columns) * w, y0 = (n / columns) * h
                let copyWidth = min(w, width - x0)
                var row = [Float](repeating: 0, count: w)
                for y in 0..<min(h, height - y0) {
                    row.withUnsafeMutableBufferPointer { PlaneLuma.row(plane, y, into: $0.baseAddress!) }
                    let to = (y0 + y) * width + x0
                    for x in 0..<copyWidth { pixels[to + x] = UInt8(max(0, min(255, row[x].rounded()))) }
                }
            }
        }
        return GreyPicture(width: width, height: height, pixels: pixels)
    }

    /// The picture mirrored (`imir`): axis 0 is vertical (left and right swap), axis 1 horizontal (top and bottom).
    static func mirrored(_ p: GreyPicture, axis: Int) -> GreyPicture {
        let w = p.width, h = p.height
        var out = [UInt8](repeating: 0, count: w * h)
        for y in 0..<h {
            for x in 0..<w {
                let to = axis == 0 ? y * w + (w - 1 - x) : (h - 1 - y) * w + x
                out[to] = p.pixels[y * w + x]
            }
        }
        return GreyPicture(width: w, height: h, pixels: out)
    }
}
