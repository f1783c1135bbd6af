internal import CFFmpeg

/// Decodes one coded HEVC picture held in memory — a HEIF `hvc1` image item, or one tile of a `grid` — with
/// libavcodec, for the HEIF files this build's libheif refuses (Debian 12's 1.15 and the gain-map items of iOS 18
/// and later, whose pictures are plain HEVC all the same). Laying tiles out is the reading layer's
/// (`HEIFPictures`); everything C lives inside the call.
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

    /// No coded picture is decoded beyond this (libavcodec's `max_pixels`): 8192 × 8192, far above a camera's
    /// 512 × 512 tiles, so a hostile parameter set cannot take gigabytes.
    public static let largestPixels: Int64 = 8192 * 8192

    /// Decodes `tile` in a decoder of its own (tiles are independent intra pictures) and hands its picture to
    /// `body`, valid inside it only.
    public static func withPicture<R>(of tile: Tile, index: Int = 0, _ body: (PlaneView) throws -> R) throws -> R {
        guard !tile.configuration.isEmpty, !tile.sample.isEmpty, tile.sample.count <= 64 << 20 else {
            throw MediaBridgeError.heifFailed(reason: "tile \(index) has no configuration or no coded bytes")
        }
        let av = try FFmpegCalls.library()
        return try FFmpegCalls.decodeSinglePicture(av, codec: AV_CODEC_ID_HEVC, name: "hevc", extradata: tile.configuration,
                                                   packet: tile.sample, index: index, maxPixels: largestPixels) { frame in
            try VideoDecoder.withPlane(of: frame, av: av, body)
        }
    }
}
