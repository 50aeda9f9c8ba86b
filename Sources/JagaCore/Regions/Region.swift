/// The administrative level of a region: a province, a kabupaten (regency) or a kota (city).
///
/// "Kabupaten Administrasi Kepulauan Seribu" is a regency and Jakarta's five
/// "Kota Administrasi" are cities, as their names say.
public enum RegionLevel: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Provinsi: one of the 38 provinces.
    case province
    /// Kabupaten: a regency.
    case regency
    /// Kota: a city.
    case city

    /// The level's English name: `province`, `regency` or `city`.
    public var description: String { rawValue }
}

/// A Kemendagri region (a province or a kabupaten/kota) with its province and time zone.
///
/// Two regions are equal when all their fields are; regions from `RegionResolver` are unique by `code`.
public struct Region: Sendable, Hashable, CustomStringConvertible {
    /// The dotted Kemendagri code: `32` for a province, `32.73` for a kabupaten/kota.
    public var code: String
    /// The official name, e.g. `Jawa Barat`, `Kota Bandung`, `Kabupaten Bandung`.
    public var name: String
    /// Province, regency (kabupaten) or city (kota).
    public var level: RegionLevel
    /// The code of the province the region is in; a province's own code for a province.
    public var provinceCode: String
    /// The time zone of the region's province.
    public var timeZone: IndonesianTimeZone

    /// Makes a region from its fields; most code gets regions from `RegionResolver` instead.
    public init(code: String, name: String, level: RegionLevel, provinceCode: String, timeZone: IndonesianTimeZone) {
        self.code = code
        self.name = name
        self.level = level
        self.provinceCode = provinceCode
        self.timeZone = timeZone
    }

    /// The name of the region's province (the region's own name for a province).
    ///
    /// Falls back to `provinceCode` for a province code that is not in the reference table.
    public var province: String {
        level == .province ? name : (provinceNamesByCode[provinceCode] ?? provinceCode)
    }

    /// The official name, e.g. `Kota Bandung`.
    public var description: String { name }
}

/// Province names by province code, built once from the generated table.
private let provinceNamesByCode: [String: String] = {
    var names: [String: String] = [:]
    for entry in RegionTable.entries where entry.level == .province {
        names[entry.code] = entry.name
    }
    return names
}()
