import ArgumentParser
import EvidenceKit
import EvidenceLedger
import Foundation

struct Similar: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find earlier submissions of the same file, the same coded pictures or the same footage.",
        discussion: """
            Each FILE is looked up in the ledger's duplicates index (filled by `evidence batch`) and/or among the files
            given with --against: the same bytes (SHA-256), the same coded pictures in another container or with other
            metadata (video payload or photo image-data hash), a similar photo (PDQ within distance 31, any rotation or
            mirror) or similar footage (vPDQ-style: frames of quality ≥ 50, distinct hashes, shares matched within
            distance 31 both ways, and the matched time ranges on both sides). A FILE or --against file ending in .vpdq
            is read as a vPDQ hash file (`frame_number,quality,hash,timestamp` lines, as Meta's vpdq and
            `evidence hash --frames` write them).
            A link is a fact, not an accusation: the same footage from another reporter corroborates; a time claimed
            for the file later than when the footage was first received cannot be right. Exit 0 when every file was
            searched (found or not), 65/66 when a file could not be read.
            Examples:
              evidence similar submitted.mp4 --ledger screening.sqlite
              evidence similar --json --frames all clip.mp4 --ledger postgres://evidence@db/screening
              evidence similar photo.jpg --against IMG_0001.HEIC IMG_0002.HEIC
              evidence similar theirs.vpdq --against clip.mp4
            """)

    @Option(name: .long, help: "The ledger to search (SQLite path or postgres://…).")
    var ledger: String?
    @Option(name: .long, parsing: .upToNextOption, help: "Files (or .vpdq hash files) to search instead of, or beside, a ledger.")
    var against: [String] = []
    @Option(name: .long, help: "Video pictures to hash: keyframes (default), all, or every:SECONDS.")
    var frames: String = "keyframes"
    @Flag(name: .long, help: "One JSON object per file, with every match.")
    var json = false
    @Option(name: .long, help: "Language of human output: en or vi.")
    var lang: Language = .en
    @Argument(help: "Files to look up (photos, videos, or .vpdq hash files).")
    var files: [String]

    func validate() throws {
        if ledger == nil && against.isEmpty { throw ValidationError("give --ledger, --against FILE…, or both") }
        if FrameSelection(argument: frames) == nil { throw ValidationError("--frames takes all, keyframes or every:SECONDS, not '\(frames)'") }
    }

    func run() throws {
        let selection = FrameSelection(argument: frames)!
        var stores: [any SimilarityStore] = []
        if let ledger {
            try requireLedger(ledger)
            do { stores.append(LedgerSimilarityStore(try Ledger(ledger))) } catch {
                Diagnostics.error(maskedLedgerName(ledger), "\(error)")
                throw ExitStatus.unreadable.exitCode
            }
        }
        var status = ExitStatus.ok
        if !against.isEmpty {
            var entries: [MemorySimilarityStore.Entry] = []
            for path in against {
                let q: SimilarityQuery
                do throws(InspectionError) { q = try Self.query(path, selection: selection, label: frames) } catch {
                    status = max(status, Diagnostics.failed(error, json: false))
                    continue
                }
                entries.append(.init(facts: StoredFileFacts(sha256: q.sha256, path: path, submissions: [], firstReceived: nil, firstSeq: nil,
                                                            usableDistinct: 0, photo: q.kind == .photo),
                                     payload: q.payload, frames: q.frames,
                                     alternatives: q.frames.indices.map { i in
                                         (i < q.codedHashes.count ? [q.codedHashes[i]].compactMap { $0 } : []) + (i < q.cropHashes.count ? q.cropHashes[i] : [])
                                     }))
            }
            stores.append(MemorySimilarityStore(entries))
        }
        for path in files {
            do {
                let q = try Self.query(path, selection: selection, label: frames)
                var matches: [SimilarMatch] = []
                var seen = Set<String>()
                for store in stores {
                    for m in try SimilarFinder().find(q, in: store) where seen.insert(m.sha256 + (m.path ?? "")).inserted { matches.append(m) }
                }
                var report = SimilarityReport(path: path, sha256: q.sha256, kind: q.kind, payloadSha256: q.payload, hashed: q.hashed,
                                              hashes: q.frames.count, usableHashes: q.usableHashes, matches: matches)
                if q.frames.isEmpty {
                    report.notes = ["Only the same bytes and the same coded pictures were looked for: no picture of the file could be hashed here."]
                    report.notesVi = ["Chỉ tìm tệp giống hệt và cùng các hình đã mã hóa: không băm được hình nào của tệp ở đây."]
                }
                if json { Stdout.write(try CanonicalJSON.encode(report) + "\n") } else { Stdout.write(Self.text(report, lang)) }
            } catch let error as InspectionError {
                status = max(status, Diagnostics.failed(error, json: json))
            } catch {
                status = max(status, Diagnostics.unexpected(path, error, json: json))
            }
        }
        if status != .ok { throw status.exitCode }
    }

    /// Hashes one file (or reads a .vpdq file) into a query.
    static func query(_ path: String, selection: FrameSelection, label: String) throws(InspectionError) -> SimilarityQuery {
        if path.lowercased().hasSuffix(".vpdq") {
            let identity = try FileHasher.identity(path: path)
            let text: String
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw .unreadable(path: path, reason: "not a UTF-8 text file: \(error)", partial: nil)
            }
            do {
                let frames = try VPDQFile.parse(text)
                return SimilarityQuery(path: path, sha256: identity.sha256, kind: .video, payload: nil, frames: frames, hashed: "vpdq-file")
            } catch {
                throw .unreadable(path: path, reason: "not a vPDQ hash file: \(error)", partial: nil)
            }
        }
        if Verifier.isPhoto(path: path) {
            do {
                let record = try PerceptualHashing.photo(path: path, crops: true)
                if let p = record.perceptual { return SimilarityQuery(path: path, sha256: record.file.sha256, payload: record.file.imageDataSha256, photo: p) }
            } catch {
                // Not decodable here (a newer HEIC, a damaged scan): the same file and the same coded picture can
                // still be found.
            }
            let inspection = try Inspector(imageDataHash: true).inspect(path: path)
            return SimilarityQuery(path: path, sha256: inspection.file.sha256, kind: .photo, payload: inspection.file.imageDataSha256,
                                   frames: [], hashed: "none (not decodable)")
        }
        let evidence = try Probe(depth: .structure).gather(path: path)
        let file = evidence.inspection.file
        guard evidence.inspection.kind == .video else {
            return SimilarityQuery(path: path, sha256: file.sha256, kind: evidence.inspection.kind, payload: file.videoPayloadSha256 ?? file.imageDataSha256,
                                   frames: [], hashed: "none")
        }
        var records: [FrameRecord] = []
        do {
            let reader = try FrameReader(path: path, selection: selection, threads: 0)
            reader.keyframeCrops = true
            while let r = try reader.next() { records.append(r) }
        } catch {
            // Pictures decoded before a decode failure are kept; none at all leaves the byte-level links.
        }
        return SimilarityQuery(path: path, sha256: file.sha256, payload: file.videoPayloadSha256, frames: records,
                               hashed: records.isEmpty ? "none (not decodable)" : label)
    }

    static func text(_ r: SimilarityReport, _ lang: Language) -> String {
        var out = "\(r.path)\n"
        let hashed = lang == .vi ? "  đã băm: \(r.hashed), \(r.hashes) mã băm (\(r.usableHashes) dùng được)\n"
                                 : "  hashed: \(r.hashed), \(r.hashes) hashes (\(r.usableHashes) usable)\n"
        out += hashed
        if r.matches.isEmpty {
            out += lang == .vi ? "  không tìm thấy tệp nào trùng hoặc tương tự\n" : "  no duplicate or similar file found\n"
        }
        for m in r.matches {
            out += "  [\(m.kind.rawValue)] \(m.path ?? m.sha256)\n    \(lang == .vi ? m.messageVi : m.message)\n"
        }
        for n in (lang == .vi ? r.notesVi : r.notes) ?? [] { out += "  \(n)\n" }
        return out
    }
}
