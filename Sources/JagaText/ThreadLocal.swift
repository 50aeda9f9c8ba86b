import Glibc

/// One instance of a class per thread: made on the thread's first use, released when it ends.
///
/// For caches and scratch space that worker threads use post after post without a lock (and
/// without a reference count that two cores write): keep one `ThreadLocal` in a `static let`
/// and read ``value`` where the work is.
///
///     private static let scratch = ThreadLocal { Scratch() }
///     let s = Self.scratch.value
public final class ThreadLocal<Value: AnyObject>: @unchecked Sendable {
    @usableFromInline let key: pthread_key_t
    @usableFromInline let make: () -> Value

    /// A per-thread instance, each made by `make`.
    public init(_ make: @escaping () -> Value) {
        var k = pthread_key_t()
        // The instance is released when its thread ends (the key is never deleted: keep
        // `ThreadLocal`s in static constants).
        pthread_key_create(&k) { p in
            guard let p else { return }
            Unmanaged<AnyObject>.fromOpaque(p).release()
        }
        key = k
        self.make = make
    }

    /// The calling thread's instance.
    @inlinable public var value: Value {
        if let p = pthread_getspecific(key) { return unsafeDowncast(Unmanaged<AnyObject>.fromOpaque(p).takeUnretainedValue(), to: Value.self) }
        let v = make()
        pthread_setspecific(key, Unmanaged<AnyObject>.passRetained(v).toOpaque())
        return v
    }
}
