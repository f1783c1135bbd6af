import Dispatch
import MediaBridge

/// Streams `FrameRecord`s from one decode pass. libavcodec decodes on its own threads; each decoded
/// picture is kept by reference (no copy) and hashed on a worker thread while the caller's thread
/// goes on feeding the decoder, so hashing overlaps decoding. At most `depth` pictures are held, so
/// memory does not grow with clip length.
///
/// A clip whose decoding fails part-way yields every record before the failure, then throws with
/// the frame index and byte offset. Packets the decoder rejects are counted in `problems`.
public final class FrameReader {
    public let path: String
    public let selection: FrameSelection
    /// Hash every picture at full resolution with the reference pipeline (slower; no shortcut).
    public let exact: Bool
    private let decoder: VideoDecoder
    private var nextDue: Double = 0
    private let hashing = DispatchQueue(label: "EvidenceKit.FrameReader.pdq")
    private let state = WorkerState()
    private var inFlight: [Job] = []
    /// Pictures held at once: 4 (1080p: ~12 MB), 2 for pictures over 8 megapixels (4K 10-bit: ~33 MB each).
    private var depth = 4
    private var ended = false
    private var failure: InspectionError?
    /// How the stream's display matrix turns the coded picture for viewing.
    private let shownAs: Dihedral
    /// Hash crops of each keyframe too (`PDQ.cropHashes`), for the duplicates index.
    public var keyframeCrops = false
    /// Keep a grey thumbnail of keyframes (the court report's pictures), made on the hashing thread.
    var thumbnailKeyframes = false
    /// The thumbnails kept so far: every keyframe's until there are `thumbnailLimit`, then every second one's, and so on.
    private(set) var thumbnails: [GreyThumbnail] = []
    private var keyframesSeen = 0
    private var thumbnailEvery = 1
    static let thumbnailLimit = 256

    /// Rejected packets and decoder errors met so far (decoding continued after each).
    public var problems: [DecodeProblem] { decoder.problems }
    public var codecName: String { decoder.codecName }
    /// Container and streams as this reader's demuxer sees them (no second open of the file).
    public var container: DemuxedContainer { decoder.container }
    /// Encoder banners in the first packets decoded so far.
    public var bitstream: BitstreamFacts { BitstreamScanner.facts(from: decoder.earlyPackets) }

    public init(path: String, selection: FrameSelection = .all, threads: Int = 0, exact: Bool = false) throws(InspectionError) {
        self.path = path
        self.selection = selection
        self.exact = exact
        do {
            // A missing file must read as missing, not as "not media".
            _ = try RandomAccessFile(path: path)
            decoder = try VideoDecoder(path: path, selection: selection == .keyframes ? .keyframes : .all, threads: threads)
            shownAs = PhotoHasher.dihedral(forEXIFOrientation: PDQ.orientation(forDisplayRotation: decoder.displayRotation ?? 0))
        } catch let e as MediaBridgeError {
            throw InspectionError.from(e, path: path)
        } catch {
            throw InspectionError.unreadable(path: path, reason: "\(error)", partial: nil)
        }
    }

    /// Decodes with a decoder the caller opened (the probe's session, which already described the
    /// container and observes the packets), selecting `selection` (`.all` or `.keyframes`).
    init(decoder: VideoDecoder, path: String, selection: FrameSelection) {
        self.path = path
        self.selection = selection
        self.exact = false
        self.decoder = decoder
        shownAs = PhotoHasher.dihedral(forEXIFOrientation: PDQ.orientation(forDisplayRotation: decoder.displayRotation ?? 0))
    }

