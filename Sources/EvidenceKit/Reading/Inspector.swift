// Over 300 lines: one reader per kind of file (JPEG, HEIF, other photos, videos) sharing the helpers that
// turn EXIF, XMP and libavformat's description into one Inspection.
import MediaBridge

/// Reads one file's structure and metadata into an `Inspection`: kind by content, our own structure
/// walk (ISO-BMFF boxes, JPEG segments, HEIF items, EBML elements), EXIF via libexif, XMP, and
/// libavformat's description of containers and streams.
///
/// Every read goes through the probe's `HashingReader`, so the walk, libavformat and the SHA-256 share one
/// pass over the file (`Probe` says how). The inspection's `file.sha256` is filled by the probe once the
/// reading is over; `inspect(path:)` does the whole of it for callers that want the inspection alone.
public struct Inspector: Sendable {
    /// Photos larger than this are streamed rather than held in memory.
    public var maxInMemoryPhoto: Int64 = 256 << 20
    /// Also compute `imageDataSha256` for photos (a second SHA-256 over nearly every byte; `verify`
    /// and `hash --perceptual` turn it on, `inspect` with `--image-hash`).
    public var imageDataHash: Bool

    /// Box depth, boxes and segments the walkers may visit (the policy's `limits`).
    public var limits = ResourceLimits()
    public init(imageDataHash: Bool = false) { self.imageDataHash = imageDataHash }

    var boxWalker: BoxWalker {
        var w = BoxWalker()
        w.maxDepth = limits.boxDepth
        w.maxBoxes = limits.boxes
        return w
    }
    var markerWalker: JPEGMarkerWalker {
        var w = JPEGMarkerWalker()
        w.maxSegments = limits.segments
        return w
    }

    /// Inspects `path`: structure and metadata, every video packet read (packet digests and the video
    /// payload hash), nothing decoded. A file that is only partly readable throws `.unreadable` with
    /// what was read as `partial`.
    public func inspect(path: String) throws(InspectionError) -> Inspection {
        var probe = Probe(depth: .structure)
        probe.inspector = self
        return try probe.gather(path: path).inspection
    }

    /// How the probe opens its libavformat session once the walk allows it (never for impossible sample
    /// tables): a decoder reading through the probe's reader, or the error libavformat gave.
    typealias OpenSession = (HashingReader) -> Result<VideoDecoder, MediaBridgeError>

    /// The structure and metadata of the file behind `reader`, whose first bytes `head` were sniffed as
    /// `family`; the libavformat session, when one was opened, comes back for the probe to read on.
    func inspect(reader file: HashingReader, family: FileFamily, head: [UInt8], openSession: OpenSession) throws(InspectionError) -> (Inspection, VideoDecoder?) {
        let path = file.path
        do {
            var inspection: Inspection
            var session: VideoDecoder? = nil
            switch family {
            case .jpeg where file.size <= maxInMemoryPhoto:
                inspection = try inspectJPEG(file: file, bytes: try file.readAll())
            case .heif:
                inspection = try inspectHEIF(file: file)
            case .png, .gif, .webp, .jpeg:
                inspection = try inspectOtherPhoto(file: file, family: family, head: head)
            default:
                (inspection, session) = try inspectVideo(file: file, family: family, head: head, openSession: openSession)
            }
            let mvhd = inspection.structure.boxes?.first { $0.type == "moov" }?.children.first { $0.type == "mvhd" }?.offset
            inspection.metadata.capture = CaptureFactsReader.gather(path: path, exif: inspection.exif, items: inspection.container?.items ?? [],
                                                                    created: inspection.container?.created, movieHeaderOffset: mvhd,
                                                                    tracks: inspection.container?.tracks ?? [])
            return (inspection, session)
        } catch let e as InspectionError {
            throw e
        } catch let e as MediaBridgeError {
            throw .from(e, path: path)
        } catch {
            throw .unreadable(path: path, reason: "\(error)", partial: nil)
        }
    }

    // MARK: photos

