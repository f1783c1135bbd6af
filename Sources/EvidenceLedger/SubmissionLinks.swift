import EvidenceKit

/// The `link.*` findings of a batch (issue 16): each earlier submission this one duplicates or shares footage
/// with, found in the ledger's duplicates index before the submission is committed.
///
/// A link is a fact, never an accusation, so it is `info`: the finding says what matched (same file, same coded
/// pictures, similar photo, the matched frames and times of similar footage), whether the same reporter sent
/// the earlier one (by the contact fields kept apart; only "same", "other" or "not recorded" leaves the ledger),
/// and what that means — another reporter corroborates, the same reporter re-submits. One link is more than a
/// fact: when this submission claims a time later than the moment the same footage was first received, the
/// claimed time cannot be true (`link.time.contradicted`, strong, `inconclusive` like every contradicted claim).
///
/// Examples (`BatchTests`, `SimilarityTests`):
/// - the GoPro clip sent twice (two paths, same bytes): the second gets `link.same-file` naming the first;
/// - its remux to MOV after it: `link.same-payload`;
/// - its x264 re-encode: `link.similar-footage` with frames 0–N matching at a median distance under 10;
/// - the re-encode claimed a day after the original was received: also `link.time.contradicted`.
public enum SubmissionLinks {
    public static func findings(for item: WorkItem, sha256: String, report: VerifyReport, index: IndexEntry?, ledger: Ledger, policy: Policy) -> [Finding] {
        var query = SimilarityQuery(path: item.path, sha256: sha256, kind: report.kind,
                                    payload: index?.payload ?? report.file.videoPayloadSha256 ?? report.file.imageDataSha256,
                                    frames: index?.frames ?? [], codedHashes: index?.coded ?? [], photoVariants: index?.photoVariants ?? [:],
                                    hashed: index?.selection ?? "none")
        query.cropHashes = index?.crops ?? []
        if query.kind == .photo && query.photoVariants.isEmpty, let f = query.frames.first { query.photoVariants = [.original: f.hash] }
        guard let matches = try? SimilarFinder().find(query, in: LedgerSimilarityStore(ledger)) else { return [] }
        var out: [Finding] = []
        for m in matches {
            let same = m.submission.flatMap { try? ledger.sameReporter(item.submission, $0) }
            let reporter = same.map { $0 ? "link.reporter.same" : "link.reporter.other" } ?? "link.reporter.unknown"
            var evidence: [String: EvidenceValue] = ["linkedSha256": .string(m.sha256), "kind": .string(m.kind.rawValue)]
            if let s = m.submission { evidence["linkedSubmission"] = .string(s) }
            if let r = m.firstReceived { evidence["linkedReceived"] = .string(r) }
            if let seq = m.firstLedgerSeq { evidence["linkedLedgerSeq"] = .int(seq) }
            if let d = m.distance { evidence["medianDistance"] = .int(Int64(d.median)) }
            if let q = m.queryShare { evidence["queryShare"] = .double(q) }
            if let t = m.targetShare { evidence["targetShare"] = .double(t) }
            if let r = m.ranges?.first {
                evidence["frame"] = .int(Int64(r.queryFirstFrame))
                evidence["seconds"] = .double(r.queryStart)
                evidence["linkedFrame"] = .int(Int64(r.targetFirstFrame))
                evidence["linkedSeconds"] = .double(r.targetStart)
            } else if m.kind == .similarPhoto {
                evidence["frame"] = 0
            } else {
                // The whole file is what matched.
                evidence["byteOffset"] = 0
                evidence["byteLength"] = .int(report.file.bytes)
            }
            let message = Message("link.found", ["match": .localized(en: m.message, vi: m.messageVi), "reporter": .message(Message(reporter))])
            out.append(Finding(id: "link.\(m.kind.rawValue)", severity: .info, indicates: .none, message: message, evidence: evidence))

            if let claimed = item.claims?.time, let received = m.firstReceived, let claimUTC = CivilTime.instant(claimed),
               let receivedUTC = CivilTime.instant(received), Double(claimUTC - receivedUTC) > policy.claims.timeSeconds {
                var e = evidence
                e["claimed"] = .string(claimed)
                e["differenceSeconds"] = .int(claimUTC - receivedUTC)
                let args: [String: MessageArgument] = ["claimed": .text(claimed), "received": .text(received),
                                                       "submission": .text(m.submission ?? "?"), "kind": .message(Message("similar.kind.\(m.kind.rawValue)"))]
                out.append(Finding(id: "link.time.contradicted", severity: .strong, indicates: .inconclusive, message: Message("link.time.contradicted", args), evidence: e))
            }
        }
        return out
    }
}
