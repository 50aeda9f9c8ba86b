/// A per-post scratch space where plugins share the analyses they make of the post they judge.
///
/// The runner calls every item detector on one post before moving to the next, on the same
/// thread, and hands them contexts that share one cache. Ten rule checkers that all need a
/// post's tokens and cues compute them once:
///
///     let analysis = context.analyses.value(for: item) { PostAnalysis(item) }
///
/// Values are keyed by their type and live until the cache sees another post (a different
/// content id or text, or, when a runner numbers the posts with ``beginPost(_:)``, another
/// number). A cache belongs to one worker thread; never share one across threads.
public final class AnalysisCache: @unchecked Sendable {
    // One thread uses a cache at a time (the runner makes one per chunk), so its accesses are
    // not checked at run time for exclusivity (it was 1% of a run of the pilkada checkers).
    @exclusivity(unchecked) private var values: [ObjectIdentifier: Any] = [:]
    /// Class instances by their type, looked up by a scan (there are a few per post).
    @exclusivity(unchecked) private var objects: [(type: ObjectIdentifier, object: AnyObject)] = []
    @exclusivity(unchecked) private var itemID: String?
    @exclusivity(unchecked) private var textCount = -1
    /// The number of the post the runner said it judges now (nil: not numbered).
    @exclusivity(unchecked) private var post: Int?
    /// The number the cached values belong to.
    @exclusivity(unchecked) private var cachedPost: Int?

    /// An empty cache.
    public init() {}

    /// The cached `T` for `item`, computed by `make` the first time it is asked for.
    public func value<T>(for item: ContentItem, _ type: T.Type = T.self, make: () throws -> T) rethrows -> T {
        moveTo(item)
        let key = ObjectIdentifier(type)
        if let v = values[key] as? T { return v }
        let v = try make()
        values[key] = v
        return v
    }

    /// The cached instance of class `T` for `item`, made by `make` the first time it is asked for.
    ///
    /// Like ``value(for:_:make:)``, for a class: cheaper when many plugins ask for it on every
    /// post (no hashing, no dynamic cast).
    public func object<T: AnyObject>(for item: ContentItem, _ type: T.Type = T.self, make: () throws -> T) rethrows -> T {
        moveTo(item)
        let key = ObjectIdentifier(type)
        for e in objects where e.type == key { return unsafeDowncast(e.object, to: T.self) }
        let v = try make()
        objects.append((key, v))
        return v
    }

    /// Says that the detectors called from now on judge post number `n` (for a runner, which
    /// numbers its posts: comparing numbers is cheaper than comparing ids and texts).
    public func beginPost(_ n: Int) { post = n }

    /// Forgets what was cached when `item` is another post than the last one asked about.
    @inline(__always) private func moveTo(_ item: ContentItem) {
        if let post {
            guard post != cachedPost else { return }
            cachedPost = post
            clear()
            return
        }
        guard item.id != itemID || item.text.utf8.count != textCount else { return }
        clear()
        itemID = item.id
        textCount = item.text.utf8.count
    }

    private func clear() {
        if !values.isEmpty { values.removeAll(keepingCapacity: true) }
        // One by one: `removeAll(keepingCapacity:)` goes through the generic range replacement.
        while !objects.isEmpty { objects.removeLast() }
    }
}
