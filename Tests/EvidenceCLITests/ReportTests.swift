import EvidenceKit
import Foundation
import Testing

/// Issue 17: the court report. Every check runs the CLI on real corpus files and compares with independent
/// tools where they exist: `openssl` for signatures, fingerprints and time stamps, headless Chromium for the
/// HTML, `pdftotext`/`pdftoppm`/`pdfinfo` for the PDF, `exiftool` for the identity values redaction must remove.
@Suite(.timeLimit(.minutes(6))) struct ReportTests {
    static let analysisTime = "2026-12-05T08:00:00+07:00"
    static let clip = "phone-video/android601_with-gps.mp4"
    static let gopro = "dashcam/gopro_hero5_karma.mp4"

    static func corpus(_ name: String) -> String { Paths.corpus.appendingPathComponent(name).path }
    /// Reports at depth full decode whole clips: the optimised build when the test script made one.
    static var binary: String { ProcessInfo.processInfo.environment["EVIDENCE_RELEASE_BIN"] ?? Paths.evidenceBinary.path }
    static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    func report(_ file: String, _ format: String, out: String, _ extra: [String] = []) throws -> RunResult {
        let r = try run(Self.binary, ["report", Self.corpus(file), "--format", format, "--analysis-time", Self.analysisTime, "--out", out] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return r
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let tmp = try TempDir()
        for format in ["json", "html", "pdf"] {
            let a = tmp.url.appendingPathComponent("a.\(format)").path, b = tmp.url.appendingPathComponent("b.\(format)").path
            _ = try report(Self.gopro, format, out: a)
            _ = try report(Self.gopro, format, out: b)
            #expect(try Self.bytes(a) == Self.bytes(b), "\(format) differs between two runs")
        }
        // Another analysis time changes the PDF's dates and nothing else on its pages.
        let later = tmp.url.appendingPathComponent("later.pdf").path
        _ = try run(Self.binary, ["report", Self.corpus(Self.gopro), "--format", "pdf", "--analysis-time", "2026-12-06T08:00:00+07:00", "--out", later])
        let info = try run("/usr/bin/pdfinfo", [later]).stdout
        #expect(info.contains("CreationDate:    Sun Dec  6 01:00:00 2026 UTC"), "\(info)")
        // The record: the verify contract for the same file and options, plus the method.
        let record = try JSONSerialization.jsonObject(with: Data(contentsOf: tmp.url.appendingPathComponent("a.json"))) as! [String: Any]
        let verify = try run(Self.binary, ["verify", "--json", "--depth", "full", "--analysis-time", Self.analysisTime, Self.corpus(Self.gopro)])
        let contract = try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as! NSDictionary
        #expect(NSDictionary(dictionary: record["verification"] as! [String: Any]) == contract)
        let method = record["method"] as! [String: Any]
        #expect(method["analysisTime"] as? String == "2026-12-05T01:00:00Z")
        #expect((method["detectorCatalogue"] as! [String: Any])["detectors"] as? Int == DetectorRegistry.all.count && DetectorRegistry.all.count == 58)
        let checks = record["checks"] as! [[String: Any]]
        #expect(checks.map { $0["area"] as! String } == ["file", "family", "container", "encoding", "time", "place", "metadata", "pictures", "continuity", "signature"])
        #expect(checks.allSatisfy { $0["status"] as? String == "ok" }, "a GoPro original: every check OK")
        let thumbs = record["thumbnails"] as! [[String: Any]]
        #expect(thumbs.count == 12 && thumbs.first?["frame"] as? Int == 0)
        #expect((record["timeline"] as! [String: Any])["decodedPictures"] as? Int == 362)
    }

    @Test func signaturesCheckWithOpenSSLAndFailOnAnyChangedByte() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let tmp = try TempDir()
        let key = tmp.url.appendingPathComponent("officer.key").path
        let k = try evidence("keygen", "--out", key)
        #expect(k.status == 0, "\(k.stderr)")
        var st = stat()
        #expect(stat(key, &st) == 0 && st.st_mode & 0o777 == 0o600)
        #expect(try evidence("keygen", "--out", key).status != 0, "an existing key is never overwritten")
        let fingerprint = String(k.stdout.split(separator: " ").first ?? "")

        // README's openssl steps, run as written: the fingerprint, the record's hash and the signature.
        let openssl = try #require(Paths.tool("openssl"))
        let der = tmp.url.appendingPathComponent("pub.der").path
        _ = try run(openssl, ["pkey", "-pubin", "-in", key + ".pub", "-outform", "DER", "-out", der])
        let dgst = try run(openssl, ["dgst", "-sha256", "-r", der]).stdout
        #expect("sha256:" + (dgst.split(separator: " ").first.map(String.init) ?? "") == fingerprint)

        let media = tmp.url.appendingPathComponent("clip.mp4").path
        try FileManager.default.copyItem(atPath: Self.corpus(Self.clip), toPath: media)
        for format in ["json", "html", "pdf"] {
            let out = tmp.url.appendingPathComponent("r.\(format)").path
            let made = try evidence(["report", media, "--format", format, "--depth", "structure", "--analysis-time", Self.analysisTime, "--sign", key, "--case", "LS-2026-0142", "--out", out])
            #expect(made.status == 0, "\(made.stderr)")
            let v = try run(openssl, ["pkeyutl", "-verify", "-pubin", "-inkey", key + ".pub", "-rawin", "-in", out, "-sigfile", out + ".sig"])
            #expect(v.stdout.contains("Signature Verified Successfully"), "\(format): \(v.stdout)\(v.stderr)")
            let ok = try evidence("verify-report", out, media, "--key", key + ".pub")
            #expect(ok.status == 0, "\(format): \(ok.stdout)\(ok.stderr)")
            if format == "json" {
                let text = String(decoding: try Self.bytes(out), as: UTF8.self)
                #expect(text.contains("\"publicKeyFingerprint\":\"\(fingerprint)\""))
                let recordHash = try run(openssl, ["dgst", "-sha256", "-r", out]).stdout.prefix(64)
                #expect(ok.stdout.contains("record      sha256 \(recordHash)"))
            }
            // Any changed byte fails: the first, the last and 12 others spread over the document.
            let original = try Self.bytes(out)
            var positions = [0, original.count - 1]
            for i in 1...12 { positions.append(original.count * i / 13) }
            for p in positions {
                var changed = original
                changed[p] ^= 0x01
                try Data(changed).write(to: URL(fileURLWithPath: out))
                let r = try evidence("verify-report", out, "--key", key + ".pub")
                #expect(r.status == 2, "\(format) byte \(p) changed, yet: \(r.stdout)")
            }
            try Data(original).write(to: URL(fileURLWithPath: out))
            // Another key's signature does not check.
            let other = tmp.url.appendingPathComponent("other-\(format).key").path
            _ = try evidence("keygen", "--out", other)
            #expect(try evidence("verify-report", out, "--key", other + ".pub").status == 2)
        }
        // A changed byte of the media fails the file check.
        var clip = try Self.bytes(media)
        clip[clip.count / 2] ^= 0x01
        try Data(clip).write(to: URL(fileURLWithPath: media))
        for format in ["json", "html", "pdf"] {
            let r = try evidence("verify-report", tmp.url.appendingPathComponent("r.\(format)").path, media, "--key", key + ".pub")
            #expect(r.status == 2 && r.stdout.contains("DOES NOT MATCH"), "\(format): \(r.stdout)")
        }
    }

    @Test func timeStampRequestAndReplyCheckWithOpenSSL() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let openssl = try #require(Paths.tool("openssl"))
        let tmp = try TempDir()
        let dir = tmp.url.path
        // A throw-away time-stamping authority: a CA and a TSA certificate for timeStamping.
        try """
            [ tsa ]
            default_tsa = tsa_config
            [ tsa_config ]
            dir = .
            serial = \(dir)/serial
            crypto_device = builtin
            signer_digest = sha256
            default_policy = 1.2.3.4.1
            other_policies = 1.2.3.4.2
            digests = sha256
            accuracy = secs:1
            ordering = yes
            tsa_name = no
            ess_cert_id_chain = no
            ess_cert_id_alg = sha256
            [ tsa_ext ]
            basicConstraints = critical,CA:false
            extendedKeyUsage = critical,timeStamping
            keyUsage = critical,digitalSignature
            [ ca_ext ]
            basicConstraints = critical,CA:true
            keyUsage = critical,keyCertSign,cRLSign

            """.write(toFile: "\(dir)/ts.cnf", atomically: true, encoding: .utf8)
        try "01\n".write(toFile: "\(dir)/serial", atomically: true, encoding: .utf8)
        func ossl(_ a: [String]) throws { let r = try run(openssl, a); #expect(r.status == 0, "openssl \(a.joined(separator: " ")): \(r.stderr)") }
        try ossl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "\(dir)/ca.key", "-out", "\(dir)/ca.crt", "-days", "30",
                  "-subj", "/CN=Test TSA CA", "-extensions", "ca_ext", "-config", "\(dir)/ts.cnf"])
        try ossl(["req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "\(dir)/tsa.key", "-out", "\(dir)/tsa.csr", "-subj", "/CN=Test TSA"])
        try ossl(["x509", "-req", "-in", "\(dir)/tsa.csr", "-CA", "\(dir)/ca.crt", "-CAkey", "\(dir)/ca.key", "-CAcreateserial", "-out", "\(dir)/tsa.crt", "-days", "30",
                  "-extfile", "\(dir)/ts.cnf", "-extensions", "tsa_ext"])

        let json = "\(dir)/r.json", media = Self.corpus(Self.clip), key = "\(dir)/k.key"
        _ = try evidence("keygen", "--out", key)
        _ = try evidence(["report", media, "--depth", "structure", "--analysis-time", Self.analysisTime, "--sign", key, "--out", json, "--tsq", "\(dir)/r.tsq"])
        // Our request is byte for byte the one openssl makes for the record's SHA-256.
        let digest = String(try run(openssl, ["dgst", "-sha256", "-r", json]).stdout.prefix(64))
        try ossl(["ts", "-query", "-digest", digest, "-sha256", "-no_nonce", "-cert", "-out", "\(dir)/o.tsq"])
        #expect(try Self.bytes("\(dir)/r.tsq") == Self.bytes("\(dir)/o.tsq"))
        try ossl(["ts", "-reply", "-queryfile", "\(dir)/r.tsq", "-inkey", "\(dir)/tsa.key", "-signer", "\(dir)/tsa.crt", "-config", "\(dir)/ts.cnf", "-out", "\(dir)/r.tsr"])
        let v = try run(openssl, ["ts", "-verify", "-data", json, "-in", "\(dir)/r.tsr", "-CAfile", "\(dir)/ca.crt"])
        #expect(v.stdout.contains("Verification: OK"), "\(v.stdout)\(v.stderr)")

        // Given back: checked and shown in the HTML, checked again by verify-report.
        let html = "\(dir)/r.html"
        let made = try evidence(["report", media, "--format", "html", "--depth", "structure", "--analysis-time", Self.analysisTime, "--out", html,
                                 "--sign", key, "--tsr", "\(dir)/r.tsr", "--tsa-ca", "\(dir)/ca.crt"])
        #expect(made.status == 0, "\(made.stderr)")
        let page = String(decoding: try Self.bytes(html), as: UTF8.self)
        #expect(page.contains("verified: signature chains to the given authority certificate"))
        let j = try evidence("verify-report", json, "--tsr", "\(dir)/r.tsr", "--tsa-ca", "\(dir)/ca.crt", "--key", key + ".pub", "--json")
        #expect(j.status == 0 && j.stdout.contains("verified: signature chains"), "\(j.stdout)\(j.stderr)")
        let h = try evidence("verify-report", html, media, "--tsa-ca", "\(dir)/ca.crt", "--key", key + ".pub")
        #expect(h.status == 0 && h.stdout.contains("page        matches its records") && h.stdout.contains("verified: signature chains"), "\(h.stdout)\(h.stderr)")
        // The reply does not fit another record (another analysis time), nor a CA that did not issue it.
        let other = try evidence(["report", media, "--format", "html", "--depth", "structure", "--analysis-time", "2026-12-06T08:00:00+07:00", "--sign", key, "--out", "\(dir)/x.html", "--tsr", "\(dir)/r.tsr"])
        #expect(other.status != 0 && other.stderr.contains("covers another digest"), "\(other.stderr)")
        try ossl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "\(dir)/x.key", "-out", "\(dir)/x.crt", "-days", "30", "-subj", "/CN=Other"])
        let wrongCA = try evidence(["report", media, "--format", "html", "--depth", "structure", "--analysis-time", Self.analysisTime, "--sign", key, "--out", "\(dir)/y.html",
                                    "--tsr", "\(dir)/r.tsr", "--tsa-ca", "\(dir)/x.crt"])
        #expect(wrongCA.status != 0, "\(wrongCA.stderr)")
    }

    @Test func htmlRendersOfflineInHeadlessChromium() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let chromium = try #require(Paths.tool("chromium"), "chromium not installed (tools/install-deps --oracles)")
        let convert = try #require(Paths.tool("convert-im6.q16") ?? Paths.tool("convert"), "ImageMagick not installed")
        let tmp = try TempDir()
        let html = tmp.url.appendingPathComponent("r.html").path
        _ = try report(Self.gopro, "html", out: html, ["--lang", "vi"])
        let page = String(decoding: try Self.bytes(html), as: UTF8.self)
        #expect(!page.contains("http://") || !page.contains("src=\"http"), "no network resources")
        #expect(page.contains("Báo cáo tính toàn vẹn") && page.contains("Kết luận") && page.contains("Cảnh báo"))
        #expect(page.components(separatedBy: "src=\"data:image/png;base64,").count - 1 == 12)
        let offline = ["--headless=new", "--no-sandbox", "--disable-gpu", "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                       "--user-data-dir=\(tmp.url.path)/profile"]
        let shot = tmp.url.appendingPathComponent("shot.png").path
        _ = try run(chromium, offline + ["--window-size=1000,3000", "--screenshot=\(shot)", "file://\(html)"])
        let deviation = try run(convert, [shot, "-format", "%[fx:standard_deviation]", "info:"]).stdout
        #expect((Double(deviation) ?? 0) > 0.05, "the screenshot is blank (standard deviation \(deviation))")
        // The thumbnails decode in the browser: a copy of the page, with a script that reports on its images.
        let probe = tmp.url.appendingPathComponent("probe.html").path
        let script = "<script>addEventListener('load',()=>{const i=[...document.images];document.title=(i.length>0&&i.every(x=>x.complete&&x.naturalWidth>0))?'IMAGES-OK-'+i.length:'IMAGES-BROKEN'})</script></body>"
        let withoutPolicy = page.replacing(#"<meta http-equiv="Content-Security-Policy""#, with: "<meta name=\"x\"").replacing("</body>", with: script)
        try withoutPolicy.write(toFile: probe, atomically: true, encoding: .utf8)
        let dom = try run(chromium, offline + ["--dump-dom", "file://\(probe)"]).stdout
        #expect(dom.contains("<title>IMAGES-OK-12</title>"), "\(dom.prefix(300))")
    }

    @Test func pdfIsA4WithVietnameseTextAndTheRecordHashOnEveryPage() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let pdftotext = try #require(Paths.tool("pdftotext"), "poppler-utils not installed (tools/install-deps --oracles)")
        let tmp = try TempDir()
        let pdf = tmp.url.appendingPathComponent("r.pdf").path, json = tmp.url.appendingPathComponent("r.json").path
        _ = try report(Self.gopro, "pdf", out: pdf, ["--lang", "vi", "--case", "LS-2026-0142"])
        _ = try report(Self.gopro, "json", out: json, ["--lang", "vi", "--case", "LS-2026-0142"])
        let recordHash = String(try run("/usr/bin/openssl", ["dgst", "-sha256", "-r", json]).stdout.prefix(64))
        let info = try run("/usr/bin/pdfinfo", [pdf]).stdout
        #expect(info.contains("595.28 x 841.89 pts (A4)"), "\(info)")
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        #expect(pages >= 3)
        let text = try run(pdftotext, [pdf, "-"]).stdout
        for word in ["Báo cáo", "Kết luận", "Cảnh báo", "Cần kiểm tra", "Đạt", "Phương pháp", "Giới hạn"] {
            #expect(text.contains(word), "\(word) missing from the PDF's text")
        }
        for p in 1...pages {
            let pageText = try run(pdftotext, ["-f", String(p), "-l", String(p), "-layout", pdf, "-"]).stdout
            #expect(pageText.contains("Trang \(p)/\(pages)"), "page \(p) has no page number")
            #expect(pageText.replacing(" ", with: "").replacing("\n", with: "").contains(recordHash), "page \(p) lacks the record's SHA-256")
        }
        // Rasterised, the first page is not blank.
        let ppm = try #require(Paths.tool("pdftoppm"))
        _ = try run(ppm, ["-r", "40", "-f", "1", "-l", "1", "-png", pdf, tmp.url.appendingPathComponent("p").path])
        let png = try FileManager.default.contentsOfDirectory(atPath: tmp.url.path).first { $0.hasPrefix("p") && $0.hasSuffix(".png") }
        #expect(png != nil)
        if let convert = Paths.tool("convert-im6.q16"), let png {
            let d = try run(convert, [tmp.url.appendingPathComponent(png).path, "-format", "%[fx:standard_deviation]", "info:"]).stdout
            #expect((Double(d) ?? 0) > 0.05)
        }
        // English is complete too.
        let en = tmp.url.appendingPathComponent("en.pdf").path
        _ = try report(Self.gopro, "pdf", out: en, ["--lang", "en"])
        let enText = try run(pdftotext, [en, "-"]).stdout
        #expect(enText.contains("Integrity report") && enText.contains("Conclusion") && enText.contains("Page 1 of"))
    }

    /// Identity values as exiftool reads them, per file (one exiftool run): names, serial numbers, unique and document IDs.
    static func identityValues(_ paths: [String]) throws -> [String: Set<String>] {
        guard let exiftool = Paths.tool("exiftool") else { return [:] }
        let out = try run(exiftool, ["-j", "-G1", "-a"] + paths).stdout
        guard let list = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]] else { return [:] }
        let pattern = try Regex("(?i)(Serial|Owner|Artist|Author|Copyright|UniqueID|ContentIdentifier|DocumentID|InstanceID|By-line|Creator$)")
        var result: [String: Set<String>] = [:]
        for tags in list {
            guard let file = tags["SourceFile"] as? String else { continue }
            var values: Set<String> = []
            for (k, v) in tags {
                let name = String(k.split(separator: ":").last ?? "")
                guard name.firstMatch(of: pattern) != nil, !name.hasSuffix("Tool") else { continue }
                let s = "\(v)"
                if s.count >= 4 { values.insert(s) }
            }
            result[file] = values
        }
        return result
    }

    @Test func redactedReportsOfEveryCorpusFileHoldNoIdentityValue() throws {
        try #require(Paths.corpusAvailable, Paths.corpusMissing)
        let pdftotext = try #require(Paths.tool("pdftotext"), "poppler-utils not installed")
        try #require(Paths.tool("exiftool") != nil, "exiftool not installed")
        let tmp = try TempDir()
        let files = CorpusFile.all.map(\.url.path)
        // A ledger with a reporter's contact for one clip.
        let manifest = tmp.url.appendingPathComponent("m.csv").path
        let clip = Self.corpus(Self.clip)
        try "submission,path,channel,reporter_name,reporter_phone,reporter_address\nZ-7,\(clip),zalo,Hoàng Thị Bích Ngọc,0987654321,Số 12 Đường Trần Phú\n"
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let ledger = tmp.url.appendingPathComponent("l.sqlite").path
        _ = try evidence("batch", manifest, "--ledger", ledger)
        let reporter: Set<String> = ["Hoàng Thị Bích Ngọc", "0987654321", "Số 12 Đường Trần Phú"]

        let identities = try Self.identityValues(files)
        let all = identities.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        // 58 files a run, four runs: the optimised build when the test script made one.
        let binary = ProcessInfo.processInfo.environment["EVIDENCE_RELEASE_BIN"] ?? Paths.evidenceBinary.path
        #expect(all.count >= 15, "the corpus has names, serials and IDs to remove (\(all.count) found)")

        // Unredacted (with the reporter asked for by name): the values are there, so the search below can fail.
        let plain = tmp.url.appendingPathComponent("plain.json").path
        let named = files.filter { !(identities[$0] ?? []).isEmpty } + [clip]
        _ = try run(binary, ["report"] + named + ["--depth", "structure", "--analysis-time", Self.analysisTime, "--ledger", ledger, "--include-reporter", "--out", plain])
        let plainText = String(decoding: try Self.bytes(plain), as: UTF8.self)
        let present = all.filter { plainText.contains($0) }
        #expect(present.count >= 10, "an unredacted report shows the identity values it has (\(present.count))")
        #expect(reporter.allSatisfy { plainText.contains($0) })

        for format in ["json", "html", "pdf"] {
            let out = tmp.url.appendingPathComponent("red.\(format)").path
            let r = try run(binary, ["report"] + files + ["--format", format, "--depth", "structure", "--analysis-time", Self.analysisTime, "--redact", "--ledger", ledger, "--out", out])
            #expect(r.status == 0, "\(r.stderr)")
            var text = format == "pdf" ? try run(pdftotext, [out, "-"]).stdout : String(decoding: try Self.bytes(out), as: UTF8.self)
            if format == "pdf" { text = text.replacing("\n", with: "") }
            for v in all.union(reporter) where text.contains(v) {
                Issue.record("\(format): a redacted report still holds \"\(v)\"")
            }
            for f in files where text.contains((f as NSString).lastPathComponent) {
                Issue.record("\(format): a redacted report still names the file \((f as NSString).lastPathComponent)")
            }
            if format == "json" {
                // What was removed is listed by kind; the hashes still identify the files.
                for line in text.split(separator: "\n") {
                    let record = try JSONDecoder().decode(ReportRecord.self, from: Data(line.utf8))
                    #expect(record.redaction != nil)
                    #expect(CorpusFile.all.contains { $0.sha256 == record.verification.file.sha256 })
                }
                #expect(text.contains("\"reporter\":3"))
            }
        }
        // Positions go too when the policy says so.
        let policy = tmp.url.appendingPathComponent("p.json").path
        try #"{"redaction": {"positions": 1}}"#.write(toFile: policy, atomically: true, encoding: .utf8)
        let noPlace = try evidence("report", clip, "--depth", "structure", "--analysis-time", Self.analysisTime, "--redact", "--policy", policy)
        #expect(!noPlace.stdout.contains("51.41") && !noPlace.stdout.contains("0.0806") && !noPlace.stdout.contains("51,41"), "\(noPlace.stdout.prefix(400))")
        let withPlace = try evidence("report", clip, "--depth", "structure", "--analysis-time", Self.analysisTime, "--redact")
        #expect(withPlace.stdout.contains("51.41"))
        // A redacted report signs and checks like any other, and still identifies its file.
        let key = tmp.url.appendingPathComponent("k.key").path, signed = tmp.url.appendingPathComponent("s.json").path
        _ = try evidence("keygen", "--out", key)
        _ = try evidence("report", clip, "--depth", "structure", "--analysis-time", Self.analysisTime, "--redact", "--sign", key, "--out", signed)
        let check = try evidence("verify-report", signed, clip, "--key", key + ".pub")
        #expect(check.status == 0 && check.stdout.contains("file        matches"), "\(check.stdout)\(check.stderr)")
    }
}
