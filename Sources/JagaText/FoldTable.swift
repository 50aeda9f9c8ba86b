internal import Foundation

/// A process-wide, thread-safe cache of per-scalar folds.
///
/// Folding a scalar through Foundation costs microseconds; a corpus uses a few
/// thousand distinct non-ASCII scalars, so each is folded once per process.
final class FoldTable: @unchecked Sendable {
    /// The shared table.
    static let shared = FoldTable()

    // @unchecked Sendable: `folds` is only touched while holding `lock`.
    private let lock = NSLock()
    private var folds: [UInt32: ScalarFoldBytes] = [:]

    /// The folded forms of `u`, computed on first use.
    func bytes(for u: Unicode.Scalar) -> ScalarFoldBytes {
        lock.lock()
        if let f = folds[u.value] { lock.unlock(); return f }
        lock.unlock()
        let f = TextFolding.computeFold(u)
        lock.lock()
        folds[u.value] = f
        lock.unlock()
        return f
    }
}
