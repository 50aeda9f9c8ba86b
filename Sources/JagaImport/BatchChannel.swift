import Dispatch

/// A bounded hand-over of ``PostBatch``es from a parsing thread to an appending thread.
///
/// A fixed pool of batches circulates: the parser takes an empty one, fills it and sends it;
/// the appender receives batches in order, drains them and gives them back. ``cancel()``
/// makes the parser's next ``takeEmpty()`` return nil, so it stops without blocking.
final class BatchChannel: @unchecked Sendable {
    // Semaphores start at 0 and are signalled up: libdispatch traps when one is released
    // holding less than its initial value, which a cancelled hand-over can leave behind.
    private let lock = DispatchSemaphore(value: 0)
    private let emptyCount = DispatchSemaphore(value: 0)
    private let fullCount = DispatchSemaphore(value: 0)
    private var empty: [PostBatch]
    private var full: [PostBatch] = []
    private var cancelled = false
    /// Signalled once when the parser has returned.
    let parserDone = DispatchSemaphore(value: 0)

    init(batches: [PostBatch]) {
        empty = batches
        lock.signal()
        for _ in batches { emptyCount.signal() }
    }

    /// An empty batch for the parser to fill; nil once cancelled.
    func takeEmpty() -> PostBatch? {
        emptyCount.wait()
        lock.wait()
        defer { lock.signal() }
        if cancelled || empty.isEmpty {
            emptyCount.signal()  // let another waiter see the cancellation too
            return nil
        }
        var b = empty.removeLast()
        b.reset()
        return b
    }

    /// Hands a filled batch to the appender.
    func send(_ b: consuming PostBatch) {
        lock.wait()
        full.append(b)
        lock.signal()
        fullCount.signal()
    }

    /// The next filled batch, in the order sent (waits for one).
    func receive() -> PostBatch {
        fullCount.wait()
        lock.wait()
        defer { lock.signal() }
        return full.removeFirst()
    }

    /// Gives a drained batch back to the parser.
    func giveBack(_ b: consuming PostBatch) {
        lock.wait()
        empty.append(b)
        lock.signal()
        emptyCount.signal()
    }

    /// Tells the parser to stop at its next batch.
    func cancel() {
        lock.wait()
        cancelled = true
        lock.signal()
        emptyCount.signal()
    }
}
