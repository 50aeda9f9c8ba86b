import Dispatch
import Foundation
import JagaCore
import JagaText

/// One text operator with its needle, ready to test strings (`has`, `contains`, `matches`, ...).
///
/// `has` is whole words, `contains` a substring, both case-, accent- and width-insensitive
/// (the `_cs` forms are case-sensitive); `startswith`/`endswith` compare folded text;
/// `matches` is a PCRE2 regular expression (case-sensitive unless it says `(?i)`).
public struct TextMatcher: Sendable {
    /// A reason the needle cannot be used (an invalid regular expression).
    public struct Invalid: Error { public var message: String }

    enum Kind: Sendable {
        case phrase(PhraseQuery)
        case substring(SubstringQuery)
        case regex(RegexPattern)
        case prefix(String)
        case suffix(String)
    }

    let kind: Kind

    public init(op: String, needle: String) throws(Invalid) {
        switch op {
        case "has": kind = .phrase(PhraseQuery(needle))
        case "has_cs": kind = .phrase(PhraseQuery(needle, caseSensitive: true))
        case "contains": kind = .substring(SubstringQuery(needle))
        case "contains_cs": kind = .substring(SubstringQuery(needle, caseSensitive: true))
        case "startswith": kind = .prefix(TextFolding.fold(needle))
        case "endswith": kind = .suffix(TextFolding.fold(needle))
        default:
            do throws(RegexCompileError) {
                kind = .regex(try RegexCache.shared.regex(needle))
            } catch {
                throw Invalid(message: "invalid regular expression at character \(error.characterOffset + 1): \(error.message)")
            }
        }
    }

    /// True when `text op needle` holds.
    public func matches(_ text: String) -> Bool {
        switch kind {
        case .phrase(let q): q.matches(text)
        case .substring(let q): q.matches(text)
        case .regex(let r): r.matches(text)
        case .prefix(let p): TextFolding.fold(text).hasPrefix(p)
        case .suffix(let s): TextFolding.fold(text).hasSuffix(s)
        }
    }
}

extension TextMatcher {
    /// Rows in `rows` whose text in the arena matches.
    static func scan(
        _ m: TextMatcher, arena: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, rows: Range<Int>,
        nonASCII: (Int) -> Bool
    ) -> [Int32] {
        switch m.kind {
        case .phrase(let q): return PhraseScanner.matchingRows(arena: arena, ends: ends, rows: rows, nonASCII: nonASCII, query: q)
        case .substring(let q): return SubstringScanner.matchingRows(arena: arena, ends: ends, rows: rows, nonASCII: nonASCII, query: q)
        case .regex(let r): return r.matchingRows(arena: arena, ends: ends, rows: rows)
        case .prefix, .suffix:
            return rows.compactMap { r in m.matches(row: r, arena: arena, ends: ends) ? Int32(r) : nil }
        }
    }

    /// Rows among `candidates` whose text in the arena matches.
    static func scan(
        _ m: TextMatcher, arena: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, candidates: [Int32],
        nonASCII: (Int) -> Bool
    ) -> [Int32] {
        switch m.kind {
        case .phrase(let q): return PhraseScanner.matchingRows(arena: arena, ends: ends, candidates: candidates, nonASCII: nonASCII, query: q)
        case .substring(let q): return SubstringScanner.matchingRows(arena: arena, ends: ends, candidates: candidates, nonASCII: nonASCII, query: q)
        case .regex(let r): return r.matchingRows(arena: arena, ends: ends, candidates: candidates)
        case .prefix, .suffix:
            return candidates.filter { m.matches(row: Int($0), arena: arena, ends: ends) }
        }
    }

    func matches(row r: Int, arena: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>) -> Bool {
        let lo = r == 0 ? 0 : ends[r - 1]
        return matches(String(decoding: UnsafeBufferPointer(rebasing: arena[lo..<ends[r]]), as: UTF8.self))
    }
}

/// Carries a buffer pointer into concurrent workers that only read it while its owner is alive.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ v: T) { value = v }
}

extension TextMatcher {
    /// Matches a whole string column (or the given rows of it) on all cores; rows come back in input order.
    static func parallelScan(
        _ m: TextMatcher, column: StringColumn, rows: [Int32]?, nonASCII: @escaping @Sendable (Int) -> Bool,
        cancelled: @escaping @Sendable () -> Bool
    ) -> [Int32] {
        let n = rows?.count ?? column.count
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, n / 50_000))
        let results = ChunkResults(count: parts)
        column.bytes.withUnsafeBufferPointer { (arena: UnsafeBufferPointer<UInt8>) -> Void in
            column.ends.withUnsafeBufferPointer { (ends: UnsafeBufferPointer<Int>) -> Void in
                let a = UnsafeSendable(arena)
                let e = UnsafeSendable(ends)
                DispatchQueue.concurrentPerform(iterations: parts) { (p: Int) -> Void in
                    if cancelled() { return }
                    let lo = n * p / parts
                    let hi = n * (p + 1) / parts
                    let hits: [Int32]
                    if let rows {
                        hits = scan(m, arena: a.value, ends: e.value, candidates: Array(rows[lo..<hi]), nonASCII: nonASCII)
                    } else {
                        hits = scan(m, arena: a.value, ends: e.value, rows: lo..<hi, nonASCII: nonASCII)
                    }
                    results.set(p, hits)
                }
            }
        }
        return results.joined()
    }
}
