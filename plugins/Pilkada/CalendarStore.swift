import Foundation
import JagaCalendar
import JagaSDK

/// The election calendar the time rules judge by, shared by the checkers and the `calendar` command.
///
/// Starts with the built-in Pilkada 2024 file; `calendar load "file.yaml"` replaces it for
/// every checker at once. Read from many threads, replaced as a whole.
public final class CalendarStore: Sendable {
    /// Read by every checker for every post, without a lock.
    private let current: PublishedValue<CalendarFacts>

    /// A store holding `calendar` (the built-in one by default).
    public init(_ calendar: ElectionCalendar = CalendarFile.builtin) { current = PublishedValue(CalendarFacts(calendar)) }

    /// The calendar in use.
    public var calendar: ElectionCalendar { current.value.calendar }

    /// The calendar in use with the periods the time rules need, looked up.
    public var facts: CalendarFacts { current.value }

    /// Uses `calendar` from now on.
    public func replace(with calendar: ElectionCalendar) { current.publish(CalendarFacts(calendar)) }
}
