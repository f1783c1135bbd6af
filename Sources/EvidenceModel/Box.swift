/// One ISO-BMFF / QuickTime box (ISO/IEC 14496-12 §4.2) as found in the file: its type, where it
/// starts, how many bytes it declares, and its children when it is a container we descend into.
public struct Box: Sendable, Codable, Equatable {
    /// Four-character type; non-printable bytes are escaped as `\xNN`.
    public var type: String
    /// Byte offset of the box header from the start of the file.
    public var offset: Int64
    /// Declared size including the header (for `size == 0` boxes: up to the end of the parent).
    public var size: Int64
    /// 8, 16 (64-bit `largesize`), plus 16 for `uuid` boxes.
    public var headerSize: Int
    /// Extended type of `uuid` boxes, as 32 hex digits.
    public var uuid: String?
    public var children: [Box]
    /// Set when the declared size runs past the end of the parent or file.
    public var truncated: Bool

    public init(type: String, offset: Int64, size: Int64, headerSize: Int, uuid: String? = nil, children: [Box] = [], truncated: Bool = false) {
        self.type = type
        self.offset = offset
        self.size = size
        self.headerSize = headerSize
        self.uuid = uuid
        self.children = children
        self.truncated = truncated
    }

    public var payloadOffset: Int64 { offset + Int64(headerSize) }
    public var payloadSize: Int64 { max(0, size - Int64(headerSize)) }

    /// First child of type `type`.
    public func child(_ type: String) -> Box? { children.first { $0.type == type } }
    public func children(_ type: String) -> [Box] { children.filter { $0.type == type } }

    /// Follows a path of child types, e.g. `["mdia", "minf", "stbl"]`.
    public func descendant(_ path: [String]) -> Box? {
        var box = self
        for t in path {
            guard let next = box.child(t) else { return nil }
            box = next
        }
        return box
    }

    public enum CodingKeys: String, CodingKey { case type, offset, size, headerSize, uuid, children, truncated }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(offset, forKey: .offset)
        try c.encode(size, forKey: .size)
        try c.encode(headerSize, forKey: .headerSize)
        try c.encodeIfPresent(uuid, forKey: .uuid)
        if !children.isEmpty { try c.encode(children, forKey: .children) }
        if truncated { try c.encode(true, forKey: .truncated) }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        type = try c.decode(String.self, forKey: .type)
        offset = try c.decode(Int64.self, forKey: .offset)
        size = try c.decode(Int64.self, forKey: .size)
        headerSize = try c.decode(Int.self, forKey: .headerSize)
        uuid = try c.decodeIfPresent(String.self, forKey: .uuid)
        children = try c.decodeIfPresent([Box].self, forKey: .children) ?? []
        truncated = try c.decodeIfPresent(Bool.self, forKey: .truncated) ?? false
    }
}

/// Whether the walk accounted for every byte of the file, and if not, where and why it stopped.
public struct Coverage: Sendable, Codable, Equatable {
    public var fileBytes: Int64
    /// Bytes from the start of the file covered by consecutive top-level boxes or segments.
    public var coveredBytes: Int64
    public var complete: Bool
    /// Offset at which the walk stopped, when incomplete.
    public var stoppedAt: Int64?
    public var reason: String?

    public init(fileBytes: Int64, coveredBytes: Int64, complete: Bool, stoppedAt: Int64? = nil, reason: String? = nil) {
        self.fileBytes = fileBytes
        self.coveredBytes = coveredBytes
        self.complete = complete
        self.stoppedAt = stoppedAt
        self.reason = reason
    }
}

/// An irregularity found while walking: where it is and what it is, in plain words.
public struct StructureNote: Sendable, Codable, Equatable {
    public var offset: Int64
    public var message: String

    public init(offset: Int64, message: String) {
        self.offset = offset
        self.message = message
    }
}

/// The result of walking an ISO-BMFF file.
public struct BoxTree: Sendable, Codable, Equatable {
    public var boxes: [Box]
    public var coverage: Coverage
    public var notes: [StructureNote]

    /// All boxes in file order, depth first, with their depth and path (for printing and searching).
    public func flattened() -> [(box: Box, depth: Int, path: String)] { boxes.flattened() }

    public func first(_ type: String) -> Box? { boxes.first { $0.type == type } }

    public init(boxes: [Box], coverage: Coverage, notes: [StructureNote]) {
        self.boxes = boxes
        self.coverage = coverage
        self.notes = notes
    }
}

extension Array where Element == Box {
    /// These boxes and all they contain, in file order, depth first, each with its depth and its path from
    /// the top ("moov/trak/mdia").
    public func flattened() -> [(box: Box, depth: Int, path: String)] {
        var out: [(Box, Int, String)] = []
        func visit(_ b: Box, _ depth: Int, _ prefix: String) {
            let path = prefix.isEmpty ? b.type : prefix + "/" + b.type
            out.append((b, depth, path))
            for c in b.children { visit(c, depth + 1, path) }
        }
        for b in self { visit(b, 0, "") }
        return out
    }
}
