/// What a submission says about its file: when and where the violation happened (issue 15). A manifest
/// gives them; the claim check compares them with what the file itself supports.
public struct Claims: Sendable, Codable, Equatable {
    /// As written: ISO 8601 with a zone (`2026-12-01T08:30:00+07:00`), or without one (local civil time),
    /// or Unix seconds.
    public var time: String?
    /// A position as coordinates, or an address the tool cannot check without a gazetteer.
    public var place: ClaimedPlace?

    public init(time: String? = nil, place: ClaimedPlace? = nil) {
        self.time = time
        self.place = place
    }

    public var isEmpty: Bool { time == nil && place == nil }
}

/// A claimed place: coordinates when given as `lat,lon`, else the address text.
public struct ClaimedPlace: Sendable, Codable, Equatable {
    public var lat: Double?
    public var lon: Double?
    public var address: String?

    public init(lat: Double? = nil, lon: Double? = nil, address: String? = nil) {
        self.lat = lat
        self.lon = lon
        self.address = address
    }

    /// `"21.8537,106.7615"` (also with a space, or `;`) → coordinates; anything else → address text.
    public init(parsing text: String) {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).map(String.init)
        if parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]), abs(a) <= 90, abs(b) <= 180 {
            self.init(lat: a, lon: b)
        } else {
            self.init(address: text)
        }
    }
}

/// Who sent a submission, from the manifest: kept apart from results (issue 15), never exported or reported
/// unless asked for by name.
public struct ReporterContact: Sendable, Codable, Equatable {
    public var name: String?
    public var idNumber: String?
    public var phone: String?
    public var address: String?

    public init(name: String? = nil, idNumber: String? = nil, phone: String? = nil, address: String? = nil) {
        self.name = name
        self.idNumber = idNumber
        self.phone = phone
        self.address = address
    }

    public var isEmpty: Bool { name == nil && idNumber == nil && phone == nil && address == nil }
}
