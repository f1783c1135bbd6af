/// The findings of a comparison, in the same model as `verify`'s (catalogue keys `compare.*`, both languages,
/// typed locations), so a report can carry them.
enum CompareFindings {
    static func finding(_ id: String, _ severity: Severity, _ indicates: VerdictClass, _ key: String, _ args: [String: MessageArgument], _ evidence: [String: EvidenceValue]) -> Finding {
        Finding(id: id, severity: severity, indicates: indicates, message: Message(key, args), evidence: evidence)
    }

    /// "byte for byte", or "slice for slice" when the copying tool changed the headers around the slices.
    static func copied(_ runs: [PacketRun]) -> MessageArgument {
        let n = runs.reduce(0) { $0 + $1.packetsWithOtherHeaders }
        return .message(n == 0 ? Message("compare.packets.bytes") : Message("compare.packets.slices", ["n": .int(Int64(n))]))
    }

    static func seconds(_ v: Double?) -> MessageArgument { .decimal(v ?? 0, places: 3) }

    static func make(fa: FileIdentity, fb: FileIdentity, sameFile: Bool, samePayload: Bool, packets: PacketAlignment?, pictures: PictureAlignment?,
                     photo: PhotoComparison?, differences: [FieldDifference]) -> [Finding] {
        var out: [Finding] = []
        if sameFile {
            return [finding("compare.file.same", .info, .consistentWithOriginal, "compare.file.same", ["sha256": .text(fa.sha256)], ["sha256": .string(fa.sha256)])]
        }
        var proven = false
        // Byte level.
        if let p = packets {
            let matched = p.runs.reduce(0) { $0 + $1.count }
            if p.runs.count == 1 && p.unmatchedSubmitted == 0 && p.originalPackets == p.submittedPackets {
                out.append(finding("compare.packets.same", .strong, .remuxed, "compare.packets.same", ["packets": .int(Int64(p.submittedPackets)), "copied": copied(p.runs)],
                                   ["packets": .int(Int64(p.submittedPackets)), "byteOffset": .int(p.runs[0].submittedOffset ?? 0)]))
                proven = true
            } else if p.runs.count == 1 && p.unmatchedSubmitted == 0, let r = p.runs.first {
                out.append(finding("compare.packets.trim", .conclusive, .edited, "compare.packets.trim", [
                    "first": .int(Int64(r.originalFirst)), "last": .int(Int64(r.originalLast)), "total": .int(Int64(p.originalPackets)),
                    "start": seconds(r.originalStartSeconds), "end": seconds(r.originalEndSeconds),
                    "before": .int(Int64(r.originalFirst)), "after": .int(Int64(p.originalPackets - 1 - r.originalLast)), "copied": copied(p.runs),
                ], ["packet": .int(Int64(r.originalFirst)), "originalLastPacket": .int(Int64(r.originalLast)), "byteOffset": .int(r.originalOffset ?? 0),
                    "seconds": .double(r.originalStartSeconds ?? 0)]))
                proven = true
            } else if p.runs.count > 1 && matched * 10 >= p.submittedPackets * 9 {
                let list = p.runs.prefix(12).map { "\($0.originalFirst)–\($0.originalLast)" }
                let reordered = zip(p.runs, p.runs.dropFirst()).contains { $0.1.originalFirst <= $0.0.originalLast }
                out.append(finding("compare.packets.splice", .conclusive, .edited, reordered ? "compare.packets.splice-reordered" : "compare.packets.splice", [
                    "runs": .int(Int64(p.runs.count)), "list": .list(list), "foreign": .int(Int64(p.unmatchedSubmitted)), "copied": copied(p.runs),
                ], ["runs": .strings(list), "packet": .int(Int64(p.runs[0].originalFirst)), "unmatchedPackets": .int(Int64(p.unmatchedSubmitted))]))
                proven = true
            } else if matched > 0 {
                out.append(finding("compare.packets.partial", .strong, .edited, "compare.packets.partial", [
                    "matched": .int(Int64(matched)), "total": .int(Int64(p.submittedPackets)), "runs": .int(Int64(p.runs.count)),
                ], ["matchedPackets": .int(Int64(matched)), "packet": .int(Int64(p.runs[0].submittedFirst))]))
            }
        }
        // Picture level.
        if let a = pictures, !proven {
            let matchedPictures = Int((a.matchedShare * Double(a.submittedPictures)).rounded())
            if a.segments.allSatisfy({ $0.kind != .matched }) {
                out.append(finding("compare.pictures.unrelated", .strong, .inconclusive, "compare.pictures.unrelated", ["total": .int(Int64(a.submittedPictures))], ["frame": 0]))
            } else if packets.map({ $0.runs.isEmpty }) ?? true {
                out.append(finding("compare.pictures.reencoded", .strong, .reEncoded, "compare.pictures.reencoded", [
                    "matched": .int(Int64(matchedPictures)), "total": .int(Int64(a.submittedPictures)), "median": .int(Int64(a.medianDistance ?? 0)),
                ], ["matchedPictures": .int(Int64(matchedPictures)), "medianDistance": .int(Int64(a.medianDistance ?? 0)), "frame": 0]))
            }
            for seg in a.segments.prefix(12) {
                switch seg.kind {
                case .cut:
                    let count = (seg.originalLast ?? 0) - (seg.originalFirst ?? 0) + 1
                    out.append(finding("compare.pictures.cut", .strong, .edited, "compare.pictures.cut", [
                        "first": .int(Int64(seg.originalFirst ?? 0)), "last": .int(Int64(seg.originalLast ?? 0)), "count": .int(Int64(count)),
                        "start": seconds(seg.originalStartSeconds), "end": seconds(seg.originalEndSeconds),
                    ], ["originalFrame": .int(Int64(seg.originalFirst ?? 0)), "originalLastFrame": .int(Int64(seg.originalLast ?? 0)),
                        "seconds": .double(seg.originalStartSeconds ?? 0)]))
                case .inserted:
                    let count = (seg.submittedLast ?? 0) - (seg.submittedFirst ?? 0) + 1
                    out.append(finding("compare.pictures.inserted", .strong, .edited, "compare.pictures.inserted", [
                        "first": .int(Int64(seg.submittedFirst ?? 0)), "last": .int(Int64(seg.submittedLast ?? 0)), "count": .int(Int64(count)),
                        "start": seconds(seg.submittedStartSeconds), "end": seconds(seg.submittedEndSeconds),
                    ], ["frame": .int(Int64(seg.submittedFirst ?? 0)), "lastFrame": .int(Int64(seg.submittedLast ?? 0)), "seconds": .double(seg.submittedStartSeconds ?? 0)]))
                case .matched:
                    if let v = seg.speed, abs(v - 1) > 0.03 {
                        out.append(finding("compare.pictures.speed", .strong, .edited, "compare.pictures.speed", [
                            "speed": .decimal(v, places: 3), "ostart": seconds(seg.originalStartSeconds), "oend": seconds(seg.originalEndSeconds),
                            "sstart": seconds(seg.submittedStartSeconds), "send": seconds(seg.submittedEndSeconds),
                        ], ["frame": .int(Int64(seg.submittedFirst ?? 0)), "speed": .double(v), "seconds": .double(seg.submittedStartSeconds ?? 0)]))
                    }
                }
            }
            if let first = a.duplicatedPictures.first {
                out.append(finding("compare.pictures.frozen", .strong, .edited, "compare.pictures.frozen", [
                    "count": .int(Int64(a.duplicatedPictures.count)), "first": .int(Int64(first)),
                ], ["frame": .int(Int64(first)), "pictures": .int(Int64(a.duplicatedPictures.count))]))
            }
            if let first = a.droppedPictures.first {
                out.append(finding("compare.pictures.dropped", .weak, .edited, "compare.pictures.dropped", [
                    "count": .int(Int64(a.droppedPictures.count)), "first": .int(Int64(first)),
                ], ["originalFrame": .int(Int64(first)), "pictures": .int(Int64(a.droppedPictures.count))]))
            }
            if let c = a.changedPictures.first {
                out.append(finding("compare.pictures.changed", .strong, .edited, "compare.pictures.changed", [
                    "count": .int(Int64(a.changedPictures.count)), "frame": .int(Int64(c.submittedFrame)), "oframe": .int(Int64(c.originalFrame)),
                    "distance": .int(Int64(c.distance)), "neighbour": .int(Int64(c.neighbourDistance)),
                ], ["frame": .int(Int64(c.submittedFrame)), "originalFrame": .int(Int64(c.originalFrame)), "distance": .int(Int64(c.distance))]))
            }
        }
        // Photos.
        if photo == nil, fa.imageDataSha256 != nil || fb.imageDataSha256 != nil, !samePayload {
            out.append(finding("compare.photo.undecodable", .strong, .inconclusive, "compare.photo.undecodable", [:], [:]))
        }
        if let p = photo {
            if p.samePixels == true {
                out.append(finding("compare.photo.same-pixels", .info, .none, "compare.photo.same-pixels", [:], [:]))
            } else if (p.thumbnailDifference ?? 0) > 40 || p.crop == nil {
                out.append(finding("compare.photo.unrelated", .strong, .inconclusive, "compare.photo.unrelated", ["difference": .decimal(p.thumbnailDifference ?? 0, places: 1)], [:]))
            } else {
                if let r = p.rotation, r != 0 {
                    out.append(finding("compare.photo.rotation", .strong, .edited, "compare.photo.rotation", ["degrees": .int(Int64(r))], ["rotation": .int(Int64(r))]))
                }
                if let sc = p.scale, abs(sc - 1) > 0.005, let o = p.originalSize, let s = p.submittedSize {
                    out.append(finding("compare.photo.resize", .strong, .reEncoded, "compare.photo.resize", [
                        "scale": .decimal(sc, places: 4), "ow": .int(Int64(o.width)), "oh": .int(Int64(o.height)), "sw": .int(Int64(s.width)), "sh": .int(Int64(s.height)),
                    ], ["scale": .double(sc)]))
                }
                if let c = p.crop, let o = p.originalSize, c.width < o.width || c.height < o.height, p.rotation == 0 || p.rotation == 180 || c.width < o.height {
                    out.append(finding("compare.photo.crop", .strong, .edited, "compare.photo.crop", [
                        "x": .int(Int64(c.x)), "y": .int(Int64(c.y)), "w": .int(Int64(c.width)), "h": .int(Int64(c.height)), "ow": .int(Int64(o.width)), "oh": .int(Int64(o.height)),
                    ], ["x": .int(Int64(c.x)), "y": .int(Int64(c.y)), "width": .int(Int64(c.width)), "height": .int(Int64(c.height))]))
                }
                if let r = p.changedRegion {
                    out.append(finding("compare.photo.region", .strong, .edited, "compare.photo.region", [
                        "x": .int(Int64(r.x)), "y": .int(Int64(r.y)), "w": .int(Int64(r.width)), "h": .int(Int64(r.height)),
                    ], ["x": .int(Int64(r.x)), "y": .int(Int64(r.y)), "width": .int(Int64(r.width)), "height": .int(Int64(r.height))]))
                }
                if !samePayload {
                    out.append(finding("compare.photo.reencoded", .weak, .reEncoded, "compare.photo.reencoded", ["difference": .decimal(p.thumbnailDifference ?? 0, places: 1)], [:]))
                }
            }
        }
        // The same pictures and metadata in other bytes: a lossless rewrite (jpegtran, qt-faststart), said as such.
        let samePictures = (packets.map { $0.runs.count == 1 && $0.unmatchedSubmitted == 0 && $0.originalPackets == $0.submittedPackets } ?? false)
            || samePayload || photo?.samePixels == true
        if differences.isEmpty && samePictures {
            out.append(finding("compare.file.rewritten", .weak, .remuxed, "compare.file.rewritten", [:], [:]))
        }
        if !differences.isEmpty {
            out.append(finding("compare.metadata.changed", samePayload ? .strong : .weak, .metadataAltered, "compare.metadata.changed", [
                "count": .int(Int64(differences.count)), "fields": .list(differences.prefix(8).map(\.field)),
            ], ["fields": .strings(differences.prefix(40).map(\.field)), "tag": .string(differences[0].field)]))
        }
        return out
    }
}
