import EvidenceKit

/// TIFF/EXIF: our directory reader (`TIFFDirectory`: IFD chains, value offsets, rationals, the thumbnail pointer)
/// on its own, then libexif and the summary built from both (dates, GPS, orientation, maker note position).
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = ExifReport.layout(tiff: bytes)
    _ = ExifReport.parse(tiff: bytes)
    return 0
}
