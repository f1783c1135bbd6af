import EvidenceKit

/// GoPro GPMF: nested key-length-value records, SCAL/TYPE-driven structures, GPS fixes.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    for f in GPMF.fixes(bytes) { precondition(f.lat.isFinite || f.lat.isNaN) }
    return 0
}
