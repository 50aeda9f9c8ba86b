/// Resolves loosely written region names and codes ("Jabar", "kab bandung", "Makassar", "3273") to Kemendagri regions.
///
/// The indexes are built once from the generated `RegionTable`; use `RegionResolver.shared`.
/// Matching ignores case, spaces and punctuation ("Kab. Bandung", "kab bandung" and
/// "KABUPATEN  BANDUNG" are one key; so are "Bau-Bau" and "Baubau"). Rules, in order:
/// - Text made of digits and dots is a code: `32`, `73` (two digits are always a province),
///   `32.73`, `3273`; a kecamatan or desa code (`32.73.01`) resolves to its kabupaten/kota.
/// - A leading `Provinsi`/`Prov.`, `Kabupaten`/`Kab.` or `Kota`/`Kodya` (or a trailing English
///   `province`/`regency`/`city`) restricts the level; `Adm.`/`Administrasi` after it is ignored.
/// - Without a level word, a province name or abbreviation ("Jambi", "Jogja") wins over a
///   kabupaten/kota of the same name, with a note; a name of one kabupaten or kota resolves to it;
///   a name shared by several resolves to their province when they share one (with a note) and to
///   nothing when they do not (see `candidates(for:)`).
/// - Text after a comma or in parentheses ("Banjar, Kalsel", "Bandung (Jawa Barat)") narrows
///   the choice to that province; context that is not a region is ignored.
public struct RegionResolver: Sendable {
    /// The resolver over the whole reference table, built on first use.
    public static let shared = RegionResolver()

    /// Every region of the reference table ordered by code: each province followed by its kabupaten/kota.
    public let all: [Region]

    private let byCode: [String: Region]
    private let provinceByKey: [String: Region]
    private let regenciesByKey: [String: [Region]]
    private let citiesByKey: [String: [Region]]

    /// Builds the indexes from the generated reference table.
    public init() {
        var regions: [Region] = []
        regions.reserveCapacity(RegionTable.entries.count)
        for entry in RegionTable.entries {
            let provinceCode = String(entry.code.prefix(2))
            guard let zone = RegionTable.provinceZones[provinceCode] else { continue }
            regions.append(Region(code: entry.code, name: entry.name, level: entry.level,
                                  provinceCode: provinceCode, timeZone: zone))
        }
        var byCode: [String: Region] = [:]
        var provinceByKey: [String: Region] = [:]
        var regenciesByKey: [String: [Region]] = [:]
        var citiesByKey: [String: [Region]] = [:]
        for region in regions {
            byCode[region.code] = region
            switch region.level {
            case .province:
                provinceByKey[Self.key(region.name)] = region
            case .regency:
                regenciesByKey[Self.key(Self.baseName(region.name)), default: []].append(region)
            case .city:
                citiesByKey[Self.key(Self.baseName(region.name)), default: []].append(region)
            }
        }
        for (code, aliases) in Self.provinceAliases {
            guard let province = byCode[code] else { continue }
            for alias in aliases { provinceByKey[Self.key(alias)] = province }
        }
        self.all = regions
        self.byCode = byCode
        self.provinceByKey = provinceByKey
        self.regenciesByKey = regenciesByKey
        self.citiesByKey = citiesByKey
    }

    /// The region with a dotted Kemendagri code (`32`, `32.73`); nil when there is none.
    public func region(code: String) -> Region? { byCode[code] }

    /// Resolves loosely written text to one region, or nil when it names none or is ambiguous across provinces.
    ///
    /// "Bandung" (Kabupaten and Kota Bandung, both in Jawa Barat) resolves to Jawa Barat with a
    /// note; "Banjar" (Kota Banjar in Jawa Barat, Kabupaten Banjar in Kalimantan Selatan) resolves
    /// to nil, and `candidates(for:)` lists both.
    public func resolve(_ text: String) -> RegionResolution? {
        let (label, m) = fullMatch(text)
        if let chosen = m.chosen {
            return RegionResolution(region: chosen, note: m.note, candidates: m.regions.count > 1 ? m.regions : [])
        }
        switch m.regions.count {
        case 0:
            return nil
        case 1:
            return RegionResolution(region: m.regions[0], note: m.note)
        default:
            let provinces = Set(m.regions.map(\.provinceCode))
            guard provinces.count == 1, let code = provinces.first, let province = byCode[code] else { return nil }
            let note = "‘\(label)’ is \(Self.list(m.regions)); resolved to the province \(province.name), "
                + "the most specific unambiguous level"
            return RegionResolution(region: province, note: note, candidates: m.regions)
        }
    }

