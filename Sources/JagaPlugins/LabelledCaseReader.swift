import Foundation
import JagaSDK

/// Reads a plugin author's labelled cases file (JSON Lines) into ``LabelledCase`` values.
///
/// Each line is one post in the canonical content format (`id`, `text`, `created_at` with a
/// UTC offset, and optionally `author`, `platform`, `url`, `region`, `hashtags`, `likes`,
/// `shares`, `comments`, `views`, `transcript`, `reply_to`, `lang`) plus the labels:
///
///     {"id":"c1","text":"Bagi amplop di TPS 5","created_at":"2024-11-26T21:00:00+07:00","expect":["pilkada.politik-uang"]}
///     {"id":"c2","text":"Kami tolak amplop!","created_at":"2024-11-26T21:05:00+07:00","expect_not":["pilkada.politik-uang"]}
///
/// `expect` lists rule ids the post should trigger and `expect_not` rule ids it must not;
/// both are optional but a case needs at least one of the two keys (`"expect": []` says "this
/// post should trigger nothing"). Blank lines and lines starting with `#` are skipped. Other
/// fields are kept in ``ContentItem/extra``, sorted by name (JSON objects lose their key order
/// when parsed). The first bad line stops reading with a ``CaseFileError`` naming it.
public enum LabelledCaseReader {
    /// Reads the cases of the file at `path`.
    public static func read(path: String) throws(CaseFileError) -> [LabelledCase] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let why = (error as NSError).localizedDescription
            throw CaseFileError(file: path, line: nil, reason: "cannot read the file (\(why))")
        }
        return try parse(Array(data), file: path)
    }

    /// Reads cases from the text of a cases file; `file` is the name errors show.
    public static func parse(text: String, file: String) throws(CaseFileError) -> [LabelledCase] {
        try parse(Array(text.utf8), file: file)
    }

    /// Reads cases from the bytes of a cases file; `file` is the name errors show.
    public static func parse(_ bytes: [UInt8], file: String) throws(CaseFileError) -> [LabelledCase] {
        var cases: [LabelledCase] = []
        var firstLine: [String: Int] = [:]
        var lineNumber = 0
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start <= bytes.count {
            lineNumber += 1
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let raw = bytes[start..<lineEnd]
            start = end + 1
            if raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if raw.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "#") { continue }
            guard String(validating: raw, as: UTF8.self) != nil else {
                throw CaseFileError(file: file, line: lineNumber, reason: "the line is not valid UTF-8")
            }
            let c: LabelledCase
            switch parseCase(Data(raw), line: lineNumber) {
            case .success(let v): c = v
            case .failure(let why): throw CaseFileError(file: file, line: lineNumber, reason: why.message)
            }
            if let first = firstLine[c.id] {
                throw CaseFileError(file: file, line: lineNumber,
                                    reason: "duplicate id \(quote(c.id)) (first seen on line \(first))")
            }
            firstLine[c.id] = lineNumber
            cases.append(c)
        }
        if cases.isEmpty {
            throw CaseFileError(file: file, line: nil, reason: "no cases: every line is blank or a comment")
        }
        return cases
    }

    // MARK: - One line

    /// A reason a line was refused.
    struct LineProblem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// The canonical fields other than `id`, `text` and `created_at`, which are read first.
    static let optionalFields: Set<String> = [
        "author", "platform", "url", "region", "hashtags", "likes", "shares", "comments", "views",
        "transcript", "reply_to", "lang", "expect", "expect_not",
    ]

    /// Parses one non-blank line into a case, or says why it cannot.
    static func parseCase(_ line: Data, line number: Int) -> Result<LabelledCase, LineProblem> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            return .failure(LineProblem("invalid JSON" + (detail.map { ": " + $0 } ?? "")))
        }
        guard let fields = object as? [String: Any] else {
            return .failure(LineProblem("expected a JSON object, found \(kind(of: object))"))
        }
        do {
            return .success(try makeCase(fields, line: number))
        } catch let problem as LineProblem {
            return .failure(problem)
        } catch {
            return .failure(LineProblem(String(describing: error)))
        }
    }

    /// Builds a case from the fields of one JSON object.
    static func makeCase(_ f: [String: Any], line: Int) throws -> LabelledCase {
        guard let rawID = f["id"], !(rawID is NSNull) else { throw LineProblem("missing id") }
        guard let id = idText(rawID) else { throw LineProblem("id must be a string or an integer, not \(kind(of: rawID))") }
        if id.isEmpty { throw LineProblem("id is empty") }
        guard let rawText = f["text"], !(rawText is NSNull) else { throw LineProblem("missing text") }
        guard let text = rawText as? String else { throw LineProblem("text must be a string, not \(kind(of: rawText))") }
        guard let rawTime = f["created_at"], !(rawTime is NSNull) else { throw LineProblem("missing created_at") }
        guard let timeText = rawTime as? String else {
            throw LineProblem("created_at must be an RFC 3339 string, not \(kind(of: rawTime))")
        }
        guard let createdAt = Timestamp(rfc3339: timeText) else {
            if Timestamp(rfc3339: timeText, defaultOffset: 0) != nil {
                throw LineProblem("created_at \(quote(timeText)) has no UTC offset (write e.g. +07:00 or Z)")
            }
            throw LineProblem("created_at \(quote(timeText)) is not an RFC 3339 timestamp")
        }
        var item = ContentItem(id: id, text: text, createdAt: createdAt)
        item.author = try string(f, "author")
        item.platform = try string(f, "platform")
        item.url = try string(f, "url")
        item.transcript = try string(f, "transcript")
        item.lang = try string(f, "lang")
        item.region = try idLike(f, "region", what: "a string or an integer code")
        item.replyTo = try idLike(f, "reply_to", what: "a string or an integer")
        item.hashtags = try hashtags(f)
        item.likes = try count(f, "likes")
        item.shares = try count(f, "shares")
        item.comments = try count(f, "comments")
        item.views = try count(f, "views")
        for key in f.keys.sorted() where key != "id" && key != "text" && key != "created_at" && !optionalFields.contains(key) {
            if let v = f[key] { item.extra.append((key, value(v))) }
        }

        let expect = try ruleList(f, "expect")
        let expectNot = try ruleList(f, "expect_not")
        if expect == nil && expectNot == nil {
            throw LineProblem("the case has neither expect nor expect_not (write \"expect\": [] for a post that should trigger nothing)")
        }
        let c = LabelledCase(item: item, expect: expect ?? [], expectNot: expectNot ?? [], line: line)
        if let both = c.expect.first(where: { c.expectNot.contains($0) }) {
            throw LineProblem("rule \(both) is in both expect and expect_not")
        }
        return c
    }

    // MARK: - Field readers

    /// A string field; nil when absent or null.
    static func string(_ f: [String: Any], _ key: String) throws -> String? {
        guard let v = f[key], !(v is NSNull) else { return nil }
        guard let s = v as? String else { throw LineProblem("\(key) must be a string, not \(kind(of: v))") }
        return s
    }

    /// A string or integer field kept as text (an integer keeps its decimal form).
    static func idLike(_ f: [String: Any], _ key: String, what: String) throws -> String? {
        guard let v = f[key], !(v is NSNull) else { return nil }
        guard let s = idText(v) else { throw LineProblem("\(key) must be \(what), not \(kind(of: v))") }
        return s
    }

    /// The text of a string, or the decimal text of an integer number.
    static func idText(_ v: Any) -> String? {
        if let s = v as? String { return s }
        if let n = v as? NSNumber, numberKind(n) == .integer { return n.stringValue }
        return nil
    }

    /// `hashtags`: a list of strings, each without its leading `#`; empty ones are dropped.
    static func hashtags(_ f: [String: Any]) throws -> [String] {
        guard let v = f["hashtags"], !(v is NSNull) else { return [] }
        guard let list = v as? [Any] else { throw LineProblem("hashtags must be a list of strings, not \(kind(of: v))") }
        var tags: [String] = []
        for item in list {
            guard var s = item as? String else {
                throw LineProblem("hashtags must be a list of strings (found \(kind(of: item)))")
            }
            if s.hasPrefix("#") { s.removeFirst() }
            if !s.isEmpty { tags.append(s) }
        }
        return tags
    }

    /// An engagement count: an integer ≥ 0, or nil when absent or null.
    static func count(_ f: [String: Any], _ key: String) throws -> Int64? {
        guard let v = f[key], !(v is NSNull) else { return nil }
        guard let n = v as? NSNumber, numberKind(n) == .integer else {
            throw LineProblem("\(key) must be an integer ≥ 0, not \(kind(of: v))")
        }
        let i = n.int64Value
        guard i >= 0 else { throw LineProblem("\(key) must be an integer ≥ 0, not \(i)") }
        return i
    }

    /// `expect` or `expect_not`: nil when absent or null, else a list of non-empty strings.
    static func ruleList(_ f: [String: Any], _ key: String) throws -> [String]? {
        guard let v = f[key], !(v is NSNull) else { return nil }
        guard let list = v as? [Any] else {
            throw LineProblem("\(key) must be a list of rule ids (strings), not \(kind(of: v))")
        }
        var rules: [String] = []
        for (i, item) in list.enumerated() {
            guard let s = item as? String else {
                throw LineProblem("\(key) must be a list of rule ids (strings); item \(i + 1) is \(kind(of: item))")
            }
            let trimmed = s.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw LineProblem("\(key) item \(i + 1) is an empty rule id") }
            rules.append(trimmed)
        }
        return rules
    }

    // MARK: - JSON values

    /// What JSONSerialization made of a number.
    enum NumberKind { case bool, integer, unsigned, real }

    /// Tells booleans, integers and reals apart (all arrive as `NSNumber`).
    static func numberKind(_ n: NSNumber) -> NumberKind {
        switch String(cString: n.objCType) {
        case "c", "B": return .bool
        case "Q", "L", "I", "S", "C": return n.int64Value >= 0 && n.uint64Value <= UInt64(Int64.max) ? .integer : .unsigned
        case "d", "f": return .real
        default: return .integer
        }
    }

    /// A JSON value as a query ``Value``; nested objects are kept as JSON text with sorted keys.
    static func value(_ v: Any) -> Value {
        if v is NSNull { return .null }
        if let s = v as? String { return .string(s) }
        if let n = v as? NSNumber {
            switch numberKind(n) {
            case .bool: return .bool(n.boolValue)
            case .integer: return .int(n.int64Value)
            case .unsigned, .real: return .double(n.doubleValue)
            }
        }
        if let list = v as? [Any] { return .list(list.map(value)) }
        if JSONSerialization.isValidJSONObject(v),
           let data = try? JSONSerialization.data(withJSONObject: v, options: [.sortedKeys, .withoutEscapingSlashes]) {
            return .json(String(decoding: data, as: UTF8.self))
        }
        return .string(String(describing: v))
    }

    /// The JSON type of a value, as error messages name it.
    static func kind(of v: Any) -> String {
        if v is NSNull { return "null" }
        if v is String { return "a string" }
        if let n = v as? NSNumber {
            switch numberKind(n) {
            case .bool: return n.boolValue ? "true" : "false"
            case .integer, .unsigned, .real: return "the number \(n.stringValue)"
            }
        }
        if v is [Any] { return "a list" }
        if v is [String: Any] { return "an object" }
        return "an unknown value"
    }

    /// `s` quoted for a message: control characters removed, cut at 60 characters.
    static func quote(_ s: String) -> String {
        "\"" + LabelledCase.oneLine(s, maxCharacters: 60) + "\""
    }
}
