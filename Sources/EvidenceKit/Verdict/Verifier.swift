import MediaBridge

/// Runs the probe, the detectors and the policy for one file: reading is the probe's, judgement here.
public struct Verifier: Sendable {
    public var policy: Policy
    public var depth: VerifyDepth
    /// The time of the analysis (Unix seconds): an input, so the same file and options give the same
    /// bytes; nil takes the clock once per file.
    public var analysisTime: Int64?
    /// Threads for the video decoder (0: one per core).
    public var decoderThreads: Int = 0

    public init(policy: Policy = .default, depth: VerifyDepth = .structure, analysisTime: Int64? = nil, decoderThreads: Int = 0) {
        self.policy = policy
        self.depth = depth
        self.analysisTime = analysisTime
        self.decoderThreads = decoderThreads
    }

    /// Gathers the evidence (one read of the file) and judges it. A partly readable file is judged on
    /// what was read; a file that cannot be read at all throws.
    public func verify(path: String) throws(InspectionError) -> VerifyReport {
        try verifyKeepingHashes(path: path).report
    }

    /// `verify`, also handing back the per-frame and per-packet hashes the probe computed (for the batch ledger).
    public func verifyKeepingHashes(path: String) throws(InspectionError) -> (report: VerifyReport, frames: [FrameRecord]?, packets: [PacketRecord]?) {
        let (report, evidence) = try verifyKeepingEvidence(path: path)
        return (report, evidence?.frames, evidence?.packets)
    }

    /// `verify`, also handing back the evidence it judged (nil for a file read only in part), with grey
    /// thumbnails of the pictures when `thumbnails` is set (`evidence report`).
    public func verifyKeepingEvidence(path: String, thumbnails: Bool = false) throws(InspectionError) -> (report: VerifyReport, evidence: Evidence?) {
        let evidence: Evidence
        do {
            var probe = Probe(depth: depth, analysisTime: analysisTime, decoderThreads: decoderThreads)
            probe.limits = policy.limits
            probe.thumbnails = thumbnails
            evidence = try probe.gather(path: path)
        } catch let error {
            guard case let .unreadable(_, reason, partial?) = error else { throw error }
            // Partly readable (truncated): judge what was read.
            var i = partial
            if !i.problems.contains(reason) { i.problems.append(reason) }
            var e = Evidence(inspection: i)
            e.verifiedAt = analysisTime ?? Clock.now()
            return (judge(e), nil)
        }
        return (judge(evidence), evidence)
    }

    /// Whether the file's first bytes are a photo format's (JPEG, HEIF, PNG, …). Photos decode on one
    /// thread; videos use every core.
    public static func isPhoto(path: String) -> Bool {
        guard let file = try? RandomAccessFile(path: path), let head = try? file.read(at: 0, count: 64) else { return false }
        return Sniffer.family(of: head).kind == .photo
    }

    /// Raw streams up to this size are decoded to their end at every depth.
    public static let rawStreamDecodeLimit = Probe.rawStreamDecodeLimit

    /// Detectors and policy on already gathered evidence.
    public func judge(_ evidence: Evidence) -> VerifyReport {
        let findings = DetectorRegistry.all.flatMap { $0.run(evidence) }
        let verdict = VerdictAggregator.verdict(findings, policy: policy)
        let i = evidence.inspection
        var report = VerifyReport(file: i.file, kind: i.kind, metadata: i.metadata, findings: findings, verdict: verdict, depth: depth.rawValue)
        report.analysisTime = evidence.verifiedAt.map { CivilTime.iso(unixSeconds: $0) + "Z" }
        return report
    }
}
