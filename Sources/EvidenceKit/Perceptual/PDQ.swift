#if canImport(Glibc)
import Glibc // cos, sqrt for the DCT matrix
#elseif canImport(Darwin)
import Darwin
#endif

/// PDQ perceptual hashing of a luminance image: Jarosz tent-filter downsample to 64×64, 16×16 DCT
/// (coefficients 1…16, no DC), median threshold; quality from the 64×64 image's gradients.
///
/// The arithmetic follows the reference implementation step for step in 32-bit floats (same
/// operation order, same rounding), so on the same luminance values the bits are identical to
/// ThreatExchange's C++ and to PyPI `pdqhash`: `PDQTests` and `tools/pdq-interop` check it.
public enum PDQ {
    /// Smallest side the reference hashes; smaller images get the zero hash, quality 0.
    public static let minimumDimension = 5

    /// 16×64 DCT-II rows 1…16, scaled by √(2/64), stored row-major as the reference computes it.
    static let dctMatrix: [Float] = {
        let scale = Float(sqrt(2.0 / 64.0))
        var m = [Float](repeating: 0, count: 16 * 64)
        for i in 0..<16 {
            for j in 0..<64 {
                m[i * 64 + j] = Float(Double(scale) * cos((Double.pi / 2.0 / 64.0) * Double(i + 1) * Double(2 * j + 1)))
            }
        }
        return m
    }()

    /// Luminance of 8-bit RGB as the reference computes it: 0.299 R + 0.587 G + 0.114 B in floats.
    @inline(__always)
    public static func luma(r: UInt8, g: UInt8, b: UInt8) -> Float {
        Float(0.299) * Float(r) + Float(0.587) * Float(g) + Float(0.114) * Float(b)
    }

    /// Hash of a `rows × cols` row-major luminance image (values 0…255). `luma` is used as scratch.
    public static func hash(luma: inout [Float], rows: Int, cols: Int) -> PDQResult {
        guard let (dct, quality) = dct16(luma: &luma, rows: rows, cols: cols) else { return PDQResult(hash: .zero, quality: 0) }
        return PDQResult(hash: bits(dct), quality: quality)
    }

    /// All eight dihedral hashes (same quality), from one downsample and DCT.
    public static func dihedralHashes(luma: inout [Float], rows: Int, cols: Int) -> (hashes: [Dihedral: PDQHash], quality: Int) {
        guard let (dct, quality) = dct16(luma: &luma, rows: rows, cols: cols) else {
            return (Dictionary(uniqueKeysWithValues: Dihedral.allCases.map { ($0, PDQHash.zero) }), 0)
        }
        var out: [Dihedral: PDQHash] = [:]
        for d in Dihedral.allCases { out[d] = bits(transform(dct, d)) }
        return (out, quality)
    }

    /// EXIF-style orientation (1, 3, 6, 8) that shows a picture stored with this display-matrix
    /// rotation (degrees counter-clockwise, FFmpeg's convention) the way players show it.
    public static func orientation(forDisplayRotation degrees: Double) -> Int {
        switch Int((degrees.truncatingRemainder(dividingBy: 360) + 360).rounded()) % 360 {
        case 90: return 8
        case 180: return 3
        case 270: return 6
        default: return 1
        }
    }

    // MARK: steps

    static func dct16(luma: inout [Float], rows: Int, cols: Int) -> ([Float], Int)? {
        guard rows >= minimumDimension, cols >= minimumDimension, luma.count >= rows * cols else { return nil }
        var block = [Float](repeating: 0, count: 64 * 64)
        if rows == 64 && cols == 64 {
            block = Array(luma.prefix(4096))
        } else {
            jaroszFilter(&luma, rows: rows, cols: cols, windowAlongRows: window(cols), windowAlongCols: window(rows), passes: 2)
            decimate(luma, rows: rows, cols: cols, into: &block)
        }
        return (dct64To16(block), quality(block))
    }

    /// Half of a 1/64 block per pass: ⌈dimension / 128⌉ (two passes make the full block).
    static func window(_ dimension: Int) -> Int { (dimension + 2 * 64 - 1) / (2 * 64) }

    /// Jarosz, "Fast image convolutions" (SIGGRAPH 2001): X, Y, X, Y box passes make a tent filter.
    static func jaroszFilter(_ buffer: inout [Float], rows: Int, cols: Int, windowAlongRows: Int, windowAlongCols: Int, passes: Int) {
        var scratch = [Float](repeating: 0, count: rows * cols)
        buffer.withUnsafeMutableBufferPointer { a in
            scratch.withUnsafeMutableBufferPointer { b in
                for _ in 0..<passes {
                    for i in 0..<rows { box1D(a.baseAddress! + i * cols, b.baseAddress! + i * cols, length: cols, stride: 1, window: windowAlongRows) }
                    for j in 0..<cols { box1D(b.baseAddress! + j, a.baseAddress! + j, length: rows, stride: cols, window: windowAlongCols) }
                }
            }
        }
    }

