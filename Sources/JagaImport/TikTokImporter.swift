import JagaCore

/// Loads saved TikTok Research API video query pages (a file or a folder of them) as posts.
///
/// A page is `{"data":{"videos":[...],"cursor":N,"has_more":bool,"search_id":"..."},"error":{...}}`.
/// A page that is not valid JSON, or whose `error.code` is not `ok`, is rejected as a whole
/// (line 0). A video becomes a post: `id` (integer → its digits), `video_description` → text,
/// `create_time` (Unix seconds) → created_at in UTC, `username` → author, platform `tiktok`,
/// url `https://www.tiktok.com/@{username}/video/{id}`, `hashtag_names`, the four counts and
/// `voice_to_text` → transcript; `region_code` and every other field are kept as unknown fields.
/// A video without `id` or `create_time`, or with a bad value, is rejected with its 1-based
/// position in the page's `videos` as the line.
public struct TikTokImporter {
    public var options: ImportOptions

    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    static let mapped: Set<String> = [
        "id", "video_description", "create_time", "username", "hashtag_names", "like_count",
        "share_count", "comment_count", "view_count", "voice_to_text",
    ]

    /// Loads `path` into `store`, handing rejects to `rejects`.
    public func load(path: String, into store: inout PostStore, rejects: RejectSink?) throws(ImportError) -> LoadSummary {
        let started = ContinuousClock.now
        let log = RejectLog(sink: rejects, strict: options.strict, keep: options.keepRejects)
        var pages = PageReader(options: options, log: log, kind: "posts", source: path, format: .tiktok)
        try pages.forEachPage(path) { (pages: inout PageReader, file: String, page: JSONNode) throws(ImportError) in
            if let error = page["error"], case .object = error {
                let code = error["code"]?.string ?? "ok"
                if code != "ok" {
                    let message = error["message"]?.string.map { ": " + $0 } ?? ""
                    try pages.reject(file, 0, "API error \(code)\(message)", raw: error.rawText ?? "")
                    return
                }
            }
            guard let data = page["data"], case .object = data else {
                try pages.reject(file, 0, "page has no data object", raw: page.rawText ?? "")
                return
            }
            guard let videos = data["videos"]?.elements else {
                if let v = data["videos"], !v.isNull {
                    try pages.reject(file, 0, "data.videos is \(v.kindName), not an array", raw: v.rawText ?? "")
                }
                return
            }
            try pages.appendAll(videos, file: file, to: &store) { (r: JSONNode) throws(RecordReject) in try TikTokImporter.post(r) }
        }
        return try pages.finish(rejects: rejects, started: started)
    }

    /// Maps one video object to a post.
    static func post(_ video: JSONNode) throws(RecordReject) -> ContentItem {
        guard case .object(let fields, _) = video else { throw RecordReject("video is \(video.kindName), not an object") }
        guard let idNode = video["id"], !idNode.isNull else { throw RecordReject("missing id") }
        guard let id = idNode.idText, !id.isEmpty else { throw RecordReject("id must be an integer or a string, not \(idNode.kindName)") }
        guard let timeNode = video["create_time"], !timeNode.isNull else { throw RecordReject("missing create_time") }
        guard case .int(let seconds, _) = timeNode else {
            throw RecordReject("create_time must be Unix seconds (an integer), not \(timeNode.kindName)")
        }
        let text = try PageReader.string(video["video_description"], "video_description").get() ?? ""
        let username = try PageReader.string(video["username"], "username").get()
        var item = ContentItem(id: id, text: text, createdAt: Timestamp(seconds: seconds, offsetSeconds: 0))
        item.author = username
        item.platform = "tiktok"
        if let username, !username.isEmpty { item.url = "https://www.tiktok.com/@\(username)/video/\(id)" }
        item.likes = try PageReader.count(video["like_count"], "like_count").get()
        item.shares = try PageReader.count(video["share_count"], "share_count").get()
        item.comments = try PageReader.count(video["comment_count"], "comment_count").get()
        item.views = try PageReader.count(video["view_count"], "view_count").get()
        item.transcript = try PageReader.string(video["voice_to_text"], "voice_to_text").get()
        if let tags = video["hashtag_names"], !tags.isNull {
            guard let list = tags.elements else { throw RecordReject("hashtag_names must be an array of strings, not \(tags.kindName)") }
            for t in list {
                guard var s = t.string else { throw RecordReject("hashtag_names must be an array of strings (found \(t.kindName))") }
                if s.hasPrefix("#") { s.removeFirst() }
                if !s.isEmpty { item.hashtags.append(s) }
            }
        }
        for (name, value) in fields where !mapped.contains(name) && !value.isNull {
            item.extra.append((name, value.value))
        }
        return item
    }
}
