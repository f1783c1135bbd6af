import MediaBridge

/// PDQ of a photo as a viewer shows it, with all eight dihedral variants.
///
/// JPEG, PNG, GIF and WebP are decoded by FFmpeg; the stored pixels are hashed and the EXIF
/// orientation (tag 0x0112) is then applied by choosing the matching dihedral variant — PDQ's DCT
/// makes a rotation or mirror a sign change and transpose of the coefficients, so no pixel is moved.
/// HEIF/HEIC is decoded by libheif with the file's own `clap`/`irot`/`imir` applied (HEIF readers
/// ignore EXIF orientation). Hashing what is shown matches copies that messaging apps re-save with
/// the rotation baked in; the variants match copies rotated or mirrored any other way.
public struct PhotoPerceptualHash: Sendable, Codable, Equatable {
    public var pdq: PDQHash
    public var quality: Int
    /// Pixel size of the decoded picture (as stored, before EXIF orientation).
    public var width: Int
    public var height: Int
    /// EXIF orientation applied (1–8), nil when the file records none.
    public var exifOrientation: Int?
    /// Which decoder produced the pixels.
    public var decoder: String
    /// The hash of the displayed picture rotated or mirrored each way (`original` = `pdq`).
    public var dihedral: [String: PDQHash]
    /// With crops asked for (the duplicates index): PDQ of 95 % and 90 % sub-pictures as displayed (`PDQ.cropHashes`).
    public var crops: [PDQHash]? = nil
}

public enum PhotoHasher {
    /// The dihedral variant of the stored picture's hash that equals the displayed picture's hash.
    public static func dihedral(forEXIFOrientation o: Int) -> Dihedral {
        switch o {
        case 2: return .flipY
        case 3: return .rotate180
        case 4: return .flipX
        case 5: return .flipPlus1
        case 6: return .rotate270
        case 7: return .flipMinus1
        case 8: return .rotate90
        default: return .original
        }
    }

    /// Hash of the photo at `path`; `family` and `orientation` come from the inspection.
    public static func hash(path: String, family: FileFamily, exifOrientation: Int?, crops: Bool = false) throws(InspectionError) -> PhotoPerceptualHash {
        do {
            if family == .heif {
                // Read whole (refusing FIFOs and devices, as every open does): libheif, or our own item walk when
                // this libheif refuses the file, decodes from memory.
                let file = try RandomAccessFile(path: path)
                guard file.size <= 256 << 20 else { throw MediaBridgeError.heifFailed(reason: "a HEIF file of \(file.size) bytes is not decoded in memory") }
                let d = try HEIFPictures(bytes: try file.read(at: 0, count: Int(file.size)))
                return try d.withPicture { plane in
                    var h = make(PDQ.dihedralHashes(plane, exact: true), plane: plane, orientation: nil, decoder: d.decoder)
                    if crops { h.crops = PDQ.cropHashes(plane, shownAs: .original) }
                    return h
                }
            }
            let d = try VideoDecoder(path: path, threads: 1)
            guard try d.nextFrame() != nil else { throw MediaBridgeError.decodeFailed(frameIndex: 0, byteOffset: nil, reason: "no picture decoded") }
            return try d.withCurrentPicture { plane in
                var h = make(PDQ.dihedralHashes(plane, exact: true), plane: plane, orientation: exifOrientation, decoder: "FFmpeg \(d.codecName)")
                if crops { h.crops = PDQ.cropHashes(plane, shownAs: dihedral(forEXIFOrientation: exifOrientation ?? 1)) }
                return h
            }
        } catch let e as MediaBridgeError {
            throw .unreadable(path: path, reason: e.description, partial: nil)
        } catch {
            throw .unreadable(path: path, reason: "\(error)", partial: nil)
        }
    }

    static func make(_ stored: (hashes: [Dihedral: PDQHash], quality: Int), plane: PlaneView, orientation: Int?, decoder: String) -> PhotoPerceptualHash {
        let shownAs = dihedral(forEXIFOrientation: orientation ?? 1)
        // Variants of the displayed picture: compose "stored → displayed" with each transform.
        var variants: [String: PDQHash] = [:]
        for d in Dihedral.allCases { variants[d.rawValue] = stored.hashes[compose(shownAs, then: d)] }
        return PhotoPerceptualHash(pdq: stored.hashes[shownAs]!, quality: stored.quality, width: plane.width, height: plane.height,
                                   exifOrientation: orientation, decoder: decoder, dihedral: variants)
    }

    /// The single transform equal to applying `a` and then `b` (the dihedral group D4).
    static func compose(_ a: Dihedral, then b: Dihedral) -> Dihedral {
        // Represent each as (rotation quarter-turns r, mirrored m): x ↦ R^r M^m x.
        func parts(_ d: Dihedral) -> (Int, Bool) {
            switch d {
            case .original: return (0, false)
            case .rotate90: return (1, false)
            case .rotate180: return (2, false)
            case .rotate270: return (3, false)
            case .flipY: return (0, true)
            case .flipPlus1: return (1, true)
            case .flipX: return (2, true)
            case .flipMinus1: return (3, true)
            }
        }
        func make(_ r: Int, _ m: Bool) -> Dihedral {
            let table: [Dihedral] = m ? [.flipY, .flipPlus1, .flipX, .flipMinus1] : [.original, .rotate90, .rotate180, .rotate270]
            return table[((r % 4) + 4) % 4]
        }
        let (ra, ma) = parts(a), (rb, mb) = parts(b)
        // (R^rb M^mb)(R^ra M^ma) = R^(rb ± ra) M^(ma xor mb): a mirror reverses the rotation that follows it.
        return make(rb + (mb ? -ra : ra), ma != mb)
    }
}
