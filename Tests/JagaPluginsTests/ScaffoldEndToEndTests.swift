import Foundation
import JagaPlugins
import JagaSDK
import Testing

/// `jaga plugin new` end to end: scaffold, `swift build` against this checkout, load the
/// library into this process (also copied alone into another folder), run its detector; and a
/// plugin claiming another SDK ABI refused before its entry point runs.
///
/// One `swift build` serves every test: the second scaffold (`Mismatch`, edited to return
/// `PluginABI.version + 1`) is grafted into the first package as a second library.
@Suite(.serialized) struct ScaffoldEndToEndTests {
    /// The Jaga checkout these tests belong to.
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Set by the mismatched plugin's entry point if it ever runs.
    static let entryMarker = "JAGA_TEST_MISMATCH_ENTRY_RAN"

    /// The shared build: its libraries, or why it failed.
    struct Built: Sendable {
        var root: URL
        var plugin: URL
        var mismatch: URL
        var seconds: Double
    }

    /// Built once, on first use, by whichever test gets there first (a `static let` runs once).
    static let build: Result<Built, PluginScaffoldError> = makeBuild()

    /// The folder of the shared build; removed when the test process exits.
    static let buildRoot = FileManager.default.temporaryDirectory.appendingPathComponent("jaga-plugin-e2e-\(UUID().uuidString)")

