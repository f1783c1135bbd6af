import ArgumentParser
import EvidenceKit
import Foundation

struct Keygen: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make an Ed25519 key pair for signing reports.",
        discussion: """
            Writes the private key (PKCS #8 PEM) to PATH with mode 0600 and the public key to PATH.pub, and prints the
            public key's fingerprint (the SHA-256 of its DER form, as `openssl pkey -pubin -in PATH.pub -outform DER |
            openssl dgst -sha256` prints it). An existing file is never overwritten. Hand the .pub file to whoever
            checks your reports, by a channel they trust.
            Example:
              evidence keygen --out officer.key
            """)

    @Option(name: .long, help: "Where to write the private key (the public key goes to PATH.pub).")
    var out: String

    func run() throws {
        let (privatePEM, publicPEM) = try ReportSigning.keyPair()
        try write(privatePEM, to: out, mode: 0o600, exclusive: true)
        do { try write(publicPEM, to: out + ".pub", mode: 0o644, exclusive: true) } catch {
            unlink(out) // never leave a private key whose public half was not written
            throw error
        }
        // open(2)'s mode is masked by the umask: make sure the private key is the owner's alone.
        chmod(out, 0o600)
        Stdout.write((ReportSigning.fingerprint(publicPEM: publicPEM) ?? "") + "  " + out + ".pub\n")
    }
}
