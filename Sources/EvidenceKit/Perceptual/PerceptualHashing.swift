import MediaBridge

/// Entry points the CLI uses for `evidence hash --perceptual`.
public enum PerceptualHashing {
    /// SHA-256 identity plus the PDQ hash of a photo. Videos are refused with a pointer to `--frames`.
    public static func photo(path: String, crops: Bool = false) throws(InspectionError) -> HashRecord {
        let inspection = try Inspector(imageDataHash: true).inspect(path: path)
        guard inspection.kind == .photo else {
            throw .unreadable(path: path, reason: "is a \(inspection.kind.rawValue), not a photo: use --frames to hash its pictures", partial: nil)
        }
        let family: FileFamily
        do {
            let head = try RandomAccessFile(path: path).read(at: 0, count: 64)
            family = Sniffer.family(of: head)
        } catch {
            throw .unreadable(path: path, reason: "\(error)", partial: nil)
        }
        let orientation = inspection.exif?.summary.orientation
        let pdq = try PhotoHasher.hash(path: path, family: family, exifOrientation: orientation, crops: crops)
        return HashRecord(file: inspection.file, perceptual: pdq)
    }
}
