import JagaSDK

/// The parts of an election calendar the time rules ask about for every post, looked up once
/// (a class: every checker reads it for every post, and a reference is one retain).
public final class CalendarFacts: Sendable {
    /// The calendar itself.
    public let calendar: ElectionCalendar
    /// The `masa-tenang` period.
    public let masaTenang: CalendarPeriod?
    /// The first day of the `campaign` period.
    public let campaignStart: LocalDay?
    /// The `voting-day` period.
    public let votingDay: CalendarPeriod?
    /// The `quick-count-release` moment.
    public let quickCountRelease: CalendarMoment?

    public init(_ calendar: ElectionCalendar) {
        self.calendar = calendar
        masaTenang = calendar.period(named: "masa-tenang")
        campaignStart = calendar.period(named: "campaign")?.from
        votingDay = calendar.period(named: "voting-day")
        quickCountRelease = calendar.moment(named: "quick-count-release")
    }
}
