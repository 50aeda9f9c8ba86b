internal import Foundation

/// A small thread-safe cache of compiled regular expressions by pattern text and options.
///
/// Compiled patterns are shareable across threads, so one cache serves a whole
/// session. When full, the least recently used pattern is dropped.
public final class RegexCache: @unchecked Sendable {
    private struct Key: Hashable {
        var pattern: String
        var options: UInt32
    }

    private struct Entry {
        var regex: RegexPattern
        var lastUse: UInt64
    }

    /// A process-wide cache.
    public static let shared = RegexCache()

    /// Most patterns kept.
    public let capacity: Int
    // @unchecked Sendable: `entries` and `clock` are only touched while holding `lock`.
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    private var clock: UInt64 = 0

    /// Makes a cache holding at most `capacity` patterns (at least 1).
    public init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
    }

    /// The compiled `pattern`, compiling it on first use; compile errors are thrown, not cached.
    public func regex(_ pattern: String, options: RegexPattern.Options = []) throws(RegexCompileError) -> RegexPattern {
        let key = Key(pattern: pattern, options: options.rawValue)
        if let hit = lookup(key) { return hit }
        // Compile outside the lock; a concurrent compile of the same pattern is harmless.
        let compiled = try RegexPattern(pattern, options: options)
        lock.lock()
        defer { lock.unlock() }
        clock += 1
        if let existing = entries[key] {
            entries[key]?.lastUse = clock
            return existing.regex
        }
        if entries.count >= capacity, let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
            entries[oldest] = nil
        }
        entries[key] = Entry(regex: compiled, lastUse: clock)
        return compiled
    }

    /// Number of cached patterns.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }

    /// Drops every cached pattern.
    public func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        entries.removeAll()
    }

    private func lookup(_ key: Key) -> RegexPattern? {
        lock.lock()
        defer { lock.unlock() }
        guard let e = entries[key] else { return nil }
        clock += 1
        entries[key]?.lastUse = clock
        return e.regex
    }
}
