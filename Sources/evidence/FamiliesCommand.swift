import ArgumentParser
import EvidenceKit

struct Families: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the camera writer families a file must be recognised as to be accepted, with their invariants and the originals behind each.",
        discussion: """
            A file is consistent-with-original only when its own metadata claims one of these families and every
            invariant of that family holds. An invariant seen on one original only is weak.
            Examples:
              evidence families
              evidence families --lang vi
            """)

    @Option(name: .long, help: "Language: en or vi.")
    var lang: Language = .en

    func validate() throws {
    }

    func run() throws {
        let vi = lang == .vi
        for f in FamilyCatalogue.all {
            let kind = vi ? (f.kind == .photo ? "ảnh" : "video") : f.kind.rawValue
            Stdout.write("\(f.id)  (\(kind), \(f.originals.count) \(vi ? "tệp gốc" : "original(s)"))\n  \(vi ? f.nameVi : f.name)\n")
            for i in f.invariants {
                let weight = i.supportedBy.count >= 2 ? (vi ? "mạnh" : "strong") : (vi ? "yếu" : "weak")
                Stdout.write("  - \(i.id) [\(weight), \(i.supportedBy.count)]: \(vi ? i.textVi : i.text)\n")
            }
            Stdout.write("\n")
        }
    }
}
