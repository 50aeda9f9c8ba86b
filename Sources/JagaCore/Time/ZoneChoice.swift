/// The Indonesian time zone a post is judged in, and why (the local-time rule of pilkada-2024.md).
///
/// All day boundaries of the election calendar are in the local time of the region concerned.
/// A post with a region is judged in its province's zone; a post without one in the offset
/// written in its own timestamp when that is +07:00, +08:00 or +09:00, and in WIB otherwise.
public struct ZoneChoice: Sendable, Hashable {
    /// The zone chosen.
    public var zone: IndonesianTimeZone
    /// Why, for the finding: e.g. "region Sulawesi Selatan is in WITA".
    public var reason: String

    /// Makes a choice from its fields; most code calls `choose(region:timestamp:)` instead.
    public init(zone: IndonesianTimeZone, reason: String) {
        self.zone = zone
        self.reason = reason
    }

    /// Chooses the zone for a post with an optional region and the timestamp it was written with.
    public static func choose(region: Region?, timestamp: Timestamp) -> ZoneChoice {
        if let region {
            let place = region.level == .province ? region.name : "\(region.name) (\(region.province))"
            return ZoneChoice(zone: region.timeZone, reason: "region \(place) is in \(region.timeZone.rawValue)")
        }
        let written = offsetText(timestamp.offsetSeconds)
        if let zone = IndonesianTimeZone(offsetSeconds: timestamp.offsetSeconds) {
            return ZoneChoice(zone: zone, reason: "no region; timestamp written in \(written) (\(zone.rawValue))")
        }
        return ZoneChoice(zone: .wib,
                          reason: "no region; timestamp offset \(written) is not an Indonesian zone, judged in WIB")
    }

    /// The same instant re-expressed in the chosen zone's offset (its local wall-clock time).
    public func localTime(_ ts: Timestamp) -> Timestamp { ts.inOffset(zone.offsetSeconds) }

    /// An offset as RFC 3339 writes it: `Z`, `+08:00`, `+05:30`, `-03:00`.
    static func offsetText(_ seconds: Int32) -> String {
        if seconds == 0 { return "Z" }
        let minutes = abs(Int(seconds)) / 60
        return (seconds < 0 ? "-" : "+") + pad2(minutes / 60) + ":" + pad2(minutes % 60)
    }
}
