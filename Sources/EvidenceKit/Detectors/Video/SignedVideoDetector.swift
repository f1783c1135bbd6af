/// `video.bitstream.signed-video` — the camera signed its pictures as it recorded them (Axis Signed
/// Video): check the signatures and say, picture by picture, whether the stream is what was signed.
public struct SignedVideoDetector: Detector {
    public static let description = DetectorDescription(
        id: "video.bitstream.signed-video", name: "Signed Video: pictures against the camera's signatures",
        nameVi: "Signed Video: đối chiếu khung hình với chữ ký của camera",
        severity: .strong, indicates: .inconclusive,
        rationale: "Axis cameras and other users of the open-source Signed Video Framework put signed SEI units into their H.264 streams while recording: each lists a SHA-256 hash of every picture NAL unit of the group of pictures just closed (the I-picture, then each later picture and the next I-picture chained to it) and an ECDSA signature over the list, with the public key and the product information (manufacturer, hardware id, firmware, serial number) alongside. The signatures are checked with OpenSSL and the hashes against the NAL units as stored, so a stream copy into another container still verifies, and any changed byte in a picture does not. All valid and every signed picture in place: reported (info) with the signer and the key's fingerprint — the key is the one the stream carries, so who owns it must be checked against the maker or the camera's owner, and the last group is unsigned when recording stopped before its signature. A signature that does not verify, or a picture whose bytes differ from its signed hash or is missing from its group, is strong: those pictures are not what the camera recorded — altered, or damaged in storage or transfer (a lost network packet drops a picture too), which the bytes cannot tell apart, so it asks for review and names the pictures. A picture inside a signed group that the camera never listed was added: edited.",
        rationaleVi: "Camera Axis và các thiết bị dùng Signed Video Framework chèn SEI có chữ ký vào luồng H.264 khi quay: mỗi SEI liệt kê mã SHA-256 của mọi khung trong nhóm ảnh vừa kết thúc và chữ ký ECDSA, kèm khóa công khai và thông tin sản phẩm. Chữ ký được kiểm tra bằng OpenSSL và mã băm được so với dữ liệu khung như đang lưu. Mọi chữ ký hợp lệ và mọi khung đúng chỗ: ghi nhận cùng người ký và dấu vân tay khóa. Chữ ký không hợp lệ, hoặc khung có dữ liệu khác mã băm đã ký hay bị thiếu: các khung đó không còn như camera đã ghi (bị sửa hoặc hỏng), cần xem xét. Khung nằm trong nhóm đã ký mà camera không liệt kê là khung được chèn thêm: đã bị chỉnh sửa.",
        examples: [
            DetectorExample("no signatures", .synthetic(), fires: false),
            DetectorExample("two valid signatures, every signed picture in place (info)", .synthetic().withSignedVideo(valid: 2, invalid: 0, mismatches: []), fires: true),
            DetectorExample("picture 137 differs from its signed hash", .synthetic().withSignedVideo(valid: 6, invalid: 0, mismatches: [(137, "changed")]), fires: true),
            DetectorExample("a signature that does not verify", .synthetic().withSignedVideo(valid: 1, invalid: 1, mismatches: []), fires: true),
            DetectorExample("signatures in a form not checked here (info)", .synthetic().withSignedVideo(valid: 0, invalid: 0, mismatches: [], unsupported: 2), fires: true),
            DetectorExample("a picture added inside a signed group (edited)", .synthetic().withSignedVideo(valid: 2, invalid: 0, mismatches: [(40, "extra")]), fires: true),
        ])

    public init() {}

