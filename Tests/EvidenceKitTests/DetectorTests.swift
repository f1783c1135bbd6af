@testable import EvidenceKit
import Testing

/// Every detector's own examples run as tests, plus checks the harness applies to every detector
/// (the SwiftLint pattern): unique dotted ids, both languages documented, no crash on degenerate evidence.
@Suite struct DetectorTests {
    static let detectors = DetectorRegistry.all.map { type(of: $0).description.id }
    /// Evidence keys that locate a finding in the file.
    static let locating: Set<String> = ["byteOffset", "frame", "firstFrame", "seconds", "sample", "samples", "trackOffset", "videoTrackOffset",
                                        "thumbnailOffset", "item", "atom", "fileName", "tag", "stream", "box", "field"]

    @Test(arguments: DetectorTests.detectors)
    func examplesBehaveAsDocumented(_ id: String) throws {
        let detector = try #require(DetectorRegistry.all.first { type(of: $0).description.id == id })
        let d = type(of: detector).description
        #expect(!d.examples.isEmpty)
        #expect(d.examples.contains { $0.fires } && d.examples.contains { !$0.fires }, "\(id) needs firing and silent examples")
        for example in d.examples {
            let findings = detector.run(example.evidence)
            #expect(findings.isEmpty != example.fires, "\(id): example '\(example.name)' (\(example.file):\(example.line))")
            if let severity = example.severity { #expect(findings.first?.severity == severity, "\(id): example '\(example.name)' severity") }
            if let indicates = example.indicates { #expect(findings.first?.indicates == indicates, "\(id): example '\(example.name)' class") }
            for f in findings {
                #expect(f.id == id)
                #expect(!f.message.isEmpty && !f.messageVi.isEmpty)
                #expect(!f.evidence.isEmpty, "\(id): a finding must carry its evidence")
                // Issue 4: every finding that can decide carries located evidence — where in the file, or
                // which picture, sample, track, item or time.
                if f.severity >= .weak {
                    #expect(!Set(f.evidence.keys).isDisjoint(with: Self.locating), "\(id): no located evidence in \(f.evidence.keys.sorted())")
                }
            }
        }
    }

    /// `detectors explain --lang vi` names every example in Vietnamese, never falling back to the English name.
    @Test func everyExampleHasAVietnameseName() {
        let missing = DetectorRegistry.descriptions.flatMap { d in d.examples.filter { ExampleNames.vietnamese[$0.name] == nil }.map { "\(d.id): \($0.name)" } }
        #expect(missing.isEmpty, "\(missing)")
    }

    @Test func idsAreUniqueDottedAndDocumented() {
        let ds = DetectorRegistry.descriptions
        #expect(Set(ds.map(\.id)).count == ds.count)
        for d in ds {
            #expect(d.id.split(separator: ".").count == 3, "\(d.id) is not <kind>.<area>.<name>")
            #expect(!d.rationale.isEmpty && !d.rationaleVi.isEmpty && !d.name.isEmpty && !d.nameVi.isEmpty)
        }
    }

    /// Empty, truncated and metadata-stripped evidence: every detector runs without crashing.
    @Test(arguments: DetectorTests.detectors)
    func survivesDegenerateEvidence(_ id: String) {
        let detector = DetectorRegistry.all.first { type(of: $0).description.id == id }!
        var empty = Evidence.synthetic(majorBrand: nil, topLevel: [], created: 0)
        empty.inspection.container = nil
        let truncated = Evidence.synthetic(topLevel: ["ftyp"], coverage: Coverage(fileBytes: 10, coveredBytes: 0, complete: false))
        let stripped = Evidence.synthetic(handlers: ["", ""], items: [])
        let photo = Evidence.synthetic(kind: .photo)
        for e in [empty, truncated, stripped, photo] { _ = detector.run(e) }
    }
}

@Suite struct VerdictTests {
    func f(_ severity: Severity, _ c: VerdictClass, _ id: String = "test.area.name") -> Finding {
        Finding(id: id, severity: severity, indicates: c, message: "m", messageVi: "m", evidence: ["k": 1])
    }

    @Test func strongFindingDecides() {
        let v = VerdictAggregator.verdict([f(.strong, .reEncoded, "a.b.c"), f(.info, .none, "d.e.f")])
        #expect(v.class == .reEncoded && v.decision == .review && v.reasons == ["a.b.c"])
    }

    /// Every verdict says what the officer does next, in both languages: a re-encoded file is what a messaging
    /// app sends, so the step is to ask for the original sent as a file, never an accusation.
    @Test func everyVerdictSaysWhatToDoNextInBothLanguages() {
        let cases: [(VerdictClass, [Finding])] = [
            (.reEncoded, [f(.strong, .reEncoded)]), (.remuxed, [f(.strong, .remuxed)]), (.metadataAltered, [f(.strong, .metadataAltered)]),
            (.edited, [f(.strong, .edited)]), (.inconclusive, []), (.unreadable, [f(.conclusive, .unreadable)]),
            (.consistentWithOriginal, [f(.info, .consistentWithOriginal)]),
        ]
        var seen = Set<String>()
        for (c, findings) in cases {
            let v = VerdictAggregator.verdict(findings)
            #expect(v.class == c)
            let en = v.nextStep ?? "", vi = v.nextStepVi ?? ""
            #expect(en.count > 40 && vi.count > 40 && en != vi, "\(c): \(en) / \(vi)")
            #expect(seen.insert(en).inserted, "\(c) repeats another class's step")
        }
        let reEncoded = VerdictAggregator.verdict([f(.strong, .reEncoded)])
        #expect(reEncoded.nextStep?.contains("Zalo") == true && reEncoded.nextStep?.contains("as a file") == true)
        #expect(reEncoded.nextStepVi?.contains("dưới dạng tệp") == true)
    }

    @Test func mostSeriousClassWins() {
        let v = VerdictAggregator.verdict([f(.strong, .remuxed, "a.b.r"), f(.strong, .edited, "a.b.e"), f(.conclusive, .reEncoded, "a.b.x")])
        #expect(v.class == .edited && v.decision == .reject)
        #expect(v.reasons == ["a.b.e", "a.b.x", "a.b.r"])
    }

    var recognised: Finding { f(.info, .consistentWithOriginal, "family.writer.recognised") }

    @Test func oneWeakSignDoesNotAccuse() {
        let v = VerdictAggregator.verdict([f(.weak, .reEncoded, "a.b.w"), recognised])
        #expect(v.class == .consistentWithOriginal && v.decision == .accept && v.reasons == ["family.writer.recognised", "a.b.w"])
    }

    /// Issue 14: acceptance needs positive evidence; silence from every detector is not enough.
    @Test func nothingFoundWithoutARecognisedFamilyIsInconclusive() {
        #expect(VerdictAggregator.verdict([]).class == .inconclusive)
        #expect(VerdictAggregator.verdict([f(.info, .none, "d.e.f")]).decision == .review)
        #expect(VerdictAggregator.verdict([f(.weak, .reEncoded, "a.b.w")]).class == .inconclusive)
        #expect(VerdictAggregator.verdict([recognised]).class == .consistentWithOriginal)
    }

    /// A recognised family never outweighs a decisive finding.
    @Test func recognitionDoesNotOutweighAStrongFinding() {
        let v = VerdictAggregator.verdict([recognised, f(.strong, .remuxed, "a.b.r")])
        #expect(v.class == .remuxed && v.reasons == ["a.b.r"])
    }

    /// Issue 14: a failed signature or decode heads the verdict; a remux finding never outranks it.
    @Test func integrityFindingsLead() {
        let v = VerdictAggregator.verdict([f(.strong, .remuxed, "container.writer.ffmpeg"), f(.strong, .inconclusive, "video.bitstream.signed-video")])
        #expect(v.class == .inconclusive && v.reasons == ["video.bitstream.signed-video", "container.writer.ffmpeg"])
        let e = VerdictAggregator.verdict([f(.strong, .edited, "a.b.e"), f(.strong, .inconclusive, "video.frames.decode-errors")])
        #expect(e.class == .edited)
    }

    @Test func twoWeakSignsAreInconclusive() {
        let v = VerdictAggregator.verdict([f(.weak, .reEncoded, "a.b.w"), f(.weak, .metadataAltered, "a.b.v")])
        #expect(v.class == .inconclusive && v.decision == .review && v.reasons == ["a.b.w", "a.b.v"])
    }

    /// A metadata edit outranks a remux: every metadata editor rewrites the container.
    @Test func metadataEditOutranksRemux() {
        let v = VerdictAggregator.verdict([f(.strong, .remuxed, "a.b.r"), f(.strong, .metadataAltered, "a.b.m")])
        #expect(v.class == .metadataAltered && v.reasons == ["a.b.m", "a.b.r"])
    }

    /// The Software tag names Photoshop: a re-save when Photoshop's own XMP is there, a typed-in tag when not.
    @Test func photoshopTagWithoutAdobeTracesIsAMetadataEdit() {
        let typed = EditingSoftwareDetector().run(.synthetic(kind: .photo, exifSoftware: "Adobe Photoshop 25.0 (Windows)"))
        #expect(typed.map(\.indicates) == [.metadataAltered])
        let saved = EditingSoftwareDetector().run(.synthetic(kind: .photo, xmp: ["photoshop:ColorMode": "3"], exifSoftware: "Adobe Photoshop 25.0 (Windows)"))
        #expect(saved.map(\.indicates) == [.reEncoded])
        let iPhone = EditingSoftwareDetector().run(.synthetic(kind: .photo, xmp: ["xmp:CreatorTool": "18.2", "photoshop:DateCreated": "2025-01-01T11:06:47"], exifSoftware: "Adobe Photoshop 25.0 (Windows)"))
        #expect(iPhone.map(\.indicates) == [.metadataAltered])
        let gimp = EditingSoftwareDetector().run(.synthetic(kind: .photo, exifSoftware: "GIMP 2.10.34"))
        #expect(gimp.map(\.indicates) == [.reEncoded])
    }

    /// The transcoder layout (Exif first, tables split, Huffman optimised) is a remux when the tables can be
    /// the camera's, a re-encode when they are libjpeg's at a re-save quality (a JFIF header stripped).
    @Test func transcoderLayoutWithReSaveTablesIsAReEncode() {
        let layout = ["APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"]
        let camera = JPEGWriterDetector().run(Evidence.synthetic(kind: .photo).withJPEGLayout(layout, tables: 2, ijg: nil, huffman: 4, optimised: true, make: "Apple"))
        #expect(camera.map(\.indicates) == [.remuxed])
        let phoneQuality = JPEGWriterDetector().run(Evidence.synthetic(kind: .photo).withJPEGLayout(layout, tables: 2, ijg: 95, huffman: 4, optimised: true, make: "LGE"))
        #expect(phoneQuality.map(\.indicates) == [.remuxed])
        let gimp = JPEGWriterDetector().run(Evidence.synthetic(kind: .photo).withJPEGLayout(layout, tables: 2, ijg: 85, huffman: 4, optimised: true, make: "Canon"))
        #expect(gimp.map(\.indicates) == [.reEncoded] && gimp.first?.evidence["ijgQuality"] == .int(85))
    }

    /// A scene jump accuses only where a join could have made it: anywhere in a re-encoded file, at a
    /// keyframe in a stream-copied one; elsewhere (and in camera-written files) it asks for review.
    @Test func sceneJumpAccusesOnlyWhereAJoinCouldBe() {
        let muxed = Evidence.synthetic(tags: ["encoder": "Lavf59.27.100"])
        #expect(ContentDiscontinuityDetector().run(muxed.withFrames().withSceneCut(at: 150)).map(\.severity) == [.strong])
        #expect(ContentDiscontinuityDetector().run(muxed.withFrames(keyEvery: 7).withSceneCut(at: 150)).map(\.severity) == [.weak])
        let camera = Evidence.synthetic()
        #expect(ContentDiscontinuityDetector().run(camera.withFrames().withSceneCut(at: 150)).map(\.indicates) == [.inconclusive])
    }

    /// A thumbnail that disagrees with the picture accuses only where software wrote the photo again; in a
    /// photo whose headers are still the camera's, or whose picture decodes with errors, only the coded data
    /// changed (damage or a byte-level edit) and it asks for review.
    @Test func thumbnailMismatchAccusesOnlySoftwareWrittenPhotos() {
        let pillow = Evidence.synthetic(kind: .photo).withJPEGLayout(["APP0:JFIF", "APP1:Exif", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS"],
                                                                    tables: 2, ijg: 95, huffman: 4, optimised: false, make: "LGE")
        let camera = Evidence.synthetic(kind: .photo).withJPEGLayout(["APP1:Exif", "DQT", "SOF0", "DHT", "SOS"], tables: 2, ijg: 95, huffman: 4, optimised: false, make: "LGE")
        let painted = { (e: Evidence) in ThumbnailMismatchDetector().run(e.withThumbnail(median: 0.15, max: 1.2, cells: 20)).map(\.indicates) }
        #expect(painted(pillow) == [.edited])
        #expect(painted(camera) == [.inconclusive])
        #expect(painted(pillow.withPictureErrors(true)) == [.inconclusive])
        let libheif = Evidence.synthetic(kind: .photo).withHeifMeta(["hdlr", "idat", "iloc", "iinf", "pitm", "iprp", "iref"], make: "Apple")
        let iPhone = Evidence.synthetic(kind: .photo).withHeifMeta(["hdlr", "dinf", "pitm", "iinf", "iref", "iprp", "idat", "iloc"], make: "Apple")
        #expect(painted(libheif) == [.edited])
        #expect(painted(iPhone) == [.inconclusive])
        // The flat fill follows the same rule, and decode errors (concealed blocks are flat) make it weak.
        let box = [UniformRegion(box: [1200, 900, 1600, 1200], blocks: 30_000, share: 0.158, fill: 1, luma: 128, edge: 1, imageWidth: 4000, imageHeight: 3000)]
        #expect(FlatFillDetector().run(pillow.withUniformRegions(box)).map(\.severity) == [.strong])
        #expect(FlatFillDetector().run(libheif.withUniformRegions(box)).map(\.severity) == [.strong])
        #expect(FlatFillDetector().run(pillow.withUniformRegions(box).withPictureErrors(true)).map(\.severity) == [.weak])
    }

    @Test func policyFileOverridesDecisions() throws {
        let p = try Policy.load(json: Array(#"{"re-encoded": "reject", "inconclusive": "accept"}"#.utf8))
        #expect(p.decision(for: .reEncoded) == .reject && p.decision(for: .inconclusive) == .accept && p.decision(for: .edited) == .reject)
        #expect(throws: PolicyError.self) { try Policy.load(json: Array(#"{"fake": "reject"}"#.utf8)) }
        #expect(throws: PolicyError.self) { try Policy.load(json: Array(#"{"edited": "maybe"}"#.utf8)) }
    }
}
