import Synchronization

/// Remembers how the normaliser read hashtags and unusual words, so the costly rules
/// (vocabulary splitting, stretched letters, digits for letters) run once per spelling.
///
/// Keyed by the original bytes of the piece (and what kind of piece it is); the tokens are
/// kept with ranges relative to the piece, so a hit is exactly what the rules would emit.
/// Shared by every copy of a ``Normalizer`` and safe across threads; it forgets everything
/// when it holds `capacity` entries (a cache, not a dictionary of the language).
final class NormalizerMemo: Sendable {
    /// One remembered token, its range relative to the start of the piece.
    struct Token: Sendable {
        var text: String
        var start: Int32
        var end: Int32
        var kind: NormalToken.Kind
    }

    private let entries = Mutex<[UInt64: [Token]]>([:])
    private let capacity: Int

    init(capacity: Int = 200_000) { self.capacity = capacity }

    /// The key of the piece `bytes[range]` read as `kind` (0: word, 1: hashtag part, 2: hashtag).
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, kind: UInt8) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325 ^ UInt64(kind)
        for i in range { h = (h ^ UInt64(bytes[i])) &* 0x100000001b3 }
        return (h ^ UInt64(range.count)) &* 0x100000001b3
    }

    func tokens(_ key: UInt64) -> [Token]? { entries.withLock { $0[key] } }

    func remember(_ key: UInt64, _ tokens: [Token]) {
        entries.withLock { e in
            if e.count >= capacity { e.removeAll(keepingCapacity: true) }
            e[key] = tokens
        }
    }
}