    /// Running-sum box filter whose window shrinks at both ends (the reference's four phases).
    @inline(__always)
    static func box1D(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, length: Int, stride: Int, window: Int) {
        let half = (window + 2) / 2
        let phase1 = half - 1, phase2 = window - half + 1, phase3 = length - window, phase4 = half - 1
        var li = 0, ri = 0, oi = 0
        var sum: Float = 0
        var count = 0
        for _ in 0..<max(0, phase1) { sum += input[ri]; count += 1; ri += stride }
        for _ in 0..<max(0, phase2) { sum += input[ri]; count += 1; output[oi] = sum / Float(count); ri += stride; oi += stride }
        for _ in 0..<max(0, phase3) {
            sum += input[ri]; sum -= input[li]
            output[oi] = sum / Float(count)
            li += stride; ri += stride; oi += stride
        }
        for _ in 0..<max(0, phase4) { sum -= input[li]; count -= 1; output[oi] = sum / Float(count); li += stride; oi += stride }
    }

    /// Samples the 64×64 centres ("target centres, not corners").
    static func decimate(_ input: [Float], rows: Int, cols: Int, into out: inout [Float]) {
        for i in 0..<64 {
            let ini = Int((Double(i) + 0.5) * Double(rows) / 64)
            for j in 0..<64 {
                let inj = Int((Double(j) + 0.5) * Double(cols) / 64)
                out[i * 64 + j] = input[ini * cols + inj]
            }
        }
    }

    /// Sum of quantised vertical and horizontal gradients / 90, capped at 100.
    static func quality(_ b: [Float]) -> Int {
        var sum = 0
        for i in 0..<63 {
            for j in 0..<64 { sum += abs(Int(((b[i * 64 + j] - b[(i + 1) * 64 + j]) * 100) / 255)) }
        }
        for i in 0..<64 {
            for j in 0..<63 { sum += abs(Int(((b[i * 64 + j] - b[i * 64 + j + 1]) * 100) / 255)) }
        }
        return min(100, sum / 90)
    }

    /// B = D·A·Dᵀ for the 16 lowest non-DC frequencies, summed in the reference's order.
    static func dct64To16(_ a: [Float]) -> [Float] {
        let d = dctMatrix
        var t = [Float](repeating: 0, count: 16 * 64)
        for i in 0..<16 {
            for j in 0..<64 {
                var s: Float = 0
                for k in 0..<64 { s += d[i * 64 + k] * a[k * 64 + j] }
                t[i * 64 + j] = s
            }
        }
        var b = [Float](repeating: 0, count: 256)
        for i in 0..<16 {
            for j in 0..<16 {
                var s: Float = 0
                for k in 0..<64 { s += t[i * 64 + k] * d[j * 64 + k] }
                b[i * 16 + j] = s
            }
        }
        return b
    }

    /// Bit k = 16i + j set when coefficient (i, j) is greater than the median, taken as the
    /// 128th smallest of the 256 values (what Torben's method returns for an even count).
    static func bits(_ dct: [Float]) -> PDQHash {
        let median = dct.sorted()[127]
        var w: [UInt64] = [0, 0, 0, 0]
        for k in 0..<256 where dct[k] > median { w[k >> 6] |= 1 << UInt64(k & 63) }
        return PDQHash(words: (w[0], w[1], w[2], w[3]))
    }

    /// Dihedral transforms act on DCT coefficients as sign changes and a transpose.
    static func transform(_ a: [Float], _ d: Dihedral) -> [Float] {
        var b = [Float](repeating: 0, count: 256)
        for i in 0..<16 {
            for j in 0..<16 {
                let v = a[i * 16 + j]
                switch d {
                case .original: b[i * 16 + j] = v
                case .rotate90: b[j * 16 + i] = j & 1 == 1 ? v : -v
                case .rotate180: b[i * 16 + j] = (i + j) & 1 == 1 ? -v : v
                case .rotate270: b[j * 16 + i] = i & 1 == 1 ? v : -v
                case .flipX: b[i * 16 + j] = i & 1 == 1 ? v : -v
                case .flipY: b[i * 16 + j] = j & 1 == 1 ? v : -v
                case .flipPlus1: b[j * 16 + i] = v
                case .flipMinus1: b[j * 16 + i] = (i + j) & 1 == 1 ? -v : v
                }
            }
        }
        return b
    }
}
