import JagaCore

/// An inclusive range of local days a rule applies in; either end may be open.
///
/// A post is inside when the day of its local time (in the zone it is judged in) lies in
/// `from...to`. Named windows come from an ``ElectionCalendar``.
public struct TimeWindow: Sendable, Hashable, CustomStringConvertible {
    /// The calendar name it was written as (`masa-tenang`), or nil for explicit dates.
    public var name: String?
    /// First day inside, or nil for no lower bound.
    public var from: LocalDay?
    /// Last day inside, or nil for no upper bound.
    public var to: LocalDay?

    /// Makes a window; nil ends are open.
    public init(name: String? = nil, from: LocalDay?, to: LocalDay?) {
        self.name = name
        self.from = from
        self.to = to
    }

    /// True when `day` is inside the window.
    public func contains(_ day: LocalDay) -> Bool {
        if let from, day < from { return false }
        if let to, to < day { return false }
        return true
    }

    /// True when a post whose local time is `localTime` is inside the window.
    public func contains(localTime: Timestamp) -> Bool { contains(LocalDay(localTimeOf: localTime)) }

    /// `masa-tenang (2024-11-24..2024-11-26)`, or just the dates; `..` marks an open end.
    public var description: String {
        let range = (from?.description ?? "") + ".." + (to?.description ?? "")
        return name.map { "\($0) (\(range))" } ?? range
    }
}
