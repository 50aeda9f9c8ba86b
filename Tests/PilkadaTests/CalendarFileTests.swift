import Foundation
import Testing
import JagaSDK
import JagaCalendar

/// Tests of the calendar file reader and of the built-in Pilkada 2024 calendar.
@Suite struct CalendarFileTests {
    /// The day written as `YYYY-MM-DD`, which must be valid.
    static func day(_ iso: String) throws -> LocalDay { try #require(LocalDay(iso: iso)) }

    /// The instant written in RFC 3339, which must be valid.
    static func instant(_ text: String) throws -> Timestamp { try #require(Timestamp(rfc3339: text)) }

    /// The error parsing `yaml` as `test.yaml` throws, or nil when it parses.
    static func parseError(_ yaml: String) -> CalendarFileError? {
        do {
            _ = try CalendarFile.parse(yaml: yaml, file: "test.yaml")
            return nil
        } catch {
            return error
        }
    }

    /// A small valid calendar the error tests vary.
    static let small = """
        id: test-calendar
        name: Test
        periods:
          - name: campaign
            from: 2024-09-25
            to: 2024-11-23
        """

    // MARK: - The built-in calendar

    @Test func builtinCalendarParses() throws {
        // Parsing the text directly surfaces an error instead of the silent fallback `builtin` uses.
        let parsed = try CalendarFile.parse(yaml: CalendarFile.builtinText, file: "pilkada-2024.yaml")
        #expect(parsed.id == "pilkada-2024")
        let cal = CalendarFile.builtin
        #expect(cal.id == "pilkada-2024")
        #expect(cal == ElectionCalendar.pilkada2024)
        #expect(cal.periodList.map(\.name) == ["before-campaign", "campaign", "media-ads", "masa-tenang", "voting-day", "counting", "after-voting"])
        #expect(!cal.sources.isEmpty)
    }

    @Test func builtinPeriods() throws {
        let cal = CalendarFile.builtin
        let before = try #require(cal.period(named: "before-campaign"))
        #expect(before.from == nil)
        #expect(before.to == (try Self.day("2024-09-24")))
        let campaign = try #require(cal.period(named: "campaign"))
        #expect(campaign.from == (try Self.day("2024-09-25")))
        #expect(campaign.to == (try Self.day("2024-11-23")))
        let ads = try #require(cal.period(named: "media-ads"))
        #expect(ads.from == (try Self.day("2024-11-10")))
        #expect(ads.to == (try Self.day("2024-11-23")))
        let tenang = try #require(cal.period(named: "masa-tenang"))
        #expect(tenang.from == (try Self.day("2024-11-24")))
        #expect(tenang.to == (try Self.day("2024-11-26")))
        let voting = try #require(cal.period(named: "voting-day"))
        #expect(voting.from == (try Self.day("2024-11-27")))
        #expect(voting.to == (try Self.day("2024-11-27")))
        let counting = try #require(cal.period(named: "counting"))
        #expect(counting.from == (try Self.day("2024-11-27")))
        #expect(counting.to == (try Self.day("2024-12-16")))
        let after = try #require(cal.period(named: "after-voting"))
        #expect(after.from == (try Self.day("2024-11-28")))
        #expect(after.to == nil)
        // Windows are inclusive local days.
        #expect(tenang.window.contains(try Self.day("2024-11-24")))
        #expect(tenang.window.contains(try Self.day("2024-11-26")))
        #expect(!tenang.window.contains(try Self.day("2024-11-23")))
        #expect(!tenang.window.contains(try Self.day("2024-11-27")))
        #expect(cal.window(named: "masa-tenang") == tenang.window)
        #expect(cal.periods["campaign"] == campaign.window)
    }

    @Test func builtinMoments() throws {
        let cal = CalendarFile.builtin
        let open = try #require(cal.moment(named: "polls-open"))
        #expect(open.when == .local(day: try Self.day("2024-11-27"), minutes: 7 * 60))
        let close = try #require(cal.moment(named: "polls-close"))
        #expect(close.when == .local(day: try Self.day("2024-11-27"), minutes: 13 * 60))
        #expect(close.description == "2024-11-27 13:00 local")
        let release = try #require(cal.moment(named: "quick-count-release"))
        guard case .instant(let t) = release.when else {
            Issue.record("quick-count-release should be an instant, found \(release.when)")
            return
        }
        #expect(t.seconds == (try Self.instant("2024-11-27T15:00:00+07:00")).seconds)
        #expect(t.seconds == (try Self.instant("2024-11-27T08:00:00Z")).seconds)
        #expect(release.description == "2024-11-27 15:00 +07:00")
    }

    // MARK: - Moments

    @Test func localMomentIsJudgedInTheRegionsZone() throws {
        let close = try #require(CalendarFile.builtin.moment(named: "polls-close"))
        let wib = IndonesianTimeZone.wib.offsetSeconds, wita = IndonesianTimeZone.wita.offsetSeconds, wit = IndonesianTimeZone.wit.offsetSeconds
        // 12:30 WIB: polls in WIB close later; in WITA it is 13:30 there, already closed.
        let t = try Self.instant("2024-11-27T12:30:00+07:00")
        #expect(close.isAfter(t, localOffset: wib))
        #expect(!close.isAfter(t, localOffset: wita))
        #expect(!close.isAfter(t, localOffset: wit))
        // 11:30 WIB is 12:30 WITA and 13:30 WIT.
        let u = try Self.instant("2024-11-27T11:30:00+07:00")
        #expect(close.isAfter(u, localOffset: wita))
        #expect(!close.isAfter(u, localOffset: wit))
        // Strictly after: at 13:00 local the moment is not after.
        #expect(!close.isAfter(try Self.instant("2024-11-27T13:00:00+07:00"), localOffset: wib))
        #expect(close.isAfter(try Self.instant("2024-11-27T12:59:00+07:00"), localOffset: wib))
    }

    @Test func instantMomentIsTheSameEverywhere() throws {
        let release = try #require(CalendarFile.builtin.moment(named: "quick-count-release"))
        for offset in IndonesianTimeZone.allCases.map(\.offsetSeconds) {
            #expect(release.isAfter(try Self.instant("2024-11-27T14:59:00+07:00"), localOffset: offset))
            #expect(release.isAfter(try Self.instant("2024-11-27T15:59:00+08:00"), localOffset: offset))
            #expect(!release.isAfter(try Self.instant("2024-11-27T15:00:00+07:00"), localOffset: offset))
            #expect(!release.isAfter(try Self.instant("2024-11-27T16:30:00+08:00"), localOffset: offset))
            #expect(!release.isAfter(try Self.instant("2024-11-27T17:05:00+09:00"), localOffset: offset))
        }
    }

    // MARK: - Parsing

    @Test func smallCalendarParses() throws {
        let cal = try CalendarFile.parse(yaml: Self.small, file: "test.yaml")
        #expect(cal.id == "test-calendar")
        #expect(cal.name == "Test")
        #expect(cal.origin == "test.yaml")
        #expect(cal.moments.isEmpty)
        #expect(cal.period(named: "campaign")?.from == (try Self.day("2024-09-25")))
    }

    @Test func unknownKeySuggestsTheNearest() throws {
        let e = try #require(Self.parseError("""
            id: t
            name: T
            periods:
              - name: campaign
                form: 2024-09-25
            """))
        #expect(e.file == "test.yaml")
        #expect(e.line == 5)
        #expect(e.column == 5)
        #expect(e.path == "periods[0].form")
        #expect(e.message.contains("unknown key 'form'"))
        #expect(e.message.contains("did you mean 'from'"))
        #expect(e.description.hasPrefix("test.yaml:5:5: periods[0].form: "))
    }

    @Test func unknownTopLevelKey() throws {
        let e = try #require(Self.parseError("id: t\nnaem: T\nperiods: []\n"))
        #expect(e.line == 2)
        #expect(e.column == 1)
        #expect(e.path == "naem")
        #expect(e.message.contains("did you mean 'name'"))
    }

    @Test func badDate() throws {
        let e = try #require(Self.parseError("""
            id: t
            name: T
            periods:
              - name: campaign
                from: 2024-13-01
            """))
        #expect(e.line == 5)
        #expect(e.column == 11)
        #expect(e.path == "periods[0].from")
        #expect(e.message.contains("2024-13-01"))
        #expect(e.message.contains("not a date"))
    }

    @Test func toBeforeFrom() throws {
        let e = try #require(Self.parseError("""
            id: t
            name: T
            periods:
              - name: campaign
                from: 2024-11-23
                to: 2024-09-25
            """))
        #expect(e.line == 6)
        #expect(e.column == 9)
        #expect(e.path == "periods[0].to")
        #expect(e.message.contains("before"))
    }

    @Test func momentWithBothAtAndLocal() throws {
        let e = try #require(Self.parseError(Self.small + """

            moments:
              - name: polls-close
                at: 2024-11-27T13:00:00+07:00
                local: 2024-11-27 13:00
            """))
        #expect(e.line == 8)
        #expect(e.column != nil)
        #expect(e.path == "moments[0]")
        #expect(e.message.contains("either at: or local:, not both"))
    }

    @Test func momentWithNeitherAtNorLocal() throws {
        let e = try #require(Self.parseError(Self.small + """

            moments:
              - name: polls-close
                label: TPS tutup
            """))
        #expect(e.line == 8)
        #expect(e.column != nil)
        #expect(e.path == "moments[0]")
        #expect(e.message.contains("needs at:"))
    }

    @Test func badMomentTimes() throws {
        let noOffset = try #require(Self.parseError(Self.small + "\nmoments:\n  - name: release\n    at: 2024-11-27 15:00\n"))
        #expect(noOffset.path == "moments[0].at")
        #expect(noOffset.line == 9)
        #expect(noOffset.message.contains("offset"))
        let badLocal = try #require(Self.parseError(Self.small + "\nmoments:\n  - name: close\n    local: 2024-11-27 25:00\n"))
        #expect(badLocal.path == "moments[0].local")
        #expect(badLocal.line == 9)
        #expect(badLocal.message.contains("YYYY-MM-DD HH:MM"))
    }

    @Test func duplicateNames() throws {
        let twice = try #require(Self.parseError(Self.small + "\n  - name: campaign\n    from: 2024-12-01\n"))
        #expect(twice.line == 7)
        #expect(twice.path == "periods[1].name")
        #expect(twice.message.contains("'campaign' is already the name of periods[0]"))
        // A moment may not reuse a period's name either.
        let moment = try #require(Self.parseError(Self.small + "\nmoments:\n  - name: campaign\n    local: 2024-11-27 13:00\n"))
        #expect(moment.line == 8)
        #expect(moment.path == "moments[0].name")
        #expect(moment.message.contains("already the name of periods[0]"))
    }

    @Test func emptyFile() throws {
        for text in ["", "\n", "# only a comment\n"] {
            let e = try #require(Self.parseError(text))
            #expect(e.file == "test.yaml")
            #expect(e.line == 1)
            #expect(e.column == 1)
            #expect(e.message.contains("empty"))
        }
    }

    @Test func missingRequiredKey() throws {
        let e = try #require(Self.parseError("id: t\nperiods: []\n"))
        #expect(e.path == "name")
        #expect(e.message.contains("missing key 'name'"))
    }

    @Test func yamlSyntaxError() throws {
        let e = try #require(Self.parseError("id: t\nname: [unclosed\nperiods:\n  - name: x\n"))
        #expect(e.file == "test.yaml")
        #expect(e.line != nil)
        #expect(e.column != nil)
        #expect(e.message.contains("YAML"))
        let tab = try #require(Self.parseError("id: t\nname: T\nperiods:\n\t- name: x\n"))
        #expect(tab.line == 4)
        #expect(tab.message.contains("YAML"))
    }

    // MARK: - Loading files

    @Test func loadsAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jaga-calendar-\(UUID().uuidString).yaml").path
        try (Self.small + "\nmoments:\n  - name: quick-count-release\n    at: 2024-11-27T15:00:00+07:00\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let cal = try CalendarFile.load(path: path)
        #expect(cal.id == "test-calendar")
        #expect(cal.origin == path)
        #expect(cal.moment(named: "quick-count-release") != nil)
    }

    @Test func errorsInALoadedFileNameIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jaga-calendar-\(UUID().uuidString).yaml").path
        try "id: t\nname: T\nperiods:\n  - name: campaign\n    from: 2024-02-30\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try CalendarFile.load(path: path)
            Issue.record("an impossible date should not load")
        } catch {
            #expect(error.file == path)
            #expect(error.line == 5)
            #expect(error.description.hasPrefix("\(path):5:"))
        }
    }

    @Test func missingFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jaga-no-such-calendar-\(UUID().uuidString).yaml").path
        do {
            _ = try CalendarFile.load(path: path)
            Issue.record("a missing file should not load")
        } catch {
            #expect(error.file == path)
            #expect(error.description.contains(path))
            #expect(error.message.contains("cannot read"))
        }
    }
}
