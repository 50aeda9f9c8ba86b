import Foundation

/// Hands out chunk numbers to worker threads, each once.
final class ChunkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    /// The next chunk number.
    func take() -> Int {
        lock.lock()
        defer { lock.unlock() }
        let c = next
        next += 1
        return c
    }
}
