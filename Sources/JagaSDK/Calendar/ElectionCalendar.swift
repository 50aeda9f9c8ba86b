import JagaCore

/// An election's calendar: named periods of local days and named moments, with their sources.
///
/// Calendars are data: Jaga reads them from YAML files (`JagaCalendar`), the built-in one is
/// Pilkada 2024, and a different election is a different file. Periods are inclusive ranges
/// of *local* days (a post is placed on a day by its local time in the zone it is judged in);
/// a moment is either one instant for everybody (the quick-count release, 15:00 WIB) or a
/// clock time in each region's own zone (polls close at 13:00 local).
public struct ElectionCalendar: Sendable, Hashable {
    /// A short id, e.g. `pilkada-2024`.
    public var id: String
    /// The election's name, e.g. `Pilkada Serentak 2024`.
    public var name: String
    /// The periods in the order the file lists them.
    public var periodList: [CalendarPeriod]
    /// The moments in the order the file lists them.
    public var moments: [CalendarMoment]
    /// Where the dates come from (regulations, decrees), for explanations.
    public var sources: [String]
    /// The file it was read from, or `built-in`.
    public var origin: String

    /// Makes a calendar.
    public init(id: String, name: String, periods: [CalendarPeriod], moments: [CalendarMoment] = [],
                sources: [String] = [], origin: String = "built-in") {
        self.id = id
        self.name = name
        self.periodList = periods
        self.moments = moments
        self.sources = sources
        self.origin = origin
    }

    /// The periods by name as windows (`campaign`, `masa-tenang`, ...).
    public var periods: [String: TimeWindow] {
        Dictionary(periodList.map { ($0.name, $0.window) }, uniquingKeysWith: { a, _ in a })
    }

    /// The window of the period called `name`, or nil.
    public func window(named name: String) -> TimeWindow? { period(named: name)?.window }

    /// The period called `name`, or nil.
    public func period(named name: String) -> CalendarPeriod? { periodList.first { $0.name == name } }

    /// The moment called `name`, or nil.
    public func moment(named name: String) -> CalendarMoment? { moments.first { $0.name == name } }

    /// The period names, sorted.
    public var periodNames: [String] { periodList.map(\.name).sorted() }

    /// The sources joined for one line of explanation.
    public var source: String { sources.joined(separator: "; ") }
}

/// A named range of local days in an election calendar (`masa-tenang`: 24–26 Nov 2024).
public struct CalendarPeriod: Sendable, Hashable {
    /// The name rules refer to, e.g. `masa-tenang`.
    public var name: String
    /// How people call it, e.g. `Masa tenang (quiet period)`.
    public var label: String
    /// First day inside, or nil for no lower bound.
    public var from: LocalDay?
    /// Last day inside, or nil for no upper bound.
    public var to: LocalDay?
    /// Where the dates come from.
    public var source: String
    /// Anything a reader should know (doubts included).
    public var note: String

    /// Makes a period.
    public init(name: String, label: String = "", from: LocalDay?, to: LocalDay?, source: String = "", note: String = "") {
        self.name = name
        self.label = label
        self.from = from
        self.to = to
        self.source = source
        self.note = note
    }

    /// The period as a window of local days.
    public var window: TimeWindow { TimeWindow(name: name, from: from, to: to) }
}

/// A named moment in an election calendar.
public struct CalendarMoment: Sendable, Hashable {
    /// When the moment is.
    public enum When: Sendable, Hashable {
        /// One instant, the same everywhere (the quick-count release: 15:00 WIB).
        case instant(Timestamp)
        /// A clock time on a local day, in each region's own zone (polls close 13:00 local).
        case local(day: LocalDay, minutes: Int)
    }

    /// The name rules refer to, e.g. `quick-count-release`.
    public var name: String
    /// How people call it.
    public var label: String
    /// When it is.
    public var when: When
    /// Where it comes from.
    public var source: String
    /// Anything a reader should know.
    public var note: String

    /// Makes a moment.
    public init(name: String, label: String = "", when: When, source: String = "", note: String = "") {
        self.name = name
        self.label = label
        self.when = when
        self.source = source
        self.note = note
    }

    /// True when the moment is strictly after `instant`, judged where `localOffset` is the
    /// zone of the post (used only by local moments).
    public func isAfter(_ instant: Timestamp, localOffset: Int32) -> Bool {
        switch when {
        case .instant(let t): return t.seconds > instant.seconds
        case .local(let day, let minutes):
            let seconds = CivilTime.daysFromCivil(day.year, day.month, day.day) * 86_400 + Int64(minutes) * 60 - Int64(localOffset)
            return seconds > instant.seconds
        }
    }

    /// `2024-11-27 15:00 +07:00` or `2024-11-27 13:00 local`.
    public var description: String {
        switch when {
        case .instant(let t):
            let c = t.civil
            let off = Int(t.offsetSeconds) / 60
            let sign = off < 0 ? "-" : "+"
            let h = abs(off) / 60, m = abs(off) % 60
            return "\(c.dateString) \(c.timeString.prefix(5)) \(sign)\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
        case .local(let day, let minutes):
            let h = minutes / 60, m = minutes % 60
            return "\(day) \(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m) local"
        }
    }
}
