import JagaSDK

/// The local time a time rule judged, in the words a finding uses.
enum TimeFacts {
    /// Details every time-rule finding carries: local time, zone, why that zone, calendar.
    static func details(_ context: ItemContext, calendar: ElectionCalendar, period: String?) -> [String: Value] {
        // Room for the rule's own keys and the checker's two: the dictionary never grows (growing
        // hashes every key again).
        var d = [String: Value](minimumCapacity: 8)
        d["local_time"] = .string(localString(context))
        d["zone"] = .string(context.zone.zone.rawValue)
        d["zone_reason"] = .string(context.zone.reason)
        d["calendar"] = .string(calendar.id)
        if let period { d["period"] = .string(period) }
        return d
    }

    /// `2024-11-24 00:15 WITA`.
    static func localString(_ context: ItemContext) -> String {
        let c = context.localTime.civil
        var s = c.dateString
        s += " "
        s += c.timeString.prefix(5)
        s += " "
        s += context.zone.zone.rawValue
        return s
    }

    /// The local day of the post as an ordinal (days since 1970-01-01, ``LocalDay/ordinal``).
    @inline(__always) static func dayOrdinal(_ context: ItemContext) -> Int64 {
        let t = context.localTime
        let local = t.seconds + Int64(t.offsetSeconds)
        return local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    }
}