    public func run(_ e: Evidence) -> [Finding] {
        guard let sv = e.signedVideo, !sv.signatures.isEmpty else { return [] }
        let valid = sv.signatures.filter { $0.outcome == "valid" }
        let invalid = sv.signatures.filter { $0.outcome == "invalid" }
        let signer = [sv.signer["manufacturer"], sv.signer["hardwareId"].map { "hardware \($0)" }, sv.signer["firmware"].map { "firmware \($0)" },
                      sv.signer["serialNumber"].map { "serial \($0)" }].compactMap { $0 }.joined(separator: ", ")
        var evidence: [String: EvidenceValue] = [
            "signatures": .int(Int64(sv.signatures.count)), "validSignatures": .int(Int64(valid.count)),
            "pictureUnits": .int(Int64(sv.pictureUnits)), "verifiedUnits": .int(Int64(sv.verifiedUnits)),
            "unsignedTail": .int(Int64(sv.unsignedTail)), "signer": .string(signer.isEmpty ? "not stated" : signer),
        ]
        if let key = sv.publicKeySHA256 { evidence["publicKeySHA256"] = .string(key) }
        if let first = sv.signatures.first, let o = first.byteOffset { evidence["byteOffset"] = .int(o) }
        if let first = sv.signatures.first { evidence["packet"] = .int(Int64(first.packet)) }
        let who = signer.isEmpty ? "" : " by \(signer)"
        let keyNote = sv.publicKeySHA256.map { " The public key is the one the stream carries (SHA-256 \(String($0.prefix(16)))…): who holds it must be confirmed with the maker or the camera's owner." } ?? ""

        guard !valid.isEmpty || !invalid.isEmpty else {
            // Signatures in a form not checked here (another hash algorithm, no key in the stream): say so, judge nothing.
            return [finding("The stream carries \(sv.signatures.count) Signed Video SEI unit(s)\(who) that this tool cannot check (\(Set(sv.signatures.map(\.outcome)).sorted().joined(separator: ", ")): another hash algorithm, or no public key in the stream). Verify them with the maker's validator.",
                            vi: "Luồng video có \(sv.signatures.count) SEI Signed Video mà công cụ này không kiểm tra được: cần xác minh bằng công cụ của hãng.",
                            evidence, severity: .info, indicates: VerdictClass.none)]
        }
        let added = sv.mismatches.filter { $0.kind == "extra" }
        let broken = sv.mismatches.filter { $0.kind != "extra" }
        if !added.isEmpty {
            let where_ = Self.places(added)
            evidence["addedPictures"] = .strings(added.prefix(20).map(Self.describe))
            if let o = added.first?.byteOffset { evidence["byteOffset"] = .int(o) }
            return [finding("The stream is signed with Signed Video\(who), but \(added.count) picture unit(s) inside a signed group of pictures are not in the list signed when recording (\(where_)): pictures were added after recording.",
                            vi: "Luồng video có chữ ký Signed Video nhưng \(added.count) khung nằm trong nhóm ảnh đã ký lại không có trong danh sách camera đã ký: khung đã được chèn thêm sau khi quay.",
                            evidence, severity: .strong, indicates: .edited)]
        }
        if !invalid.isEmpty || !broken.isEmpty {
            var parts: [String] = []
            if !invalid.isEmpty {
                parts.append("\(invalid.count) of \(sv.signatures.count) signatures do not verify with the key they carry (SEI at \(invalid.prefix(5).map { $0.byteOffset.map { "byte \($0)" } ?? "packet \($0.packet)" }.joined(separator: ", ")))")
                evidence["invalidSignatures"] = .strings(invalid.prefix(20).map { "packet \($0.packet)" + ($0.byteOffset.map { " at byte \($0)" } ?? "") })
                if let o = invalid.first?.byteOffset { evidence["byteOffset"] = .int(o) }
            }
            if !broken.isEmpty {
                let changed = broken.filter { $0.kind == "changed" }, missing = broken.filter { $0.kind == "missing" }
                if !changed.isEmpty { parts.append("\(changed.count) picture unit(s) differ from the hash signed for them (\(Self.places(changed)))") }
                if !missing.isEmpty { parts.append("\(missing.count) signed picture unit(s) are missing from their group") }
                evidence["changedPictures"] = .strings(broken.prefix(20).map(Self.describe))
                if let m = changed.first { evidence["frame"] = .int(Int64(m.packet ?? 0)); if let o = m.byteOffset { evidence["byteOffset"] = .int(o) } }
            }
            return [finding("The stream is signed with Signed Video\(who) (\(valid.count) of \(sv.signatures.count) signatures valid, \(sv.verifiedUnits) of \(sv.pictureUnits) picture units verified), but " + parts.joined(separator: "; ") + ". Those pictures are not what was signed when recording: altered, or damaged in storage or transfer, which the bytes cannot tell apart; the verified pictures around them are exactly as recorded.",
                            vi: "Luồng video có chữ ký Signed Video nhưng có chữ ký không hợp lệ hoặc khung khác với mã băm camera đã ký: các khung đó không còn như camera đã ghi (bị sửa hoặc hỏng); các khung đã xác minh vẫn là của camera.",
                            evidence, severity: .strong, indicates: .inconclusive)]
        }
        if !sv.unsignedGroups.isEmpty { evidence["unsignedGroupsAtPackets"] = .strings(sv.unsignedGroups.prefix(20).map(String.init)) }
        let gaps = sv.unsignedGroups.isEmpty ? "" : " \(sv.unsignedGroups.count) group(s) of pictures in between carry no signature (starting at packet \(sv.unsignedGroups.prefix(5).map(String.init).joined(separator: ", "))): a signature was lost or removed there, or a piece was joined in."
        let tail = sv.unsignedTail > 0 ? " The last \(sv.unsignedTail) picture unit(s) come after the last signature (recording stopped before it was written)." : ""
        let unchecked = sv.signatures.count - valid.count
        let others = unchecked == 0 ? "all \(valid.count) signatures verify" : "\(valid.count) signatures verify (\(unchecked) more in a form not checked here)"
        return [finding("Signed Video\(who): \(others) (ECDSA over SHA-256), and \(sv.verifiedUnits) of \(sv.pictureUnits) picture units match the hashes signed for them, in order — those pictures are byte for byte as recorded, whatever container holds them now.\(tail)\(gaps)\(keyNote)",
                        vi: "Signed Video: cả \(valid.count) chữ ký đều hợp lệ và \(sv.verifiedUnits)/\(sv.pictureUnits) khung khớp mã băm camera đã ký: các khung đó đúng từng byte như camera đã ghi.",
                        evidence, severity: sv.unsignedGroups.isEmpty ? .info : .weak, indicates: sv.unsignedGroups.isEmpty ? VerdictClass.none : .inconclusive)]
    }

