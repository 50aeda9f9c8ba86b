/// A set of normalised words compared by hash: cheap to test tokens against.
///
/// Built once (as a `static let`) from a literal list; ``PostAnalysis`` hashes each token once.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let hashes: WordTable<Bool>

    public init(_ words: [String]) { hashes = WordTable(Dictionary(words.map { (WordSet.hash($0.utf8), true) }, uniquingKeysWith: { a, _ in a }), empty: false) }
    public init(arrayLiteral words: String...) { self.init(words) }

    /// True when a word with hash `h` is in the set.
    @inline(__always) public func contains(_ h: UInt64) -> Bool { hashes[h] != nil }

    /// 64-bit FNV-1a of UTF-8 bytes.
    @inline(__always) public static func hash<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}
