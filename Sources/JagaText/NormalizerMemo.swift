import Synchronization

/// Remembers how the normaliser read hashtags and unusual words, so the costly rules
/// (vocabulary splitting, stretched letters, digits for letters) run once per spelling.
///
/// Keyed by the original bytes of the piece (and what kind of piece it is); the tokens are
/// kept with ranges relative to the piece, so a hit is exactly what the rules would emit.
/// Shared by every copy of a ``Normalizer``; each thread keeps its own entries (no lock, and
/// no reference count that two cores write), and forgets them when it holds `capacity`
/// (a cache, not a dictionary of the language).
final class NormalizerMemo: Sendable {
    /// One remembered token, its range relative to the start of the piece.
    struct Token: Sendable {
        /// Its normal form, and that form's hash.
        var text: [UInt8]
        var hash: UInt64
        var start: Int32
        var end: Int32
        var kind: NormalToken.Kind
    }

    /// One thread's entries of one memo: an open-addressing table by key (the keys are hashes
    /// already, so no second hash as a `Dictionary` would make; used by its thread only).
    final class Entries {
        @exclusivity(unchecked) private var keys: [UInt64]
        @exclusivity(unchecked) private var values: [[Token]]
        @exclusivity(unchecked) private var count = 0
        let capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            keys = [UInt64](repeating: 0, count: 1024)
            values = [[Token]](repeating: [], count: 1024)
        }

        @inline(__always) private func slot(_ key: UInt64) -> Int {
            let k = key == 0 ? 1 : key
            return Int(truncatingIfNeeded: k ^ (k >> 29)) & (keys.count - 1)
        }

        func tokens(_ key: UInt64) -> [Token]? {
            let k = key == 0 ? 1 : key
            var s = slot(k)
            while true {
                let found = keys[s]
                if found == k { return values[s] }
                if found == 0 { return nil }
                s = (s + 1) & (keys.count - 1)
            }
        }

        func remember(_ key: UInt64, _ tokens: [Token]) {
            let k = key == 0 ? 1 : key
            if count >= capacity {
                // A cache, not a dictionary of the language: it starts again when full.
                for i in keys.indices { keys[i] = 0; values[i] = [] }
                count = 0
            }
            if (count + 1) * 2 > keys.count { grow() }
            var s = slot(k)
            while keys[s] != 0 && keys[s] != k { s = (s + 1) & (keys.count - 1) }
            if keys[s] == 0 { count += 1 }
            keys[s] = k
            values[s] = tokens
        }

        /// Doubles the table (at most half full).
        private func grow() {
            let oldKeys = keys, oldValues = values
            keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
            values = [[Token]](repeating: [], count: oldKeys.count * 2)
            for i in oldKeys.indices where oldKeys[i] != 0 {
                var s = slot(oldKeys[i])
                while keys[s] != 0 { s = (s + 1) & (keys.count - 1) }
                keys[s] = oldKeys[i]
                values[s] = oldValues[i]
            }
        }
    }

    /// One thread's entries of every memo it used, by the memo's serial number.
    private final class ThreadEntries {
        @exclusivity(unchecked) var memos: [(serial: UInt64, entries: Entries)] = []
    }

    private static let serials = Atomic<UInt64>(0)
    /// This memo's number (never reused, unlike an object's address).
    private let serial: UInt64
    private let capacity: Int

    init(capacity: Int = 200_000) {
        self.capacity = capacity
        serial = Self.serials.add(1, ordering: .relaxed).newValue
    }

    private static let perThread = ThreadLocal { ThreadEntries() }

    /// The calling thread's entries of this memo.
    var entries: Entries {
        let all = Self.perThread.value
        for m in all.memos where m.serial == serial { return m.entries }
        // A thread keeps the entries of its last few memos (a memo may be gone: its number is
        // never seen again, and its entries leave here in time).
        if all.memos.count >= 8 { all.memos.removeFirst() }
        let e = Entries(capacity: capacity)
        all.memos.append((serial, e))
        return e
    }

    /// The key of the piece `bytes[range]` read as `kind` (0: word, 1: hashtag part, 2: hashtag).
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, kind: UInt8) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325 ^ UInt64(kind)
        for i in range { h = (h ^ UInt64(bytes[i])) &* 0x100000001b3 }
        return (h ^ UInt64(range.count)) &* 0x100000001b3
    }

}
