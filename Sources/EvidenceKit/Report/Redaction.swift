#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Removes from a report record the values that identify a person or a device (and, when asked, a place),
/// the reporter's contact and the file name, and says what kind it removed and how many — never the value
/// (issue 17). The hashes stay: they identify the file, not a person.
///
/// Two passes. First the model's own marks (`Identifies` on metadata rows, positions in the capture facts,
/// the reporter's contact, the path) remove each value where it is stored. Then every string of the record
/// (finding messages and evidence, explanations, the reproduce command) is searched for those same values,
/// so that a finding quoting a serial number or a file name does not give it back.
public enum Redaction {
    public static let placeholder = "[—]"

    public static func apply(to record: ReportRecord, positions: Bool) -> ReportRecord {
        var r = record
        var removed: [String: Set<String>] = [:]
        func take(_ kind: String, _ value: String?) {
            guard let v = value.map({ String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }), !v.isEmpty, v != placeholder else { return }
            removed[kind, default: []].insert(v)
        }

        // Metadata rows the model marks.
        for t in r.metadataTables.indices {
            for i in r.metadataTables[t].rows.indices {
                let row = r.metadataTables[t].rows[i]
                guard let kind = row.identifies, kind != .place || positions else { continue }
                take(kind.rawValue, row.value)
                r.metadataTables[t].rows[i].value = placeholder
            }
        }
        // The file's name and folder, which a reporter often names after themselves.
        let path = r.verification.file.path
        take("file name", path)
        let base = path.split(separator: "/").last.map(String.init) ?? path
        take("file name", base)
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { take("file name", String(base[..<dot])) }
        r.verification.file.path = placeholder
        // The reporter's contact from the ledger.
        if var subs = r.submissions {
            for i in subs.indices {
                if let c = subs[i].reporter {
                    for v in [c.name, c.idNumber, c.phone, c.address] { take("reporter", v) }
                    subs[i].reporter = nil
                }
            }
            r.submissions = subs
        }
        // Positions: the structured values, and their usual spellings in the text.
        var coordinateTexts: Set<String> = []
        if positions {
            var points: [(Double, Double)] = []
            if let g = r.verification.metadata.gps { points.append((g.lat, g.lon)) }
            if let c = r.verification.metadata.capture {
                points += c.places.map { ($0.lat, $0.lon) }
                points += (c.track ?? []).map { ($0.lat, $0.lon) }
            }
            if !points.isEmpty { removed["place", default: []].formUnion(points.map { "\($0.0),\($0.1)" }) }
            for (lat, lon) in points {
                for v in [lat, lon] { coordinateTexts.formUnion(spellings(v)) }
            }
            r.verification.metadata.gps = nil
            r.verification.metadata.capture?.places = []
            r.verification.metadata.capture?.track = nil
            r.verification.metadata.capture?.placeSpreadMetres = nil
        }

        // Second pass: every remaining string of the record.
        let values = removed.values.flatMap { $0 }.filter { $0.count >= 3 } + coordinateTexts
        let longestFirst = Array(Set(values)).sorted { ($0.count, $0) > ($1.count, $1) }
        if !longestFirst.isEmpty, let data = try? JSONEncoder().encode(r), let tree = try? JSONDecoder().decode(JSONValue.self, from: data) {
            let cleaned = tree.mappingStrings { s in
                var s = s
                for v in longestFirst where s.contains(v) { s = s.replacing(v, with: placeholder) }
                return s
            }
            if let back = try? JSONEncoder().encode(cleaned), let decoded = try? JSONDecoder().decode(ReportRecord.self, from: back) { r = decoded }
        }
        r.redaction = ReportRedaction(removed: removed.mapValues(\.count).filter { $0.value > 0 }, placeholder: placeholder)
        return r
    }

    /// How a coordinate is written in messages and tables: 4 to 7 decimals, with a decimal point or (Vietnamese) a comma.
    static func spellings(_ v: Double) -> Set<String> {
        var out: Set<String> = []
        for places in 4...7 {
            let dot = MessageRenderer.decimal(v, places: places, comma: false)
            out.insert(dot)
            out.insert(MessageRenderer.decimal(v, places: places, comma: true))
        }
        out.insert("\(v)")
        return out
    }
}
