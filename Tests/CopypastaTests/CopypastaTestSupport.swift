import Foundation
import JagaPlugins
import JagaSDK
@testable import Copypasta

/// Helpers shared by the copy-paste tests: stores from posts, file paths, running the detector.
enum CopypastaTestSupport {
    /// The package root (two folders above this file's folder).
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A store holding `items` in order.
    static func store(_ items: [ContentItem]) -> PostStore {
        var s = PostStore()
        for i in items { s.append(i) }
        return s
    }

    /// A post at `minute` minutes after 2024-11-22 20:00 WIB.
    static func post(_ id: String, _ text: String, author: String?, minute: Int64) -> ContentItem {
        var item = ContentItem(id: id, text: text, createdAt: Timestamp(seconds: 1_732_280_400 + minute * 60, offsetSeconds: 25200))
        item.author = author
        return item
    }

    /// Runs a detector (defaults unless `parameters`) over every post of `store`.
    static func run(_ store: PostStore, parameters: [String: Value] = [:], detector: CopypastaDetector = CopypastaDetector()) throws -> [Finding] {
        var values: [String: Value] = [:]
        for p in detector.manifest.parameters { values[p.name] = p.defaultValue }
        for (k, v) in parameters { values[k] = v }
        try detector.configure(PluginParameters(values))
        return try detector.detect(store, rows: Array(0..<store.count), context: DatasetContext(regions: []))
    }

    /// Reads labelled cases relative to the package root.
    static func cases(_ relativePath: String) throws -> [LabelledCase] {
        try LabelledCaseReader.read(path: root.appendingPathComponent(relativePath).path)
    }
}
