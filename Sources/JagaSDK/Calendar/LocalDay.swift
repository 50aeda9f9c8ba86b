import JagaCore

/// A calendar day (proleptic Gregorian) with no time zone: a day of someone's local calendar.
///
/// Rule windows are made of local days; a post is placed on a day by its local time in the
/// zone it is judged in (`ItemContext.localTime`), so 23:30 WIB on 23 Nov and 00:30 WITA on
/// 24 Nov fall on different days although they are the same instant.
public struct LocalDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2024.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31.
    public let day: Int

    /// Makes a day from valid fields; nil for an impossible date such as 2024-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilTime.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`; nil for anything else.
    public init?(iso text: String) {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The local day of a timestamp in its own offset (use `ItemContext.localTime`).
    public init(localTimeOf ts: Timestamp) {
        let c = ts.civil
        year = c.year
        month = c.month
        day = c.day
    }

    /// Days since 1970-01-01, for ordering.
    public var ordinal: Int64 { CivilTime.daysFromCivil(year, month, day) }

    public static func < (a: LocalDay, b: LocalDay) -> Bool { a.ordinal < b.ordinal }

    /// `YYYY-MM-DD`.
    public var description: String { CivilTime.dateString(year: year, month: month, day: day) }
}
