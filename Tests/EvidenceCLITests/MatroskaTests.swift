import EvidenceKit
import Foundation
import Testing

/// Our EBML reader against mkvinfo (MKVToolNix), the Matroska reference tool: the same MuxingApp, WritingApp
/// and codec IDs, on remuxes of a corpus clip made at test time by mkvmerge and by FFmpeg; a cut copy is
/// reported incomplete, and neither remux is accepted.
@Suite(.enabled(if: Paths.corpusAvailable, Paths.corpusMissing),
       .enabled(if: Paths.tool("mkvmerge") != nil && Paths.tool("mkvinfo") != nil && Paths.tool("ffmpeg") != nil, "mkvmerge, mkvinfo and ffmpeg are needed"))
struct MatroskaTests {
    /// `mkvinfo`'s "Muxing application:" / "Writing application:" / "Codec ID:" values.
    func mkvinfo(_ path: String) throws -> (muxing: String?, writing: String?, codecs: [String]) {
        let r = try run(Paths.tool("mkvinfo")!, [path])
        func values(_ label: String) -> [String] {
            r.stdout.split(separator: "\n").compactMap { line in
                line.firstRange(of: label + ": ").map { String(line[$0.upperBound...]) }
            }
        }
        return (values("Multiplexing application").first, values("Writing application").first, values("Codec ID"))
    }

    @Test(arguments: ["mkvmerge", "ffmpeg"])
    func readerAgreesWithMkvinfo(_ writer: String) throws {
        let dir = try TempDir()
        let source = Paths.corpus.appendingPathComponent("phone-video/android601_with-gps.mp4").path
        let out = dir.url.appendingPathComponent("copy.mkv").path
        let made = writer == "mkvmerge" ? try run(Paths.tool("mkvmerge")!, ["-q", "-o", out, source])
                                        : try run(Paths.tool("ffmpeg")!, ["-v", "error", "-i", source, "-c", "copy", out])
        #expect(made.status == 0, "\(made.stderr)")
        let oracle = try mkvinfo(out)
        let r = try evidence("inspect", "--json", out)
        let inspection = try #require(try inspections(r.stdout).first)
        let m = try #require(inspection.structure.matroska)
        #expect(m.muxingApp == oracle.muxing && m.muxingApp != nil)
        #expect(m.writingApp == oracle.writing && m.writingApp != nil)
        #expect(m.codecIDs == oracle.codecs && m.codecIDs.contains("V_MPEG4/ISO/AVC"))
        #expect(inspection.structure.coverage?.complete == true)
        if writer == "mkvmerge" { #expect(m.writingApp?.hasPrefix("mkvmerge") == true) }

        let verdict = try JSONDecoder().decode(VerifyReport.self, from: Data(try evidence("verify", "--json", out).stdout.utf8))
        #expect(verdict.verdict.class == .remuxed)
        let finding = try #require(verdict.findings.first { $0.id == "container.writer.matroska" })
        #expect(finding.evidence["byteOffset"] == .int(m.writingAppOffset ?? -1))

        // Cut at 60 %: the reader says where it stopped, and the copy is not accepted.
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: out)))
        let cut = try dir.file("cut.mkv", Array(bytes.prefix(bytes.count * 6 / 10)))
        let c = try #require(try inspections(try evidence("inspect", "--json", cut.path).stdout).first)
        #expect(c.structure.coverage?.complete == false && c.structure.coverage?.reason?.contains("remain in the file") == true, "\(String(describing: c.structure.coverage))")
        #expect(try evidence("verify", cut.path).status != 0)
    }
}