    func inspectJPEG(file: HashingReader, bytes: [UInt8]) throws -> Inspection {
        let jpeg = markerWalker.walk(bytes)
        // The whole-file digest was fed as the bytes were read; the probe fills it in.
        let dataHash = imageDataHash ? try Self.jpegImageDataHash(bytes, jpeg) : nil
        let identity = FileIdentity(path: file.path, bytes: file.size, sha256: "", imageDataSha256: dataHash)
        var problems: [String] = []
        var exif: ExifReport? = nil
        if let app1 = jpeg.segments.first(where: { $0.marker == "APP1" && $0.identifier == "Exif" }) {
            let start = Int(app1.offset) + 4
            let payload = Array(bytes[start..<Int(app1.offset) + app1.length])
            do {
                exif = ExifReport(block: try ExifReader.read(payload), tiff: payload[6...], tiffHeaderOffset: Int64(start + 6))
            } catch {
                problems.append("EXIF segment at offset \(app1.offset): \(error)")
            }
        }
        var xmp: [XMPPacket] = []
        for seg in jpeg.segments where seg.marker == "APP1" && seg.identifier == "http://ns.adobe.com/xap/1.0/" {
            let start = Int(seg.offset) + 4 + 29
            let end = Int(seg.offset) + seg.length
            if start < end, let text = XMPReader.packetText(bytes[start..<end]) {
                xmp.append(XMPPacket(offset: Int64(start), length: end - start, location: "JPEG APP1", properties: XMPReader.properties(text), text: text))
            }
        }
        if !jpeg.coverage.complete, let reason = jpeg.coverage.reason { problems.append("structure: " + reason) }
        var metadata = MediaMetadata(container: "JPEG", streams: [])
        metadata.imageWidth = jpeg.frame?.width
        metadata.imageHeight = jpeg.frame?.height
        applyExif(exif, to: &metadata)
        var structure = StructureReport(format: "jpeg", segments: jpeg.segments, frame: jpeg.frame, quantizationTables: jpeg.quantizationTables,
                                        trailer: jpeg.trailer, coverage: jpeg.coverage, notes: jpeg.notes)
        structure.huffmanTables = jpeg.huffmanTables
        structure.iccProfile = jpeg.iccProfile
        structure.adobe = jpeg.adobe
        return Inspection(file: identity, kind: .photo, metadata: metadata, structure: structure, exif: exif,
                          xmp: xmp.isEmpty ? nil : xmp, problems: problems, tool: ToolInfo())
    }

    func inspectHEIF(file: HashingReader) throws -> Inspection {
        let tree = try boxWalker.walk(file)
        var problems: [String] = []
        if !tree.coverage.complete, let r = tree.coverage.reason { problems.append("structure: " + r) }
        problems += tree.notes.filter { $0.message.hasPrefix("limit: ") }.map(\.message)
        let reader = HEIFItemReader(source: file, tree: tree)
        let heif = try reader.read()
        let dataHash = imageDataHash ? try Self.heifImageDataHash(reader, heif) : nil
        let identity = FileIdentity(path: file.path, bytes: file.size, sha256: "", imageDataSha256: dataHash)
        var exif: ExifReport? = nil
        if let item = heif?.exifItem, let first = item.extents.first {
            let bytes = try reader.bytes(of: item)
            // Exif item payload: u32 offset to the TIFF header, then (usually "Exif\0\0" and) TIFF (ISO/IEC 23008-12 Annex A.2.1).
            if bytes.count >= 12 {
                var r = BinaryReader(bytes)
                let skip = Int(try r.u32())
                var tiff = 4 + skip
                if tiff + 4 > bytes.count || !Self.isTIFFHeader(bytes, at: tiff) {
                    tiff = (0..<max(0, bytes.count - 4)).first { Self.isTIFFHeader(bytes, at: $0) } ?? -1
                }
                if tiff >= 0 {
                    do {
                        let block = try ExifReader.read(Array("Exif\0\0".utf8) + bytes[tiff...])
                        exif = ExifReport(block: block, tiff: bytes[tiff...], tiffHeaderOffset: first.offset + Int64(tiff))
                    } catch { problems.append("EXIF item \(item.id) at offset \(first.offset): \(error)") }
                } else {
                    problems.append("EXIF item \(item.id) at offset \(first.offset): no TIFF header found")
                }
            }
        }
        var xmp: [XMPPacket] = []
        for item in heif?.xmpItems ?? [] {
            let bytes = try reader.bytes(of: item, limit: 4 << 20)
            if let text = XMPReader.packetText(bytes[...]), let off = item.extents.first?.offset {
                xmp.append(XMPPacket(offset: off, length: bytes.count, location: "HEIF item \(item.id)", properties: XMPReader.properties(text), text: text))
            }
        }
        let facts = try MovieFactsReader(source: file, tree: tree).read()
        var metadata = MediaMetadata(container: "HEIF (\(facts.majorBrand ?? "?"))", streams: [])
        if let primary = heif?.primary {
            metadata.imageWidth = primary.width.map(Int.init)
            metadata.imageHeight = primary.height.map(Int.init)
        }
        applyExif(exif, to: &metadata)
        let container = ContainerInfo(majorBrand: facts.majorBrand, minorVersion: facts.minorVersion, compatibleBrands: facts.compatibleBrands,
                                      topLevelOrder: facts.topLevelOrder, tags: [:])
        let structure = StructureReport(format: "iso-bmff", boxes: tree.boxes, heif: heif, coverage: tree.coverage, notes: tree.notes + (heif?.notes ?? []))
        return Inspection(file: identity, kind: .photo, metadata: metadata, container: container, structure: structure, exif: exif,
                          xmp: xmp.isEmpty ? nil : xmp, problems: problems, tool: ToolInfo())
    }

