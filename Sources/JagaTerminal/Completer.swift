#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Decides what Tab completes at the end of a partial command line, in pure Swift.
///
/// The rules, applied to the text up to the cursor:
/// - inside an open `"` string: file paths (directories end in `/`);
/// - in a `# comment`: nothing;
/// - the first word of a line: command names and dataset names (a pipeline may
///   start with a dataset); the first word after `|`: command names;
/// - after `describe`, `enable`, `disable`: plugin names; the first word after `run`: plugin names;
/// - the first word after `load`: the load kinds (`posts`, `reports`), or a path
///   when it already looks like one; later words after `load <kind>`: file paths;
/// - anywhere else: field names and dataset names.
///
/// Matching is by prefix, case-sensitive first and case-insensitive when nothing
/// matches exactly. Offsets are UTF-8 byte offsets, and words never split a
/// multi-byte character.
public struct Completer {
    /// The answer for one Tab press.
    public struct Completion: Equatable, Sendable {
        /// UTF-8 offset in the line where the word being completed starts.
        public var replaceStart: Int
        /// The partial word already typed (the line from `replaceStart` on).
        public var partial: String
        /// Matching completions for the word, sorted and without duplicates.
        public var candidates: [String]
        /// The longest prefix (in characters) that all candidates share; empty when there are none.
        public var commonPrefix: String
        /// Text appended after a unique candidate: a space, `"` and a space to close a quoted
        /// path, or nothing after a directory.
        public var terminator: String

        /// Creates a completion answer.
        public init(replaceStart: Int, partial: String, candidates: [String], commonPrefix: String, terminator: String) {
            self.replaceStart = replaceStart
            self.partial = partial
            self.candidates = candidates
            self.commonPrefix = commonPrefix
            self.terminator = terminator
        }

        /// What should replace `partial`, or nil when there is nothing to complete.
        ///
        /// A unique candidate is inserted with its terminator; several candidates
        /// insert their common prefix, unless that would shorten what was typed.
        public var replacement: String? {
            guard let first = candidates.first else { return nil }
            if candidates.count == 1 { return first + terminator }
            return commonPrefix.utf8.count >= partial.utf8.count ? commonPrefix : partial
        }
    }

    /// Where names come from.
    public let source: any CompletionSource

    /// Commands whose arguments are plugin names (every argument).
    public var pluginListCommands: Set<String> = ["describe", "enable", "disable"]

    /// Commands whose first argument is a plugin name.
    public var pluginFirstCommands: Set<String> = ["run"]

    /// Commands whose first argument is a kind and whose later arguments are file paths.
    public var loadCommands: Set<String> = ["load"]

    /// The kinds completed as the first argument of a load command.
    public var loadKinds: [String] = ["posts", "reports"]

    /// Creates a completer over a source of names.
    public init(source: any CompletionSource) {
        self.source = source
    }

    /// Completes the word that ends at the end of `line` (the text up to the cursor).
    ///
    /// - Parameters:
    ///   - line: the line up to the cursor.
    ///   - fileLister: lists a directory as typed (`""` for the current one, `"data/"`,
    ///     `"~/x/"`), returning entry names with a trailing `/` on directories.
    public func complete(line: String, fileLister: (String) -> [String] = Completer.listDirectory) -> Completion {
        let bytes = Array(line.utf8)
        let scan = Self.scan(bytes)
        if scan.inComment {
            return Completion(replaceStart: bytes.count, partial: "", candidates: [], commonPrefix: "", terminator: "")
        }
        if let quoteStart = scan.openQuote {
            return completePath(bytes, wordStart: quoteStart + 1, quoted: true, fileLister: fileLister)
        }

        var wordStart = bytes.count
        while wordStart > scan.segmentStart, Self.isWordByte(bytes[wordStart - 1]) { wordStart -= 1 }
        let before = bytes[scan.segmentStart..<wordStart]
        let tokens = before.split(whereSeparator: Self.isSpace)
        let isLineStart = scan.segmentStart == 0

        guard let firstToken = tokens.first else {
            let names = isLineStart ? source.commandNames + source.datasetNames : source.commandNames
            return completeWord(bytes, wordStart: wordStart, names: names, terminator: " ")
        }
        let command = String(decoding: firstToken.prefix(while: Self.isWordByte), as: UTF8.self)
        let argumentIndex = tokens.count

        if loadCommands.contains(command) {
            let pathStart = Self.pathWordStart(bytes, lowerBound: scan.segmentStart)
            if argumentIndex >= 2 {
                return completePath(bytes, wordStart: pathStart, quoted: false, fileLister: fileLister)
            }
            let typed = bytes[pathStart...]
            if let first = typed.first, first == UInt8(ascii: "/") || first == UInt8(ascii: ".") || first == UInt8(ascii: "~")
                || typed.contains(UInt8(ascii: "/"))
            {
                return completePath(bytes, wordStart: pathStart, quoted: false, fileLister: fileLister)
            }
            return completeWord(bytes, wordStart: wordStart, names: loadKinds, terminator: " ")
        }
        if pluginListCommands.contains(command) || (pluginFirstCommands.contains(command) && argumentIndex == 1) {
            return completeWord(bytes, wordStart: wordStart, names: source.pluginNames, terminator: " ")
        }
        return completeWord(bytes, wordStart: wordStart, names: source.fieldNames + source.datasetNames, terminator: " ")
    }

    // MARK: - Words

