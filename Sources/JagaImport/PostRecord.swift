import JagaCore
import SimdJSONShim

/// One post being assembled from borrowed bytes, then checked and appended to a store.
///
/// Shared by the JSON Lines and CSV importers. All buffers are borrowed from the parser
/// for the duration of one record; the arrays are reused so a record allocates nothing
/// beyond what ``PostStore`` itself keeps.
struct PostRecord {
    var id: UnsafeBufferPointer<UInt8>?
    var text: UnsafeBufferPointer<UInt8>?
    var createdAt: UnsafeBufferPointer<UInt8>?
    var author: UnsafeBufferPointer<UInt8>?
    var platform: UnsafeBufferPointer<UInt8>?
    var url: UnsafeBufferPointer<UInt8>?
    var region: UnsafeBufferPointer<UInt8>?
    var transcript: UnsafeBufferPointer<UInt8>?
    var replyTo: UnsafeBufferPointer<UInt8>?
    var lang: UnsafeBufferPointer<UInt8>?
    var likes: Int64?
    var shares: Int64?
    var comments: Int64?
    var views: Int64?
    var tags: [UnsafeBufferPointer<UInt8>] = []
    var extra: [(String, Value)] = []
    /// Canonical fields seen in this record (bit per ``PostField``).
    var seen: UInt32 = 0

    var ids = IDSet()
    var names = NameCache()

    /// Clears the fields for the next record, keeping array storage.
    @inline(__always)
    mutating func reset() {
        id = nil; text = nil; createdAt = nil; author = nil; platform = nil; url = nil; region = nil
        transcript = nil; replyTo = nil; lang = nil
        likes = nil; shares = nil; comments = nil; views = nil
        tags.removeAll(keepingCapacity: true)
        extra.removeAll(keepingCapacity: true)
        seen = 0
    }

    /// Sets a canonical field from a JSON value; returns a reject reason when it is wrongly typed.
    @inline(__always)
    mutating func set(_ field: PostField, _ v: jg_value, _ doc: JSONFields) -> String? {
        let bit = UInt32(1) << UInt32(field.rawValue)
        if seen & bit != 0 { return "duplicate field \"\(field.name)\"" }
        seen |= bit
        let kind = v.kind
        switch field {
        case .id:
            if kind == JG_STRING.rawValue || kind == JG_INT.rawValue || kind == JG_UINT.rawValue {
                id = v.bytes  // an integer id keeps its decimal text
            } else {
                return "id must be a string or an integer, not \(v.kindName)"
            }
        case .text:
            guard kind == JG_STRING.rawValue else { return "text must be a string, not \(v.kindName)" }
            text = v.bytes
        case .createdAt:
            guard kind == JG_STRING.rawValue else {
                return "created_at must be an RFC 3339 string, not \(v.kindName)"
            }
            createdAt = v.bytes
        case .region:
            if kind == JG_STRING.rawValue || kind == JG_INT.rawValue {
                region = v.bytes  // an integer Kemendagri code keeps its decimal text
            } else if kind != JG_NULL.rawValue {
                return "region must be a string or an integer code, not \(v.kindName)"
            }
        case .replyTo:
            if kind == JG_STRING.rawValue || kind == JG_INT.rawValue || kind == JG_UINT.rawValue {
                replyTo = v.bytes
            } else if kind != JG_NULL.rawValue {
                return "reply_to must be a string or an integer, not \(v.kindName)"
            }
        case .author, .platform, .url, .transcript, .lang:
            if kind == JG_STRING.rawValue {
                switch field {
                case .author: author = v.bytes
                case .platform: platform = v.bytes
                case .url: url = v.bytes
                case .transcript: transcript = v.bytes
                default: lang = v.bytes
                }
            } else if kind != JG_NULL.rawValue {
                return "\(field.name) must be a string, not \(v.kindName)"
            }
        case .hashtags:
            if kind == JG_NULL.rawValue { return nil }
            guard kind == JG_ARRAY.rawValue else { return "hashtags must be an array of strings, not \(v.kindName)" }
            for item in doc.items(of: v) {
                guard item.kind == JG_STRING.rawValue else {
                    return "hashtags must be an array of strings (found \(item.kindName))"
                }
                addTag(item.bytes)
            }
        case .likes, .shares, .comments, .views:
            var n: Int64?
            switch kind {
            case JG_NULL.rawValue: n = nil
            case JG_INT.rawValue:
                guard v.i >= 0 else { return "\(field.name) must be an integer ≥ 0, not \(v.i)" }
                n = v.i
            case JG_UINT.rawValue: return "\(field.name) is out of range (\(v.string))"
            case JG_DOUBLE.rawValue: return "\(field.name) must be an integer ≥ 0, not \(v.string)"
            default: return "\(field.name) must be an integer ≥ 0, not \(v.kindName)"
            }
            setCount(field, n)
        }
        return nil
    }

