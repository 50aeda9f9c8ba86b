import Foundation
import JagaCore
@testable import JagaImport

/// A fresh temporary folder for one test, removed when the value is released.
final class TempDir {
    let path: String

    init() {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/jaga-import-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` (as UTF-8) to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    /// Writes bytes to `name` (creating folders) and returns its path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let full = path + "/" + name
        let dir = (full as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
        return full
    }

    /// The lines of a file (empty when it does not exist).
    func lines(_ name: String) -> [String] {
        guard let s = try? String(contentsOfFile: path + "/" + name, encoding: .utf8) else { return [] }
        return s.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + name) }
}

/// Parses one JSON Lines rejects-file line.
func rejectObject(_ line: String) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
}

/// Loads posts with rejects written to `rejects/posts.rejects.jsonl` under `dir`.
func loadPosts(
    _ file: String, in dir: TempDir, format: ImportFormat? = nil, mapping: [String: String] = [:], strict: Bool = false
) throws -> (PostStore, LoadSummary) {
    var store = PostStore()
    let options = ImportOptions(format: format, mapping: mapping, strict: strict,
                                rejectsPath: dir.path + "/rejects/posts.rejects.jsonl")
    let summary = try Importer.loadPosts(from: file, into: &store, options: options)
    return (store, summary)
}
