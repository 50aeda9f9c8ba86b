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
        guard header.count <= NameCache.limit + fields.count else {
            throw .badHeader(file: file, line: header.line,
                             reason: "header has \(header.count) columns; at most \(NameCache.limit + fields.count) are read")
        }
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