    /// Completes `bytes[wordStart...]` against a list of names.
    private func completeWord(_ bytes: [UInt8], wordStart: Int, names: [String], terminator: String) -> Completion {
        let partial = String(decoding: bytes[wordStart...], as: UTF8.self)
        let candidates = Self.matching(partial, in: names)
        return Completion(
            replaceStart: wordStart,
            partial: partial,
            candidates: candidates,
            commonPrefix: Self.commonPrefix(of: candidates),
            terminator: terminator
        )
    }

    /// Names starting with `partial`, case-sensitively, else case-insensitively; sorted and unique.
    static func matching(_ partial: String, in names: [String]) -> [String] {
        var found = Set(names.filter { !$0.isEmpty && $0.hasPrefix(partial) })
        if found.isEmpty, !partial.isEmpty {
            let folded = partial.lowercased()
            found = Set(names.filter { !$0.isEmpty && $0.lowercased().hasPrefix(folded) })
        }
        return found.sorted()
    }

    /// The longest common prefix of the strings, by characters.
    static func commonPrefix(of strings: [String]) -> String {
        guard var prefix = strings.first.map(Array.init) else { return "" }
        for string in strings.dropFirst() {
            var count = 0
            for (a, b) in zip(prefix, string) {
                guard a == b else { break }
                count += 1
            }
            prefix.removeSubrange(count...)
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }

    // MARK: - Paths

    /// Completes a path word starting at `wordStart`; candidates are the last path component.
    private func completePath(_ bytes: [UInt8], wordStart: Int, quoted: Bool, fileLister: (String) -> [String]) -> Completion {
        let slash = UInt8(ascii: "/")
        var baseStart = bytes.count
        while baseStart > wordStart, bytes[baseStart - 1] != slash { baseStart -= 1 }
        let directoryRaw = String(decoding: bytes[wordStart..<baseStart], as: UTF8.self)
        let partialRaw = String(decoding: bytes[baseStart...], as: UTF8.self)
        let directory = quoted ? Self.unescape(directoryRaw) : directoryRaw
        let partial = quoted ? Self.unescape(partialRaw) : partialRaw

        let showHidden = partial.hasPrefix(".")
        var names: [String] = []
        for entry in fileLister(directory) {
            guard !entry.isEmpty, entry != "./", entry != "../" else { continue }
            guard showHidden || !entry.hasPrefix(".") else { continue }
            guard !entry.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { continue }
            if !quoted, entry.utf8.contains(where: { Self.isSpace($0) || $0 == UInt8(ascii: "|") }) { continue }
            names.append(quoted ? Self.escape(entry) : entry)
        }
        let candidates = Self.matching(quoted ? Self.escape(partial) : partial, in: names)
        let isDirectory = candidates.count == 1 && candidates[0].hasSuffix("/")
        return Completion(
            replaceStart: baseStart,
            partial: partialRaw,
            candidates: candidates,
            commonPrefix: Self.commonPrefix(of: candidates),
            terminator: isDirectory ? "" : (quoted ? "\" " : " ")
        )
    }

    /// Start of the whitespace-delimited word that ends the line (for unquoted paths).
    private static func pathWordStart(_ bytes: [UInt8], lowerBound: Int) -> Int {
        var start = bytes.count
        while start > lowerBound, !isSpace(bytes[start - 1]), bytes[start - 1] != UInt8(ascii: "|") { start -= 1 }
        return start
    }

    /// Escapes `\` and `"` for use inside a double-quoted string.
    static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            if c == "\\" || c == "\"" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// Removes backslash escapes from the inside of a double-quoted string.
    static func unescape(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "\\")) else { return s }
        var out = String.UnicodeScalarView()
        var escaped = false
        for c in s.unicodeScalars {
            if escaped {
                out.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return String(out)
    }

    /// Lists a directory with FileManager: `""` is the current directory, `~/` is the home directory.
    public static func listDirectory(_ directory: String) -> [String] {
        var path = directory.isEmpty ? "." : directory
        if path == "~" || path.hasPrefix("~/") {
            let home = ProcessInfo.processInfo.environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
            path = home + path.dropFirst()
        }
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: path) else { return [] }
        let base = path.hasSuffix("/") ? path : path + "/"
        return entries.map { name in
            #if canImport(FoundationEssentials)
            var isDirectory = false
            let exists = manager.fileExists(atPath: base + name, isDirectory: &isDirectory)
            #else
            var flag: ObjCBool = false
            let exists = manager.fileExists(atPath: base + name, isDirectory: &flag)
            let isDirectory = flag.boolValue
            #endif
            return exists && isDirectory ? name + "/" : name
        }
    }

    // MARK: - Scanning

    /// What a left-to-right scan of the line found.
    private struct Scan {
        var openQuote: Int?
        var segmentStart = 0
        var inComment = false
    }

    /// Finds an unclosed quote, the start of the last pipeline segment, and a trailing comment.
    private static func scan(_ bytes: [UInt8]) -> Scan {
        var result = Scan()
        var escaped = false
        for (index, byte) in bytes.enumerated() {
            if result.openQuote != nil {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    result.openQuote = nil
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                result.openQuote = index
            case UInt8(ascii: "|"):
                result.segmentStart = index + 1
            case UInt8(ascii: "#") where index == 0 || isSpace(bytes[index - 1]):
                result.inComment = true
                return result
            default:
                break
            }
        }
        return result
    }

    /// ASCII whitespace.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Bytes that can be part of a completable name: ASCII letters, digits, `_`, `.`, `-`,
    /// and every byte of a non-ASCII character.
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
            return true
        default:
            return byte >= 0x80
        }
    }
}
