import Foundation
import JagaSDK
import Yams

extension ElectionCalendar {
    /// Pilkada 2024, the built-in calendar (``CalendarFile/builtin``).
    public static var pilkada2024: ElectionCalendar { CalendarFile.builtin }
}

/// Reads election calendar files (YAML) into ``ElectionCalendar`` values.
///
/// The format (see `Calendars/pilkada-2024.yaml`, the built-in calendar):
///
///     id: pilkada-2024
///     name: Pilkada Serentak 2024
///     sources: [PKPU No. 2 Tahun 2024]
///     periods:
///       - name: masa-tenang          # what rules refer to
///         label: Masa tenang
///         from: 2024-11-24           # local days, inclusive; either end may be left out
///         to: 2024-11-26
///         source: PKPU No. 2 Tahun 2024
///     moments:
///       - name: polls-close
///         local: 2024-11-27 13:00    # a clock time in each region's own zone
///       - name: quick-count-release
///         at: 2024-11-27T15:00:00+07:00   # one instant for everybody
///
/// Every error names the file, line, column and key path; unknown keys are errors (typos).
public enum CalendarFile {
    /// The built-in calendar, Pilkada 2024 (compiled in from `Calendars/pilkada-2024.yaml`).
    public static let builtin: ElectionCalendar = {
        let text = String(decoding: PackageResources.pilkada_2024_yaml, as: UTF8.self)
        // The built-in file is tested to parse; should it ever not, an empty calendar makes
        // every time rule stay silent rather than crash.
        return (try? parse(yaml: text, file: "built-in pilkada-2024.yaml", origin: "built-in")) ??
            ElectionCalendar(id: "invalid", name: "(built-in calendar failed to parse)", periods: [])
    }()

    /// The built-in calendar's YAML text, for `calendar show source`-style output and tests.
    public static var builtinText: String { String(decoding: PackageResources.pilkada_2024_yaml, as: UTF8.self) }

    /// Reads the calendar file at `path`.
    public static func load(path: String) throws(CalendarFileError) -> ElectionCalendar {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CalendarFileError(file: path, message: "cannot read the file (\((error as NSError).localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CalendarFileError(file: path, message: "the file is not UTF-8 text")
        }
        return try parse(yaml: text, file: path, origin: path)
    }

    static let topKeys = ["id", "name", "sources", "periods", "moments"]
    static let periodKeys = ["name", "label", "from", "to", "source", "note"]
    static let momentKeys = ["name", "label", "at", "local", "source", "note"]

    /// Parses calendar YAML; `file` is the name errors show and `origin` what the calendar says it came from.
    public static func parse(yaml: String, file: String, origin: String? = nil) throws(CalendarFileError) -> ElectionCalendar {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let e as YamlError {
            throw syntaxError(e, file: file)
        } catch {
            throw CalendarFileError(file: file, message: "YAML error: \(error)")
        }
        guard let root else { throw CalendarFileError(file: file, line: 1, column: 1, message: "the calendar is empty: it needs id, name and periods") }
        let r = Reader(file: file)
        let top = try r.mapping(root, "", allowed: topKeys)
        let id = try r.text(try r.require(top, "id", in: root, ""), "id")
        let name = try r.text(try r.require(top, "name", in: root, ""), "name")
        var sources: [String] = []
        if let s = top["sources"] {
            guard case .sequence(let seq) = s else { throw r.error(s, "sources", "expected a list of sources") }
            for (i, n) in seq.enumerated() { sources.append(try r.text(n, "sources[\(i)]")) }
        }
        var periods: [CalendarPeriod] = []
        var seen: [String: String] = [:]
        let periodsNode = try r.require(top, "periods", in: root, "")
        guard case .sequence(let pseq) = periodsNode else { throw r.error(periodsNode, "periods", "expected a list of periods") }
        for (i, node) in pseq.enumerated() {
            let path = "periods[\(i)]"
            let m = try r.mapping(node, path, allowed: periodKeys)
            let pname = try r.name(try r.require(m, "name", in: node, path), path + ".name")
            if let first = seen[pname] { throw r.error(m["name"] ?? node, path + ".name", "'\(pname)' is already the name of \(first)") }
            seen[pname] = path
            let from = try m["from"].map { n throws(CalendarFileError) in try r.day(n, path + ".from") }
            let to = try m["to"].map { n throws(CalendarFileError) in try r.day(n, path + ".to") }
            if from == nil, to == nil { throw r.error(node, path, "a period needs from:, to: or both") }
            if let from, let to, to < from { throw r.error(m["to"] ?? node, path + ".to", "\(to) is before from: \(from)") }
            periods.append(CalendarPeriod(
                name: pname, label: try m["label"].map { n throws(CalendarFileError) in try r.text(n, path + ".label") } ?? "",
                from: from, to: to,
                source: try m["source"].map { n throws(CalendarFileError) in try r.text(n, path + ".source") } ?? "",
                note: try m["note"].map { n throws(CalendarFileError) in try r.text(n, path + ".note") } ?? ""))
        }
        var moments: [CalendarMoment] = []
        if let mnode = top["moments"] {
            guard case .sequence(let mseq) = mnode else { throw r.error(mnode, "moments", "expected a list of moments") }
            for (i, node) in mseq.enumerated() {
                let path = "moments[\(i)]"
                let m = try r.mapping(node, path, allowed: momentKeys)
                let mname = try r.name(try r.require(m, "name", in: node, path), path + ".name")
                if let first = seen[mname] { throw r.error(m["name"] ?? node, path + ".name", "'\(mname)' is already the name of \(first)") }
                seen[mname] = path
                let when: CalendarMoment.When
                switch (m["at"], m["local"]) {
                case (let at?, nil):
                    let t = try r.text(at, path + ".at")
                    guard let ts = Timestamp(rfc3339: t) else {
                        throw r.error(at, path + ".at", "'\(t)' is not a date-time with an offset (2024-11-27T15:00:00+07:00)")
                    }
                    when = .instant(ts)
                case (nil, let local?):
                    when = try r.localTime(local, path + ".local")
                case (nil, nil):
                    throw r.error(node, path, "a moment needs at: (an instant with an offset) or local: (a local date and time)")
                case (_?, _?):
                    throw r.error(node, path, "a moment has either at: or local:, not both")
                }
                moments.append(CalendarMoment(
                    name: mname, label: try m["label"].map { n throws(CalendarFileError) in try r.text(n, path + ".label") } ?? "",
                    when: when,
                    source: try m["source"].map { n throws(CalendarFileError) in try r.text(n, path + ".source") } ?? "",
                    note: try m["note"].map { n throws(CalendarFileError) in try r.text(n, path + ".note") } ?? ""))
            }
        }
        return ElectionCalendar(id: id, name: name, periods: periods, moments: moments, sources: sources, origin: origin ?? file)
    }

