import Foundation
import JagaSDK

/// The bundled sample posts (samples/posts.jsonl) and their intended labels (samples/README.md).
struct SamplePosts {
    let posts: [ContentItem]
    let positives: Set<String>
    let hardNegatives: Set<String>
    let borderline: Set<String>

    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path inside the repository.
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Loads the posts and the label row of `rule`.
    static func load(rule: String) throws -> SamplePosts {
        let text = try String(contentsOfFile: path("samples/posts.jsonl"), encoding: .utf8)
        var posts: [ContentItem] = []
        for line in text.split(separator: "\n") where !line.isEmpty {
            guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = obj["id"] as? String, let body = obj["text"] as? String,
                  let created = obj["created_at"] as? String, let ts = Timestamp(rfc3339: created)
            else { throw SampleError("bad sample line: \(line.prefix(60))") }
            posts.append(ContentItem(id: id, text: body, createdAt: ts, region: obj["region"] as? String,
                                     transcript: obj["transcript"] as? String))
        }
        let readme = try String(contentsOfFile: path("samples/README.md"), encoding: .utf8)
        guard let row = readme.split(separator: "\n").first(where: { $0.hasPrefix("| `\(rule)` |") }) else {
            throw SampleError("no label row for \(rule)")
        }
        let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        func ids(_ i: Int) -> Set<String> { Set(cells[i].split(separator: " ").map(String.init)) }
        return SamplePosts(posts: posts, positives: ids(2), hardNegatives: ids(3), borderline: ids(4))
    }
}

/// A problem with the sample files.
struct SampleError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
