import ArgumentParser
import EvidenceKit

struct Detectors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the detectors, or explain one: what it looks at, why, and what it indicates.",
        discussion: """
            Examples:
              evidence detectors
              evidence detectors explain video.bitstream.encoder-banner
              evidence detectors --lang vi
            """)

    @Option(name: .long, help: "Language: en or vi.")
    var lang: Language = .en

    @Argument(help: "`explain ID` for one detector.")
    var words: [String] = []

    func validate() throws {
        if !words.isEmpty && (words.count != 2 || words[0] != "explain") { throw ValidationError("usage: evidence detectors [explain ID]") }
    }

    func run() throws {
        let vi = lang == .vi
        if words.count == 2 {
            guard let d = DetectorRegistry.description(of: words[1]) else {
                throw ValidationError("no detector '\(words[1])'; `evidence detectors` lists them")
            }
            if vi {
                // Vietnamese words throughout, with the JSON codes beside them for cross-reference.
                let severity = MessageRenderer.render(VerdictAggregator.label(d.severity), .vi)
                let indicates = MessageRenderer.render(VerdictAggregator.label(d.indicates), .vi)
                Stdout.write("\(d.id)\n  \(d.nameVi)\n  mức độ \(severity) (\(d.severity.rawValue)), chỉ ra: \(indicates) (\(d.indicates.rawValue))\n\n  \(d.rationaleVi)\n\n  ví dụ:\n")
                for e in d.examples { Stdout.write("    \(e.fires ? "có phát hiện" : "không phát hiện"): \(e.nameVi)\n") }
                return
            }
            Stdout.write("\(d.id)\n  \(d.name)\n  severity \(d.severity.rawValue), indicates \(d.indicates.rawValue)\n\n  \(d.rationale)\n\n  examples:\n")
            for e in d.examples { Stdout.write("    \(e.fires ? "fires" : "silent"): \(e.name)\n") }
            return
        }
        for d in DetectorRegistry.descriptions {
            Stdout.write(d.id.padding(38) + " " + d.severity.rawValue.padding(10) + " " + d.indicates.rawValue.padding(18) + " " + (vi ? d.nameVi : d.name) + "\n")
        }
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
