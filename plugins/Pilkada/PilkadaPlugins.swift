import JagaSDK

/// The ten `pilkada.*` checkers, ready to register.
public enum PilkadaPlugins {
    /// One checker per rule of ``PilkadaRule``, all judging time against `calendars`.
    public static func all(calendars: CalendarStore) -> [PilkadaChecker] {
        PilkadaRule.allCases.map { PilkadaChecker(rule: $0, calendars: calendars) }
    }
}
