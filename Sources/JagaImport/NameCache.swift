/// Strings for the names of unknown fields, made once per distinct name instead of once per row.
///
/// Also caps how many distinct unknown fields one load may add (each becomes a column as long
/// as the store), so a hostile file cannot make millions of columns.
struct NameCache {
    /// Most distinct unknown field names in one load.
    static let limit = 1024

    private var names: [String] = []
    private var spellings: [[UInt8]] = []
    private var byHash: [UInt64: [Int]] = [:]

    /// The name spelled by `key` as a String; nil when it is new and ``limit`` names were already seen.
    mutating func name(_ key: UnsafeBufferPointer<UInt8>) -> String? {
        let h = IDSet.hash(key)
        if let list = byHash[h] {
            for i in list where spellings[i].elementsEqual(key) { return names[i] }
        }
        guard names.count < NameCache.limit else { return nil }
        let s = String(decoding: key, as: UTF8.self)
        byHash[h, default: []].append(names.count)
        names.append(s)
        spellings.append(Array(key))
        return s
    }

    /// The reason to reject a record that brings one unknown field too many.
    static func tooMany(_ key: UnsafeBufferPointer<UInt8>) -> String {
        "more than \(limit) distinct unknown fields in one load (\(PostRecord.show(key)) not kept)"
    }
}
