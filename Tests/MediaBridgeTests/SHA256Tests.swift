import Foundation
import MediaBridge
import Testing

@Suite struct SHA256Tests {
    /// FIPS 180-4 examples (NIST CSRC "SHA256.pdf").
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(_ input: String, _ digest: String) throws {
        let h = try SHA256Hasher()
        try h.update(Array(input.utf8))
        #expect(try h.finalize().hexString == digest)
    }

    /// Chunk boundaries must not change the digest: hash a file with odd chunk sizes.
    @Test(arguments: [1, 7, 4096, 65_537])
    func chunkSizeDoesNotMatter(_ chunk: Int) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let bytes = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        try Data(bytes).write(to: url)
        let file = try RandomAccessFile(path: url.path)
        let whole = try SHA256Hasher()
        try whole.update(bytes)
        #expect(try SHA256Hasher.digest(file: file, chunkSize: chunk) == (try whole.finalize()))
    }

    @Test func missingFileIsATypedError() {
        #expect(throws: MediaBridgeError.self) { try RandomAccessFile(path: "/nonexistent/x") }
        do {
            _ = try RandomAccessFile(path: "/nonexistent/x")
        } catch let e as MediaBridgeError {
            #expect(e.isMissingInput)
            #expect(e.description == "no such file")
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func randomAccessReadsStopAtEndOfFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("raf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data([1, 2, 3, 4, 5]).write(to: url)
        let f = try RandomAccessFile(path: url.path)
        #expect(f.size == 5)
        #expect(try f.read(at: 3, count: 10) == [4, 5])
        #expect(try f.read(at: 5, count: 10) == [])
        #expect(try f.read(at: -1, count: 10) == [])
    }
}
