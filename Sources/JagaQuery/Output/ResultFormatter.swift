import JagaCore
import JagaText

/// Renders a query result in an output mode, escaping post text for each destination.
///
/// Table, markdown and line modes are for people at a terminal: control and escape
/// sequences are stripped and long cells are cut. CSV guards against spreadsheet
/// formula injection; JSON escapes everything JSON requires.
public struct ResultFormatter {
    public var mode: OutputMode
    /// Table mode shows at most this many rows, then says how many more there are.
    public var maxTableRows = 40
    /// Table mode cuts cells longer than this many columns.
    public var maxCellWidth = 60

    public init(mode: OutputMode) {
        self.mode = mode
    }

    /// The rendered text of `result` (ends with a newline when not empty).
    public func render(_ result: QueryResult) throws(ScriptError) -> String {
        let dataMode = mode == .csv || mode == .json || mode == .jsonl
        let fields = result.columns ?? (dataMode ? result.table.exportColumns : result.table.defaultColumns)
        let cols = result.columns == nil && dataMode ? fields.map { result.table.exportName($0) } : fields
        var accs: [FieldAccessor] = []
        for c in fields {
            guard let a = result.table.accessor(for: c) else { throw ScriptError("unknown field '\(c)'") }
            accs.append(a)
        }
        let n = result.count
        func row(_ i: Int) -> [Value] {
            let r = result.row(i)
            return accs.map { $0.read(r) }
        }
        switch mode {
        case .table:
            let shown = n > maxTableRows ? maxTableRows : n
            let rows = (0..<shown).map(row)
            return table(cols, rows, numeric: accs.map { $0.type == .int || $0.type == .double }, total: n)
        case .csv:
            var out = cols.map(ResultFormatter.csvField).joined(separator: ",") + "\r\n"
            for i in 0..<n { out += row(i).map { ResultFormatter.csvCell($0) }.joined(separator: ",") + "\r\n" }
            return out
        case .json:
            if n == 0 { return "[]\n" }
            var out = "["
            for i in 0..<n {
                out += (i == 0 ? "\n" : ",\n") + JSONWriter.object(Array(zip(cols, row(i))))
            }
            return out + "\n]\n"
        case .jsonl:
            var out = ""
            for i in 0..<n { out += JSONWriter.object(Array(zip(cols, row(i)))) + "\n" }
            return out
        case .markdown:
            var out = "| " + cols.map(ResultFormatter.markdownCell).joined(separator: " | ") + " |\n"
            out += "|" + cols.map { _ in "---|" }.joined() + "\n"
            for i in 0..<n {
                out += "| " + row(i).map { ResultFormatter.markdownCell($0.description) }.joined(separator: " | ") + " |\n"
            }
            return out
        case .line:
            let w = cols.map { TextWidth.of($0) }.max() ?? 0
            var out = ""
            for i in 0..<n {
                if i > 0 { out += "\n" }
                for (c, v) in zip(cols, row(i)) {
                    out += String(repeating: " ", count: w - TextWidth.of(c)) + c + " = " + TerminalSanitizer.sanitize(v.description, keepNewlines: true) + "\n"
                }
            }
            return out
        }
    }

    func table(_ cols: [String], _ rows: [[Value]], numeric: [Bool], total: Int) -> String {
        let cells = rows.map { $0.map { cell($0.description) } }
        let heads = cols.map { cell($0) }
        var widths = heads.map { TextWidth.of($0) }
        for r in cells { for (i, c) in r.enumerated() { widths[i] = max(widths[i], TextWidth.of(c)) } }
        func line(_ l: String, _ m: String, _ r: String) -> String {
            l + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: m) + r + "\n"
        }
        func pad(_ s: String, _ w: Int, right: Bool) -> String {
            let fill = String(repeating: " ", count: max(0, w - TextWidth.of(s)))
            return right ? fill + s : s + fill
        }
        var out = line("┌", "┬", "┐")
        out += "│" + heads.enumerated().map { " " + pad($1, widths[$0], right: false) + " " }.joined(separator: "│") + "│\n"
        out += line("├", "┼", "┤")
        for r in cells {
            out += "│" + r.enumerated().map { " " + pad($1, widths[$0], right: numeric[$0]) + " " }.joined(separator: "│") + "│\n"
        }
        out += line("└", "┴", "┘")
        if total > rows.count {
            out += "\(total) rows (\(rows.count) shown; add | take N, or use mode csv / output \"file\" for all)\n"
        } else {
            out += "\(total) row\(total == 1 ? "" : "s")\n"
        }
        return out
    }

    /// A terminal-safe single-line cell, cut to ``maxCellWidth``.
    func cell(_ s: String) -> String {
        var t = TerminalSanitizer.sanitize(s, keepNewlines: false)
        if TextWidth.of(t) > maxCellWidth { t = TextWidth.prefix(t, width: maxCellWidth - 1) + "…" }
        return t
    }

    /// A CSV field per RFC 4180.
    static func csvField(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences("\"", "\"\"") + "\""
        }
        return s
    }

    /// A CSV cell for a value; text that a spreadsheet would run as a formula gets a leading `'`.
    ///
    /// Control and escape sequences and bidi overrides are removed (newlines kept): they carry no
    /// meaning in a spreadsheet and would be live if the CSV is printed to a terminal.
    static func csvCell(_ v: Value) -> String {
        guard case .string(let raw) = v else { return csvField(v.description) }
        let s = TerminalSanitizer.sanitize(raw, keepNewlines: true)
        if let f = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(f) || f == "\u{FF1D}" || f == "\u{FF0B}" {
            return csvField("'" + s)
        }
        return csvField(s)
    }

    /// A markdown table cell: pipes escaped, newlines as `<br>`, controls stripped, HTML brackets escaped.
    static func markdownCell(_ s: String) -> String {
        TerminalSanitizer.sanitize(s, keepNewlines: true)
            .replacingOccurrences("&", "&amp;").replacingOccurrences("<", "&lt;").replacingOccurrences(">", "&gt;")
            .replacingOccurrences("|", "\\|").replacingOccurrences("\r\n", "<br>").replacingOccurrences("\n", "<br>")
    }
}

extension String {
    /// Every occurrence of `a` replaced by `b`.
    func replacingOccurrences(_ a: String, _ b: String) -> String {
        guard contains(a) else { return self }
        return split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}
