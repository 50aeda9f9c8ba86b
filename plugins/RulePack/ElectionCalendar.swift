/// The named periods of an election calendar that rule windows may refer to, as local days.
///
/// Today the only calendar is ``pilkada2024``, a small table kept here with its source.
/// Seam: a calendar data file (planned) will build an `ElectionCalendar` value and pass it to
/// ``RulePackLoader/load(path:calendar:)``; nothing else in the rule pack code knows the dates.
public struct ElectionCalendar: Sendable, Hashable {
    /// The periods by name (`campaign`, `masa-tenang`, ...).
    public var periods: [String: TimeWindow]
    /// Where the dates come from, for explanations.
    public var source: String

    /// Makes a calendar from its periods (a calendar data file will build one).
    public init(periods: [String: TimeWindow], source: String) {
        self.periods = periods
        self.source = source
    }

    /// The window called `name`, or nil.
    public func window(named name: String) -> TimeWindow? { periods[name] }

    /// The period names, sorted.
    public var names: [String] { periods.keys.sorted() }

    /// Pilkada 2024 (PKPU No. 2 Tahun 2024, as summarised in shared/domain/pilkada-2024.md):
    /// campaign 25 Sep – 23 Nov 2024, masa tenang 24 – 26 Nov, voting day Wed 27 Nov.
    /// All day boundaries are in the local time of the region concerned.
    public static let pilkada2024: ElectionCalendar = {
        func day(_ m: Int, _ d: Int) -> LocalDay? { LocalDay(year: 2024, month: m, day: d) }
        let table: [(String, LocalDay?, LocalDay?)] = [
            ("before-campaign", nil, day(9, 24)),
            ("campaign", day(9, 25), day(11, 23)),
            ("masa-tenang", day(11, 24), day(11, 26)),
            ("voting-day", day(11, 27), day(11, 27)),
            ("after-voting", day(11, 28), nil),
        ]
        var periods: [String: TimeWindow] = [:]
        for (name, from, to) in table { periods[name] = TimeWindow(name: name, from: from, to: to) }
        return ElectionCalendar(periods: periods, source: "PKPU No. 2 Tahun 2024 (Pilkada 2024 calendar)")
    }()
}