    /// Every region the text could mean, for explaining an ambiguous or failed `resolve`; empty for unknown text.
    public func candidates(for text: String) -> [Region] {
        let m = fullMatch(text).match
        if let chosen = m.chosen, !m.regions.contains(chosen) { return [chosen] + m.regions }
        return m.regions
    }

    // MARK: - Matching

    /// What one piece of text matched: every plausible region, and the one chosen by a rule when a rule chose.
    private struct Match {
        var regions: [Region] = []
        var chosen: Region?
        var note: String?
    }

    /// Matches the whole text, using parts after a comma or in parentheses as province context.
    private func fullMatch(_ text: String) -> (label: String, match: Match) {
        let parts = Self.splitContext(text)
        guard let head = parts.first else { return ("", Match()) }
        var m = match(head)
        guard parts.count > 1, !(m.regions.isEmpty && m.chosen == nil) else { return (head, m) }
        var provinces: Set<String>?
        for part in parts.dropFirst() {
            guard let r = resolve(part) else { continue }
            provinces = (provinces ?? [r.region.provinceCode]).intersection([r.region.provinceCode])
        }
        guard let within = provinces else { return (head, m) }
        let pool = m.regions.isEmpty ? (m.chosen.map { [$0] } ?? []) : m.regions
        let kept = pool.filter { within.contains($0.provinceCode) }
        if let chosen = m.chosen, kept.contains(chosen) { return (head, m) }
        let context = parts.dropFirst().joined(separator: ", ")
        m = Match(regions: kept, chosen: kept.count == 1 ? kept[0] : nil, note: m.note)
        if kept.count < pool.count, !kept.isEmpty, pool.count > 1 {
            m.note = "‘\(head)’ is \(Self.list(pool)); ‘\(context)’ narrows it to \(Self.list(kept, joiner: "or"))"
        }
        return (head, m)
    }

    /// Matches one piece of text (no context): a code, or a name with an optional level word.
    private func match(_ text: String) -> Match {
        if let m = matchCode(text) { return m }
        let tokens = Self.tokens(text)
        guard !tokens.isEmpty else { return Match() }
        let (level, rest) = Self.splitLevel(tokens)
        guard !rest.isEmpty else { return Match() }
        let rawKey = rest.joined()
        let key = Self.nameAliases[rawKey] ?? rawKey
        switch level {
        case .province?:
            guard let p = provinceByKey[rawKey] ?? provinceByKey[key] else { return Match() }
            return Match(regions: [p], chosen: p)
        case let wanted?:
            let same = (wanted == .regency ? regenciesByKey : citiesByKey)[key] ?? []
            if !same.isEmpty { return Match(regions: same) }
            // The level word may be part of a name: "Kota Baru" for Kabupaten Kotabaru.
            let whole = tokens.joined()
            let label = Self.trimmed(text)
            let levelName = wanted == .regency ? "kabupaten" : "kota"
            let asName = names(Self.nameAliases[whole] ?? whole)
            if asName.count == 1 {
                return Match(regions: asName, chosen: asName[0],
                             note: "‘\(label)’ is no \(levelName); read as the name \(asName[0].name)")
            }
            if !asName.isEmpty { return Match(regions: asName) }
            // "Kota Garut" as people say it: only Kabupaten Garut exists.
            let other = (wanted == .regency ? citiesByKey : regenciesByKey)[key] ?? []
            guard other.count == 1 else { return Match(regions: other) }
            return Match(regions: other, chosen: other[0],
                         note: "‘\(label)’ is no \(levelName); resolved to \(other[0].name), the only region of that name")
        case nil:
            let named = names(key)
            guard let p = provinceByKey[rawKey] ?? provinceByKey[key] else { return Match(regions: named) }
            guard !named.isEmpty else { return Match(regions: [p], chosen: p) }
            let label = Self.trimmed(text)
            let note = "‘\(label)’ names the province \(p.name) and also \(Self.list(named, joiner: "and"));"
                + " resolved to the province (write ‘Kota …’ or ‘Kabupaten …’ for the other)"
            return Match(regions: [p] + named, chosen: p, note: note)
        }
    }

    /// Kabupaten and kota whose base name has this key.
    private func names(_ key: String) -> [Region] {
        (regenciesByKey[key] ?? []) + (citiesByKey[key] ?? [])
    }

