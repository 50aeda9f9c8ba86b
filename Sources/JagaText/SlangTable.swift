internal import Foundation

/// A table from informal Indonesian spellings to formal ones (`yg` → `yang`, `gak` → `tidak`).
///
/// The built-in table (`SlangTable.builtin`, ~350 entries written for Jaga) covers chat
/// abbreviations, informal verbs, regional words (Javanese `ora`, Sundanese `teu`, Betawi
/// `gue`, Papuan `tra`) and election spellings. A formal form may be several words
/// (`gpp` → `tidak apa apa`). Keys and values are folded (lower case, no accents).
///
/// Words with two common readings are deliberately not mapped (`jan`: jangan or Januari,
/// `no`: nomor or English "no", `gua`: saya or cave; see `SlangTable.ambiguous`): a single
/// token cannot tell them apart, so they stay as written and rules match them in context.
///
/// Users add or override entries with a file of `informal<TAB>formal` lines; `#` starts a
/// comment line, blank lines are skipped, and a formal form of `-` removes an entry.
public struct SlangTable: Sendable {
    /// Informal word → formal words.
    private var map: [String: [String]]

    /// Jaga's built-in table.
    public static let builtin: SlangTable = {
        var t = SlangTable(map: [:])
        // The built-in text is ours and well-formed; a bad line would only be skipped.
        _ = try? t.merge(text: BuiltinSlang.text, separator: " ", path: "")
        for w in BuiltinSlang.ambiguous { t.map[w] = nil }
        return t
    }()

    /// Informal words that are deliberately not mapped because they have two common readings.
    public static var ambiguous: [String] { BuiltinSlang.ambiguous }

    private init(map: [String: [String]]) {
        self.map = map
    }

    /// Makes a table of `entries` (informal → formal, folded here) on top of `base`.
    public init(entries: [String: String], base: SlangTable = .builtin) {
        self = base
        for (k, v) in entries {
            let words = TextFolding.tokens(v)
            let key = TextFolding.fold(k)
            if words.isEmpty { map[key] = nil } else { map[key] = words }
        }
    }

    /// Loads `informal<TAB>formal` lines from the file at `path` on top of `base`.
    ///
    /// Throws `SlangTableError` for a line without a tab or with an empty side, and the
    /// file system's error when the file cannot be read.
    public init(loading path: String, base: SlangTable = .builtin) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        self = base
        try merge(text: text, separator: "\t", path: path)
    }

    /// Parses `informal<TAB>formal` lines from `text` on top of `base` (as `init(loading:)`).
    public init(parsing text: String, base: SlangTable = .builtin) throws {
        self = base
        try merge(text: text, separator: "\t", path: "")
    }

    /// The number of entries.
    public var count: Int { map.count }

    /// Every entry, informal word → formal words, sorted by the informal word.
    public var entries: [(informal: String, formal: [String])] {
        map.keys.sorted().map { ($0, map[$0] ?? []) }
    }

    /// The formal words for `informal` (already folded), or nil when it has no entry.
    public func formal(for informal: String) -> [String]? {
        map[informal]
    }

    /// Every informal word and every word of a formal form (the vocabulary the table knows).
    var vocabulary: Set<String> {
        var s = Set(map.keys)
        for v in map.values { s.formUnion(v) }
        return s
    }

    private mutating func merge(text: String, separator: Character, path: String) throws {
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let cut = line.firstIndex(of: separator) else {
                let name = separator == "\t" ? "tab" : "space"
                throw SlangTableError(path: path, line: number, message: "expected informal<\(name)>formal, found no \(name) in '\(line)'")
            }
            let key = TextFolding.fold(String(line[..<cut]).trimmingCharacters(in: .whitespaces))
            let value = String(line[line.index(after: cut)...]).trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, !value.isEmpty else {
                throw SlangTableError(path: path, line: number, message: "empty informal or formal form in '\(line)'")
            }
            if value == "-" { map[key] = nil; continue }
            let words = TextFolding.tokens(value)
            guard !words.isEmpty else {
                throw SlangTableError(path: path, line: number, message: "formal form '\(value)' has no words")
            }
            map[key] = words
        }
    }
}
