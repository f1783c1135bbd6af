import EvidenceKit
import Foundation

/// The submissions a batch is given: folders walked recursively, or manifests (CSV or JSON Lines).
public struct BatchInputs: Sendable {
    public var items: [WorkItem] = []
    /// Files left out of folder walks: hidden names, non-regular files (FIFOs, sockets, devices), and symbolic
    /// links that lead out of the folder.
    public var skippedHidden = 0
    public var skippedNonRegular = 0
    public var skippedSymlinks = 0

    public init() {}

    /// Reads each argument: a folder, or a manifest by its extension (`.csv`, `.jsonl`/`.ndjson`/`.json`).
    public static func read(_ arguments: [String]) throws -> BatchInputs {
        var out = BatchInputs()
        for a in arguments {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: a, isDirectory: &isDir) else { throw InputError.missing(a) }
            if isDir.boolValue {
                try out.walk(folder: a)
            } else {
                let lower = a.lowercased()
                let text = String(decoding: try FileBytes.read(a), as: UTF8.self)
                let base = (a as NSString).deletingLastPathComponent
                if lower.hasSuffix(".csv") {
                    out.items += try Manifest.csv(text, base: base, name: a)
                } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".json") {
                    out.items += try Manifest.jsonLines(text, base: base, name: a)
                } else {
                    throw InputError.notFolderOrManifest(a)
                }
            }
        }
        var seen = Set<String>()
        for i in out.items where !seen.insert(i.submission).inserted { throw InputError.duplicateSubmission(i.submission) }
        return out
    }

    /// Every regular, non-hidden file under `folder`, in name order; its submission id is its path as found.
    /// Symbolic links are followed only when they resolve inside the folder.
    mutating func walk(folder: String) throws {
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        var found: [String] = []
        func visit(_ dir: String) throws {
            let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
            for name in names {
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                if name.hasPrefix(".") { skippedHidden += 1; continue }
                var st = stat()
                guard lstat(path, &st) == 0 else { skippedNonRegular += 1; continue }
                var mode = st.st_mode & S_IFMT
                if mode == S_IFLNK {
                    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                    guard target == root || target.hasPrefix(root + "/"), stat(path, &st) == 0 else { skippedSymlinks += 1; continue }
                    mode = st.st_mode & S_IFMT
                    if mode == S_IFDIR { skippedSymlinks += 1; continue } // never walk a folder twice through a link
                }
                if mode == S_IFDIR {
                    try visit(path)
                } else if mode == S_IFREG {
                    found.append(path)
                } else {
                    skippedNonRegular += 1
                }
            }
        }
        try visit(folder)
        items += found.map { WorkItem(submission: $0, path: $0) }
    }
}

/// Manifest formats. Columns (CSV header, or JSON keys): `submission` (or `submission_id`, `id`), `path` (or
/// `file`), and optionally `claimed_time`, `claimed_place` (`lat,lon` or an address), `received_time`, `channel`,
/// and the reporter's `reporter_name`, `reporter_id`, `reporter_phone`, `reporter_address` (kept apart). JSON
/// keys may also be camelCase (`claimedTime`…). Relative paths are relative to the manifest's folder.
public enum Manifest {
    static let aliases: [String: String] = [
        "submission": "submission", "submission_id": "submission", "submissionid": "submission", "id": "submission",
        "path": "path", "file": "path", "file_path": "path", "filepath": "path",
        "claimed_time": "claimed_time", "claimedtime": "claimed_time", "claimed_place": "claimed_place", "claimedplace": "claimed_place",
        "received_time": "received_time", "receivedtime": "received_time", "channel": "channel",
        "reporter_name": "reporter_name", "reportername": "reporter_name", "reporter_id": "reporter_id", "reporterid": "reporter_id",
        "reporter_id_number": "reporter_id", "reporter_phone": "reporter_phone", "reporterphone": "reporter_phone",
        "reporter_address": "reporter_address", "reporteraddress": "reporter_address",
    ]

