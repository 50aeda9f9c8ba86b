/// Where and when a post is, as a detector sees it: its resolved region and local time.
public struct ItemContext: Sendable {
    /// The post's region when its written region resolves.
    public var region: Region?
    /// The zone its local time is judged in, and why (pilkada-2024.md's rule).
    public var zone: ZoneChoice
    /// `created_at` in that zone.
    public var localTime: Timestamp
    /// Analyses of this post that plugins share (see ``AnalysisCache``).
    public var analyses: AnalysisCache

    public init(region: Region?, zone: ZoneChoice, localTime: Timestamp, analyses: AnalysisCache = AnalysisCache()) {
        self.region = region
        self.zone = zone
        self.localTime = localTime
        self.analyses = analyses
    }

    /// The shared instance of class `T` for `item`: ``AnalysisCache/object(for:_:make:)`` of
    /// ``analyses`` in one call (a plugin outside the SDK reads `analyses` through a call of
    /// its own and a reference count; detectors that ask on every post save both here).
    public func object<T: AnyObject>(for item: ContentItem, _ type: T.Type = T.self, make: () throws -> T) rethrows -> T {
        try analyses.object(for: item, type, make: make)
    }

    /// The context of a post with a region as written (resolved with the shared resolver).
    public init(item: ContentItem, resolver: RegionResolver = .shared) {
        let region = item.region.flatMap { resolver.resolve($0)?.region }
        let zone = ZoneChoice.choose(region: region, timestamp: item.createdAt)
        self.init(region: region, zone: zone, localTime: zone.localTime(item.createdAt))
    }
}

/// What a dataset-level detector may ask about the posts it is given.
public struct DatasetContext: Sendable {
    /// The resolved region of each distinct written region (index = ``InternedColumn`` code).
    public var regions: [Region?]
    /// Polled in long loops; true once the user asked to stop.
    public var isCancelled: @Sendable () -> Bool

    public init(regions: [Region?], isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.regions = regions
        self.isCancelled = isCancelled
    }
}
