/// Human-readable rendering of an `Inspection`: a five-second summary first (device, time, place,
/// duration, codec, size), then container, streams, structure, EXIF and XMP sections.
public enum InspectionText {
    public static func render(_ i: Inspection, verbose: Bool = true) -> String {
        var out: [String] = []
        func line(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            out.append("  " + label.padding(12) + value)
        }
        let m = i.metadata
        out.append(i.file.path)
        var kind = i.kind.rawValue
        if let c = m.container { kind += " · " + c }
        line("Kind", kind)
        if let d = m.device {
            var s = [d.make, d.model].compactMap { $0 }.joined(separator: " ")
            if let sw = d.software { s += (s.isEmpty ? "" : ", ") + "software " + sw }
            line("Device", s + (d.source.map { "  [\($0)]" } ?? ""))
        } else {
            line("Device", "not recorded")
        }
        line("Captured", m.captureTime.map { $0 + (m.captureTimeSource.map { "  [\($0)]" } ?? "") } ?? "not recorded")
        if let g = m.gps {
            var s = fmt(g.lat, 6) + ", " + fmt(g.lon, 6)
            if let a = g.altitude { s += ", " + fmt(a, 1) + " m" }
            if let t = g.time { s += ", GPS time " + t }
            line("Place", s + "  [\(g.source)]")
        } else {
            line("Place", "not recorded")
        }
        if let d = m.durationSeconds { line("Duration", fmt(d, 3) + " s") }
        if let v = m.streams.first(where: { $0.type == "video" }) {
            var s = v.codec + (v.profile.map { " (\($0))" } ?? "")
            if let w = v.width, let h = v.height { s += ", \(w)×\(h)" }
            if let r = v.frameRate { s += ", " + fmt(r, 3) + " fps" }
            if let rot = v.rotation, rot != 0 { s += ", rotation " + fmt(rot, 0) + "°" }
            line("Video", s)
        }
        if let w = m.imageWidth, let h = m.imageHeight {
            line("Image", "\(w)×\(h)" + (m.orientation.map { ", orientation \($0)" } ?? ""))
        }
        line("SHA-256", i.file.sha256)
        line("Image data", i.file.imageDataSha256.map { $0 + "  [SHA-256 of the coded picture without metadata]" })
        line("Payload", i.file.videoPayloadSha256.map { $0 + "  [SHA-256 over the SHA-256 of each of the \(i.file.videoPackets ?? 0) video packets]" })
        line("Size", "\(i.file.bytes) bytes")
        for p in i.problems { line("Problem", p) }
        guard verbose else { return out.joined(separator: "\n") + "\n" }

        if let c = i.container {
            out.append("")
            out.append("Container")
            line("Format", [c.format, c.formatLongName.map { "(\($0))" }].compactMap { $0 }.joined(separator: " "))
            if let b = c.majorBrand {
                line("Brands", "major \(b), minor \(c.minorVersion ?? 0), compatible " + (c.compatibleBrands ?? []).joined(separator: " "))
            }
            if let order = c.topLevelOrder { line("Top level", order.joined(separator: ", ")) }
            if let t = c.created { line("Created", "\(t.iso) (mvhd, raw \(t.raw))") }
            if let t = c.modified { line("Modified", "\(t.iso) (mvhd, raw \(t.raw))") }
            if let b = c.bitRate { line("Bit rate", "\(b) bit/s") }
            for (k, v) in c.tags.sorted(by: { $0.key < $1.key }) { line("Tag", "\(k) = \(v)") }
            for item in c.items ?? [] { line("Metadata", "\(item.key) = \(item.value)  [\(item.source) @\(item.offset)]") }
            for t in c.tracks ?? [] {
                var s = "track \(t.trackID.map(String.init) ?? "?") \(t.handlerType ?? "?")"
                if let n = t.handlerName { s += " \"\(n)\"" }
                if !t.sampleEntries.isEmpty { s += " " + t.sampleEntries.joined(separator: ",") }
                if let n = t.sampleCount { s += ", \(n) samples" }
                if let c = t.created { s += ", created \(c.iso)" }
                if !t.edits.isEmpty {
                    s += ", edits " + t.edits.map { "[\($0.segmentDuration) @ \($0.mediaTime) ×\(fmt($0.mediaRate, 2))]" }.joined(separator: " ")
                }
                line("Track", s)
            }
        }
        if !m.streams.isEmpty {
            out.append("")
            out.append("Streams")
            for s in m.streams {
                var d = "#\(s.index) \(s.type) \(s.codec)"
                if let p = s.profile { d += " \(p)" }
                if let l = s.level { d += " level \(l)" }
                if let w = s.width, let h = s.height { d += ", \(w)×\(h)" }
                if let p = s.pixelFormat { d += ", \(p)" }
                if let r = s.averageFrameRate { d += ", avg \(r) fps" }
                if let r = s.realFrameRate { d += ", r \(r)" }
                if let n = s.frameCount { d += ", \(n) frames" }
                if let sr = s.sampleRate { d += ", \(sr) Hz" }
                if let ch = s.channels { d += ", \(ch) ch" }
                if let b = s.bitRate { d += ", \(b) bit/s" }
                if let du = s.durationSeconds { d += ", " + fmt(du, 3) + " s" }
                d += ", time base \(s.timeBase)"
                if let h = s.handler { d += ", handler \"\(h)\"" }
                out.append("  " + d)
            }
        }
        out.append("")
        let st = i.structure
        if let boxes = st.boxes {
            out.append("Structure (ISO-BMFF boxes: type, offset, size)")
            let tree = BoxTree(boxes: boxes, coverage: st.coverage ?? Coverage(fileBytes: 0, coveredBytes: 0, complete: false), notes: st.notes)
            for (b, depth, _) in tree.flattened() {
                out.append("  " + String(repeating: "  ", count: depth) + b.type.padding(6) + " @\(b.offset) \(b.size)" + (b.truncated ? " TRUNCATED" : "") + (b.uuid.map { " uuid \($0)" } ?? ""))
            }
        }
        if let segs = st.segments {
            out.append("Structure (JPEG segments: marker, offset, length)")
            for s in segs {
                var d = s.marker.padding(6) + " @\(s.offset) \(s.length)"
                if let id = s.identifier { d += " \"\(id)\"" }
                if let scan = s.scanDataLength { d += " + \(scan) bytes of scan data" }
                if let zeros = s.zeroPadding, zeros >= 16 { d += ", ending in \(zeros) zero bytes" }
                out.append("  " + d)
            }
            if let f = st.frame { out.append("  frame: \(f.process), \(f.width)×\(f.height), \(f.components) components, sampling \(f.sampling.joined(separator: " "))") }
            for q in st.quantizationTables ?? [] {
                out.append("  quantisation table \(q.id): " + (q.ijgExact ? "IJG standard, quality \(q.ijgQuality ?? 0)" : "custom (nearest IJG quality \(q.ijgQuality ?? 0))"))
            }
            if let t = st.trailer { out.append("  after EOI: \(t.length) bytes at \(t.offset): \(t.kind)") }
        }
        if let h = st.heif {
            for item in h.items {
                var d = "item \(item.id) \(item.type)"
                if item.id == h.primaryItem { d += " (primary)" }
                if let w = item.width, let hh = item.height { d += " \(w)×\(hh)" }
                if let r = item.rotation, r != 0 { d += " irot \(r)°" }
                if let e = item.extents.first { d += " @\(e.offset)" + (item.extents.count > 1 ? " (+\(item.extents.count - 1) extents)" : "") }
                out.append("  " + d)
            }
        }
        if let c = st.coverage {
            out.append("  coverage: " + (c.complete ? "all \(c.fileBytes) bytes accounted for" : "\(c.coveredBytes) of \(c.fileBytes) bytes; stopped at \(c.stoppedAt.map(String.init) ?? "?"): \(c.reason ?? "")"))
        }
        for n in st.notes.prefix(50) { out.append("  note @\(n.offset): \(n.message)") }

        if let e = i.exif {
            out.append("")
            out.append("EXIF (\(e.byteOrder), TIFF header at offset \(e.tiffHeaderOffset))")
            let s = e.summary
            out.append("  thumbnail: " + (s.thumbnail.present ? "\(s.thumbnail.length ?? 0) bytes at offset \(s.thumbnail.offset.map(String.init) ?? "?")" : "none")
                       + "; maker note: " + (s.makerNote.present ? "\(s.makerNote.length ?? 0) bytes" : "none"))
            for ifd in ["0th", "Exif", "GPS", "Interoperability", "1st"] {
                guard let tags = e.ifds[ifd], !tags.isEmpty else { continue }
                out.append("  [\(ifd)]")
                for t in tags {
                    out.append("    \(t.tag) " + (t.name ?? "(unknown)").padding(26) + " " + t.value.replacingAll("\n", " "))
                }
            }
        }
        for x in i.xmp ?? [] {
            out.append("")
            out.append("XMP (\(x.location), \(x.length) bytes at offset \(x.offset))")
            for (k, v) in x.properties.sorted(by: { $0.key < $1.key }) {
                out.append("  " + k.padding(30) + " " + (v.count > 200 ? String(v.prefix(200)) + "…" : v).replacingAll("\n", " "))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func fmt(_ v: Double, _ decimals: Int) -> String {
        var p = 1.0
        for _ in 0..<decimals { p *= 10 }
        let r = (v * p).rounded() / p
        if decimals == 0 { return String(Int64(r)) }
        var s = String(r)
        if let dot = s.firstIndex(of: ".") {
            let frac = s[s.index(after: dot)...]
            if frac.count < decimals { s += String(repeating: "0", count: decimals - frac.count) }
        }
        return s.contains("e") ? String(v) : s
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