    public static func csv(_ text: String, base: String, name: String) throws -> [WorkItem] {
        let records = try CSV.parse(text)
        guard let header = records.first else { return [] }
        let keys = header.map { aliases[$0.trimmingCharacters(in: .whitespaces).lowercased()] ?? "" }
        guard keys.contains("submission"), keys.contains("path") else { throw InputError.manifestColumns(name) }
        var out: [WorkItem] = []
        for (n, record) in records.dropFirst().enumerated() where !(record.count == 1 && record[0].isEmpty) {
            var fields: [String: String] = [:]
            for (i, v) in record.enumerated() where i < keys.count && !keys[i].isEmpty {
                let t = v.trimmingCharacters(in: .whitespaces)
                if !t.isEmpty { fields[keys[i]] = t }
            }
            out.append(try item(fields, base: base, name: name, line: n + 2))
        }
        return out
    }

    public static func jsonLines(_ text: String, base: String, name: String) throws -> [WorkItem] {
        var out: [WorkItem] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(t.utf8)) as? [String: Any] else { throw InputError.manifestLine(name, n + 1) }
            var fields: [String: String] = [:]
            func add(_ k: String, _ v: Any) {
                guard let key = aliases[k.lowercased()] else { return }
                if let s = v as? String, !s.isEmpty { fields[key] = s } else if let d = v as? NSNumber { fields[key] = d.stringValue }
            }
            for (k, v) in object {
                if k == "reporter", let r = v as? [String: Any] {
                    for (rk, rv) in r { add("reporter_" + (rk == "idNumber" ? "id" : rk), rv) }
                } else if k == "claimedPlace" || k == "claimed_place", let p = v as? [String: Any] {
                    if let lat = p["lat"] as? NSNumber, let lon = p["lon"] as? NSNumber { fields["claimed_place"] = "\(lat),\(lon)" } else if let a = p["address"] as? String { fields["claimed_place"] = a }
                } else {
                    add(k, v)
                }
            }
            out.append(try item(fields, base: base, name: name, line: n + 1))
        }
        return out
    }

    static func item(_ f: [String: String], base: String, name: String, line: Int) throws -> WorkItem {
        guard let id = f["submission"], let p = f["path"] else { throw InputError.manifestLine(name, line) }
        let path = p.hasPrefix("/") || base.isEmpty ? p : base + "/" + p
        let claims = Claims(time: f["claimed_time"], place: f["claimed_place"].map(ClaimedPlace.init(parsing:)))
        let reporter = ReporterContact(name: f["reporter_name"], idNumber: f["reporter_id"], phone: f["reporter_phone"], address: f["reporter_address"])
        return WorkItem(submission: id, path: path, claims: claims.isEmpty ? nil : claims, receivedTime: f["received_time"],
                        channel: f["channel"], reporter: reporter.isEmpty ? nil : reporter)
    }
}

/// RFC 4180 CSV: commas, double-quoted fields with `""` for a quote, CRLF or LF line ends.
enum CSV {
    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, atStart = true
        var it = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return it.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where atStart: quoted = true; atStart = false
            case ",": record.append(field); field = ""; atStart = true
            case "\r": continue
            case "\n": record.append(field); records.append(record); record = []; field = ""; atStart = true
            default: field.unicodeScalars.append(c); atStart = false
            }
        }
        if quoted { throw InputError.csvUnterminatedQuote }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}

public enum InputError: Error, CustomStringConvertible {
    case missing(String)
    case notFolderOrManifest(String)
    case manifestColumns(String)
    case manifestLine(String, Int)
    case duplicateSubmission(String)
    case csvUnterminatedQuote

    public var description: String {
        switch self {
        case let .missing(p): return "\(p): no such file or folder"
        case let .notFolderOrManifest(p): return "\(p): not a folder or a manifest (.csv, .jsonl)"
        case let .manifestColumns(p): return "\(p): the manifest needs the columns submission and path"
        case let .manifestLine(p, n): return "\(p): line \(n) is not a manifest entry (needs submission and path)"
        case let .duplicateSubmission(s): return "submission id \(s) appears twice in the inputs"
        case .csvUnterminatedQuote: return "a quoted CSV field is not closed"
        }
    }
}
