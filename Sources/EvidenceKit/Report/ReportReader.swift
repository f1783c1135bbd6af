#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MediaBridge

/// Reads back what `verify-report` needs from a report in any of its formats: the records (JSON and HTML),
/// the hashes of the files they are about, the signing key they name, and an embedded time-stamp.
public struct ReportReader: Sendable {
    public var format: ReportFormat
    /// The records, for JSON and HTML (a PDF carries only their hashes, in its Keywords).
    public var records: [ReportRecord]?
    public var recordHashes: [String]
    /// SHA-256 of the JSON document the records make (what a time-stamp request covers).
    public var recordDigest: [UInt8]
    public var fileHashes: [String]
    public var signerFingerprints: [String]
    public var trustedTime: TrustedTimeStamp?

    public static func read(_ bytes: [UInt8]) -> ReportReader? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return pdf(bytes) }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("<!DOCTYPE html") { return html(text) }
        if text.hasPrefix("{") {
            let records = text.split(separator: "\n").compactMap { try? JSONDecoder().decode(ReportRecord.self, from: Data($0.utf8)) }
            guard !records.isEmpty else { return nil }
            return ReportReader(format: .json, records: records, trustedTime: nil)
        }
        return nil
    }

    init(format: ReportFormat, records: [ReportRecord], trustedTime: TrustedTimeStamp?) {
        self.format = format
        self.records = records
        recordHashes = records.map(ReportDocument.recordSHA256)
        recordDigest = (try? ReportDocument.json(records)).map(ReportSigning.sha256) ?? []
        fileHashes = records.map(\.verification.file.sha256)
        signerFingerprints = records.compactMap(\.signer?.publicKeyFingerprint)
        self.trustedTime = trustedTime
    }

    static func html(_ text: String) -> ReportReader? {
        guard let json = between(text, "<script type=\"application/json\" id=\"evidence-records\">", "</script>") else { return nil }
        let records = json.split(separator: "\n").compactMap { try? JSONDecoder().decode(ReportRecord.self, from: Data($0.utf8)) }
        guard !records.isEmpty else { return nil }
        var stamp: TrustedTimeStamp? = nil
        if let b64 = between(text, "<script type=\"application/octet-stream\" id=\"evidence-timestamp\">", "</script>"),
           let reply = Data(base64Encoded: b64).map(Array.init), let token = TimeStamp.read(reply: reply) {
            let digest = (try? ReportDocument.json(records)).map(ReportSigning.sha256) ?? []
            if case let .success(s) = ReportSigning.timeStamp(reply: reply, sha256: digest, caFile: nil) { stamp = s } else {
                stamp = TrustedTimeStamp(reply: reply, token: token, check: "does not cover these records")
            }
        }
        return ReportReader(format: .html, records: records, trustedTime: stamp)
    }

    /// A PDF from `evidence report` names its file and record hashes in the document information's Keywords.
    static func pdf(_ bytes: [UInt8]) -> ReportReader? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let keywords = between(text, "/Keywords (", ")") else { return nil }
        var files: [String] = [], records: [String] = []
        for word in keywords.split(separator: " ") {
            if word.hasPrefix("file-sha256:") { files.append(String(word.dropFirst(12))) }
            if word.hasPrefix("record-sha256:") { records.append(String(word.dropFirst(14))) }
        }
        guard !files.isEmpty else { return nil }
        var r = ReportReader(format: .pdf, records: [], trustedTime: nil)
        r.records = nil
        r.recordHashes = records
        r.fileHashes = files
        return r
    }

    static func between(_ text: String, _ open: String, _ close: String) -> String? {
        guard let a = text.firstRange(of: open), let b = text[a.upperBound...].firstRange(of: close) else { return nil }
        return String(text[a.upperBound..<b.lowerBound])
    }
}
