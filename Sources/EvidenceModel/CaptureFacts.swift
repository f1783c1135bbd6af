#if canImport(Glibc)
import Glibc // sin, cos, asin
#elseif canImport(Darwin)
import Darwin
#endif

/// The capture time and place a file supports, each with every source that states it (issue 14): a claimed
/// time or place can be checked against these, and sources that disagree are named, not averaged away.
public struct CaptureFacts: Sendable, Codable, Equatable {
    /// Every time the file states for its capture, most trusted first.
    public var times: [TimeSource]
    /// Every position the file states.
    public var places: [PlaceSource]
    /// The largest disagreement in seconds between sources whose moment is known in UTC (nil with fewer than two).
    public var timeSpreadSeconds: Int64?
    /// The largest distance in metres between any two stated positions (nil with fewer than two).
    public var placeSpreadMetres: Double?
    /// A moving camera's GPS track (GoPro GPMF), about one fix a second: a claimed place is compared with every
    /// point of it. Not counted in `placeSpreadMetres` (a track moves by design).
    public var track: [GPSTrackPoint]? = nil

    public init(times: [TimeSource], places: [PlaceSource]) {
        self.times = times
        self.places = places
        let utc = times.compactMap(\.utcSeconds)
        timeSpreadSeconds = utc.count >= 2 ? utc.max()! - utc.min()! : nil
        var spread: Double? = nil
        for (i, a) in places.enumerated() {
            for b in places[(i + 1)...] { spread = max(spread ?? 0, Self.metres(a.lat, a.lon, b.lat, b.lon)) }
        }
        placeSpreadMetres = spread.map { ($0 * 10).rounded() / 10 }
    }

    /// Great-circle distance (haversine, mean Earth radius 6 371 008.8 m).
    public static func metres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = 6_371_008.8, rad = Double.pi / 180
        let dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad
        let a = Self.square(sin(dLat / 2)) + cos(lat1 * rad) * cos(lat2 * rad) * Self.square(sin(dLon / 2))
        return 2 * r * asin(min(1, a.squareRoot()))
    }

    public static func square(_ x: Double) -> Double { x * x }
}

/// One statement of the capture time.
public struct TimeSource: Sendable, Codable, Equatable {
    /// Where it was read: `EXIF DateTimeOriginal`, `EXIF GPS date and time stamp`, `QuickTime creationdate`,
    /// `mvhd creation time`, `file name`.
    public var source: String
    /// As stated, ISO 8601 (with its offset when the file gives one).
    public var value: String
    /// Seconds since 1970 in UTC, when the source's zone is known (stated offset, GPS, or mvhd, which is UTC
    /// by the standard).
    public var utcSeconds: Int64?
    /// Where in the file (byte offset of the box, tag or directory), when known.
    public var byteOffset: Int64?

    public init(source: String, value: String, utcSeconds: Int64? = nil, byteOffset: Int64? = nil) {
        self.source = source
        self.value = value
        self.utcSeconds = utcSeconds
        self.byteOffset = byteOffset
    }
}

/// One statement of the capture position.
public struct PlaceSource: Sendable, Codable, Equatable {
    public var source: String
    public var lat: Double
    public var lon: Double
    public var altitude: Double?
    public var byteOffset: Int64?
    /// A position identifies a person's whereabouts: redacted reports remove it (issue 17).
    public var identifiesPerson: Bool = true

    public init(source: String, lat: Double, lon: Double, altitude: Double? = nil, byteOffset: Int64? = nil, identifiesPerson: Bool = true) {
        self.source = source
        self.lat = lat
        self.lon = lon
        self.altitude = altitude
        self.byteOffset = byteOffset
        self.identifiesPerson = identifiesPerson
    }
}


/// One GPS fix of a track written by the camera while recording (GoPro GPMF `GPS5`/`GPS9` with `GPSU`).
public struct GPSTrackPoint: Sendable, Codable, Equatable {
    public var lat: Double
    public var lon: Double
    public var altitude: Double?
    /// UTC time of the fix as the GPS receiver stated it (ISO 8601 with Z), when stated.
    public var time: String?
    public var utcSeconds: Int64?
    /// Seconds into the recording (the metadata sample's position on the track's timeline).
    public var seconds: Double?
    /// The metadata sample holding the fix.
    public var byteOffset: Int64
    /// GPS fix type (0 none, 2 2D, 3 3D) and dilution of precision ×100, when stated.
    public var fix: Int?
    public var dop: Int?

    public init(lat: Double, lon: Double, altitude: Double? = nil, time: String? = nil, utcSeconds: Int64? = nil, seconds: Double? = nil, byteOffset: Int64, fix: Int? = nil, dop: Int? = nil) {
        self.lat = lat
        self.lon = lon
        self.altitude = altitude
        self.time = time
        self.utcSeconds = utcSeconds
        self.seconds = seconds
        self.byteOffset = byteOffset
        self.fix = fix
        self.dop = dop
    }
}
