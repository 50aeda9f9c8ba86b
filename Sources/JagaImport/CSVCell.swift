/// Parsing CSV cell bytes.
enum CSVCell {
    /// A non-negative decimal integer (surrounding spaces allowed), or nil.
    static func count(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        var i = 0
        var n = b.count
        while i < n, b[i] == 0x20 { i += 1 }
        while n > i, b[n - 1] == 0x20 { n -= 1 }
        guard i < n else { return nil }
        var v: Int64 = 0
        while i < n {
            let d = Int64(b[i]) - 48
            guard d >= 0, d <= 9 else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            v = s
            i += 1
        }
        return v
    }

    /// The bytes without surrounding spaces and tabs.
    static func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var i = 0
        var n = b.count
        while i < n, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        while n > i, b[n - 1] == 0x20 || b[n - 1] == 0x09 { n -= 1 }
        return UnsafeBufferPointer(rebasing: b[i..<n])
    }

    /// Splits a hashtag cell on spaces, commas, semicolons, brackets and quotes (so `#a #b`,
    /// `a,b` and `["a","b"]` all work).
    static func forEachTag(_ b: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var i = 0
        let n = b.count
        func isSep(_ c: UInt8) -> Bool {
            c == 0x20 || c == 0x09 || c == 0x2C || c == 0x3B || c == 0x5B || c == 0x5D || c == 0x22 || c == 0x0A || c == 0x0D
        }
        while i < n {
            while i < n, isSep(b[i]) { i += 1 }
            let s = i
            while i < n, !isSep(b[i]) { i += 1 }
            if i > s { body(UnsafeBufferPointer(rebasing: b[s..<i])) }
        }
    }
}
