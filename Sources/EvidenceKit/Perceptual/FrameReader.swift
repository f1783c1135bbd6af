import MediaBridge

/// Streams `FrameRecord`s from one decode pass: libavcodec decodes on its own threads (frame
/// threading) while the caller hashes the picture it was handed, so hashing overlaps decoding.
/// Memory does not grow with clip length: one picture is held at a time.
///
/// A clip whose decoding fails part-way yields every record before the failure, then throws with
/// the frame index and byte offset. Packets the decoder rejects are counted in `problems`.
public final class FrameReader {
    public let path: String
    public let selection: FrameSelection
    /// Hash every picture at full resolution with the reference pipeline (slower; no block reduction).
    public let exact: Bool
    private let decoder: VideoDecoder
    private var nextDue: Double = 0

    /// Rejected packets and decoder errors met so far (decoding continued after each).
    public var problems: [DecodeProblem] { decoder.problems }
    public var codecName: String { decoder.codecName }

    public init(path: String, selection: FrameSelection = .all, threads: Int = 0, exact: Bool = false) throws(InspectionError) {
        self.path = path
        self.selection = selection
        self.exact = exact
        do {
            // A missing file must read as missing, not as "not media".
            _ = try RandomAccessFile(path: path)
            decoder = try VideoDecoder(path: path, selection: selection == .keyframes ? .keyframes : .all, threads: threads)
        } catch let e as MediaBridgeError {
            throw InspectionError.from(e, path: path)
        } catch {
            throw InspectionError.unreadable(path: path, reason: "\(error)", partial: nil)
        }
    }

    /// The next selected picture with its hash; nil at the end.
    public func next() throws(InspectionError) -> FrameRecord? {
        while true {
            let info: DecodedFrameInfo
            do {
                guard let i = try decoder.nextFrame() else { return nil }
                info = i
            } catch {
                throw InspectionError.unreadable(path: path, reason: error.description, partial: nil)
            }
            if case let .every(step) = selection {
                let t = info.seconds ?? 0
                guard t + 1e-9 >= nextDue else { continue }
                while nextDue <= t + 1e-9 { nextDue += step }
            }
            let result: PDQResult
            do {
                result = try decoder.withCurrentPicture { PDQ.hash($0, exact: exact) }
            } catch let e as MediaBridgeError {
                throw InspectionError.unreadable(path: path, reason: e.description, partial: nil)
            } catch {
                throw InspectionError.unreadable(path: path, reason: "\(error)", partial: nil)
            }
            return FrameRecord(index: info.index, seconds: info.seconds, pts: info.pts, pictureType: info.pictureType, key: info.isKey,
                               packetSize: info.packetSize, packetOffset: info.packetOffset, pdq: result.hash, quality: result.quality,
                               corrupt: info.corrupt)
        }
    }

    /// The records as an async sequence, for consumers that want one.
    public func records() -> AsyncThrowingStream<FrameRecord, any Error> {
        AsyncThrowingStream { continuation in
            do {
                while let r = try self.next() { continuation.yield(r) }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
    }
}