    /// SHA-256 of the segments that code the picture (DQT, DHT, SOFn, DRI, SOS + scan data, DAC, DNL,
    /// RSTn), skipping APPn, COM and what follows EOI.
    static func jpegImageDataHash(_ bytes: [UInt8], _ jpeg: JPEGStructure) throws -> String? {
        guard jpeg.frame != nil else { return nil }
        let hasher = try SHA256Hasher()
        for s in jpeg.segments where !s.marker.hasPrefix("APP") && s.marker != "COM" && s.marker != "SOI" && s.marker != "EOI" {
            let start = Int(s.offset)
            let end = min(bytes.count, start + s.length + Int(s.scanDataLength ?? 0))
            guard start < end else { continue }
            try bytes.withUnsafeBytes { try hasher.update(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
        }
        return try hasher.finalize().hexString
    }

    /// SHA-256 of the bytes of the HEIF image items (coded tiles, grids, overlays), in item order.
    static func heifImageDataHash(_ reader: HEIFItemReader, _ heif: HEIFFacts?) throws -> String? {
        guard let heif else { return nil }
        let pictures: Set<String> = ["hvc1", "hev1", "av01", "jpeg", "grid", "iovl", "iden"]
        let items = heif.items.filter { pictures.contains($0.type) }
        guard !items.isEmpty else { return nil }
        let hasher = try SHA256Hasher()
        for item in items { try hasher.update(try reader.bytes(of: item, limit: 256 << 20)) }
        return try hasher.finalize().hexString
    }

    static func isTIFFHeader(_ b: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + 4 <= b.count else { return false }
        return (b[i] == 0x49 && b[i + 1] == 0x49 && b[i + 2] == 0x2A && b[i + 3] == 0) || (b[i] == 0x4D && b[i + 1] == 0x4D && b[i + 2] == 0 && b[i + 3] == 0x2A)
    }

    /// PNG, GIF, WebP, and JPEGs too large to hold: identity, size from the header, EXIF for PNG `eXIf`.
    func inspectOtherPhoto(file: HashingReader, family: FileFamily, head: [UInt8]) throws -> Inspection {
        let identity = FileIdentity(path: file.path, bytes: file.size, sha256: "")
        var metadata = MediaMetadata(container: family.rawValue.uppercased(), streams: [])
        var exif: ExifReport? = nil
        var problems: [String] = []
        var notes: [StructureNote] = []
        if family == .png {
            // PNG chunks (ISO/IEC 15948): length, type, data, CRC. IHDR first; eXIf carries TIFF EXIF.
            var pos: Int64 = 8
            var count = 0
            while pos + 8 <= file.size && count < 100_000 {
                var r = BinaryReader(try file.read(at: pos, count: 8))
                let length = Int64(try r.u32())
                let type = try r.fourCC()
                if type == "IHDR" {
                    var ir = BinaryReader(try file.read(at: pos + 8, count: 8))
                    metadata.imageWidth = Int(try ir.u32())
                    metadata.imageHeight = Int(try ir.u32())
                } else if type == "eXIf", length < 16 << 20 {
                    let data = try file.read(at: pos + 8, count: Int(length))
                    do { exif = ExifReport(block: try ExifReader.read(Array("Exif\0\0".utf8) + data), tiff: data[...], tiffHeaderOffset: pos + 8) } catch {
                        problems.append("PNG eXIf chunk at offset \(pos): \(error)")
                    }
                }
                if pos + 12 + length > file.size {
                    problems.append("structure: PNG chunk '\(type)' at offset \(pos) declares \(length) bytes past the end of the file")
                    break
                }
                notes.append(StructureNote(offset: pos, message: "chunk \(type), \(length) bytes"))
                pos += 12 + length
                count += 1
                if type == "IEND" { break }
            }
        }
        applyExif(exif, to: &metadata)
        return Inspection(file: identity, kind: .photo, metadata: metadata, structure: StructureReport(format: family.rawValue, notes: notes),
                          exif: exif, problems: problems, tool: ToolInfo())
    }

    func applyExif(_ exif: ExifReport?, to metadata: inout MediaMetadata) {
        guard let s = exif?.summary else { return }
        if s.make != nil || s.model != nil || s.software != nil {
            metadata.device = Device(make: s.make, model: s.model, software: s.software, source: "EXIF 0th IFD")
        }
        if let t = s.captureTime {
            metadata.captureTime = t
            metadata.captureTimeSource = "EXIF DateTimeOriginal" + (s.offsetTimeOriginal != nil ? " + OffsetTimeOriginal" : "")
        }
        metadata.gps = s.gps
        metadata.orientation = s.orientation
    }

    // MARK: videos

    func inspectVideo(file: HashingReader, family: FileFamily, head: [UInt8], openSession: OpenSession) throws -> (Inspection, VideoDecoder?) {
        let identity = FileIdentity(path: file.path, bytes: file.size, sha256: "")
        var problems: [String] = []
        // Not walked by us (yet): the format is the sniffed family, so judgement knows what kind of file it is.
        var structure = StructureReport(format: family.rawValue, notes: [])
        var facts: MovieFacts? = nil
        var xmp: [XMPPacket] = []
        if family == .matroska {
            let (mkv, coverage, notes) = try EBMLReader(source: file).read()
            structure = StructureReport(format: family.rawValue, coverage: coverage, notes: notes)
            structure.matroska = mkv
            if !coverage.complete, let r = coverage.reason { problems.append("structure: " + r) }
        }
        if family == .isoBMFF {
            let tree = try boxWalker.walk(file)
            structure = StructureReport(format: "iso-bmff", boxes: tree.boxes, coverage: tree.coverage, notes: tree.notes)
            if !tree.coverage.complete, let r = tree.coverage.reason { problems.append("structure: " + r) }
            problems += tree.notes.filter { $0.message.hasPrefix("limit: ") }.map(\.message)
            facts = try MovieFactsReader(source: file, tree: tree).read()
            // Issue 19: every sample takes at least one byte, so sample tables declaring more samples than the file
            // has bytes are not real. libavformat would build an index entry for each (80 million declared in a
            // 242 KB file took 1.9 GB): such a file is not handed to it.
            let declared = facts?.tracks.reduce(Int64(0)) { $0 + Int64($1.sampleCount ?? 0) } ?? 0
            if declared > file.size {
                let most = facts?.tracks.max { ($0.sampleCount ?? 0) < ($1.sampleCount ?? 0) }
                let reason = "limit: track \(most?.trackID.map(String.init) ?? "?")'s sample table (stsz at the trak at byte \(most?.offset ?? 0)) declares \(most?.sampleCount ?? 0) samples, \(declared) in all, in a file of \(file.size) bytes (each sample needs at least one byte); not demuxed, to bound memory"
                problems.append(reason)
                var metadata = MediaMetadata(streams: [])
                if let facts { apply(facts, to: &metadata) }
                let partial = Inspection(file: identity, kind: .video, metadata: metadata, structure: structure, problems: problems, tool: ToolInfo())
                throw InspectionError.unreadable(path: file.path, reason: reason, partial: partial)
            }
            for (box, _, path) in tree.flattened() {
                let isXMPUUID = box.type == "uuid" && box.uuid == "be7acfcb97a942e89c71999491e3afac"
                guard isXMPUUID || box.type == "XMP_", box.payloadSize < 16 << 20 else { continue }
                // uuid boxes: the 16-byte extended type is part of the header, so the payload is the packet.
                let bytes = try file.read(at: box.payloadOffset, count: Int(box.payloadSize))
                if let text = XMPReader.packetText(bytes[...]) {
                    xmp.append(XMPPacket(offset: box.payloadOffset, length: bytes.count, location: isXMPUUID ? "uuid box (\(path))" : path,
                                         properties: XMPReader.properties(text), text: text))
                }
            }
        }
        let demuxed: DemuxedContainer
        var bitstream: BitstreamFacts? = nil
        let session: VideoDecoder
        switch openSession(file) {
        case let .success(d):
            session = d
            demuxed = d.container
        case let .failure(e):
            let reason = family == .unknown
                ? "not a recognised photo or video format (starts with \(Array(head.prefix(8)).hexString))"
                : e.description
            if family == .unknown { throw InspectionError.unreadable(path: file.path, reason: reason, partial: nil) }
            if family == .isoBMFF, facts?.topLevelOrder.contains("moov") == false {
                problems.append("no 'moov' box: the sample index is missing, as when a recording is interrupted before the camera finalises the file")
            }
            problems.append("libavformat: " + reason)
            var metadata = MediaMetadata(streams: [])
            if let facts { apply(facts, to: &metadata) }
            let partial = Inspection(file: identity, kind: family.kind, metadata: metadata, structure: structure,
                                     xmp: xmp.isEmpty ? nil : xmp, problems: problems, tool: ToolInfo())
            throw InspectionError.unreadable(path: file.path, reason: problems.joined(separator: "; "), partial: partial)
        }
        // Encoders that put their headers in the sample description (x265 via FFmpeg writes its banner
        // into hvcC) are found by scanning `stsd` too, at its exact file offset.
        if family == .isoBMFF, case let .some(boxes) = structure.boxes {
            let tree = BoxTree(boxes: boxes, coverage: structure.coverage ?? Coverage(fileBytes: 0, coveredBytes: 0, complete: false), notes: [])
            let descriptions = tree.flattened().filter { $0.box.type == "stsd" && $0.box.payloadSize <= 1 << 20 }.map(\.box)
            var samples: [PacketSample] = []
            for d in descriptions.prefix(4) {
                samples.append(PacketSample(offset: d.payloadOffset, size: Int(d.payloadSize), isKey: false,
                                            bytes: try file.read(at: d.payloadOffset, count: Int(d.payloadSize))))
            }
            let found = BitstreamScanner.facts(from: samples).banners.map { b -> EncoderBanner in
                var b = b
                b.packetIndex = -1 // in the sample description, not a packet
                return b
            }
            if !found.isEmpty {
                var facts = bitstream ?? BitstreamFacts(packetsRead: 0, banners: [])
                for b in found where !facts.banners.contains(where: { $0.encoder == b.encoder }) { facts.banners.append(b) }
                bitstream = facts
            }
        }
        let tracksByIndex = facts?.tracks ?? []
        var streams: [StreamInfo] = []
        for s in demuxed.streams {
            // libavformat's mov demuxer numbers streams in trak order.
            let track = family == .isoBMFF && s.index < tracksByIndex.count ? tracksByIndex[s.index] : nil
            streams.append(StreamInfo(
                index: s.index, type: s.mediaType, codec: s.codecName, codecTag: s.codecTag, profile: s.profile, level: s.level,
                width: s.width, height: s.height, rotation: s.displayRotation, pixelFormat: s.pixelFormat,
                averageFrameRate: s.averageFrameRate?.description, realFrameRate: s.realFrameRate?.description,
                frameRate: (s.averageFrameRate ?? s.realFrameRate).map { Self.round6($0.value) },
                frameCount: s.frameCount, bitRate: s.bitRate, timeBase: s.timeBase.description,
                durationSeconds: s.durationSeconds.map(Self.round6), startSeconds: s.startSeconds.map(Self.round6),
                sampleRate: s.sampleRate, channels: s.channels, sampleFormat: s.sampleFormat,
                handler: track?.handlerName ?? s.tags["handler_name"], language: track?.language ?? s.tags["language"]))
        }
        let hasVideo = streams.contains { $0.type == "video" }
        var metadata = MediaMetadata(container: Self.containerName(demuxed, brand: facts?.majorBrand), durationSeconds: demuxed.durationSeconds.map(Self.round6), streams: streams)
        if let facts { apply(facts, to: &metadata) }
        if metadata.captureTime == nil, let t = demuxed.tags["creation_time"] {
            metadata.captureTime = t
            metadata.captureTimeSource = "container creation_time tag (libavformat)"
        }
        let container = ContainerInfo(
            format: demuxed.formatName, formatLongName: demuxed.formatLongName,
            majorBrand: facts?.majorBrand, minorVersion: facts?.minorVersion, compatibleBrands: facts?.compatibleBrands,
            durationSeconds: demuxed.durationSeconds.map(Self.round6), bitRate: demuxed.bitRate,
            created: facts?.created, modified: facts?.modified, timescale: facts?.timescale, topLevelOrder: facts?.topLevelOrder,
            tracks: facts?.tracks, items: facts?.items, tags: demuxed.tags,
            tagLocations: family == .isoBMFF ? nil : (try? Self.locateTags(demuxed.tags, in: file)) ?? nil)
        return (Inspection(file: identity, kind: hasVideo ? .video : (family == .unknown ? .other : family.kind), metadata: metadata,
                           container: container, structure: structure, xmp: xmp.isEmpty ? nil : xmp, bitstream: bitstream, problems: problems, tool: ToolInfo()),
                session)
    }

    /// Tags that name the program that wrote the file, which findings cite.
    static let writerTags: Set<String> = ["encoder", "encoded_by", "software", "writing_application", "muxing_application"]

    /// The byte offset where each writer tag's value first appears in the first or the last MiB of the file
    /// (where Matroska, AVI and TS writers keep their header and tag elements), so a finding that cites it can
    /// point at it. Values under 4 bytes are too common to locate; a read error only leaves them unlocated.
    static func locateTags(_ all: [String: String], in file: HashingReader) throws -> [String: Int64]? {
        let tags = all.filter { writerTags.contains($0.key.lowercased()) }
        guard !tags.isEmpty else { return nil }
        let window: Int64 = 1 << 20
        let headCount = Int(min(file.size, window))
        let head = try file.read(at: 0, count: headCount)
        let tailStart = max(Int64(headCount), file.size - window)
        let tail = tailStart < file.size ? try file.read(at: tailStart, count: Int(file.size - tailStart)) : []
        var found: [String: Int64] = [:]
        for (key, value) in tags {
            let needle = Array(value.utf8)
            guard needle.count >= 4 else { continue }
            if let i = head.firstRange(of: needle)?.lowerBound { found[key] = Int64(i) }
            else if let i = tail.firstRange(of: needle)?.lowerBound { found[key] = tailStart + Int64(i) }
        }
        return found.isEmpty ? nil : found
    }

    func apply(_ facts: MovieFacts, to metadata: inout MediaMetadata) {
        metadata.device = QuickTimeMetadata.device(facts.items)
        metadata.gps = QuickTimeMetadata.gps(facts.items)
        if let (t, source) = QuickTimeMetadata.captureTime(facts.items) {
            metadata.captureTime = t
            metadata.captureTimeSource = source
        } else if let c = facts.created, c.raw != 0 {
            metadata.captureTime = c.iso
            metadata.captureTimeSource = "mvhd creation time (no zone: UTC by the standard, local time on many cameras)"
        }
    }

    /// A readable container name: libavformat's mov demuxer calls every ISO-BMFF file
    /// "QuickTime / MOV", so the major brand decides between MOV, 3GP and MP4.
    static func containerName(_ d: DemuxedContainer, brand: String?) -> String {
        guard d.formatName.hasPrefix("mov,") else { return d.formatLongName ?? d.formatName }
        guard let brand else { return "QuickTime MOV (no ftyp)" }
        if brand == "qt  " { return "QuickTime MOV (qt)" }
        if brand.hasPrefix("3g") { return "3GPP (\(brand))" }
        return "MP4 (\(brand.trimmingSpaces))"
    }

    static func round6(_ v: Double) -> Double { (v * 1_000_000).rounded() / 1_000_000 }
}
