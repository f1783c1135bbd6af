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
        if let tag = between(text, "<script type=\"application/octet-stream\" id=\"evidence-timestamp\" data-check=\"", "</script>"),
           let split = tag.firstRange(of: "\">"),
           let reply = Data(base64Encoded: String(tag[split.upperBound...])).map(Array.init), let token = TimeStamp.read(reply: reply) {
            // The check as the report's maker stated it: part of the page, rebuilt with it. Whether it still
            // checks is verify-report's own question (--tsr, --tsa-ca).
            stamp = TrustedTimeStamp(reply: reply, token: token, check: unescape(String(tag[..<split.lowerBound])))
        }
        return ReportReader(format: .html, records: records, trustedTime: stamp)
    }

    /// A PDF from `evidence report` names its file and record hashes in the document information's Keywords.
    static func pdf(_ bytes: [UInt8]) -> ReportReader? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let keywords = between(text, "/Keywords (", ")") else { return nil }
        var files: [String] = [], records: [String] = [], signers: [String] = []
        for word in keywords.split(separator: " ") {
            if word.hasPrefix("file-sha256:") { files.append(String(word.dropFirst(12))) }
            if word.hasPrefix("record-sha256:") { records.append(String(word.dropFirst(14))) }
            if word.hasPrefix("signer:") { signers.append(String(word.dropFirst(7))) }
        }
        guard !files.isEmpty else { return nil }
        var r = ReportReader(format: .pdf, records: [], trustedTime: nil)
        r.records = nil
        r.recordHashes = records
        r.fileHashes = files
        r.signerFingerprints = signers
        // One record: the JSON document is its one line, so the time-stamped digest is the record's hash.
        if records.count == 1 { r.recordDigest = hexBytes(records[0]) }
        return r
    }

    static func hexBytes(_ hex: String) -> [UInt8] {
        var out: [UInt8] = []
        var i = hex.startIndex
        while i < hex.endIndex, let j = hex.index(i, offsetBy: 2, limitedBy: hex.endIndex), let b = UInt8(hex[i..<j], radix: 16) {
            out.append(b)
            i = j
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        s.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"").replacing("&#39;", with: "'").replacing("&amp;", with: "&")
    }

    static func between(_ text: String, _ open: String, _ close: String) -> String? {
        guard let a = text.firstRange(of: open), let b = text[a.upperBound...].firstRange(of: close) else { return nil }
        return String(text[a.upperBound..<b.lowerBound])
    }
}
