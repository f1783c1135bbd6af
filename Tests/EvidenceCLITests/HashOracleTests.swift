import EvidenceKit
import Foundation
import Testing

/// `evidence hash` against `openssl dgst -sha256` on real files and on edge-size files.
@Suite(.enabled(if: Paths.tool("openssl") != nil, "openssl not installed (tools/install-deps --oracles)"))
struct HashOracleTests {
    static func openssl(_ path: String) throws -> String {
        let r = try run(Paths.tool("openssl")!, ["dgst", "-sha256", "-r", path])
        return String(r.stdout.prefix(64))
    }

    @Test(.enabled(if: Paths.corpusAvailable, Paths.corpusMissing))
    func corpusMatchesOpenSSLAndManifest() throws {
        let files = CorpusFile.all
        let r = try evidence(["hash"] + files.map(\.url.path))
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == files.count)
        for (line, file) in zip(lines, files) {
            let digest = String(line.prefix(64))
            #expect(digest == (try Self.openssl(file.url.path)), "\(file.path)")
            #expect(digest == file.sha256, "\(file.path) differs from MANIFEST.tsv")
            #expect(line.hasSuffix("  " + file.url.path))
        }
    }

    @Test(arguments: [0, 1, 65_535, 65_536, 65_537, 4 << 20, (4 << 20) + 1])
    func edgeSizesMatchOpenSSL(_ size: Int) throws {
        let dir = try TempDir()
        var bytes = [UInt8](repeating: 0, count: size)
        var x: UInt32 = 2_463_534_242
        for i in 0..<size { x ^= x << 13; x ^= x >> 17; x ^= x << 5; bytes[i] = UInt8(truncatingIfNeeded: x) }
        let url = try dir.file("f\(size).bin", bytes)
        let r = try evidence("hash", "--json", url.path)
        #expect(r.status == 0)
        let record = try JSONDecoder().decode(HashRecord.self, from: Data(r.stdout.utf8))
        #expect(record.file.bytes == Int64(size))
        #expect(record.file.sha256 == (try Self.openssl(url.path)))
        if size == 0 { #expect(record.file.sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") }
    }

    /// A sparse file just over 4 GiB: offsets and sizes past 32 bits.
    @Test func sparseFileOver4GiBMatchesOpenSSL() throws {
        let dir = try TempDir()
        let url = dir.url.appendingPathComponent("sparse.bin")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let h = try FileHandle(forWritingTo: url)
        try h.seek(toOffset: (4 << 30) + 4097)
        try h.write(contentsOf: Data("end".utf8))
        try h.close()
        let r = try evidence("hash", "--json", url.path)
        #expect(r.status == 0, "\(r.stderr)")
        let record = try JSONDecoder().decode(HashRecord.self, from: Data(r.stdout.utf8))
        #expect(record.file.bytes == (4 << 30) + 4100)
        #expect(record.file.sha256 == (try Self.openssl(url.path)))
    }
}
