import JagaCore
import Testing

/// Tests of the generated region table and of `RegionResolver` on region names as people write them.
@Suite("RegionResolver")
struct RegionResolverTests {
    let r = RegionResolver.shared

    /// The resolved code of a text, or nil.
    func code(_ text: String) -> String? { r.resolve(text)?.region.code }

    @Test("the table has 38 provinces and 514 kabupaten/kota (416 + 98)")
    func counts() {
        #expect(r.all.count == 552)
        #expect(r.all.filter { $0.level == .province }.count == 38)
        #expect(r.all.filter { $0.level == .regency }.count == 416)
        #expect(r.all.filter { $0.level == .city }.count == 98)
        #expect(Set(r.all.map(\.code)).count == 552)
    }

    @Test("province zones: WIB 18, WITA 12, WIT 8; every region carries its province's zone")
    func zones() {
        let provinces = r.all.filter { $0.level == .province }
        #expect(provinces.filter { $0.timeZone == .wib }.count == 18)
        #expect(provinces.filter { $0.timeZone == .wita }.count == 12)
        #expect(provinces.filter { $0.timeZone == .wit }.count == 8)
        for region in r.all {
            #expect(region.timeZone == r.region(code: region.provinceCode)?.timeZone, "\(region.name)")
            #expect(region.code.hasPrefix(region.provinceCode))
        }
        #expect(r.region(code: "32")?.timeZone == .wib)
        #expect(r.region(code: "62")?.timeZone == .wib)  // Kalimantan Tengah
        #expect(r.region(code: "63")?.timeZone == .wita)  // Kalimantan Selatan
        #expect(r.region(code: "51")?.timeZone == .wita)  // Bali
        #expect(r.region(code: "82")?.timeZone == .wit)  // Maluku Utara
        #expect(r.region(code: "96")?.timeZone == .wit)  // Papua Barat Daya
    }

    @Test("regions by code, with levels and province names")
    func regionByCode() throws {
        let bandung = try #require(r.region(code: "32.73"))
        #expect(bandung.name == "Kota Bandung")
        #expect(bandung.level == .city)
        #expect(bandung.provinceCode == "32")
        #expect(bandung.province == "Jawa Barat")
        #expect(r.region(code: "32")?.province == "Jawa Barat")
        #expect(r.region(code: "32.04")?.name == "Kabupaten Bandung")
        #expect(r.region(code: "31.01")?.level == .regency)  // Kabupaten Administrasi Kepulauan Seribu
        #expect(r.region(code: "31.71")?.level == .city)  // Kota Administrasi Jakarta Pusat
        #expect(r.region(code: "31.71")?.name == "Kota Administrasi Jakarta Pusat")
        #expect(r.region(code: "3273") == nil)  // region(code:) takes the dotted form only
        #expect(r.region(code: "99") == nil)
    }

    @Test("province abbreviations and common names", arguments: [
        ("Jabar", "32"), ("Jateng", "33"), ("Jatim", "35"), ("Sulsel", "73"), ("Sulut", "71"),
        ("Sulteng", "72"), ("Sultra", "74"), ("Sulbar", "76"), ("Sumut", "12"), ("Sumbar", "13"),
        ("Sumsel", "16"), ("Kalbar", "61"), ("Kalteng", "62"), ("Kalsel", "63"), ("Kaltim", "64"),
        ("Kaltara", "65"), ("NTB", "52"), ("NTT", "53"), ("DKI", "31"), ("Jakarta", "31"),
        ("DKI Jakarta", "31"), ("D.K.I. Jakarta", "31"), ("DIY", "34"), ("DI Yogyakarta", "34"),
        ("D.I. Yogyakarta", "34"), ("Jogja", "34"), ("Yogya", "34"), ("Yogyakarta", "34"),
        ("Babel", "19"), ("Kep. Bangka Belitung", "19"), ("Kepri", "21"), ("Kep. Riau", "21"),
        ("Malut", "82"), ("Pabar", "92"), ("Papua Barat Daya", "96"), ("PBD", "96"),
        ("Papteng", "94"), ("Pegunungan", "95"), ("Papua Pegunungan", "95"), ("Papsel", "93"),
        ("Aceh", "11"), ("NAD", "11"), ("Bali", "51"), ("Banten", "36"), ("Papua", "91"),
        ("Maluku", "81"), ("Riau", "14"), ("Lampung", "18"), ("Bengkulu", "17"), ("Jambi", "15"),
        ("Gorontalo", "75"), ("Jawa Barat", "32"), ("Sumatra Utara", "12"), ("North Sumatra", "12"),
        ("West Java", "32"), ("Provinsi Jawa Barat", "32"), ("Prov. Jabar", "32"),
        ("Daerah Khusus Ibukota Jakarta", "31"), ("Daerah Istimewa Yogyakarta", "34"),
    ])
    func provinceAbbreviations(text: String, expected: String) {
        let res = r.resolve(text)
        #expect(res?.region.code == expected, "\(text)")
        #expect(res?.region.level == .province)
    }

