import JagaCore
import JagaText

/// `show ID`: one post in full, where and when it was judged to be, and its reports.
public struct ShowCommand: Command {
    public init() {}
    public let name = "show"
    public let usage = "show ID"
    public let summary = "Show one post in full, with its region, local time and reports"

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        guard let t = a.peek else { throw a.error("expected a post id; usage: \(usage)") }
        let id: String
        switch t.kind {
        case .string(let s), .identifier(let s): id = s
        case .int(let i): id = String(i)
        case .variable: id = try a.string("a post id", variables: session.context.variables); a.pos -= 1
        default: throw a.error("expected a post id, found \(t.display)")
        }
        a.pos += 1
        try a.expectEnd(usage)
        for d in session.sortedDatasets where d.kind == .posts {
            guard let posts = d.posts, let row = posts.store.findRow(ofID: id) else { continue }
            session.out.write(ShowCommand.render(posts: posts, row: row, dataset: d.name, session: session))
            return
        }
        throw inv.args.error("no post with id '\(id)' in \(session.datasets.values.contains { $0.kind == .posts } ? "the loaded posts" : "any dataset (nothing loaded)")")
    }

    /// The full text block for one post.
    static func render(posts: PostTable, row: Int, dataset: String, session: Session) -> String {
        let item = posts.store.item(row)
        func clean(_ s: String) -> String { TerminalSanitizer.sanitize(s, keepNewlines: true) }
        var pairs: [(String, String)] = [("id", item.id), ("dataset", dataset), ("created_at", item.createdAt.description)]
        let zone = posts.zoneChoice(row)
        pairs.append(("local_time", zone.localTime(item.createdAt).description + " " + zone.zone.rawValue + " (" + zone.reason + ")"))
        if let p = item.platform { pairs.append(("platform", p)) }
        if let au = item.author { pairs.append(("author", au)) }
        if let r = item.region {
            var s = r
            let c = posts.store.region.codes[row]
            if c >= 0, let res = posts.resolutions[Int(c)] {
                s += " → \(res.region.name) (\(res.region.code), \(res.region.province))"
                if let note = res.note { s += "; " + note }
            } else {
                s += " (not resolved)"
            }
            pairs.append(("region", s))
        }
        if let u = item.url { pairs.append(("url", u)) }
        if !item.hashtags.isEmpty { pairs.append(("hashtags", item.hashtags.map { "#" + $0 }.joined(separator: " "))) }
        let counts = [("likes", item.likes), ("shares", item.shares), ("comments", item.comments), ("views", item.views)]
            .compactMap { n, v in v.map { "\(n) \($0)" } }
        if !counts.isEmpty { pairs.append(("engagement", counts.joined(separator: ", "))) }
        if let r = item.replyTo { pairs.append(("reply_to", r)) }
        if let l = item.lang { pairs.append(("lang", l)) }
        for (k, v) in item.extra { pairs.append((k, v.description)) }
        let w = pairs.map { $0.0.count }.max() ?? 0
        var out = ""
        for (k, v) in pairs { out += String(repeating: " ", count: w - k.count) + k + "  " + clean(v) + "\n" }
        out += "\ntext:\n" + indent(clean(item.text)) + "\n"
        if let tr = item.transcript { out += "\ntranscript:\n" + indent(clean(tr)) + "\n" }
        var reports: [Report] = []
        for d in session.sortedDatasets where d.kind == .reports {
            reports += d.reports?.reports.filter { $0.contentID == item.id } ?? []
        }
        out += "\nreports (\(reports.count)):\n"
        for r in reports {
            out += "  \(r.id)  \(r.reportedAt?.description ?? "-")  \(r.status?.rawValue ?? "-")  \(clean(r.category ?? "-"))"
            if let d = r.description { out += "\n    " + clean(d).replacingOccurrences("\n", "\n    ") }
            out += "\n"
        }
        let findings = (session.datasets["findings"]?.table as? FindingTable)?.findings.filter { $0.contentID == item.id } ?? []
        out += "\nfindings (\(findings.count)):\n"
        let highlight = session.out.isTerminal
        for f in findings {
            out += "  \(f.rule)  [\(f.severity)]  score \(Value.format((f.score * 1000).rounded() / 1000))  \(f.plugin)\n"
            out += "    \(clean(f.reason))\n"
            if !f.legalBasis.isEmpty { out += "    legal basis: \(clean(f.legalBasis))\n" }
            for field in ["text", "transcript"] {
                let spans = f.evidence.filter { $0.field == field }
                guard !spans.isEmpty, let source = field == "text" ? item.text : item.transcript else { continue }
                out += "    evidence in \(field): " + ShowCommand.highlighted(source, spans, terminal: highlight) + "\n"
            }
        }
        if findings.isEmpty, session.datasets["findings"] == nil { out += "  (none yet: run all)\n" }
        return out
    }

    /// The text with evidence spans marked (reverse video on a terminal, «…» elsewhere), sanitised piece by piece.
    static func highlighted(_ text: String, _ spans: [EvidenceSpan], terminal: Bool) -> String {
        let bytes = Array(text.utf8)
        var out = ""
        var pos = 0
        let (open, close) = terminal ? ("\u{1B}[7m", "\u{1B}[27m") : ("«", "»")
        func piece(_ r: Range<Int>) -> String {
            TerminalSanitizer.sanitize(String(decoding: bytes[r], as: UTF8.self), keepNewlines: false)
        }
        for s in spans.sorted(by: { $0.start < $1.start }) {
            let lo = max(pos, min(s.start, bytes.count)), hi = max(lo, min(s.end, bytes.count))
            out += piece(pos..<lo) + open + piece(lo..<hi) + close
            pos = hi
        }
        return out + piece(pos..<bytes.count)
    }

    static func indent(_ s: String) -> String {
        "  " + s.replacingOccurrences("\n", "\n  ")
    }
}
