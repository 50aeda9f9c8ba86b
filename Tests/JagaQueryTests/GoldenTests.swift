import Foundation
import Testing
@testable import JagaQuery

/// Script in, output out: each `Golden/NAME.jaga` runs in-process and must print exactly `Golden/NAME.out`.
///
/// Standard output and the error a script stops with are compared; load summaries (which
/// carry timings) go to the diagnostics stream and are not. Set `JAGA_UPDATE_GOLDEN=1` to
/// rewrite the `.out` files after a deliberate change, then review the diff.
@Suite struct GoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var scripts: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".jaga") }.sorted()
    }

    /// Runs a script the way `jaga run` does and renders what it printed.
    static func transcript(of name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        let source = try String(contentsOf: url, encoding: .utf8)
        let out = StringSink(), diag = StringSink()
        let ws = FileManager.default.temporaryDirectory.appendingPathComponent("jaga-golden-\(UUID().uuidString)")
        let session = Session(output: out, diagnostics: diag, workspaceDirectory: ws.path)
        var text: String
        do {
            try session.execute(source, file: name, directory: directory.path)
            text = out.text
        } catch {
            text = out.text + "[stopped] " + error.description + "\n"
        }
        try? FileManager.default.removeItem(at: ws)
        return text
    }

    @Test func thereAreGoldenScripts() {
        #expect(GoldenTests.scripts.count >= 3)
    }

    @Test(arguments: GoldenTests.scripts)
    func goldenOutput(_ name: String) throws {
        let actual = try GoldenTests.transcript(of: name)
        let expectedURL = GoldenTests.directory.appendingPathComponent(String(name.dropLast(5)) + ".out")
        if ProcessInfo.processInfo.environment["JAGA_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected, "output of \(name) differs from \(expectedURL.lastPathComponent)")
    }

    @Test func runsAreByteIdentical() throws {
        for name in GoldenTests.scripts {
            #expect(try GoldenTests.transcript(of: name) == GoldenTests.transcript(of: name))
        }
    }
}