    static func makeBuild() -> Result<Built, PluginScaffoldError> {
        atexit { try? FileManager.default.removeItem(at: ScaffoldEndToEndTests.buildRoot) }
        do {
            let root = buildRoot
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
            let package = root.appendingPathComponent("Pemantau")
            _ = try PluginScaffold.create(name: "Pemantau", directory: package.path, sdkPackagePath: repoRoot.path)

            // The second scaffold, edited to claim the next ABI and to leave a mark if its entry runs.
            let other = root.appendingPathComponent("Mismatch")
            _ = try PluginScaffold.create(name: "Mismatch", directory: other.path, sdkPackagePath: repoRoot.path)
            let sourceURL = other.appendingPathComponent("Sources/Mismatch/Mismatch.swift")
            var source = try String(contentsOf: sourceURL, encoding: .utf8)
            let abi = "public func jagaPluginABI() -> Int32 { PluginABI.version }"
            let entry = "public func jagaPluginEntry() -> UnsafeMutableRawPointer { PluginABI.export([MismatchDetector()]) }"
            guard source.contains(abi), source.contains(entry) else { return .failure(PluginScaffoldError("template changed: cannot edit Mismatch.swift")) }
            source = source.replacingOccurrences(of: abi, with: "public func jagaPluginABI() -> Int32 { PluginABI.version + 1 }")
            source = source.replacingOccurrences(
                of: entry,
                with: "public func jagaPluginEntry() -> UnsafeMutableRawPointer { setenv(\"\(entryMarker)\", \"1\", 1); return PluginABI.export([MismatchDetector()]) }")
            source = "import Glibc\n" + source
            try source.write(to: sourceURL, atomically: true, encoding: .utf8)
            try FileManager.default.moveItem(at: other.appendingPathComponent("Sources/Mismatch"), to: package.appendingPathComponent("Sources/Mismatch"))

            let manifestURL = package.appendingPathComponent("Package.swift")
            var manifest = try String(contentsOf: manifestURL, encoding: .utf8)
            let product = #"        .library(name: "Pemantau", type: .dynamic, targets: ["Pemantau"]),"#
            let target = #"        .testTarget(name: "PemantauTests", dependencies: ["Pemantau"]),"#
            guard let sdkDependency = manifest.split(separator: "\n").first(where: { $0.contains(#".target(name: "Pemantau""#) }),
                  manifest.contains(product), manifest.contains(target) else {
                return .failure(PluginScaffoldError("template changed: cannot graft Mismatch into Package.swift:\n\(manifest)"))
            }
            manifest = manifest.replacingOccurrences(of: product, with: product + "\n" + product.replacingOccurrences(of: "Pemantau", with: "Mismatch"))
            manifest = manifest.replacingOccurrences(of: target, with: sdkDependency.replacingOccurrences(of: "Pemantau", with: "Mismatch") + "\n" + target)
            try manifest.write(to: manifestURL, atomically: true, encoding: .utf8)

            let scratch = root.appendingPathComponent("build")
            let log = root.appendingPathComponent("build.log")
            let clock = ContinuousClock()
            let start = clock.now
            let status = try run(["swift", "build", "--package-path", package.path, "--scratch-path", scratch.path, "--build-tests"], log: log)
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            guard status == 0 else {
                let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                return .failure(PluginScaffoldError("swift build of the scaffold failed (\(status)):\n\(output.suffix(4000))"))
            }
            print("plugin scaffold build (2 libraries + tests, clean): \(String(format: "%.1f", seconds)) s")
            let products = scratch.appendingPathComponent("debug")
            return .success(Built(root: root, plugin: products.appendingPathComponent("libPemantau.so"),
                                  mismatch: products.appendingPathComponent("libMismatch.so"), seconds: seconds))
        } catch let error as PluginScaffoldError {
            return .failure(error)
        } catch {
            return .failure(PluginScaffoldError("setting up the plugin build failed: \(error)"))
        }
    }

    /// Runs a command (through `env`, so `PATH` finds it) with its output in `log`; returns its status.
    static func run(_ arguments: [String], log: URL) throws -> Int32 {
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The shared build, or a test failure saying why there is none.
    static func built() throws -> Built {
        switch build {
        case .success(let b): return b
        case .failure(let e): throw e
        }
    }

    /// Runs the single detector of `plugins` on a post that mentions the default word.
    static func checkDetector(_ plugins: [any Plugin], from path: String) throws {
        #expect(plugins.count == 1, "from \(path)")
        let plugin = try #require(plugins.first)
        #expect(plugin.manifest.id == "local.pemantau")
        #expect(plugin.manifest.rules.map(\.id) == ["local.pemantau"])
        let detector = try #require(plugin as? any ItemDetector, "the plugin's detector is not an ItemDetector of this process's SDK")
        try detector.configure(PluginParameters(["words": .list([.string("contoh"), .string("serangan fajar")]), "min_score": .double(0.5)]))
        let post = ContentItem(id: "p1", text: "Ini CONTOH laporan: ada serangan-fajar di Jabar", createdAt: try #require(Timestamp(rfc3339: "2024-11-20T10:00:00+07:00")), region: "Jabar")
        let findings = try detector.detect(post, context: ItemContext(item: post))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "local.pemantau" && finding.plugin == "local.pemantau" && finding.contentID == "p1")
        #expect(finding.score == 0.75)
        #expect(finding.evidence.compactMap { $0.excerpt(of: post.text) } == ["CONTOH", "serangan-fajar"])
        let quiet = ContentItem(id: "p2", text: "contohnya bukan kata utuh", createdAt: post.createdAt)
        #expect(try detector.detect(quiet, context: ItemContext(item: quiet)).isEmpty)
    }

    @Test(.timeLimit(.minutes(5))) func scaffoldBuildsLoadsAndDetectsAlsoCopiedAlone() throws {
        let built = try Self.built()
        // The copy first, so nothing but the loader's bare-name preload of the host's
        // libJagaSDK.so can satisfy its DT_NEEDED (its own folder holds only the plugin).
        let alone = built.root.appendingPathComponent("alone")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let copy = alone.appendingPathComponent("libPemantau.so")
        try FileManager.default.copyItem(at: built.plugin, to: copy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: alone.path) == ["libPemantau.so"])

        let clock = ContinuousClock()
        let start = clock.now
        let fromCopy = try PluginLoader.load(path: copy.path)
        print("plugin load (first, copied alone): \(clock.now - start)")
        try Self.checkDetector(fromCopy, from: copy.path)

        let fromBuild = try PluginLoader.load(path: built.plugin.path)
        try Self.checkDetector(fromBuild, from: built.plugin.path)
        #expect(PluginLoader.discover(in: [alone.path]) == [copy.path])
    }

    @Test(.timeLimit(.minutes(5))) func mismatchedABIRefusedBeforeEntryPoint() throws {
        let built = try Self.built()
        do {
            _ = try PluginLoader.load(path: built.mismatch.path)
            Issue.record("a plugin claiming ABI \(PluginABI.version + 1) was loaded")
        } catch {
            #expect(error.description.contains("plugin built against Jaga SDK ABI \(PluginABI.version + 1), this jaga has ABI \(PluginABI.version): rebuild it with `swift build` against this checkout"))
        }
        #expect(getenv(Self.entryMarker) == nil, "the entry point of a mismatched plugin ran")
    }

    @Test func scaffoldWritesThePackage() throws {
        let dir = try PluginLoaderTests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("CekUang")
        let files = try PluginScaffold.create(name: "CekUang", directory: target.path, sdkPackagePath: Self.repoRoot.path)
        #expect(files.map { String($0.dropFirst(target.path.count + 1)) }
            == ["Package.swift", "Sources/CekUang/CekUang.swift", "Tests/CekUangTests/CekUangTests.swift", "cases.jsonl", "README.md"])
        let manifest = try String(contentsOf: target.appendingPathComponent("Package.swift"), encoding: .utf8)
        let identity = Self.repoRoot.lastPathComponent.lowercased()
        #expect(manifest.hasPrefix("// swift-tools-version: 6.0"))
        #expect(manifest.contains(#".library(name: "CekUang", type: .dynamic, targets: ["CekUang"])"#))
        #expect(manifest.contains(".package(path: \"\(Self.repoRoot.standardizedFileURL.path)\")"))
        #expect(manifest.contains(".product(name: \"JagaSDK\", package: \"\(identity)\")"))

        let cases = try String(contentsOf: target.appendingPathComponent("cases.jsonl"), encoding: .utf8)
        var positives = 0, negatives = 0
        for line in cases.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["id", "text", "created_at", "region", "expect", "expect_not"])
            #expect(Timestamp(rfc3339: object["created_at"] as? String ?? "") != nil)
            if (object["expect"] as? [String]) == ["local.cekuang"] { positives += 1 }
            if (object["expect_not"] as? [String]) == ["local.cekuang"] { negatives += 1 }
        }
        #expect(positives >= 2 && negatives >= 2)

        // A non-empty folder is never overwritten.
        #expect(throws: PluginScaffoldError.self) {
            try PluginScaffold.create(name: "CekUang", directory: target.path, sdkPackagePath: Self.repoRoot.path)
        }
    }

    @Test func scaffoldRefusesBadNamesAndMissingSDK() throws {
        let dir = try PluginLoaderTests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["", "9lives", "cek-uang", "cek uang", "Cék", "JagaSDK", "jagacore"] {
            #expect(throws: PluginScaffoldError.self, "name '\(name)'") {
                try PluginScaffold.create(name: name, directory: dir.appendingPathComponent("x").path, sdkPackagePath: Self.repoRoot.path)
            }
        }
        #expect(PluginScaffold.nameProblem("cek-uang")?.contains("letters and digits, starting with a letter") == true)
        #expect(throws: PluginScaffoldError.self) {
            try PluginScaffold.create(name: "Ok", directory: dir.appendingPathComponent("ok").path, sdkPackagePath: dir.path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    /// Through the `jaga` binary, a fresh process: the plugin copied alone loads, lists and passes its
    /// own labelled cases; the mismatched one is refused with exit status 1.
    @Test(.timeLimit(.minutes(5))) func jagaBinaryLoadsCopiedPluginAndRunsItsCases() throws {
        let built = try Self.built()
        let jaga = Self.repoRoot.appendingPathComponent(".build/debug/jaga")
        try #require(FileManager.default.isExecutableFile(atPath: jaga.path), "build jaga first (swift build)")
        let alone = built.root.appendingPathComponent("alone-binary")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let copy = alone.appendingPathComponent("libPemantau.so")
        try FileManager.default.copyItem(at: built.plugin, to: copy)
        let cases = built.root.appendingPathComponent("Pemantau/cases.jsonl")

        let log = built.root.appendingPathComponent("jaga.log")
        let script = "plugin load \"\(copy.path)\"; plugins; plugin test local.pemantau --cases \"\(cases.path)\""
        let status = try Self.run([jaga.path, "-c", script], log: log)
        let output = try String(contentsOf: log, encoding: .utf8)
        #expect(status == 0, "\(output)")
        #expect(output.contains("local.pemantau") && output.contains(copy.path), "\(output)")
        #expect(output.contains("false positives: none") && output.contains("false negatives: none"), "\(output)")

        let refusedLog = built.root.appendingPathComponent("jaga-mismatch.log")
        let refused = try Self.run([jaga.path, "-c", "plugin load \"\(built.mismatch.path)\""], log: refusedLog)
        let refusal = try String(contentsOf: refusedLog, encoding: .utf8)
        #expect(refused == 1, "\(refusal)")
        #expect(refusal.contains("plugin built against Jaga SDK ABI \(PluginABI.version + 1), this jaga has ABI \(PluginABI.version)"), "\(refusal)")
    }

    /// The built-in keyword plugin and the scaffolded plugin run together in one `run all` (through
    /// `--plugin-path`), and two runs print byte-identical findings.
    @Test(.timeLimit(.minutes(5))) func builtinAndScaffoldedRunTogetherDeterministically() throws {
        let built = try Self.built()
        let jaga = Self.repoRoot.appendingPathComponent(".build/debug/jaga")
        try #require(FileManager.default.isExecutableFile(atPath: jaga.path), "build jaga first (swift build)")
        let dir = built.root.appendingPathComponent("together")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        try FileManager.default.copyItem(at: built.plugin, to: dir.appendingPathComponent("libPemantau.so"))
        let samples = Self.repoRoot.appendingPathComponent("samples/posts.jsonl").path
        let script = """
            set jaga.keywords.words = ["amplop", "sembako"]
            set local.pemantau.words = ["serangan fajar", "coblos"]
            load posts "\(samples)"
            run all
            mode csv
            findings | count by plugin
            findings | project content_id, rule, plugin, severity, evidence
            """
        var outputs: [String] = []
        for i in 0..<2 {
            let log = built.root.appendingPathComponent("together-\(i).log")
            let status = try Self.run([jaga.path, "--plugin-path", dir.path, "-c", script], log: log)
            let text = try String(contentsOf: log, encoding: .utf8)
            #expect(status == 0, "\(text)")
            // Keep only the findings (the log also has timing lines from standard error).
            outputs.append(text.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("p0") || $0.hasPrefix("jaga.") || $0.hasPrefix("local.") }.joined(separator: "\n"))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].contains("jaga.keywords,"), "\(outputs[0])")
        #expect(outputs[0].contains("local.pemantau,"), "\(outputs[0])")
        #expect(outputs[0].contains("p0254,jaga.keyword,jaga.keywords,low"), "\(outputs[0])")
        #expect(outputs[0].contains("p0254,local.pemantau,local.pemantau,medium"), "\(outputs[0])")
    }
}

