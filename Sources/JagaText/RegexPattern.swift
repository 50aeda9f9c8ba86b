internal import CJagaText

/// A compiled regular expression (PCRE2 with JIT) for `matches regex`.
///
/// Patterns are UTF-8 (`PCRE2_UTF`), case-sensitive unless `(?i)` or
/// `.caseInsensitive`; `\w`, `\d`, `\b` are ASCII-only unless
/// `.unicodeClasses` (`PCRE2_UCP`, slower). Subjects may contain invalid UTF-8
/// (`PCRE2_MATCH_INVALID_UTF`): such bytes never match but cause no error.
/// A match that hits PCRE2's match or depth limit counts as no match.
///
/// The compiled code is immutable and shared freely between threads; match
/// state is per thread (each call uses its own).
public final class RegexPattern: @unchecked Sendable {
    /// Compile options.
    public struct Options: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// Ignore case, as `(?i)`.
        public static let caseInsensitive = Options(rawValue: JG_REGEX_CASELESS)
        /// Unicode classes for `\w`, `\d`, `\s`, `\b` and POSIX classes (PCRE2_UCP).
        public static let unicodeClasses = Options(rawValue: JG_REGEX_UCP)
        /// `^` and `$` match at line breaks, as `(?m)`.
        public static let multiline = Options(rawValue: JG_REGEX_MULTILINE)
        /// `.` matches line breaks, as `(?s)`.
        public static let dotMatchesLineBreaks = Options(rawValue: JG_REGEX_DOTALL)
    }

    /// The pattern as given.
    public let pattern: String
    /// The options it was compiled with.
    public let options: Options
    // @unchecked Sendable: PCRE2 compiled code (and its JIT code) is read-only after compilation.
    private let code: OpaquePointer

    /// Compiles `pattern`, or throws PCRE2's message and the error offset.
    public init(_ pattern: String, options: Options = []) throws(RegexCompileError) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let compiled = Array(pattern.utf8).withUnsafeBufferPointer {
            jg_regex_compile($0.baseAddress, $0.count, options.rawValue, &errorCode, &errorOffset)
        }
        guard let compiled else {
            throw RegexCompileError(pattern: pattern, offset: errorOffset, code: errorCode,
                                    message: RegexPattern.message(for: errorCode))
        }
        self.pattern = pattern
        self.options = options
        self.code = compiled
    }

    deinit { jg_regex_free(code) }

    /// True when PCRE2 JIT-compiled the pattern (otherwise matching uses the interpreter).
    public var isJITCompiled: Bool { jg_regex_is_jit(code) == 1 }

    /// True when the pattern matches somewhere in `text`.
    public func matches(_ text: String) -> Bool {
        firstMatch(in: text) != nil
    }

    /// The UTF-8 byte range of the first match in `text`.
    public func firstMatch(in text: String) -> Range<Int>? {
        var text = text
        return text.withUTF8 { firstMatch(utf8: $0) }
    }

    /// The byte range of the first match in UTF-8 bytes (which may be invalid UTF-8).
    public func firstMatch(utf8 text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let matcher = RegexMatcher() else { return nil }
        return matcher.firstMatch(code, text)
    }

    /// Indices of rows in `rows` whose text matches, ascending (same arena layout as `PhraseScanner`).
    public func matchingRows(arena: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, rows: Range<Int>) -> [Int32] {
        let rows = ArenaScan.clamp(rows, ends: ends)
        guard !rows.isEmpty, let endsBase = ends.baseAddress, let matcher = RegexMatcher() else { return [] }
        var hits: [Int32] = []
        let chunk = 4096
        var buffer = [Int32](repeating: 0, count: chunk)
        var next = rows.lowerBound
        var errors = 0
        while next < rows.upperBound {
            let n = buffer.withUnsafeMutableBufferPointer { out in
                jg_regex_scan_rows(code, matcher.raw, arena.baseAddress, arena.count, endsBase,
                                   &next, rows.upperBound, out.baseAddress, chunk, &errors)
            }
            hits.append(contentsOf: buffer[0..<n])
        }
        return hits
    }

    /// The rows among `candidates` whose text matches, in the given order (invalid indices are dropped).
    public func matchingRows(arena: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, candidates: [Int32]) -> [Int32] {
        guard let matcher = RegexMatcher() else { return [] }
        return ArenaScan.filter(candidates, arena: arena, ends: ends) { _, row in
            matcher.firstMatch(code, row) != nil
        }
    }

    /// PCRE2's message for an error code.
    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = buffer.withUnsafeMutableBufferPointer { jg_regex_error_message(code, $0.baseAddress, $0.count) }
        guard n > 0 else { return "PCRE2 error \(code)" }
        return String(decoding: buffer[0..<min(Int(n), buffer.count)], as: UTF8.self)
    }
}