    /// Matches text made only of digits and dots as a code; nil when the text is not code-like.
    private func matchCode(_ text: String) -> Match? {
        let t = Self.trimmed(text)
        guard !t.isEmpty, t.allSatisfy({ $0 == "." || ("0"..."9").contains($0) }), t.contains(where: { $0 != "." })
        else { return nil }
        var parts: [Substring]
        if t.contains(".") {
            parts = t.split(separator: ".", omittingEmptySubsequences: false)
        } else {
            let d = Array(t)
            switch d.count {
            case 2: parts = [t[...]]
            case 4, 6, 10:
                parts = []
                var i = t.startIndex
                for width in [2, 2, 2, 4] where i < t.endIndex {
                    let j = t.index(i, offsetBy: width, limitedBy: t.endIndex) ?? t.endIndex
                    parts.append(t[i..<j])
                    i = j
                }
            default: return Match()
            }
        }
        let widths = parts.map(\.count)
        guard [[2], [2, 2], [2, 2, 2], [2, 2, 2, 4]].contains(widths) else { return Match() }
        let code = parts.prefix(2).joined(separator: ".")
        guard let region = byCode[code] else { return Match() }
        var m = Match(regions: [region], chosen: region)
        if parts.count > 2 {
            let kind = parts.count == 3 ? "kecamatan" : "desa/kelurahan"
            m.note = "‘\(t)’ is a \(kind) code; resolved to its kabupaten/kota \(region.name)"
                + " (finer levels are not in the reference table)"
        }
        return m
    }

    // MARK: - Text handling