    static func describe(_ m: SignedVideoFacts.Mismatch) -> String {
        (m.packet.map { "packet \($0)" } ?? "a picture listed at position \(m.position)") + (m.byteOffset.map { " at byte \($0)" } ?? "") + " (group from packet \(m.groupStartPacket), \(m.kind))"
    }

    static func places(_ ms: [SignedVideoFacts.Mismatch]) -> String {
        ms.prefix(5).map { m in (m.packet.map { "picture \($0)" } ?? "a listed picture") + (m.byteOffset.map { " at byte \($0)" } ?? "") }.joined(separator: ", ") + (ms.count > 5 ? ", …" : "")
    }
}

extension Evidence {
    /// A copy with Signed Video facts: valid and invalid signatures, and mismatched pictures by packet (for examples).
    public func withSignedVideo(valid: Int, invalid: Int, mismatches: [(Int, String)], unsupported: Int = 0) -> Evidence {
        var e = self
        let signatures = (0..<(valid + invalid + unsupported)).map { n in
            SignedVideoFacts.Signature(byteOffset: Int64(1000 + n * 50_000), packet: n * 64, hashes: 65,
                                       outcome: n < valid ? "valid" : n < valid + invalid ? "invalid" : "unsupported", groupStartPacket: n * 64)
        }
        e.signedVideo = SignedVideoFacts(
            signatures: signatures, signer: ["manufacturer": "Axis Communications AB", "hardwareId": "7EB.1", "serialNumber": "B8A44F27E6D1"],
            publicKeySHA256: String(repeating: "ab", count: 32), packets: 256, pictureUnits: 256, verifiedUnits: 256 - mismatches.count,
            mismatches: mismatches.map { .init(packet: $0.0, byteOffset: Int64($0.0 * 2000), groupStartPacket: $0.0 / 64 * 64, position: $0.0 % 64, kind: $0.1, signatureOffset: 1000) },
            unsignedTail: 0, unsignedGroups: [])
        return e
    }
}
