/// Account-name patterns of official bodies whose shared announcements are not coordination.
///
/// A pattern is an account name, compared without regard to ASCII case, or a prefix
/// followed by one trailing `*` (`kpu_*` matches `kpu_jabar`, `KPU_RI`). A leading `@` on
/// either side is ignored. Other `*` characters are matched literally.
struct OfficialAccounts: Sendable, Hashable {
    /// The default patterns: KPU and Bawaslu accounts, national and regional.
    static let defaultPatterns = ["kpu", "kpu_*", "kpu.*", "kpuri", "bawaslu", "bawaslu_*", "bawaslu.*", "bawasluri"]

    private var exact: Set<String> = []
    private var prefixes: [String] = []

    /// Builds a matcher from patterns; blank patterns are ignored.
    init(patterns: [String]) {
        for raw in patterns {
            var p = OfficialAccounts.canonical(raw)
            if p.isEmpty { continue }
            if p.hasSuffix("*") {
                p.removeLast()
                if p.isEmpty { continue }
                prefixes.append(p)
            } else {
                exact.insert(p)
            }
        }
    }

    /// True when `account` matches one of the patterns.
    func matches(_ account: String) -> Bool {
        let a = OfficialAccounts.canonical(account)
        if exact.contains(a) { return true }
        return prefixes.contains { a.hasPrefix($0) }
    }

    /// Lower-cases ASCII letters, trims spaces and drops one leading `@`.
    static func canonical(_ s: String) -> String {
        var bytes = Array(s.utf8)
        while let f = bytes.first, f == 0x20 || f == 0x09 { bytes.removeFirst() }
        while let l = bytes.last, l == 0x20 || l == 0x09 { bytes.removeLast() }
        if bytes.first == UInt8(ascii: "@") { bytes.removeFirst() }
        for i in bytes.indices where bytes[i] &- 0x41 < 26 { bytes[i] |= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
