/// What a value says about who or where: values that identify a person, a device or a place are marked
/// in the model, so that redaction (issue 17) removes exactly them and says what kind it removed, without
/// guessing from names at report time.
public enum Identifies: String, Sendable, Codable, Equatable {
    /// A person: owner, artist, author, copyright holder, user comment.
    case person
    /// One device among others of its model: serial numbers, unique image IDs, body and lens serials.
    case device
    /// Where the recording was made: GPS coordinates, location keys.
    case place
}

/// The one table of which fields identify what. Keys are EXIF tag numbers (any directory), QuickTime
/// metadata keys and atoms, and XMP property names.
public enum IdentifyingFields {
    /// EXIF tags, by number: Artist, Copyright, UserComment, CameraOwnerName; ImageUniqueID, BodySerialNumber,
    /// LensSerialNumber. Every tag of the GPS directory identifies a place.
    public static let exif: [UInt16: Identifies] = [
        0x013B: .person, 0x8298: .person, 0x9286: .person, 0xA430: .person,
        0x9C9D: .person, // XPAuthor (Windows)
        0xA420: .device, 0xA431: .device, 0xA435: .device,
    ]

    /// QuickTime `keys` and `udta` items.
    public static let quickTime: [String: Identifies] = [
        "com.apple.quicktime.author": .person, "©aut": .person, "©ART": .person, "©cpy": .person, "com.apple.quicktime.artist": .person,
        "com.apple.quicktime.location.ISO6709": .place, "©xyz": .place, "com.android.location": .place,
        "com.apple.quicktime.location.accuracy.horizontal": .place,
        "com.apple.quicktime.camera.identifier": .device, "com.apple.quicktime.content.identifier": .device,
        "SERIALNUMBER": .device, "CAME": .device, "LENS": .device, // GoPro: camera serial hash, lens serial number
    ]

    /// XMP properties.
    public static let xmp: [String: Identifies] = [
        "dc:creator": .person, "dc:rights": .person, "photoshop:AuthorsPosition": .person, "xmpRights:Owner": .person,
        "aux:SerialNumber": .device, "exifEX:BodySerialNumber": .device, "aux:LensSerialNumber": .device,
        "exif:GPSLatitude": .place, "exif:GPSLongitude": .place,
    ]

    public static func exifTag(_ tag: UInt16, directory: String) -> Identifies? {
        directory == "GPS" ? .place : exif[tag]
    }

    public static func item(_ key: String) -> Identifies? {
        quickTime[key] ?? (key.contains("location") ? .place : nil)
    }

    /// XMP: the table, GPS properties, and every document or instance ID (`xmpMM:DocumentID`, `stRef:instanceID`,
    /// `stEvt:instanceID`…), which are unique IDs that tie a picture to one editing history and one machine.
    public static func xmpProperty(_ name: String) -> Identifies? {
        if let known = xmp[name] { return known }
        if name.hasPrefix("exif:GPS") { return .place }
        let lower = name.lowercased()
        if lower.hasSuffix("documentid") || lower.hasSuffix("instanceid") || lower.contains("serialnumber") { return .device }
        return nil
    }
}
