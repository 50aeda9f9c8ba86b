import Synchronization

/// A value many threads read on every post and `configure` replaces now and then, without a lock.
///
/// Plugins run on all cores; reading settings under a lock on every post makes the cores queue
/// for it (measured: 5–15% of `misinfo.hoaks`'s time, and most of its run-to-run variance).
/// `value` is one atomic load; `publish` stores a new value for the reads that follow. Replaced
/// values are kept (never freed) so a reader that loaded one a moment earlier stays valid:
/// publish rarely (`configure`), not per post.
///
///     private let settings = PublishedValue(Settings())
///     func configure(_ p: PluginParameters) throws { settings.publish(try Settings(p)) }
///     func detect(_ item: ContentItem, context: ItemContext) throws -> [Finding] {
///         let s = settings.value
///         ...
///     }
public final class PublishedValue<Value: Sendable>: Sendable {
    @usableFromInline
    final class Box: Sendable {
        @usableFromInline let value: Value
        @usableFromInline init(_ value: Value) { self.value = value }
    }

    @usableFromInline let first: Box
    @usableFromInline let current: Atomic<UInt>
    /// Every value ever published, kept alive for readers that may still hold one.
    private let kept: Mutex<[Box]>

    /// A holder of `value`.
    public init(_ value: Value) {
        let box = Box(value)
        first = box
        kept = Mutex([box])
        current = Atomic(UInt(bitPattern: Unmanaged.passUnretained(box).toOpaque()))
    }

    /// The value most recently published (inlined into plugins, so it is specialised there).
    @inlinable
    public var value: Value {
        guard let p = UnsafeRawPointer(bitPattern: current.load(ordering: .acquiring)) else { return first.value }
        return Unmanaged<Box>.fromOpaque(p).takeUnretainedValue().value
    }

    /// Makes `value` the one later reads see.
    public func publish(_ value: Value) {
        let box = Box(value)
        kept.withLock { $0.append(box) }
        current.store(UInt(bitPattern: Unmanaged.passUnretained(box).toOpaque()), ordering: .releasing)
    }
}