    @Test("every province resolves from its official name and code")
    func everyProvince() {
        for p in r.all where p.level == .province {
            #expect(code(p.name) == p.code)
            #expect(code(p.code) == p.code)
        }
    }

    @Test("every kabupaten/kota resolves from its official name, its code, and its undotted code")
    func everyRegency() {
        for k in r.all where k.level != .province {
            #expect(code(k.name) == k.code, "\(k.name)")
            #expect(r.resolve(k.name)?.note == nil)
            #expect(code(k.code) == k.code)
            #expect(code(String(k.code.filter { $0 != "." })) == k.code)
        }
    }

    @Test("kabupaten and kota as people write them", arguments: [
        ("Kab. Bandung", "32.04"), ("kab bandung", "32.04"), ("Kabupaten Bandung", "32.04"),
        ("KAB.BANDUNG", "32.04"), ("  kabupaten   bandung  ", "32.04"), ("Bandung Regency", "32.04"),
        ("Kota Bandung", "32.73"), ("kota bandung", "32.73"), ("Kota Bandung!", "32.73"),
        ("Bandung City", "32.73"), ("City of Bandung", "32.73"), ("Kab. Bandung Barat", "32.17"),
        ("kota makassar", "73.71"), ("Makassar", "73.71"), ("MAKASSAR", "73.71"),
        ("Kota Adm. Jakarta Pusat", "31.71"), ("Kota Administrasi Jakarta Pusat", "31.71"),
        ("Jakarta Pusat", "31.71"), ("Jakpus", "31.71"), ("Jaksel", "31.74"), ("Jkt Utara", "31.72"),
        ("Kepulauan Seribu", "31.01"), ("Kep. Seribu", "31.01"), ("Kab. Adm. Kepulauan Seribu", "31.01"),
        ("Kota Jogja", "34.71"), ("Kota Yogyakarta", "34.71"), ("Solo", "33.72"), ("Surakarta", "33.72"),
        ("Tangsel", "36.74"), ("Bau-Bau", "74.72"), ("Baubau", "74.72"), ("Tanjungpinang", "21.72"),
        ("Pematang Siantar", "12.72"), ("Toli Toli", "72.04"), ("Kep. Siau Tagulandang Biaro", "71.09"),
        ("Sitaro", "71.09"), ("Kukar", "64.02"), ("Medan", "12.71"), ("Kodya Medan", "12.71"),
        ("Kota Jambi", "15.71"), ("Kota Bengkulu", "17.71"), ("Kab. Gorontalo", "75.01"),
        ("Kota Banjar", "32.79"), ("Kab. Banjar", "63.03"), ("Kota Kotamobagu", "71.74"),
    ])
    func regencies(text: String, expected: String) {
        #expect(code(text) == expected, "\(text)")
    }

    @Test("codes with and without dots; a bare two-digit code is a province")
    func codes() throws {
        #expect(code("32.73") == "32.73")
        #expect(code("3273") == "32.73")
        #expect(code(" 32.73 ") == "32.73")
        #expect(code("32") == "32")
        #expect(code("73") == "73")
        #expect(r.resolve("73")?.region.name == "Sulawesi Selatan")
        #expect(r.resolve("3273")?.note == nil)
        let kecamatan = try #require(r.resolve("32.73.01"))
        #expect(kecamatan.region.code == "32.73")
        #expect(kecamatan.note?.contains("kecamatan") == true)
        #expect(code("3273011001") == "32.73")
        #expect(code("99") == nil)
        #expect(code("32.99") == nil)
        #expect(code("3") == nil)
        #expect(code("327") == nil)
        #expect(code("2024") == nil)
        #expect(code("3.273") == nil)
        #expect(code("..") == nil)
    }

