import SimdJSONShim

/// The input formats Jaga imports, and how to tell them from a path.
public enum ImportFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Canonical JSON Lines, one record per line.
    case jsonl
    /// CSV with a header row.
    case csv
    /// Saved TikTok Research API video query responses (a file or a folder of pages).
    case tiktok
    /// Saved X API v2 tweet responses (a file or a folder of pages).
    case x

    public var description: String { rawValue }

    /// Parses a user-given format name (`jsonl`, `ndjson`, `csv`, `tiktok`, `x`, `twitter`).
    public init?(name: String) {
        switch name.lowercased() {
        case "jsonl", "ndjson", "json-lines", "jsonlines": self = .jsonl
        case "csv": self = .csv
        case "tiktok": self = .tiktok
        case "x", "twitter": self = .x
        default: return nil
        }
    }

    /// Tells the format of a file or folder by its extension and, when that is not enough, its content.
    ///
    /// A folder holds API pages: TikTok unless its first `*.json` file (by name) has a top-level
    /// `data` array, which is X. `.csv` is CSV; `.jsonl` and `.ndjson` are JSON Lines. A `.json`
    /// file is sniffed the same way as a folder's first page; when its first line is a complete
    /// object and another line follows, it is JSON Lines.
    public static func detect(path: String) throws(ImportError) -> ImportFormat {
        if FileSystem.isDirectory(path) {
            let pages = try FileSystem.listFiles(in: path, extension: "json")
            guard let first = pages.first else {
                throw .unknownFormat(file: path, reason: "folder has no .json files")
            }
            return try sniffPage(first) ?? .tiktok
        }
        switch FileSystem.pathExtension(path).lowercased() {
        case "csv", "tsv": return .csv
        case "jsonl", "ndjson": return .jsonl
        default: break
        }
        let head = try FileSystem.readPrefix(path, maxBytes: 64 << 10)
        var start = 0
        if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { start = 3 }
        while start < head.count, head[start] == 0x20 || head[start] == 0x09 || head[start] == 0x0A || head[start] == 0x0D {
            start += 1
        }
        guard start < head.count else { throw .unknownFormat(file: path, reason: "file is empty") }
        if head[start] != UInt8(ascii: "{") && head[start] != UInt8(ascii: "[") { return .csv }
        if looksLikeJSONLines(head, from: start) { return .jsonl }
        return try sniffPage(path) ?? .jsonl
    }

    /// True when the first line is a whole JSON object and a further non-blank line follows.
    static func looksLikeJSONLines(_ head: [UInt8], from start: Int) -> Bool {
        guard let nl = head[start...].firstIndex(of: 0x0A) else { return false }
        guard head[(nl + 1)...].contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return false }
        var line = Array(head[start..<nl])
        if line.last == 0x0D { line.removeLast() }
        let parser = JSONParser()
        return parser.withPadded(line) { buf, cap in parser.parseObject(buf, count: line.count, capacity: cap) != nil }
    }

    /// `.x` when the page's top-level `data` is an array, `.tiktok` when it is an object, else nil.
    static func sniffPage(_ path: String) throws(ImportError) -> ImportFormat? {
        let page = try PaddedFile(path: path, maxBytes: 256 << 20)
        let parser = JSONParser()
        let json = page.json
        guard let fields = parser.parseObject(json.start, count: json.count, capacity: json.capacity) else { return nil }
        for f in fields.fields where f.keyEquals("data") {
            if f.kind == JG_ARRAY.rawValue { return .x }
            if f.kind == JG_OTHER.rawValue, let first = f.bytes.first(where: { $0 > 0x20 }) {
                return first == UInt8(ascii: "[") ? .x : .tiktok
            }
        }
        return nil
    }
}
