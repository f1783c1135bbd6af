/// `video.bitstream.signed-video` — the camera signed its pictures as it recorded them (Axis Signed
/// Video): check the signatures and say, picture by picture, whether the stream is what was signed.
public struct SignedVideoDetector: Detector {
    public static let description = DetectorDescription(
        id: "video.bitstream.signed-video", name: "Signed Video: pictures against the camera's signatures",
        nameVi: "Signed Video: đối chiếu khung hình với chữ ký của camera",
        severity: .strong, indicates: .inconclusive,
        rationale: "Axis cameras and other users of the open-source Signed Video Framework put signed SEI units into their H.264 streams while recording: each lists a SHA-256 hash of every picture NAL unit of the group of pictures just closed (the I-picture, then each later picture and the next I-picture chained to it) and an ECDSA signature over the list, with the public key and the product information (manufacturer, hardware id, firmware, serial number) alongside. The signatures are checked with OpenSSL and the hashes against the NAL units as stored, so a stream copy into another container still verifies, and any changed byte in a picture does not. All valid and every signed picture in place: reported (info) with the signer and the key's fingerprint — the key is the one the stream carries, so who owns it must be checked against the maker or the camera's owner, and the last group is unsigned when recording stopped before its signature. A signature that does not verify, or a picture whose bytes differ from its signed hash or is missing from its group, is strong: those pictures are not what the camera recorded — altered, or damaged in storage or transfer (a lost network packet drops a picture too), which the bytes cannot tell apart, so it asks for review and names the pictures. A picture inside a signed group that the camera never listed was added: edited.",
        rationaleVi: "Camera Axis và những nơi khác dùng Signed Video Framework mã nguồn mở đặt các đơn vị SEI có chữ ký vào luồng H.264 trong khi ghi: mỗi đơn vị liệt kê mã băm SHA-256 của mọi đơn vị NAL hình ảnh của nhóm khung vừa khép lại (khung I, rồi từng khung sau đó và khung I tiếp theo nối vào chuỗi) và một chữ ký ECDSA trên danh sách đó, kèm khóa công khai và thông tin sản phẩm (hãng sản xuất, mã phần cứng, phần mềm máy, số sê-ri). Các chữ ký được kiểm tra bằng OpenSSL và các mã băm được đối chiếu với các đơn vị NAL như đang lưu, nên một bản sao luồng sang tệp chứa khác vẫn xác minh được, còn bất kỳ byte nào bị đổi trong một khung thì không. Khi mọi chữ ký hợp lệ và mọi khung đã ký đều đúng chỗ: báo (thông tin) kèm người ký và dấu vân tay của khóa — khóa là khóa mà chính luồng mang theo, nên ai sở hữu nó phải được đối chiếu với hãng sản xuất hoặc chủ sở hữu camera, và nhóm cuối không có chữ ký khi việc ghi dừng trước khi chữ ký của nó được ghi. Một chữ ký không xác minh được, hoặc một khung có byte khác với mã băm đã ký hay bị thiếu khỏi nhóm của nó, là dấu hiệu mạnh: những khung đó không phải là những gì camera đã ghi — bị sửa, hoặc bị hỏng khi lưu trữ hay truyền (một gói mạng bị mất cũng làm rơi một khung), điều mà các byte không thể phân biệt, nên phát hiện yêu cầu xem xét và nêu tên các khung. Một khung nằm trong một nhóm đã ký mà camera chưa từng liệt kê là khung được thêm vào: đã chỉnh sửa.",
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
        var signerParts: [Message] = []
        if let m = sv.signer["manufacturer"] { signerParts.append(message("signer-manufacturer", ["value": .text(m)])) }
        if let v = sv.signer["hardwareId"] { signerParts.append(message("signer-hardware", ["value": .text(v)])) }
        if let v = sv.signer["firmware"] { signerParts.append(message("signer-firmware", ["value": .text(v)])) }
        if let v = sv.signer["serialNumber"] { signerParts.append(message("signer-serial", ["value": .text(v)])) }
        let who: MessageArgument = .message(signerParts.isEmpty ? message("no-signer") : message("by", ["signer": .messages(signerParts)]))
        let keyNote: MessageArgument = .message(sv.publicKeySHA256.map { message("key-note", ["key": .text(String($0.prefix(16)))]) } ?? message("no-note"))

        guard !valid.isEmpty || !invalid.isEmpty else {
            // Signatures in a form not checked here (another hash algorithm, no key in the stream): say so, judge nothing.
            return [finding(message("unchecked", ["count": .number(sv.signatures.count), "who": who, "outcomes": .list(Set(sv.signatures.map(\.outcome)).sorted())]),
                            evidence, severity: .info, indicates: VerdictClass.none)]
        }
        let added = sv.mismatches.filter { $0.kind == "extra" }
        let broken = sv.mismatches.filter { $0.kind != "extra" }
        if !added.isEmpty {
            evidence["addedPictures"] = .strings(added.prefix(20).map(Self.describe))
            if let o = added.first?.byteOffset { evidence["byteOffset"] = .int(o) }
            return [finding(message("added", ["who": who, "count": .number(added.count), "places": .messages(Self.placeMessages(added))]),
                            evidence, severity: .strong, indicates: .edited)]
        }
        if !invalid.isEmpty || !broken.isEmpty {
            var parts: [Message] = []
            if !invalid.isEmpty {
                let at = invalid.prefix(5).map { s in s.byteOffset.map { message("at-byte", ["byteOffset": .int($0)]) } ?? message("at-packet", ["packet": .number(s.packet)]) }
                parts.append(message("invalid", ["count": .number(invalid.count), "total": .number(sv.signatures.count), "at": .messages(at)]))
                evidence["invalidSignatures"] = .strings(invalid.prefix(20).map { "packet \($0.packet)" + ($0.byteOffset.map { " at byte \($0)" } ?? "") })
                if let o = invalid.first?.byteOffset { evidence["byteOffset"] = .int(o) }
            }
            if !broken.isEmpty {
                let changed = broken.filter { $0.kind == "changed" }, missing = broken.filter { $0.kind == "missing" }
                if !changed.isEmpty { parts.append(message("changed", ["count": .number(changed.count), "places": .messages(Self.placeMessages(changed))])) }
                if !missing.isEmpty { parts.append(message("missing", ["count": .number(missing.count)])) }
                evidence["changedPictures"] = .strings(broken.prefix(20).map(Self.describe))
                if let m = changed.first { evidence["frame"] = .int(Int64(m.packet ?? 0)); if let o = m.byteOffset { evidence["byteOffset"] = .int(o) } }
            }
            return [finding(message("broken", ["who": who, "valid": .number(valid.count), "total": .number(sv.signatures.count),
                                               "verified": .number(sv.verifiedUnits), "units": .number(sv.pictureUnits), "parts": .messages(parts)]),
                            evidence, severity: .strong, indicates: .inconclusive)]
        }
        if !sv.unsignedGroups.isEmpty { evidence["unsignedGroupsAtPackets"] = .strings(sv.unsignedGroups.prefix(20).map(String.init)) }
        let gaps: MessageArgument = .message(sv.unsignedGroups.isEmpty ? message("no-note")
            : message("gaps", ["count": .number(sv.unsignedGroups.count), "packets": .list(sv.unsignedGroups.prefix(5).map(String.init))]))
        let tail: MessageArgument = .message(sv.unsignedTail > 0 ? message("tail", ["count": .number(sv.unsignedTail)]) : message("no-note"))
        let unchecked = sv.signatures.count - valid.count
        let others = unchecked == 0 ? message("all-verify", ["valid": .number(valid.count)]) : message("some-verify", ["valid": .number(valid.count), "unchecked": .number(unchecked)])
        return [finding(message("verified", ["who": who, "others": .message(others), "verified": .number(sv.verifiedUnits), "units": .number(sv.pictureUnits),
                                             "tail": tail, "gaps": gaps, "keyNote": keyNote]),
                        evidence, severity: sv.unsignedGroups.isEmpty ? .info : .weak, indicates: sv.unsignedGroups.isEmpty ? VerdictClass.none : .inconclusive)]
    }

    static func describe(_ m: SignedVideoFacts.Mismatch) -> String {
        (m.packet.map { "packet \($0)" } ?? "a picture listed at position \(m.position)") + (m.byteOffset.map { " at byte \($0)" } ?? "") + " (group from packet \(m.groupStartPacket), \(m.kind))"
    }

    static func placeMessages(_ ms: [SignedVideoFacts.Mismatch]) -> [Message] {
        var out = ms.prefix(5).map { m -> Message in
            let k = "video.bitstream.signed-video.place"
            switch (m.packet, m.byteOffset) {
            case let (p?, o?): return Message(k + "-picture-at", ["picture": .number(p), "byteOffset": .int(o)])
            case let (p?, nil): return Message(k + "-picture", ["picture": .number(p)])
            case let (nil, o?): return Message(k + "-listed-at", ["byteOffset": .int(o)])
            case (nil, nil): return Message(k + "-listed")
            }
        }
        if ms.count > 5 { out.append(Message("common.ellipsis")) }
        return out
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
