import Foundation
import Testing

/// Tests that run the built `jaga` binary and check its output and exit codes.
@Suite(.serialized) struct BinaryTests {
    static let posts = """
        {"id":"a1","text":"Ada serangan fajar malam ini, amplop 100rb","created_at":"2024-11-26T21:00:00+08:00","author":"x1","platform":"tiktok","region":"Makassar","likes":5}
        {"id":"a2","text":"Tolak SERANGAN FAJAR! lapor Bawaslu","created_at":"2024-11-25T09:00:00+07:00","author":"x2","platform":"x","region":"Jabar","likes":12}
        {"id":"a3","text":"tidak ada yang aneh","created_at":"2024-11-20T09:00:00Z","author":"x3"}

        """

    func workspace() throws -> URL {
        let dir = try BinaryRunner.tempDir()
        try BinaryTests.posts.write(to: dir.appendingPathComponent("posts.jsonl"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func versionAndHelp() throws {
        let v = try BinaryRunner.run(["--version"])
        #expect(v.status == 0)
        #expect(v.stdout.contains("0.1.0"))
        let h = try BinaryRunner.run(["--help"])
        #expect(h.status == 0)
        #expect(h.stdout.contains("Exit codes"))
    }

    @Test func usageErrorExitsTwo() throws {
        let r = try BinaryRunner.run(["--no-such-flag"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no-such-flag"))
    }

    @Test func scriptRunsAndPasses() throws {
        let dir = try workspace()
        let script = """
            load posts "posts.jsonl"
            set n = (posts | where text has "serangan fajar" | count)
            echo "found $n"
            assert $n = 2
            mode csv
            posts | where region = "Sulawesi Selatan" | project id, region
            """
        try script.write(to: dir.appendingPathComponent("audit.jaga"), atomically: true, encoding: .utf8)
        let r = try BinaryRunner.run(["run", dir.appendingPathComponent("audit.jaga").path], env: ["JAGA_WORKSPACE": dir.appendingPathComponent(".jaga").path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("found 2\n"))
        #expect(r.stdout.hasSuffix("id,region\r\na1,Kota Makassar\r\n"))
    }

    @Test func failedAssertExitsThreeWithValues() throws {
        let dir = try workspace()
        try "load posts \"posts.jsonl\"\nassert (posts | count) = 5\necho \"not reached\"\n"
            .write(to: dir.appendingPathComponent("a.jaga"), atomically: true, encoding: .utf8)
        let r = try BinaryRunner.run(["run", dir.appendingPathComponent("a.jaga").path], env: ["JAGA_WORKSPACE": dir.path])
        #expect(r.status == 3)
        #expect(r.stderr.contains("a.jaga:2:8: assertion failed: (posts | count) = 5"))
        #expect(r.stderr.contains("(posts | count) = 3"))
        #expect(!r.stdout.contains("not reached"))
    }

    @Test func syntaxErrorExitsOneWithLocation() throws {
        let dir = try workspace()
        try "echo \"start\"\nposts | where likes >\n".write(to: dir.appendingPathComponent("bad.jaga"), atomically: true, encoding: .utf8)
        let r = try BinaryRunner.run(["run", dir.appendingPathComponent("bad.jaga").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.jaga:2:"))
        #expect(r.stderr.contains("^"))
        // The whole script is parsed before anything runs.
        #expect(!r.stdout.contains("start"))
    }

    @Test func setOverridesVariables() throws {
        let dir = try workspace()
        try "load posts \"posts.jsonl\"\nassert (posts | where region = $r | count) = $n\n"
            .write(to: dir.appendingPathComponent("p.jaga"), atomically: true, encoding: .utf8)
        let ok = try BinaryRunner.run(["run", dir.appendingPathComponent("p.jaga").path, "--set", "r=Jabar", "--set", "n=1"], env: ["JAGA_WORKSPACE": dir.path])
        #expect(ok.status == 0, "stderr: \(ok.stderr)")
        let bad = try BinaryRunner.run(["run", dir.appendingPathComponent("p.jaga").path, "--set", "r=Sulsel", "--set", "n=5"], env: ["JAGA_WORKSPACE": dir.path])
        #expect(bad.status == 3)
    }

    @Test func commandsFromDashCAndStdin() throws {
        let dir = try workspace()
        let c = try BinaryRunner.run(["-c", "load posts \"posts.jsonl\"; mode csv; posts | count"], cwd: dir, env: ["JAGA_WORKSPACE": dir.path])
        #expect(c.status == 0, "stderr: \(c.stderr)")
        #expect(c.stdout.hasSuffix("count\r\n3\r\n"))
        let s = try BinaryRunner.run([], stdin: "load posts \"posts.jsonl\"\nmode csv\nposts | count by platform\n", cwd: dir, env: ["JAGA_WORKSPACE": dir.path])
        #expect(s.status == 0, "stderr: \(s.stderr)")
        #expect(s.stdout.contains("platform,count\r\n"))
        let u = try BinaryRunner.run(["-c", "lod posts \"x\""])
        #expect(u.status == 1)
        #expect(u.stderr.contains("did you mean 'load'?"))
    }

    @Test func malformedLinesAreKeptAside() throws {
        let dir = try workspace()
        let text = BinaryTests.posts + "{\"id\":\"b1\",\"text\":\"x\"\n{\"id\":\"b2\",\"created_at\":\"2024-11-26T21:00:00+08:00\"}\n"
        try text.write(to: dir.appendingPathComponent("mixed.jsonl"), atomically: true, encoding: .utf8)
        let ws = dir.appendingPathComponent("ws")
        let r = try BinaryRunner.run(["-c", "load posts \"mixed.jsonl\"; mode csv; posts | count"], cwd: dir, env: ["JAGA_WORKSPACE": ws.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("count\r\n3\r\n"))
        let all = r.stdout + r.stderr
        #expect(all.contains("2 rejected"))
        #expect(all.contains("line 4"))
        let rejects = try String(contentsOf: ws.appendingPathComponent("rejects/posts.rejects.jsonl"), encoding: .utf8)
        #expect(rejects.split(separator: "\n").count == 2)
        #expect(rejects.contains("\"line\":4"))
        #expect(rejects.contains("\"line\":5"))
        let strict = try BinaryRunner.run(["-c", "load posts \"mixed.jsonl\" strict"], cwd: dir, env: ["JAGA_WORKSPACE": ws.path])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("mixed.jsonl:4"))
    }

    @Test func sampleAuditPassesAndIsDeterministic() throws {
        let ws = try BinaryRunner.tempDir()
        let audit = BinaryRunner.root.appendingPathComponent("scripts/audits/sample.jaga").path
        let a = try BinaryRunner.run(["run", audit], env: ["JAGA_WORKSPACE": ws.path])
        #expect(a.status == 0, "stderr: \(a.stderr)")
        #expect(a.stdout.hasSuffix("audit complete\n"))
        let b = try BinaryRunner.run(["run", audit], env: ["JAGA_WORKSPACE": ws.path])
        #expect(a.stdout == b.stdout)
    }

    @Test func ctrlCStopsAScriptWithExitCode130() throws {
        let dir = try BinaryRunner.tempDir()
        let gen = Process()
        gen.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gen.arguments = ["python3", BinaryRunner.root.appendingPathComponent("scripts/gen-posts.py").path,
                         "--count", "100000", "--seed", "3", "--out", dir.appendingPathComponent("big.jsonl").path]
        try gen.run()
        gen.waitUntilExit()
        #expect(gen.terminationStatus == 0)
        let heavy = (1...20).map { _ in "big | sort by text desc, author, id | count by text | count" }.joined(separator: "\n")
        try "load posts \"big.jsonl\" as big\n\(heavy)\necho \"finished\"\n"
            .write(to: dir.appendingPathComponent("slow.jaga"), atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = BinaryRunner.binary
        p.arguments = ["run", dir.appendingPathComponent("slow.jaga").path]
        var env = ProcessInfo.processInfo.environment
        env["JAGA_WORKSPACE"] = dir.path
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        Thread.sleep(forTimeInterval: 1.5)
        kill(p.processIdentifier, SIGINT)
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 130, "stderr: \(String(decoding: e, as: UTF8.self))")
        #expect(!String(decoding: o, as: UTF8.self).contains("finished"))
        #expect(String(decoding: e, as: UTF8.self).contains("interrupted"))
    }

    @Test func claimsAreListedAndAddedClaimsAreMatched() throws {
        let dir = try BinaryRunner.tempDir()
        try #"{"id":"z1","text":"Katanya nyoblos ulang serentak 30 November di semua TPS se-Sulsel","created_at":"2024-11-28T10:00:00+08:00"}"#
            .appending("\n").write(to: dir.appendingPathComponent("p.jsonl"), atomically: true, encoding: .utf8)
        let script = """
            claims add "nyoblos ulang serentak 30 November di semua TPS" fact "Tidak ada pemungutan suara ulang serentak; PSU hanya di TPS tertentu" source "contoh" into "claims.jsonl"
            mode csv
            claims
            load posts "p.jsonl"
            run misinfo.hoaks
            findings | project content_id, rule, claim_id
            """
        let r = try BinaryRunner.run(["-c", script], cwd: dir, env: ["JAGA_WORKSPACE": dir.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("H011,"))
        #expect(r.stdout.contains("U001,hoaks,nyoblos ulang serentak 30 November di semua TPS"))
        #expect(r.stdout.contains("z1,misinfo.hoaks,U001"), "\(r.stdout)")
        let bad = try BinaryRunner.run(["-c", "claims add \"x\""], cwd: dir, env: ["JAGA_WORKSPACE": dir.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("fact"))
    }

    @Test func calendarIsShownAndAnotherCalendarMovesTheQuietPeriod() throws {
        let dir = try BinaryRunner.tempDir()
        // A post on 21 Nov (WIB) calling for a vote: campaign time under Pilkada 2024.
        try #"{"id":"k1","text":"Ayo coblos nomor 2, menangkan Budi–Sari!","created_at":"2024-11-21T10:00:00+07:00","region":"Jawa Barat"}"#
            .appending("\n").write(to: dir.appendingPathComponent("p.jsonl"), atomically: true, encoding: .utf8)
        try """
            id: contoh-2029
            name: Contoh 2029
            periods:
              - name: campaign
                from: 2024-10-01
                to: 2024-11-19
              - name: masa-tenang
                from: 2024-11-20
                to: 2024-11-22
            """.write(to: dir.appendingPathComponent("other.yaml"), atomically: true, encoding: .utf8)
        let script = """
            mode csv
            calendar
            load posts "p.jsonl"
            run pilkada.masa-tenang
            calendar load "other.yaml"
            run pilkada.masa-tenang
            findings | project content_id, rule, local_time, zone, calendar, violation_class
            """
        let r = try BinaryRunner.run(["-c", script], cwd: dir, env: ["JAGA_WORKSPACE": dir.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("period,masa-tenang,2024-11-24,2024-11-26"))
        #expect(r.stdout.contains("moment,quick-count-release,2024-11-27 15:00 +07:00,same instant everywhere"))
        #expect(r.stdout.contains("0 findings from 1 plugin (pilkada.masa-tenang)"))
        #expect(r.stdout.contains("calendar contoh-2029 (Contoh 2029): 2 periods, 0 moments"))
        #expect(r.stdout.contains("k1,pilkada.masa-tenang,2024-11-21 10:00 WIB,WIB,contoh-2029,tindak pidana pemilihan"), "\(r.stdout)")
        // A calendar file with a typo is refused with its line, column and key.
        try "id: x\nname: y\nperiods:\n  - name: masa-tenang\n    form: 2024-11-20\n".write(to: dir.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let bad = try BinaryRunner.run(["-c", "calendar load \"bad.yaml\""], cwd: dir, env: ["JAGA_WORKSPACE": dir.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("bad.yaml:5:5"), "\(bad.stderr)")
        #expect(bad.stderr.contains("did you mean 'from'"))
    }

    /// Golden: `Golden/pilkada.jaga` through the binary must print exactly `Golden/pilkada.out`
    /// (`JAGA_UPDATE_GOLDEN=1` rewrites it after a deliberate change; review the diff).
    @Test func pilkadaCheckersGolden() throws {
        let dir = BinaryRunner.root.appendingPathComponent("Tests/JagaCLITests/Golden")
        let ws = try BinaryRunner.tempDir()
        let r = try BinaryRunner.run(["run", dir.appendingPathComponent("pilkada.jaga").path], env: ["JAGA_WORKSPACE": ws.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let golden = dir.appendingPathComponent("pilkada.out")
        if ProcessInfo.processInfo.environment["JAGA_UPDATE_GOLDEN"] == "1" {
            try r.stdout.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(r.stdout == expected)
    }
}
