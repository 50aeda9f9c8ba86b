import JagaCore
import Testing

/// Tests of the local-time rule: a region's province zone, else the timestamp's own Indonesian offset, else WIB.
@Suite("ZoneChoice")
struct ZoneChoiceTests {
    let r = RegionResolver.shared

    func ts(_ text: String) throws -> Timestamp { try #require(Timestamp(rfc3339: text)) }

    @Test("zone offsets")
    func offsets() {
        #expect(IndonesianTimeZone.wib.offsetSeconds == 25200)
        #expect(IndonesianTimeZone.wita.offsetSeconds == 28800)
        #expect(IndonesianTimeZone.wit.offsetSeconds == 32400)
        #expect(IndonesianTimeZone(offsetSeconds: 25200) == .wib)
        #expect(IndonesianTimeZone(offsetSeconds: 28800) == .wita)
        #expect(IndonesianTimeZone(offsetSeconds: 32400) == .wit)
        #expect(IndonesianTimeZone(offsetSeconds: 0) == nil)
        #expect(IndonesianTimeZone(offsetSeconds: 19800) == nil)
        #expect(IndonesianTimeZone(offsetSeconds: -25200) == nil)
        #expect(IndonesianTimeZone.wita.rawValue == "WITA")
        #expect(IndonesianTimeZone.wit.offsetText == "+09:00")
    }

    @Test("23:30 WIB on 23 Nov is still 23 Nov in Jawa Barat but 24 Nov 00:30 in Sulawesi Selatan")
    func pilkadaExample() throws {
        let t = try ts("2024-11-23T23:30+07:00")
        let jabar = try #require(r.resolve("Jawa Barat")?.region)
        let west = ZoneChoice.choose(region: jabar, timestamp: t)
        #expect(west.zone == .wib)
        #expect(west.reason == "region Jawa Barat is in WIB")
        #expect(west.localTime(t).civil.day == 23)
        #expect(west.localTime(t).description == "2024-11-23T23:30:00+07:00")

        let sulsel = try #require(r.resolve("Sulsel")?.region)
        let central = ZoneChoice.choose(region: sulsel, timestamp: t)
        #expect(central.zone == .wita)
        #expect(central.reason == "region Sulawesi Selatan is in WITA")
        let local = central.localTime(t)
        #expect(local.description == "2024-11-24T00:30:00+08:00")
        #expect(local.civil.day == 24)
        #expect(local == t)  // the same instant
    }

    @Test("a kabupaten/kota is judged in its province's zone, whatever offset the timestamp has")
    func regencyZone() throws {
        let t = try ts("2024-11-26T10:00:00Z")
        let makassar = try #require(r.resolve("Makassar")?.region)
        let c = ZoneChoice.choose(region: makassar, timestamp: t)
        #expect(c.zone == .wita)
        #expect(c.reason == "region Kota Makassar (Sulawesi Selatan) is in WITA")
        #expect(c.localTime(t).description == "2024-11-26T18:00:00+08:00")
        let jayapura = try #require(r.region(code: "91.71"))
        #expect(ZoneChoice.choose(region: jayapura, timestamp: t).zone == .wit)
        let jakpus = try #require(r.resolve("Jakpus")?.region)
        #expect(ZoneChoice.choose(region: jakpus, timestamp: try ts("2024-11-26T10:00:00+09:00")).zone == .wib)
    }

    @Test("no region and +08:00: judged in WITA")
    func noRegionWITA() throws {
        let t = try ts("2024-11-25T19:03:00+08:00")
        let c = ZoneChoice.choose(region: nil, timestamp: t)
        #expect(c.zone == .wita)
        #expect(c.reason == "no region; timestamp written in +08:00 (WITA)")
        #expect(c.localTime(t).description == "2024-11-25T19:03:00+08:00")
        #expect(ZoneChoice.choose(region: nil, timestamp: try ts("2024-11-25T19:03:00+07:00")).zone == .wib)
        #expect(ZoneChoice.choose(region: nil, timestamp: try ts("2024-11-25T19:03:00+09:00")).reason
            == "no region; timestamp written in +09:00 (WIT)")
    }

    @Test("no region and Z: judged in WIB")
    func noRegionZ() throws {
        let t = try ts("2024-11-23T17:30:00Z")
        let c = ZoneChoice.choose(region: nil, timestamp: t)
        #expect(c.zone == .wib)
        #expect(c.reason == "no region; timestamp offset Z is not an Indonesian zone, judged in WIB")
        #expect(c.localTime(t).description == "2024-11-24T00:30:00+07:00")
    }

    @Test("no region and +05:30 or a negative offset: judged in WIB")
    func noRegionOtherOffsets() throws {
        let t = try ts("2024-11-24T04:00:00+05:30")
        let c = ZoneChoice.choose(region: nil, timestamp: t)
        #expect(c.zone == .wib)
        #expect(c.reason == "no region; timestamp offset +05:30 is not an Indonesian zone, judged in WIB")
        #expect(c.localTime(t).description == "2024-11-24T05:30:00+07:00")
        let west = ZoneChoice.choose(region: nil, timestamp: try ts("2024-11-24T04:00:00-03:00"))
        #expect(west.zone == .wib)
        #expect(west.reason == "no region; timestamp offset -03:00 is not an Indonesian zone, judged in WIB")
    }
}

/// Dates and times written digit by digit, as the padding functions wrote them.
@Suite struct CivilTimeStringTests {
    @Test func datesAndTimes() {
        #expect(CivilTime(epochSeconds: 1_732_681_800).dateString == "2024-11-27")
        #expect(CivilTime(epochSeconds: 1_732_681_800).timeString == "04:30:00")
        #expect(CivilTime(epochSeconds: 0).dateString == "1970-01-01")
        #expect(CivilTime.dateString(year: 5, month: 3, day: 9) == "0005-03-09")
        #expect(CivilTime.dateString(year: 12345, month: 12, day: 31) == "12345-12-31")
        #expect(CivilTime.dateString(year: -5, month: 1, day: 1) == "00-5-01-01")
    }
}
