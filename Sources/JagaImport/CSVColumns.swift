/// What each column of a CSV header feeds: a canonical field, or an unknown field kept by name.
struct CSVColumns {
    enum Target: Equatable {
        case field(Int)
        case extra(String)
    }

    /// Per column, in header order.
    let targets: [Target]
    /// Header names as written (trimmed).
    let names: [String]

    /// Resolves a header against canonical field names and a user mapping (column → field).
    ///
    /// Header names are trimmed of spaces. A mapping key must name a header column and two columns
    /// cannot feed the same field; every `required` field needs a column. A mapping target that is
    /// not a canonical field renames the column, which is then kept as an unknown field.
    init(header: CSVRecord, fields: [String], required: [String], mapping: [String: String], file: String) throws(ImportError) {
        var names: [String] = []
        for i in 0..<header.count {
            names.append(CSVColumns.trim(header.string(i)))
        }
        for key in mapping.keys.sorted() where !names.contains(key) {
            throw .badHeader(file: file, line: header.line,
                             reason: "mapping names column \"\(key)\", which is not in the header (columns: \(names.joined(separator: ", ")))")
        }
        var targets: [Target] = []
        var used: [Int: String] = [:]
        for name in names {
            let mapped = mapping[name] ?? name
            if let k = fields.firstIndex(of: mapped) ?? fields.firstIndex(of: mapped.lowercased()) {
                if let other = used[k] {
                    throw .badHeader(file: file, line: header.line,
                                     reason: "columns \"\(other)\" and \"\(name)\" both give \(fields[k])")
                }
                used[k] = name
                targets.append(.field(k))
            } else {
                targets.append(.extra(mapped))
            }
        }
        for r in required {
            guard let k = fields.firstIndex(of: r), used[k] == nil else { continue }
            throw .badHeader(file: file, line: header.line,
                             reason: "no column for \(r) (columns: \(names.joined(separator: ", "))); map one, e.g. --map \"column=\(r)\"")
        }
        self.targets = targets
        self.names = names
    }

    static func trim(_ s: String) -> String {
        var t = Substring(s)
        while let f = t.first, f == " " || f == "\t" { t.removeFirst() }
        while let l = t.last, l == " " || l == "\t" { t.removeLast() }
        return String(t)
    }
}

/// Parsing CSV cell bytes.
enum CSVCell {
    /// A non-negative decimal integer (surrounding spaces allowed), or nil.
    static func count(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        var i = 0
        var n = b.count
        while i < n, b[i] == 0x20 { i += 1 }
        while n > i, b[n - 1] == 0x20 { n -= 1 }
        guard i < n else { return nil }
        var v: Int64 = 0
        while i < n {
            let d = Int64(b[i]) - 48
            guard d >= 0, d <= 9 else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            v = s
            i += 1
        }
        return v
    }

    /// The bytes without surrounding spaces and tabs.
    static func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var i = 0
        var n = b.count
        while i < n, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        while n > i, b[n - 1] == 0x20 || b[n - 1] == 0x09 { n -= 1 }
        return UnsafeBufferPointer(rebasing: b[i..<n])
    }

    /// Splits a hashtag cell on spaces, commas, semicolons, brackets and quotes (so `#a #b`,
    /// `a,b` and `["a","b"]` all work).
    static func forEachTag(_ b: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var i = 0
        let n = b.count
        func isSep(_ c: UInt8) -> Bool {
            c == 0x20 || c == 0x09 || c == 0x2C || c == 0x3B || c == 0x5B || c == 0x5D || c == 0x22 || c == 0x0A || c == 0x0D
        }
        while i < n {
            while i < n, isSep(b[i]) { i += 1 }
            let s = i
            while i < n, !isSep(b[i]) { i += 1 }
            if i > s { body(UnsafeBufferPointer(rebasing: b[s..<i])) }
        }
    }
}
