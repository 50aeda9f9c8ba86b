import JagaCore

/// Loads saved X API v2 tweet responses (a file or a folder of them) as posts.
///
/// A page is `{"data":[tweet...],"includes":{"users":[...]},"meta":{...}}`. A tweet becomes a
/// post: `id`, `text` (the full `note_tweet.text` when present), `created_at`, author = the
/// `username` of `author_id` in `includes.users` (else the author id), platform `x`, url
/// `https://x.com/{username}/status/{id}` (`https://x.com/i/status/{id}` without a username),
/// likes = `like_count`, shares = `retweet_count`, comments = `reply_count`, views =
/// `impression_count`, hashtags from `entities.hashtags[].tag`, reply_to from the
/// `referenced_tweets` entry of type `replied_to`, and `lang`. Other tweet fields (author_id,
/// conversation_id, entities, ...) and the other public metrics (quote_count, bookmark_count)
/// are kept as unknown fields. A page that is not valid JSON, or has only `errors`, is
/// rejected as a whole (line 0); a bad tweet is rejected with its 1-based position in `data`.
public struct XImporter {
    public var options: ImportOptions

    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    static let mapped: Set<String> = ["id", "text", "created_at", "lang", "public_metrics", "note_tweet"]
    static let mappedMetrics: Set<String> = ["like_count", "retweet_count", "reply_count", "impression_count"]

    /// Loads `path` into `store`, handing rejects to `rejects`.
    public func load(path: String, into store: inout PostStore, rejects: RejectSink?) throws(ImportError) -> LoadSummary {
        let started = ContinuousClock.now
        let log = RejectLog(sink: rejects, strict: options.strict, keep: options.keepRejects)
        var pages = PageReader(options: options, log: log, kind: "posts", source: path, format: .x)
        try pages.forEachPage(path) { (pages: inout PageReader, file: String, page: JSONNode) throws(ImportError) in
            var users: [String: String] = [:]
            for user in page["includes"]?["users"]?.elements ?? [] {
                if let id = user["id"]?.idText, let name = user["username"]?.string { users[id] = name }
            }
            guard let dataNode = page["data"], !dataNode.isNull else {
                if let errors = page["errors"]?.elements, let first = errors.first {
                    let what = first["detail"]?.string ?? first["title"]?.string ?? first["message"]?.string ?? "unknown error"
                    try pages.reject(file, 0, "API error: \(what)", raw: page["errors"]?.rawText ?? "")
                }
                return
            }
            guard let tweets = dataNode.elements else {
                try pages.reject(file, 0, "data is \(dataNode.kindName), not an array of tweets", raw: dataNode.rawText ?? "")
                return
            }
            try pages.appendAll(tweets, file: file, to: &store) { (r: JSONNode) throws(RecordReject) in try XImporter.post(r, users: users) }
        }
        return try pages.finish(rejects: rejects, started: started)
    }

    /// Maps one tweet object to a post.
    static func post(_ tweet: JSONNode, users: [String: String]) throws(RecordReject) -> ContentItem {
        guard case .object(let fields, _) = tweet else { throw RecordReject("tweet is \(tweet.kindName), not an object") }
        guard let idNode = tweet["id"], !idNode.isNull else { throw RecordReject("missing id") }
        guard let id = idNode.idText, !id.isEmpty else { throw RecordReject("id must be a string, not \(idNode.kindName)") }
        var text = try PageReader.string(tweet["text"], "text").get()
        if let long = tweet["note_tweet"]?["text"]?.string { text = long }
        guard let text else { throw RecordReject("missing text") }
        guard let createdNode = tweet["created_at"], !createdNode.isNull else { throw RecordReject("missing created_at") }
        guard let created = createdNode.string else { throw RecordReject("created_at must be an RFC 3339 string, not \(createdNode.kindName)") }
        guard let when = Timestamp(rfc3339: created) else {
            let bytes = Array(created.utf8)
            throw RecordReject(bytes.withUnsafeBufferPointer { PostRecord.badTimestamp("created_at", $0) })
        }
        var item = ContentItem(id: id, text: text, createdAt: when)
        let authorID = tweet["author_id"]?.idText
        let username = authorID.flatMap { users[$0] }
        item.author = username ?? authorID
        item.platform = "x"
        item.url = username.map { "https://x.com/\($0)/status/\(id)" } ?? "https://x.com/i/status/\(id)"
        item.lang = try PageReader.string(tweet["lang"], "lang").get()
        if let metrics = tweet["public_metrics"], !metrics.isNull {
            guard case .object(let m, _) = metrics else { throw RecordReject("public_metrics must be an object, not \(metrics.kindName)") }
            item.likes = try PageReader.count(metrics["like_count"], "like_count").get()
            item.shares = try PageReader.count(metrics["retweet_count"], "retweet_count").get()
            item.comments = try PageReader.count(metrics["reply_count"], "reply_count").get()
            item.views = try PageReader.count(metrics["impression_count"], "impression_count").get()
            for (name, value) in m where !mappedMetrics.contains(name) && !value.isNull {
                item.extra.append((name, value.value))
            }
        }
        for tag in tweet["entities"]?["hashtags"]?.elements ?? [] {
            if var t = tag["tag"]?.string {
                if t.hasPrefix("#") { t.removeFirst() }
                if !t.isEmpty { item.hashtags.append(t) }
            }
        }
        for ref in tweet["referenced_tweets"]?.elements ?? [] where ref["type"]?.string == "replied_to" {
            item.replyTo = ref["id"]?.idText
        }
        for (name, value) in fields where !mapped.contains(name) && !value.isNull {
            item.extra.append((name, value.value))
        }
        return item
    }
}
