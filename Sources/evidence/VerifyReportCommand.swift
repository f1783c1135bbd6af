import ArgumentParser
import EvidenceKit
import Foundation

struct VerifyReport_: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-report",
        abstract: "Check a report's signature and, given the file, that the file is the one reported.",
        discussion: """
            REPORT is a report written by `evidence report` (JSON, HTML or PDF); its signature is read from REPORT.sig
            unless --signature names it, and checked against the public key given with --key (the key comes from
            the signer by a trusted channel, never from the report). An HTML report is also rebuilt from the records
            it embeds and must match byte for byte. Given FILE, its SHA-256 must equal the reported one.
            Exit: 0 when everything checked holds; 2 when the signature, the page or the file does not match;
            64 usage; 65 the report cannot be read; 66 a file is missing.
            Examples:
              evidence verify-report clip.json --key officer.key.pub
              evidence verify-report clip.pdf clip.mp4 --key officer.key.pub
            """)

    @Option(name: .long, help: "The signer's public key (PEM). Required.")
    var key: String?
    @Option(name: .long, help: "The detached signature (default: REPORT.sig).")
    var signature: String?
    @Option(name: .long, help: "An RFC 3161 reply (.tsr) for the report's record, checked against it (an HTML report carries its own).")
    var tsr: String?
    @Option(name: .long, help: "PEM file of the time-stamping authority's CA certificate(s).")
    var tsaCa: String?
    @Flag(name: .long, help: "The result as one JSON object.")
    var json = false
    @Argument(help: "The report.")
    var report: String
    @Argument(help: "The media file the report is about (optional).")
    var file: String?

    struct Outcome: Encodable {
        var report: String
        var format: String
        var signature: String
        var signer: String?
        var page: String?
        var records: [String]
        var file: String?
        var timeStamp: String?
        var ok: Bool
    }

    func validate() throws {
        if key == nil { throw ValidationError("give the signer's public key with --key (from the signer, by a channel you trust; never from the report)") }
    }

    func run() throws {
        let bytes: [UInt8]
        do { bytes = try readAll(report) } catch { Diagnostics.error(report, "\(error)"); throw ExitStatus.missing.exitCode }
        // The signature is checked first, on the bytes alone: a report changed so much that it no longer parses
        // still fails as a changed report (exit 2), not as an unreadable one.
        let read = ReportReader.read(bytes)
        var outcome = Outcome(report: report, format: read?.format.rawValue ?? "unreadable", signature: "not checked", records: read?.recordHashes ?? [], ok: true)

        // Signature over the exact bytes.
        if let key {
            let sigPath = signature ?? report + ".sig"
            let pub: [UInt8], sig: [UInt8]
            do { pub = try readAll(key) } catch { Diagnostics.error(key, "\(error)"); throw ExitStatus.missing.exitCode }
            do { sig = try readAll(sigPath) } catch {
                Diagnostics.error(sigPath, "\(error) (the report's detached signature; name it with --signature)")
                throw ExitStatus.missing.exitCode
            }
            let fingerprint = ReportSigning.fingerprint(publicPEM: pub)
            outcome.signer = fingerprint
            switch ReportSigning.verify(document: bytes, signature: sig, publicPEM: pub) {
            case .valid:
                outcome.signature = "valid"
                if let stated = read?.signerFingerprints.first(where: { $0 != fingerprint }) {
                    outcome.signature = "valid, but the report names another signing key (\(stated))"
                    outcome.ok = false
                }
            case .invalid: outcome.signature = "INVALID: the report or its signature was changed, or another key signed it"; outcome.ok = false
            case .keyUnreadable: Diagnostics.error(key, "not an Ed25519 public key in PEM form"); throw ExitStatus.usage.exitCode
            }
        }
        guard let parsed = read else {
            if !outcome.ok {
                print(outcome)
                throw ExitStatus.reject.exitCode
            }
            Diagnostics.error(report, "not a report written by evidence report (JSON record, HTML or PDF)")
            throw ExitStatus.unreadable.exitCode
        }

        // An HTML page must be exactly the rendering of the records it embeds.
        if parsed.format == .html, let records = parsed.records {
            let again = Array(ReportHTML.render(records, trustedTime: parsed.trustedTime).utf8)
            outcome.page = again == bytes ? "matches its records" : "DIFFERS from the rendering of its records"
            if again != bytes { outcome.ok = false }
        }

        // Trusted time: a reply given with --tsr, or the one an HTML report embeds when --tsa-ca is given to check it.
        if let reply = try tsr.map(readAll) ?? (tsaCa != nil ? parsed.trustedTime?.reply : nil) {
            switch ReportSigning.timeStamp(reply: reply, sha256: parsed.recordDigest, caFile: tsaCa) {
            case let .success(s): outcome.timeStamp = (s.token.genTime ?? "?") + ": " + s.check
            case let .failure(why): outcome.timeStamp = "FAILED: \(why)"; outcome.ok = false
            }
        } else if let s = parsed.trustedTime {
            outcome.timeStamp = (s.token.genTime ?? "?") + " (embedded; give --tsa-ca to check it against the authority)"
        }

        // The media file.
        if let file {
            let identity: FileIdentity
            do { identity = try FileHasher.identity(path: file) } catch { _ = Diagnostics.failed(error, json: false); throw ExitStatus(error).exitCode }
            if parsed.fileHashes.contains(identity.sha256) {
                outcome.file = "matches (sha256 \(identity.sha256))"
            } else {
                outcome.file = "DOES NOT MATCH: the file's SHA-256 is \(identity.sha256), the report's " + parsed.fileHashes.joined(separator: ", ")
                outcome.ok = false
            }
        }

        print(outcome)
        if !outcome.ok { throw ExitStatus.reject.exitCode }
    }

    func print(_ outcome: Outcome) {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            Stdout.write(String(decoding: (try? encoder.encode(outcome)) ?? Data(), as: UTF8.self) + "\n")
        } else {
            var lines = ["report      \(report) (\(outcome.format))", "signature   \(outcome.signature)" + (outcome.signer.map { " — key \($0)" } ?? "")]
            if let p = outcome.page { lines.append("page        \(p)") }
            for h in outcome.records { lines.append("record      sha256 \(h)") }
            if let t = outcome.timeStamp { lines.append("time-stamp  \(t)") }
            if let f = outcome.file { lines.append("file        \(f)") }
            lines.append(outcome.ok ? "OK" : "FAILED")
            Stdout.write(lines.joined(separator: "\n") + "\n")
        }
    }

    func readAll(_ path: String) throws -> [UInt8] { try FileBytes.read(path, limit: 1 << 30) }
}
