import EvidenceKit
import Foundation
import Testing

/// Every MP4/MOV/HEIC/JPEG in the corpus: the walk accounts for every byte, or says where and why it stopped.
@Suite(.enabled(if: Paths.corpusAvailable, Paths.corpusMissing))
struct StructureCoverageTests {
    @Test(arguments: CorpusFile.all.filter { $0.isISOBMFF || $0.path.hasSuffix(".jpg") })
    func walkAccountsForEveryByte(_ file: CorpusFile) throws {
        let i = try #require(InspectOracleTests.inspected[file.url.path])
        let c = try #require(i.structure.coverage)
        #expect(c.fileBytes == file.bytes)
        #expect(c.complete, "stopped at \(c.stoppedAt ?? -1): \(c.reason ?? "")")
        #expect(c.coveredBytes == file.bytes)
        if let boxes = i.structure.boxes {
            // top-level boxes tile the file exactly
            var pos: Int64 = 0
            for b in boxes {
                #expect(b.offset == pos)
                pos += b.size
            }
            #expect(pos == file.bytes)
        }
    }

    /// Cut a real clip in the middle of `mdat`: the walk must name the box and both sizes.
    @Test func truncatedCameraClipSaysWhereTheWalkStopped() throws {
        let source = Paths.corpus.appendingPathComponent("phone-video/apple_ipadmini_ios17.0_hevc720p.mov")
        let bytes = try [UInt8](Data(contentsOf: source))
        let dir = try TempDir()
        let cut = try dir.file("cut.mov", Array(bytes.prefix(300_000)))
        let r = try evidence("inspect", "--json", cut.path)
        #expect(r.status == 65)
        let line = r.stderr.split(separator: "\n")
        #expect(line.count >= 1)
        #expect(r.stderr.contains("box 'mdat' at offset 28 declares 702649 bytes but only 299972 remain in the file"), "\(r.stderr)")
        let i = try #require(try inspections(r.stdout).first)
        #expect(i.structure.coverage?.complete == false)
        #expect(i.structure.coverage?.stoppedAt == 28)
        #expect(i.structure.boxes?.last?.truncated == true)
    }
}
