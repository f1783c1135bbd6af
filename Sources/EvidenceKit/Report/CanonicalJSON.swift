#if canImport(FoundationEssentials)
import FoundationEssentials // JSONEncoder without ICU: keeps every process small and quick to start
#else
import Foundation
#endif

/// The one JSON encoder every command uses: keys sorted, slashes unescaped, one line per value,
/// so the same inspection always serialises to the same bytes (DESIGN: stable, signable output).
public enum CanonicalJSON {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }
}

/// `evidence hash --json` output: the contract's `file` block with its schema version.
public struct HashRecord: Sendable, Codable, Equatable {
    public var schemaVersion = 1
    public var file: FileIdentity
    /// With `--perceptual`: the photo's PDQ hash as displayed, and its dihedral variants.
    public var perceptual: PhotoPerceptualHash?
    public var tool = ToolInfo()
    public init(file: FileIdentity, perceptual: PhotoPerceptualHash? = nil) {
        self.file = file
        self.perceptual = perceptual
    }
}

/// `evidence hash --frames --json`: one line per hashed picture.
/// One line of `evidence hash --packets --json`.
public struct PacketHashRecord: Sendable, Codable, Equatable {
    public var schemaVersion = 1
    public var path: String
    public var packet: PacketRecord
    public init(path: String, packet: PacketRecord) {
        self.path = path
        self.packet = packet
    }
}

public struct FrameHashRecord: Sendable, Codable, Equatable {
    public var schemaVersion = 1
    public var path: String
    public var frame: FrameRecord
    public init(path: String, frame: FrameRecord) {
        self.path = path
        self.frame = frame
    }
}
