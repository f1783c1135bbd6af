@testable import EvidenceKit
import Testing

/// Issue 13: findings are keys with typed arguments, rendered through an English and a Vietnamese
/// catalogue that hold the same keys, name the same arguments, state the same numbers, and leave no English
/// in the Vietnamese.
@Suite struct MessageCatalogueTests {
    static let english = EnglishMessages.templates
    static let vietnamese = VietnameseMessages.templates

    /// English words that never belong in a Vietnamese sentence (technical names — JPEG, QuickTime, Signed
    /// Video, weighted_pred_flag — are left alone; function words give a left-over English clause away).
    static let englishWords = ["the", "and", "was", "were", "is", "are", "of", "with", "this", "that", "which", "not", "but", "from",
                               "after", "before", "into", "its", "their", "has", "have", "by", "at", "in", "on", "or"]

    @Test func bothCataloguesHoldTheSameKeys() {
        let onlyEnglish = Set(Self.english.keys).subtracting(Self.vietnamese.keys).sorted()
        let onlyVietnamese = Set(Self.vietnamese.keys).subtracting(Self.english.keys).sorted()
        #expect(onlyEnglish.isEmpty, "missing in Vietnamese: \(onlyEnglish)")
        #expect(onlyVietnamese.isEmpty, "missing in English: \(onlyVietnamese)")
    }

    @Test func everyKeyNamesTheSameArgumentsInBothLanguages() {
        for (key, en) in Self.english {
            guard let vi = Self.vietnamese[key] else { continue }
            #expect(MessageRenderer.placeholders(en) == MessageRenderer.placeholders(vi), "\(key): \(MessageRenderer.placeholders(en)) vs \(MessageRenderer.placeholders(vi))")
            // An empty phrase (an optional clause left out) is empty in both.
            #expect(en.isEmpty == vi.isEmpty, "\(key)")
        }
    }

    /// The literal numbers a template states (30 bytes, 0.25, 95–98) appear in both, decimals with a comma
    /// in Vietnamese.
    @Test func literalNumbersAgree() {
        for (key, en) in Self.english {
            guard let vi = Self.vietnamese[key] else { continue }
            #expect(Self.numbers(in: Self.withoutPlaceholders(en)) == Self.numbers(in: Self.withoutPlaceholders(vi).replacingAll(",", ".")), "\(key)")
        }
    }

    @Test func noEnglishLeftInVietnamese() {
        for (key, vi) in Self.vietnamese {
            let words = Self.withoutPlaceholders(vi).lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
            let english = words.filter { Self.englishWords.contains($0) }
            #expect(english.isEmpty, "\(key): \(english) in “\(vi)”")
        }
    }

    /// Every finding every detector example produces comes from the catalogues, renders without a missing
    /// key, and states in Vietnamese every number its English states (arguments included).
    @Test func everyExampleFindingIsCatalogued() {
        var seen = 0
        for d in DetectorRegistry.all {
            for example in type(of: d).description.examples {
                for f in d.run(example.evidence) {
                    seen += 1
                    #expect(f.messageKey != nil, "\(f.id): prose not from the catalogues")
                    #expect(!f.message.contains("[\(f.id)") && !f.messageVi.contains("[\(f.id)"), "\(f.id): key missing")
                    #expect(!f.message.contains("{") && !f.messageVi.contains("{"), "\(f.id): unfilled argument in “\(f.message)”")
                    let en = Self.numbers(in: f.message), vi = Self.numbers(in: f.messageVi.replacingAll(",", "."))
                    #expect(en == vi, "\(f.id) (\(example.name)): \(en) vs \(vi)\n\(f.message)\n\(f.messageVi)")
                }
            }
        }
        #expect(seen > 80)
    }

    /// Each detector's rationale (shown by `evidence detectors explain`) is complete in Vietnamese: the same
    /// numbers, and not a shortened version (at least 85 % of the English length; full translations run
    /// 95–120 %).
    @Test func rationalesAreCompleteInVietnamese() {
        for d in DetectorRegistry.descriptions {
            let en = Self.numbers(in: d.rationale), vi = Self.numbers(in: d.rationaleVi.replacingAll(",", "."))
            #expect(en == vi, "\(d.id): \(en) vs \(vi)")
            #expect(Double(d.rationaleVi.count) >= 0.85 * Double(d.rationale.count), "\(d.id): Vietnamese rationale is \(d.rationaleVi.count) characters, English \(d.rationale.count)")
        }
    }

    /// Camera family names and invariant descriptions, written side by side in `FamilyCatalogue`, state the
    /// same numbers in both languages.
    @Test func familyTextsAgree() {
        for family in FamilyCatalogue.all {
            #expect(!family.nameVi.isEmpty)
            for inv in family.invariants {
                #expect(Self.numbers(in: inv.text) == Self.numbers(in: inv.textVi.replacingAll(",", ".")), "\(inv.id): \(inv.text) / \(inv.textVi)")
            }
        }
    }

    @Test func numbersAreFormattedPerLanguage() {
        let m = Message("video.tracks.duration-mismatch.review", ["video": .seconds(6.04), "audio": .seconds(12.075), "apart": .seconds(6.035)])
        #expect(MessageRenderer.render(m, .en).hasPrefix("The video track lasts 6.04 s and the audio track 12.075 s (6.035 s apart)"))
        #expect(MessageRenderer.render(m, .vi).hasPrefix("Rãnh hình dài 6,04 s còn rãnh âm thanh dài 12,075 s (lệch nhau 6,035 s)"))
        #expect(MessageRenderer.decimal(0.5, places: 3, comma: false) == "0.5")
        #expect(MessageRenderer.decimal(2, places: 3, comma: true) == "2")
        #expect(MessageRenderer.decimal(-0.0004, places: 3, comma: false) == "0")
    }

    @Test func verdictExplanationsComeInBothLanguages() {
        let f = Finding(id: "x.y.z", severity: .strong, indicates: .edited, message: Message("photo.exif.dimensions.cropped", [
            "w": .number(100), "h": .number(50), "field": .text("EXIF PixelXDimension × PixelYDimension"), "ew": .number(400), "eh": .number(300),
            "aspect": .decimal(2, places: 3), "recordedAspect": .decimal(4.0 / 3, places: 3)]), evidence: ["byteOffset": 12])
        let v = VerdictAggregator.verdict([f])
        #expect(v.explanation.hasPrefix("Edited: The picture is 100×50 (aspect 2)"))
        #expect(v.explanationVi?.hasPrefix("Đã bị chỉnh sửa: Ảnh có kích thước 100×50 (tỉ lệ 2)") == true, "\(v.explanationVi ?? "")")
        #expect(f.location?.byteOffset == 12)
    }

    static func withoutPlaceholders(_ s: String) -> String {
        var out = "", skipping = false
        for c in s {
            if c == "{" { skipping = true } else if c == "}" { skipping = false } else if !skipping { out.append(c) }
        }
        return out
    }

    /// The numbers in a sentence, sorted (the library's own helper; decimals already with a point).
    static func numbers(in s: String) -> [String] { MessageRenderer.statedNumbers(s, .en) }
}