    /// The next selected picture with its hash; nil at the end.
    public func next() throws(InspectionError) -> FrameRecord? {
        fill()
        guard !inFlight.isEmpty else {
            if let failure {
                self.failure = nil
                throw failure
            }
            return nil
        }
        let job = inFlight.removeFirst()
        job.done.wait()
        fill() // keep the decoder busy while the caller handles this record
        if let t = job.thumbnail {
            thumbnails.append(GreyThumbnail(frame: job.info.index, seconds: job.info.seconds, width: t.width, height: t.height, pixels: t.pixels))
            if thumbnails.count >= Self.thumbnailLimit {
                thumbnails = thumbnails.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
                thumbnailEvery *= 2
            }
        }
        switch job.result {
        case let .success(r):
            let i = job.info
            var record = FrameRecord(index: i.index, seconds: i.seconds, pts: i.pts, pictureType: i.pictureType, key: i.isKey,
                                     packetSize: i.packetSize, packetOffset: i.packetOffset, pdq: r.stored.hash, pdqDisplayed: r.shown,
                                     quality: r.stored.quality, corrupt: i.corrupt, width: i.width, height: i.height)
            record.pdqCrops = job.crops
            if record.seconds == nil, let rate = decoder.frameRate {
                record.seconds = Double(i.index) * Double(rate.denominator) / Double(rate.numerator)
                record.secondsFromFrameRate = true
            }
            return record
        case let .failure(e as MediaBridgeError):
            throw .unreadable(path: path, reason: e.description, partial: nil)
        case let .failure(e):
            throw .unreadable(path: path, reason: "\(e)", partial: nil)
        case nil:
            throw .unreadable(path: path, reason: "internal: hash job finished without a result", partial: nil)
        }
    }

    /// Decodes ahead until `depth` pictures are being hashed or the stream ends.
    private func fill() {
        while inFlight.count < depth && !ended {
            let picture: DecodedPicture
            do {
                guard let p = try decoder.nextPicture() else { ended = true; return }
                picture = p
            } catch {
                failure = .unreadable(path: path, reason: error.description, partial: nil)
                ended = true
                return
            }
            if case let .every(step) = selection {
                let rate = decoder.frameRate.map { Double($0.numerator) / Double($0.denominator) }
                let t = picture.info.seconds ?? rate.map { Double(picture.info.index) / $0 } ?? 0
                guard t + 1e-9 >= nextDue else { continue }
                while nextDue <= t + 1e-9 { nextDue += step }
            }
            if picture.info.width * picture.info.height > 8_000_000 { depth = 2 }
            let job = Job(info: picture.info)
            let exact = self.exact, state = self.state, shownAs = self.shownAs
            var thumbnailTurn: Int? = nil
            if thumbnailKeyframes && picture.info.isKey {
                if keyframesSeen % thumbnailEvery == 0 { thumbnailTurn = Thumbnailer.rotation(exifOrientation: PDQ.orientation(forDisplayRotation: decoder.displayRotation ?? 0)) }
                keyframesSeen += 1
            }
            let turn = thumbnailTurn
            let crops = keyframeCrops && picture.info.isKey
            hashing.async {
                if crops { job.crops = try? picture.withPlane { PDQ.cropHashes($0, shownAs: shownAs) } }
                job.result = Result { try picture.withPlane { state.hash($0, exact: exact, shownAs: shownAs) } }
                if let turn { job.thumbnail = try? picture.withPlane { Thumbnailer.make($0, rotation: turn) } }
                job.done.signal()
            }
            inFlight.append(job)
        }
    }

    deinit {
        for job in inFlight { job.done.wait() }
    }
}

/// One picture being hashed: written by the worker before it signals, read after the wait.
private final class Job: @unchecked Sendable {
    let info: DecodedFrameInfo
    let done = DispatchSemaphore(value: 0)
    var result: Result<(stored: PDQResult, shown: PDQHash?), any Error>?
    var thumbnail: (width: Int, height: Int, pixels: [UInt8])?
    var crops: [PDQHash]?
    init(info: DecodedFrameInfo) { self.info = info }
}

/// State used only on the serial hashing queue: the filter weights for the clip's picture size.
private final class WorkerState: @unchecked Sendable {
    private var plan: TentSampler.Plan?

    func hash(_ plane: PlaneView, exact: Bool, shownAs: Dihedral) -> (stored: PDQResult, shown: PDQHash?) {
        if !exact && (plan?.width != plane.width || plan?.height != plane.height) && plane.width >= 128 && plane.height >= 128 {
            plan = TentSampler.Plan(width: plane.width, height: plane.height)
        }
        return PDQ.hashAndShown(plane, exact: exact, plan: plan, shownAs: shownAs)
    }
}
