/// Read-only view of a decoded picture's brightness information, valid only inside the closure
/// that receives it (the pointer never escapes MediaBridge's owner).
public struct PlaneView {
    public enum Layout: Sendable, Equatable {
        /// A luma (Y or grey) component: `step` bytes between samples, `offset` to the first,
        /// `bitDepth` bits (8 → one byte, more → two bytes, `bigEndian` as flagged), `shift` right.
        case luma(step: Int, offset: Int, bitDepth: Int, shift: Int, bigEndian: Bool, fullRange: Bool)
        /// Packed 8-bit RGB: byte offsets of R, G and B within a pixel of `step` bytes.
        case rgb(step: Int, r: Int, g: Int, b: Int)
    }

    public let base: UnsafeRawPointer
    public let width: Int
    public let height: Int
    /// Bytes from one row to the next.
    public let stride: Int
    public let layout: Layout

    public init(base: UnsafeRawPointer, width: Int, height: Int, stride: Int, layout: Layout) {
        self.base = base
        self.width = width
        self.height = height
        self.stride = stride
        self.layout = layout
    }
}