    @Test("Bandung is two regions in one province: resolves to the province with a note")
    func ambiguousSameProvince() throws {
        let res = try #require(r.resolve("Bandung"))
        #expect(res.region.code == "32")
        #expect(res.note == "‘Bandung’ is both Kabupaten Bandung and Kota Bandung; resolved to the province Jawa Barat, the most specific unambiguous level")
        #expect(res.candidates.map(\.code) == ["32.04", "32.73"])
        #expect(r.resolve("  bandung ")?.region.code == "32")
        for name in ["Bogor", "Bekasi", "Malang", "Semarang", "Tangerang", "Kupang", "Sorong", "Jayapura"] {
            let res = r.resolve(name)
            #expect(res?.region.level == .province, "\(name)")
            #expect(res?.candidates.count == 2)
            #expect(res?.note?.contains("most specific unambiguous level") == true)
        }
        #expect(r.resolve("Kota Bandung")?.candidates == [])
    }

    @Test("Banjar is in two provinces: no resolution, but candidates explain why")
    func ambiguousAcrossProvinces() throws {
        #expect(r.resolve("Banjar") == nil)
        #expect(r.candidates(for: "Banjar").map(\.code) == ["63.03", "32.79"])
        let narrowed = try #require(r.resolve("Banjar, Kalsel"))
        #expect(narrowed.region.code == "63.03")
        #expect(narrowed.note == "‘Banjar’ is both Kabupaten Banjar and Kota Banjar; ‘Kalsel’ narrows it to Kabupaten Banjar")
        #expect(code("Banjar (Jawa Barat)") == "32.79")
    }

    @Test("a province after a comma narrows or contradicts")
    func context() {
        #expect(code("Kota Bandung, Jawa Barat") == "32.73")
        #expect(code("Kota Bandung, Jawa Barat, Indonesia") == "32.73")
        #expect(code("Bandung, Jabar") == "32")
        #expect(code("Kota Bandung, Jawa Timur") == nil)
        #expect(code("Makassar, Sulsel") == "73.71")
    }

    @Test("a province name that is also a kabupaten/kota name means the province, with a note")
    func provinceWins() throws {
        let jambi = try #require(r.resolve("Jambi"))
        #expect(jambi.region.code == "15")
        #expect(jambi.note?.contains("Kota Jambi") == true)
        #expect(jambi.candidates.map(\.code) == ["15", "15.71"])
        let jogja = try #require(r.resolve("Jogja"))
        #expect(jogja.region.code == "34")
        #expect(jogja.note?.contains("Kota Yogyakarta") == true)
        #expect(r.resolve("Jabar")?.note == nil)
        #expect(r.resolve("Jabar")?.candidates == [])
        #expect(r.resolve("Gorontalo")?.candidates.count == 3)
    }

    @Test("a level word that does not fit: Kota Garut is Kabupaten Garut; Kota Baru is Kabupaten Kotabaru")
    func levelFallback() throws {
        let garut = try #require(r.resolve("Kota Garut"))
        #expect(garut.region.name == "Kabupaten Garut")
        #expect(garut.note == "‘Kota Garut’ is no kota; resolved to Kabupaten Garut, the only region of that name")
        let kotabaru = try #require(r.resolve("Kota Baru"))
        #expect(kotabaru.region.name == "Kabupaten Kotabaru")
        #expect(kotabaru.note == "‘Kota Baru’ is no kota; read as the name Kabupaten Kotabaru")
        #expect(r.resolve("Kotabaru")?.note == nil)
        #expect(r.resolve("Kab. Makassar")?.region.name == "Kota Makassar")
    }

    @Test("unknown text resolves to nil and has no candidates", arguments: [
        "", "   ", "Atlantis", "Kota", "Kabupaten", "Provinsi Bandung", "Kalimantan", "Jawa", ",", "()",
        "Indonesia", "Kota Atlantis, Jawa Barat",
    ])
    func unknown(text: String) {
        #expect(r.resolve(text) == nil)
        #expect(r.candidates(for: text).isEmpty)
    }

    @Test("candidates for plain names")
    func candidates() {
        #expect(r.candidates(for: "Jabar").map(\.code) == ["32"])
        #expect(r.candidates(for: "Makassar").map(\.code) == ["73.71"])
        #expect(r.candidates(for: "Bandung").map(\.code) == ["32.04", "32.73"])
    }
}
