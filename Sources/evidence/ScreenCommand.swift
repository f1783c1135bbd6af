import ArgumentParser
import EvidenceKit
import EvidenceLedger
import Foundation

/// The screening process of `evidence batch` (not for people): reads one JSON string (a path) per line on stdin
/// and answers each with one JSON line, `{"report": …}` or `{"failure": …}`, until end of input.
struct Screen: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "_screen", shouldDisplay: false)

    @Option var depth: VerifyDepth = .structure
    @Option var policy: String?
    @Option var analysisTime: AnalysisTime?
    @Option var threads: Int = 1
    /// Hash pictures for the duplicates index even at depth structure (videos: keyframes; photos: PDQ).
    @Flag var hashPictures = false

    func run() throws {
        let chosen = try loadPolicy(policy)
        let verifier = Verifier(policy: chosen, depth: depth, analysisTime: analysisTime?.unixSeconds, decoderThreads: threads)
        while let line = readLine(strippingNewline: true) {
            guard let path = try? JSONDecoder().decode(String.self, from: Data(line.utf8)) else { continue }
            let reply: ScreeningReply
            do {
                let (report, computed, packets) = try verifier.verifyKeepingHashes(path: path)
                var frames = computed
                let pictures = hashPictures || depth != .structure
                var photo: PhotoPerceptualHash?
                var selection: String? = frames == nil ? nil : (depth == .full ? "all" : "keyframes")
                if pictures && report.verdict.class != .unreadable {
                    // Hashing is for the duplicates index: a file whose pictures cannot be hashed is still screened.
                    if report.kind == .photo {
                        photo = try? PerceptualHashing.photo(path: path, crops: true).perceptual
                    } else if report.kind == .video, let reader = try? FrameReader(path: path, selection: .keyframes, threads: threads) {
                        // Keyframes again, with their crops (one decode of keyframes only): merged into the frames the
                        // depth computed, or the frames themselves at depth structure.
                        reader.keyframeCrops = true
                        var list: [FrameRecord] = []
                        while let r = try? reader.next() { list.append(r) }
                        if var all = frames {
                            let crops = Dictionary(list.map { ($0.index, $0.pdqCrops) }, uniquingKeysWith: { a, _ in a })
                            for i in all.indices { if let c = crops[all[i].index] { all[i].pdqCrops = c } }
                            frames = all
                        } else if !list.isEmpty {
                            frames = list
                            selection = "keyframes"
                        }
                    }
                }
                let hashes = StoredHashes(sha256: report.file.sha256, frames: frames, packets: packets, photo: photo, frameSelection: selection)
                reply = ScreeningReply(report: report, hashes: hashes.isEmpty ? nil : hashes)
            } catch {
                reply = ScreeningReply(failure: FailureRecord(error))
            }
            Stdout.write(((try? CanonicalJSON.encode(reply)) ?? "{}") + "\n")
        }
    }
}
