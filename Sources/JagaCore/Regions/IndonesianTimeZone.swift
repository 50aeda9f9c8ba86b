/// One of Indonesia's three time zones: WIB (UTC+7), WITA (UTC+8) and WIT (UTC+9).
///
/// The raw value is the Indonesian abbreviation. None of the three observes daylight saving
/// time, so a zone is a fixed offset.
public enum IndonesianTimeZone: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Waktu Indonesia Barat, UTC+7: Sumatra, Java, West and Central Kalimantan.
    case wib = "WIB"
    /// Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara, South/East/North Kalimantan, Sulawesi.
    case wita = "WITA"
    /// Waktu Indonesia Timur, UTC+9: Maluku and Papua.
    case wit = "WIT"

    /// The zone's offset from UTC in seconds (25200, 28800 or 32400).
    public var offsetSeconds: Int32 {
        switch self {
        case .wib: 25200
        case .wita: 28800
        case .wit: 32400
        }
    }

    /// The zone whose offset from UTC is exactly `offsetSeconds`; nil for any other offset.
    public init?(offsetSeconds: Int32) {
        switch offsetSeconds {
        case 25200: self = .wib
        case 28800: self = .wita
        case 32400: self = .wit
        default: return nil
        }
    }

    /// The offset as RFC 3339 writes it, e.g. `+07:00`.
    public var offsetText: String { "+" + pad2(Int(offsetSeconds) / 3600) + ":00" }

    /// The abbreviation, e.g. `WITA`.
    public var description: String { rawValue }
}
