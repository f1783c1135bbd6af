/// A small grey picture of a decoded frame or photo, for the court report: the brightness plane averaged
/// over boxes (no colour: the decoders hand over luma, which is all the hashing needs), turned as the file
/// says it is shown.
public struct GreyThumbnail: Sendable, Equatable {
    public var frame: Int?
    public var seconds: Double?
    public var width: Int
    public var height: Int
    public var pixels: [UInt8]

    public init(frame: Int?, seconds: Double?, width: Int, height: Int, pixels: [UInt8]) {
        self.frame = frame
        self.seconds = seconds
        self.width = width
        self.height = height
        self.pixels = pixels
    }
}
