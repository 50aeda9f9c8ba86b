/// An instant with the UTC offset it was written in, so local wall-clock time is never lost.
///
/// `seconds` counts from the Unix epoch in UTC; `offsetSeconds` is the offset of the
/// original text (`+08:00` → 28800, `Z` → 0). Two timestamps compare by instant only.
@frozen public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var seconds: Int64
    public var offsetSeconds: Int32

    public init(seconds: Int64, offsetSeconds: Int32 = 0) {
        self.seconds = seconds
        self.offsetSeconds = offsetSeconds
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }
    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds == rhs.seconds }
    public func hash(into hasher: inout Hasher) { hasher.combine(seconds) }

    /// The same instant shown in another offset.
    public func inOffset(_ offset: Int32) -> Timestamp { Timestamp(seconds: seconds, offsetSeconds: offset) }

    /// The wall-clock fields of this instant in its own offset.
    public var civil: CivilTime { CivilTime(epochSeconds: seconds + Int64(offsetSeconds)) }

    /// RFC 3339 text in the timestamp's own offset, e.g. `2024-11-25T19:03:00+08:00`.
    public var description: String {
        let c = civil
        var s = c.dateString + "T" + c.timeString
        if offsetSeconds == 0 {
            s += "Z"
        } else {
            let o = abs(Int(offsetSeconds)) / 60
            s += (offsetSeconds < 0 ? "-" : "+") + pad2(o / 60) + ":" + pad2(o % 60)
        }
        return s
    }

    /// Parses RFC 3339 (`2024-11-25T19:03:00+08:00`, `...Z`, fractional seconds, a space for `T`).
    ///
    /// A date alone (`2024-11-25`) is accepted when `defaultOffset` is given and means local midnight.
    public init?(rfc3339 text: String, defaultOffset: Int32? = nil) {
        var t = text
        guard let v = t.withUTF8({ Timestamp.parse($0, defaultOffset: defaultOffset) }) else { return nil }
        self = v
    }

    /// Parses RFC 3339 from UTF-8 bytes without allocating.
    public static func parse(_ b: UnsafeBufferPointer<UInt8>, defaultOffset: Int32? = nil) -> Timestamp? {
        let n = b.count
        func digits(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= n else { return nil }
            var v = 0
            for i in at..<(at + count) {
                let d = Int(b[i]) - 48
                guard d >= 0, d <= 9 else { return nil }
                v = v * 10 + d
            }
            return v
        }
        guard n >= 10, let y = digits(0, 4), b[4] == 45, let mo = digits(5, 2), b[7] == 45, let d = digits(8, 2),
              (1...12).contains(mo), d >= 1, d <= CivilTime.daysIn(month: mo, year: y) else { return nil }
        if n == 10 {
            guard let off = defaultOffset else { return nil }
            let days = CivilTime.daysFromCivil(y, mo, d)
            return Timestamp(seconds: days * 86400 - Int64(off), offsetSeconds: off)
        }
        guard n >= 19, b[10] == 84 || b[10] == 116 || b[10] == 32,
              let h = digits(11, 2), b[13] == 58, let mi = digits(14, 2), h < 24, mi < 60 else { return nil }
        var i = 16
        var sec = 0
        if i < n, b[i] == 58 {
            guard let s = digits(17, 2), s <= 60 else { return nil }
            sec = s
            i = 19
        }
        if i < n, b[i] == 46 || b[i] == 44 {
            i += 1
            let start = i
            while i < n, b[i] >= 48, b[i] <= 57 { i += 1 }
            guard i > start else { return nil }
        }
        var offset: Int32
        if i == n {
            guard let off = defaultOffset else { return nil }
            offset = off
        } else if b[i] == 90 || b[i] == 122 {
            offset = 0
            i += 1
        } else if b[i] == 43 || b[i] == 45 {
            let sign: Int32 = b[i] == 45 ? -1 : 1
            guard let oh = digits(i + 1, 2) else { return nil }
            var om = 0
            if i + 3 < n, b[i + 3] == 58 {
                guard let m = digits(i + 4, 2) else { return nil }
                om = m
                i += 6
            } else if let m = digits(i + 3, 2) {
                om = m
                i += 5
            } else {
                i += 3
            }
            guard oh <= 23, om <= 59 else { return nil }
            offset = sign * Int32(oh * 3600 + om * 60)
        } else {
            return nil
        }
        guard i == n else { return nil }
        let days = CivilTime.daysFromCivil(y, mo, d)
        let local = days * 86400 + Int64(h * 3600 + mi * 60 + sec)
        return Timestamp(seconds: local - Int64(offset), offsetSeconds: offset)
    }
}

/// Wall-clock fields (proleptic Gregorian) of a count of seconds since 1970-01-01 00:00.
public struct CivilTime: Sendable, Hashable {
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

    public init(epochSeconds: Int64) {
        var days = epochSeconds / 86400
        var rem = epochSeconds % 86400
        if rem < 0 { rem += 86400; days -= 1 }
        (year, month, day) = CivilTime.civilFromDays(days)
        hour = Int(rem / 3600)
        minute = Int(rem % 3600 / 60)
        second = Int(rem % 60)
    }

    /// `YYYY-MM-DD`.
    public var dateString: String { Self.dateString(year: year, month: month, day: day) }
    /// `HH:MM:SS`.
    public var timeString: String {
        guard (0...99).contains(hour), (0...99).contains(minute), (0...99).contains(second) else {
            return pad2(hour) + ":" + pad2(minute) + ":" + pad2(second)
        }
        return String(unsafeUninitializedCapacity: 8) { b in
            Self.write(hour, 2, b, at: 0)
            b[2] = 0x3A
            Self.write(minute, 2, b, at: 3)
            b[5] = 0x3A
            Self.write(second, 2, b, at: 6)
            return 8
        }
    }

    /// `YYYY-MM-DD` for a date's fields: four digits of year or more (and a sign), two of month
    /// and day. Written digit by digit (formatting dates was a noticeable part of making findings).
    public static func dateString(year: Int, month: Int, day: Int) -> String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return pad4(year) + "-" + pad2(month) + "-" + pad2(day)
        }
        return String(unsafeUninitializedCapacity: 10) { b in
            write(year, 4, b, at: 0)
            b[4] = 0x2D
            write(month, 2, b, at: 5)
            b[7] = 0x2D
            write(day, 2, b, at: 8)
            return 10
        }
    }

    /// Writes the last `width` decimal digits of non-negative `v` into `b` from `i`.
    @inline(__always) static func write(_ v: Int, _ width: Int, _ b: UnsafeMutableBufferPointer<UInt8>, at i: Int) {
        var v = v
        for k in stride(from: i + width - 1, through: i, by: -1) {
            b[k] = 0x30 + UInt8(truncatingIfNeeded: v % 10)
            v /= 10
        }
    }

    /// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
    public static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int64(era * 146097 + doe - 719468)
    }

    /// The civil date of a count of days since 1970-01-01.
    public static func civilFromDays(_ z0: Int64) -> (Int, Int, Int) {
        let z = Int(z0) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

@inline(__always) func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
@inline(__always) func pad4(_ v: Int) -> String {
    let s = String(v)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
}
