import ArgumentParser
import EvidenceKit

struct Hash: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "SHA-256 of each file (sha256sum format), PDQ of photos, or PDQ of every video frame (vPDQ format).",
        discussion: """
            Default: SHA-256 streamed through OpenSSL, one `sha256sum` line per file (`sha256sum -c` accepts it).
            --perceptual: PDQ of each photo as displayed (EXIF orientation / HEIF transforms applied), as
              `hash,quality,path` lines like pdq-photo-hasher; --json adds the eight dihedral variants.
            --frames all|keyframes|every:SECONDS: PDQ of video pictures in one decode pass, as vPDQ lines
              `frame_number,quality,hash_hex,timestamp` (timestamps from the stream); --json gives every field
              (picture type, key flag, packet size and offset, corrupt flag) as JSON Lines.
            --image-data: SHA-256 of a photo's coded picture alone (JPEG: the segments from DQT to EOI without
              APPn/COM; HEIF: the picture items' bytes), in `sha256sum` format — equal for a copy whose metadata
              was edited, different once the pixels were re-encoded. --json adds `imageDataSha256` to the record.
            --payload: what the camera encoded, without its container: for a video the video payload hash
              (SHA-256 over the SHA-256 of each video packet, in decode order: equal after a remux to MP4 or
              MOV, qt-faststart or a metadata edit; different after a re-encode or a trim), for a photo its
              image-data hash. `sha256sum` format; --json adds `videoPayloadSha256` and `videoPackets`.
            --packets: every packet of the video stream, read without decoding, as JSON Lines (index, stream,
              offset, size, pts, dts, key, sha256), or `index,offset,size,pts,dts,key,sha256` lines.
            Examples:
              evidence hash clip.mp4 photo.jpg > SHA256SUMS && sha256sum -c SHA256SUMS
              evidence hash --perceptual IMG_0001.HEIC photo.jpg
              evidence hash --frames all clip.mp4 > clip.vpdq
              evidence hash --frames keyframes --json clip.mp4
              evidence hash --image-data original.jpg submitted.jpg
              evidence hash --payload original.mp4 remuxed.mov
              evidence hash --packets --json clip.mp4 > clip.packets.jsonl
            """)

    @OptionGroup var output: OutputOptions

    @Flag(name: .long, help: "PDQ perceptual hash of each photo (JPEG, PNG, HEIC).")
    var perceptual = false

    @Flag(name: .long, help: "SHA-256 of each photo's coded picture without its metadata (JPEG, HEIF).")
    var imageData = false

    @Flag(name: .long, help: "Video payload hash (videos) or image-data hash (photos): the coded content without its container.")
    var payload = false

    @Flag(name: .long, help: "Every video packet with its offset, size, timestamps, key flag and SHA-256.")
    var packets = false

    @Option(name: .long, help: "Hash video pictures: all, keyframes, or every:SECONDS.")
    var frames: String?

    @Flag(name: .long, help: "With --frames: hash every picture at full resolution with the reference pipeline (slower).")
    var exact = false

    @Option(name: .long, help: "Decoder threads for --frames (0: one per core).")
    var threads: Int = 0

    @Argument(help: "Files to hash.")
    var files: [String]

    func validate() throws {
        if let frames, FrameSelection(argument: frames) == nil {
            throw ValidationError("--frames takes all, keyframes or every:SECONDS (e.g. every:1.5), not '\(frames)'")
        }
        if frames != nil && perceptual { throw ValidationError("--perceptual is for photos and --frames for videos: use one") }
        if imageData && (frames != nil || perceptual) { throw ValidationError("--image-data is a SHA-256 of the coded picture: not with --frames or --perceptual") }
        if threads < 0 { throw ValidationError("--threads must be 0 or more") }
        if [payload, packets, imageData, perceptual, frames != nil].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --payload, --packets, --image-data, --perceptual, --frames")
        }
    }

    func run() throws {
        var status = ExitStatus.ok
        for path in files {
            do {
                if let frames, let selection = FrameSelection(argument: frames) {
                    try hashFrames(path, selection)
                } else if payload || packets {
                    let evidence = try Probe(depth: .structure).gather(path: path)
                    let file = evidence.inspection.file
                    if packets {
                        guard let list = evidence.packets else {
                            throw InspectionError.unreadable(path: path, reason: "no video stream: packets are listed for videos", partial: nil)
                        }
                        if !output.json && files.count > 1 { Stdout.write("# \(path)\n") }
                        for p in list {
                            if output.json {
                                Stdout.write(try CanonicalJSON.encode(PacketHashRecord(path: path, packet: p)) + "\n")
                            } else {
                                Stdout.write("\(p.index),\(p.offset.map(String.init) ?? ""),\(p.size),\(p.pts.map(String.init) ?? ""),\(p.dts.map(String.init) ?? ""),\(p.key ? 1 : 0),\(p.sha256)\n")
                            }
                        }
                    } else {
                        guard let digest = file.videoPayloadSha256 ?? file.imageDataSha256 else {
                            throw InspectionError.unreadable(path: path, reason: "no payload hash: it is computed for videos with a video stream and for JPEG and HEIF photos", partial: nil)
                        }
                        if output.json {
                            Stdout.write(try CanonicalJSON.encode(HashRecord(file: file), pretty: output.pretty) + "\n")
                        } else {
                            Stdout.write(FileHasher.sha256sumLine(FileIdentity(path: path, bytes: file.bytes, sha256: digest)))
                        }
                    }
                } else if imageData {
                    let inspection = try Inspector(imageDataHash: true).inspect(path: path)
                    guard let payload = inspection.file.imageDataSha256 else {
                        throw InspectionError.unreadable(path: path, reason: "no image-data hash: it is computed for JPEG and HEIF photos", partial: nil)
                    }
                    if output.json {
                        Stdout.write(try CanonicalJSON.encode(HashRecord(file: inspection.file), pretty: output.pretty) + "\n")
                    } else {
                        Stdout.write("\(payload)  \(path)\n")
                    }
                } else if perceptual {
                    let record = try PerceptualHashing.photo(path: path)
                    if output.json {
                        Stdout.write(try CanonicalJSON.encode(record, pretty: output.pretty) + "\n")
                    } else if let p = record.perceptual {
                        Stdout.write("\(p.pdq.hex),\(p.quality),\(path)\n")
                    }
                } else {
                    let identity = try FileHasher.identity(path: path)
                    if output.json {
                        Stdout.write(try CanonicalJSON.encode(HashRecord(file: identity), pretty: output.pretty) + "\n")
                    } else {
                        Stdout.write(FileHasher.sha256sumLine(identity))
                    }
                }
            } catch let error as InspectionError {
                status = max(status, Diagnostics.failed(error, json: output.json))
            } catch {
                status = max(status, Diagnostics.unexpected(path, error, json: output.json))
            }
        }
        if status != .ok { throw status.exitCode }
    }

    /// Prints each record as soon as it is hashed, so a failure part-way loses nothing already done.
    func hashFrames(_ path: String, _ selection: FrameSelection) throws {
        let reader = try FrameReader(path: path, selection: selection, threads: threads, exact: exact)
        if !output.json && files.count > 1 { Stdout.write("# \(path)\n") }
        var corrupt = 0
        defer {
            for p in reader.problems {
                Diagnostics.error(path, "decoder rejected a packet" + (p.packetOffset.map { " at byte \($0)" } ?? "") + " after frame \(p.afterFrame): \(p.message)")
            }
            if corrupt > 0 { Diagnostics.error(path, "\(corrupt) picture(s) decoded with errors (marked corrupt)") }
        }
        while let record = try reader.next() {
            if record.corrupt { corrupt += 1 }
            if output.json {
                Stdout.write(try CanonicalJSON.encode(FrameHashRecord(path: path, frame: record)) + "\n")
            } else {
                Stdout.write(record.vpdqLine + "\n")
            }
        }
    }
}