    /// Adds a hashtag without its leading `#`; empty ones are dropped.
    @inline(__always)
    mutating func addTag(_ b: UnsafeBufferPointer<UInt8>) {
        var t = b
        if let f = t.first, f == UInt8(ascii: "#") { t = UnsafeBufferPointer(rebasing: t[1...]) }
        if !t.isEmpty { tags.append(t) }
    }

    @inline(__always)
    mutating func setCount(_ field: PostField, _ n: Int64?) {
        switch field {
        case .likes: likes = n
        case .shares: shares = n
        case .comments: comments = n
        default: views = n
        }
    }

    /// Checks the required fields and parses `created_at`: the instant, or the reject reason.
    @inline(__always)
    func check() -> Result<Timestamp, RecordReject> {
        guard let id else { return .failure(RecordReject("missing id")) }
        guard text != nil else { return .failure(RecordReject("missing text")) }
        guard let createdAt else { return .failure(RecordReject("missing created_at")) }
        if id.isEmpty { return .failure(RecordReject("id is empty")) }
        guard let when = Timestamp.parse(createdAt) else {
            return .failure(RecordReject(PostRecord.badTimestamp("created_at", createdAt)))
        }
        return .success(when)
    }

    /// Checks required fields, the timestamp and the id's uniqueness, then appends to `store`.
    ///
    /// Returns the reject reason instead when the record is bad.
    @inline(__always)
    mutating func commit(line: Int, into store: inout PostStore) -> String? {
        let when: Timestamp
        switch check() {
        case .success(let t): when = t
        case .failure(let r): return r.reason
        }
        guard let id, let text else { return "missing id" }
        if let first = ids.insert(id, line: line) {
            return PostRecord.duplicate(id, first)
        }
        var p = RawPost(id: id, text: text, createdAt: when)
        p.author = author; p.platform = platform; p.url = url; p.region = region
        p.transcript = transcript; p.replyTo = replyTo; p.lang = lang
        p.likes = likes; p.shares = shares; p.comments = comments; p.views = views
        store.append(p, hashtags: tags, extra: extra)
        return nil
    }

    /// The reason for a duplicate id.
    static func duplicate(_ id: UnsafeBufferPointer<UInt8>, _ firstLine: Int) -> String {
        "duplicate id \(show(id, quoted: false)) (first seen on line \(firstLine))"
    }

    /// The reason for an unusable timestamp: missing offset, or not RFC 3339 at all.
    static func badTimestamp(_ field: String, _ b: UnsafeBufferPointer<UInt8>) -> String {
        if Timestamp.parse(b, defaultOffset: 0) != nil {
            return "\(field) \(show(b)) has no UTC offset (write e.g. +07:00 or Z)"
        }
        return "\(field) \(show(b)) is not an RFC 3339 timestamp"
    }

    /// Bytes for a reason message: quoted, control characters escaped, cut at 60 characters.
    static func show(_ b: UnsafeBufferPointer<UInt8>, quoted: Bool = true) -> String {
        var s = String(decoding: b, as: UTF8.self)
        if s.count > 60 { s = String(s.prefix(57)) + "..." }
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 0x20 || u.value == 0x7F { out += "\\u{\(String(u.value, radix: 16))}" } else { out.unicodeScalars.append(u) }
        }
        return quoted ? "\"" + out + "\"" : out
    }
}