    private static func syntaxError(_ e: YamlError, file: String) -> CalendarFileError {
        switch e {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return CalendarFileError(file: file, line: mark.line, column: mark.column, message: "YAML syntax error: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return CalendarFileError(file: file, line: context.mark.line, column: context.mark.column,
                                     message: "YAML: key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) appears twice in one mapping")
        default:
            return CalendarFileError(file: file, message: "YAML error: \(e)")
        }
    }

    /// Node readers that turn shape problems into positioned errors.
    private struct Reader {
        let file: String

        func error(_ node: Node, _ path: String, _ message: String) -> CalendarFileError {
            CalendarFileError(file: file, line: node.mark.map { $0.line }, column: node.mark.map { $0.column }, path: path, message: message)
        }

        func mapping(_ node: Node, _ path: String, allowed: [String]) throws(CalendarFileError) -> [String: Node] {
            guard case .mapping(let m) = node else { throw error(node, path, "expected a mapping with keys \(allowed.joined(separator: ", "))") }
            var out: [String: Node] = [:]
            for (k, v) in m {
                guard case .scalar(let s) = k else { throw error(k, path, "keys must be plain words") }
                guard allowed.contains(s.string) else {
                    let hint = Suggest.nearest(s.string, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                    throw error(k, path.isEmpty ? s.string : path + "." + s.string,
                                "unknown key '\(s.string)'\(hint); allowed: \(allowed.joined(separator: ", "))")
                }
                out[s.string] = v
            }
            return out
        }

        func require(_ m: [String: Node], _ key: String, in node: Node, _ path: String) throws(CalendarFileError) -> Node {
            guard let v = m[key] else { throw error(node, path.isEmpty ? key : path + "." + key, "missing key '\(key)'") }
            return v
        }

        func text(_ node: Node, _ path: String) throws(CalendarFileError) -> String {
            guard case .scalar(let s) = node else { throw error(node, path, "expected text") }
            return s.string
        }

        func name(_ node: Node, _ path: String) throws(CalendarFileError) -> String {
            let s = try text(node, path)
            let ok = !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            guard ok else { throw error(node, path, "'\(s)' must be lower-case letters, digits and '-' (e.g. masa-tenang)") }
            return s
        }

        func day(_ node: Node, _ path: String) throws(CalendarFileError) -> LocalDay {
            let s = try text(node, path)
            guard let d = LocalDay(iso: s) else { throw error(node, path, "'\(s)' is not a date YYYY-MM-DD") }
            return d
        }

        /// `2024-11-27 13:00`.
        func localTime(_ node: Node, _ path: String) throws(CalendarFileError) -> CalendarMoment.When {
            let s = try text(node, path)
            let parts = s.split(separator: " ", omittingEmptySubsequences: true)
            let hm = parts.count == 2 ? parts[1].split(separator: ":") : []
            guard parts.count == 2, let d = LocalDay(iso: String(parts[0])), hm.count == 2,
                  hm[0].count == 2, hm[1].count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0...23).contains(h), (0...59).contains(m) else {
                throw error(node, path, "'\(s)' is not a local date and time 'YYYY-MM-DD HH:MM'")
            }
            return .local(day: d, minutes: h * 60 + m)
        }
    }
}