    /// Lower-cased words of letters and digits, with common abbreviations inside names expanded.
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { wordAliases[$0] ?? $0 }
    }

    /// The lookup key of a name: its words run together ("Bau-Bau" and "Baubau" → `baubau`).
    static func key(_ text: String) -> String { tokens(text).joined() }

    /// A kabupaten/kota name without its level words: "Kota Administrasi Jakarta Pusat" → "Jakarta Pusat".
    static func baseName(_ name: String) -> String {
        for prefix in ["Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "] where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    /// Splits off a level word at the start ("kab", "kota", "provinsi") or an English one at the end ("regency").
    static func splitLevel(_ tokens: [String]) -> (RegionLevel?, [String]) {
        var rest = tokens[...]
        var level: RegionLevel?
        if let first = rest.first, let l = levelWords[first] {
            level = l
            rest = rest.dropFirst()
        } else if rest.count > 2, rest[rest.startIndex] == "city", rest[rest.startIndex + 1] == "of" {
            level = .city
            rest = rest.dropFirst(2)
        } else if rest.count > 1, let last = rest.last, let l = englishLevelWords[last] {
            level = l
            rest = rest.dropLast()
        }
        if level == .regency || level == .city, let next = rest.first, ["adm", "administrasi", "administratif"].contains(next) {
            rest = rest.dropFirst()
        }
        return (level, Array(rest))
    }

    /// The pieces of text separated by commas or parentheses, trimmed, without empty ones.
    static func splitContext(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == "(" || $0 == ")" })
            .map { trimmed(String($0)) }
            .filter { !$0.isEmpty }
    }

    /// The text without leading and trailing white space, inner runs of white space made one space.
    static func trimmed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// "both A and B" for two regions, "A, B and C" for more; `joiner` replaces "and" (without "both").
    private static func list(_ regions: [Region], joiner: String? = nil) -> String {
        let names = regions.map(\.name)
        guard let last = names.last else { return "" }
        if names.count == 1 { return last }
        let head = names.dropLast().joined(separator: ", ")
        if let joiner { return "\(head) \(joiner) \(last)" }
        return names.count == 2 ? "both \(head) and \(last)" : "any of \(head) and \(last)"
    }

    // MARK: - Tables

    /// Level words at the start of a text.
    private static let levelWords: [String: RegionLevel] = [
        "provinsi": .province, "propinsi": .province, "prov": .province, "prop": .province,
        "kabupaten": .regency, "kab": .regency, "kabupatan": .regency,
        "kota": .city, "kodya": .city, "kotamadya": .city, "kotamadia": .city,
    ]

    /// English level words at the end of a text ("Bandung Regency", "West Java Province").
    private static let englishLevelWords: [String: RegionLevel] = [
        "province": .province, "regency": .regency, "city": .city,
    ]

    /// Word-level spellings normalised everywhere: "Sumatra" → "Sumatera", "Kep." → "Kepulauan", "Jkt" → "Jakarta".
    private static let wordAliases: [String: String] = [
        "sumatra": "sumatera", "kep": "kepulauan", "kepl": "kepulauan", "jkt": "jakarta",
    ]

    /// Province names and abbreviations as people write them, by province code (keys are normalised on use).
    ///
    /// The official Kemendagri name of each province is indexed as well and is not repeated here.
    private static let provinceAliases: [String: [String]] = [
        "11": ["NAD", "Nanggroe Aceh Darussalam", "Aceh Darussalam"],
        "12": ["Sumut", "North Sumatra"],
        "13": ["Sumbar", "West Sumatra"],
        "14": [],
        "15": [],
        "16": ["Sumsel", "South Sumatra"],
        "17": [],
        "18": [],
        "19": ["Babel", "Kep. Babel", "Bangka Belitung", "Bangka Belitung Islands"],
        "21": ["Kepri", "Riau Islands"],
        // Jakarta became "Daerah Khusus Jakarta" (UU 2/2024); data and people still say DKI.
        "31": ["DKI", "DKI Jakarta", "Jakarta", "DK Jakarta", "Daerah Khusus Jakarta", "Jakarta Raya",
               "DKI Jakarta Raya"],
        "32": ["Jabar", "West Java"],
        "33": ["Jateng", "Central Java"],
        // "Yogyakarta" and "Jogja" alone mean the province here; "Kota Yogyakarta"/"Kota Jogja" the city.
        "34": ["DIY", "DI Yogyakarta", "D.I. Yogyakarta", "Yogyakarta", "Jogja", "Yogya", "Jogjakarta",
               "DI Jogja", "Special Region of Yogyakarta"],
        "35": ["Jatim", "East Java"],
        "36": [],
        "51": [],
        "52": ["NTB", "West Nusa Tenggara"],
        "53": ["NTT", "East Nusa Tenggara"],
        "61": ["Kalbar", "West Kalimantan"],
        "62": ["Kalteng", "Central Kalimantan"],
        "63": ["Kalsel", "South Kalimantan"],
        "64": ["Kaltim", "East Kalimantan"],
        "65": ["Kaltara", "North Kalimantan"],
        "71": ["Sulut", "North Sulawesi"],
        "72": ["Sulteng", "Central Sulawesi"],
        "73": ["Sulsel", "South Sulawesi"],
        "74": ["Sultra", "Southeast Sulawesi"],
        "75": [],
        "76": ["Sulbar", "West Sulawesi"],
        "81": [],
        "82": ["Malut", "North Maluku"],
        "91": [],
        // "Papbar" is rarer than "Pabar" but seen; both are unambiguous.
        "92": ["Pabar", "Papbar", "West Papua"],
        "93": ["Papsel", "South Papua"],
        "94": ["Papteng", "Central Papua"],
        // "Pegunungan" alone is how the brief writes it; "Papeg" is a less settled short form (doubtful).
        "95": ["Pegunungan", "Papeg", "Highland Papua"],
        "96": ["PBD", "Papua Barat Daya", "Southwest Papua"],
    ]

    /// Kabupaten/kota nicknames and alternative spellings, as keys of normalised base names.
    ///
    /// "Jakpus" and the like are everyday Jakarta usage; the Kalimantan, Sumatra and Sulawesi
    /// short forms are those used by local media and governments.
    private static let nameAliases: [String: String] = [
        "jakpus": "jakartapusat", "jakut": "jakartautara", "jakbar": "jakartabarat",
        "jaksel": "jakartaselatan", "jaktim": "jakartatimur",
        "pulauseribu": "kepulauanseribu", "seribu": "kepulauanseribu",
        "jogja": "yogyakarta", "yogya": "yogyakarta", "jogjakarta": "yogyakarta",
        "solo": "surakarta", "tangsel": "tangerangselatan", "siantar": "pematangsiantar",
        "padangsidempuan": "padangsidimpuan", "sidempuan": "padangsidimpuan",
        "sitaro": "kepulauansiautagulandangbiaro", "bolmong": "bolaangmongondow",
        "50kota": "limapuluhkota",
        "kukar": "kutaikartanegara", "kutim": "kutaitimur", "kubar": "kutaibarat",
        "ppu": "penajampaserutara", "kotim": "kotawaringintimur", "kobar": "kotawaringinbarat",
        "oku": "ogankomeringulu", "oki": "ogankomeringilir", "muba": "musibanyuasin",
        "sidrap": "sidenrengrappang", "pangkep": "pangkajenedankepulauan",
        "madina": "mandailingnatal", "sergai": "serdangbedagai", "humbahas": "humbanghasundutan",
        "tapsel": "tapanuliselatan", "tapteng": "tapanulitengah", "taput": "tapanuliutara",
        // Town names people write for the regency they sit in, and a common split spelling.
        "timika": "mimika", "wamena": "jayawijaya",
    ]
}
