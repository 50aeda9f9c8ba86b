import Foundation

/// Writes a new plugin package (`jaga plugin new`): a dynamic library with a working detector,
/// its unit tests, labelled cases and a README with the workflow.
///
/// The generated detector flags posts that mention configured words, using the SDK's
/// `PhraseQuery` (whole words, case- and accent-insensitive) and reporting evidence spans.
public enum PluginScaffold {
    /// Creates the plugin package `name` in `directory` and returns the files written.
    ///
    /// `sdkPackagePath` is the Jaga checkout the plugin builds against (a path dependency); it
    /// must be the checkout of the `jaga` that will load the plugin. Refuses a name that is not
    /// an identifier or clashes with a Jaga module, and a directory that exists and is not empty.
    public static func create(name: String, directory: String, sdkPackagePath: String) throws -> [String] {
        if let problem = nameProblem(name) { throw PluginScaffoldError(problem) }
        let sdk = URL(fileURLWithPath: sdkPackagePath).standardizedFileURL
        let sdkManifest = sdk.appendingPathComponent("Package.swift")
        guard let manifestData = FileManager.default.contents(atPath: sdkManifest.path) else {
            throw PluginScaffoldError("no Package.swift in \(sdk.path): give the folder of the Jaga checkout (set JAGA_SDK_PATH)")
        }
        let reserved = declaredNames(in: String(decoding: manifestData, as: UTF8.self))
        if reserved.contains(name.lowercased()) {
            throw PluginScaffoldError("'\(name)' is already a name in the Jaga package; choose another plugin name")
        }
        let identity = sdk.lastPathComponent.lowercased()
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        if target.lastPathComponent.lowercased() == identity {
            throw PluginScaffoldError("the plugin folder '\(target.lastPathComponent)' has the same name as the Jaga checkout folder; SwiftPM would confuse the two packages: choose another --dir")
        }
        try checkEmpty(target.path, shown: directory)

        let lower = name.lowercased()
        let files: [(String, String)] = [
            ("Package.swift", packageManifest(name: name, sdkPath: sdk.path, identity: identity)),
            ("Sources/\(name)/\(name).swift", detectorSource(name: name, id: "local.\(lower)")),
            ("Tests/\(name)Tests/\(name)Tests.swift", testSource(name: name, id: "local.\(lower)")),
            ("cases.jsonl", cases(id: "local.\(lower)")),
            ("README.md", readme(name: name, id: "local.\(lower)")),
        ]
        let shownBase = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var written: [String] = []
        for (relative, text) in files {
            let url = target.appendingPathComponent(relative)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw PluginScaffoldError("cannot write \(shownBase)/\(relative): \(error.localizedDescription)")
            }
            written.append(shownBase + "/" + relative)
        }
        return written
    }

    /// Why `name` cannot name a plugin module, or nil.
    public static func nameProblem(_ name: String) -> String? {
        guard let first = name.unicodeScalars.first else { return "give the plugin a name, e.g. PantauUang" }
        let isLetter: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        if !isLetter(first) || !name.unicodeScalars.allSatisfy({ isLetter($0) || isDigit($0) }) {
            return "'\(name)' is not a valid plugin name: use ASCII letters and digits, starting with a letter (e.g. PantauUang); it becomes the Swift module name"
        }
        return nil
    }

    /// Every `name: "…"` in a manifest, lower-cased: the package, product and target names.
    static func declaredNames(in manifest: String) -> Set<String> {
        var names = Set<String>()
        var rest = manifest[...]
        while let range = rest.range(of: "name: \"") {
            rest = rest[range.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { break }
            names.insert(rest[..<close].lowercased())
            rest = rest[close...]
        }
        return names
    }

    /// Refuses an existing file, or a folder with anything in it.
    static func checkEmpty(_ path: String, shown: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw PluginScaffoldError("\(shown) exists and is a file; choose another --dir") }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if !contents.isEmpty {
            throw PluginScaffoldError("\(shown) already exists and is not empty; refusing to overwrite it (choose another --dir)")
        }
    }

    /// `s` as a Swift string literal body (backslashes and quotes escaped).
    static func swiftLiteral(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    static func packageManifest(name: String, sdkPath: String, identity: String) -> String {
        #"""
        // swift-tools-version: 6.0
        import PackageDescription

        // A Jaga plugin: a dynamic library that `jaga` loads at run time (`plugin load`).
        // Build it with the same Swift toolchain and against the same Jaga checkout as the jaga
        // that loads it; jaga checks both and refuses a mismatch with a message.
        let package = Package(
            name: "\#(name)",
            platforms: [.macOS(.v13)],
            products: [
                .library(name: "\#(name)", type: .dynamic, targets: ["\#(name)"]),
            ],
            dependencies: [
                // The Jaga checkout that provides the SDK (package identity: "\#(identity)").
                .package(path: "\#(swiftLiteral(sdkPath))"),
            ],
            targets: [
                .target(name: "\#(name)", dependencies: [.product(name: "JagaSDK", package: "\#(swiftLiteral(identity))")]),
                .testTarget(name: "\#(name)Tests", dependencies: ["\#(name)"]),
            ],
            swiftLanguageModes: [.v6]
        )

        """#
    }

    static func detectorSource(name: String, id: String) -> String {
        #"""
        import JagaSDK

        /// Flags posts that mention any of a list of words: a starting point for your own rule.
        ///
        /// Jaga calls `configure` with the parameter defaults when it loads the plugin and again
        /// after every change of a parameter, never while `detect` runs; `detect` runs on many
        /// threads at once, so it only reads the configuration.
        public final class \#(name)Detector: ItemDetector, @unchecked Sendable {
            public let manifest = PluginManifest(
                id: "\#(id)",
                version: "0.1.0",
                kind: .detector,
                summary: "Flags posts that mention any of the configured words.",
                rules: [
                    RuleSpec(
                        id: "\#(id)",
                        defaultSeverity: .medium,
                        legalBasis: "TODO: pasal dan undang-undang (e.g. UU 10/2016 Pasal 73)",
                        summary: "The post mentions one of the configured words."
                    ),
                ],
                parameters: [
                    ParameterSpec(
                        name: "words", type: .stringList, defaultValue: .list([.string("contoh")]),
                        doc: "Words or phrases to find: whole words, case- and accent-insensitive."
                    ),
                    ParameterSpec(
                        name: "min_score", type: .double(min: 0, max: 1), defaultValue: .double(0.5),
                        doc: "Findings scoring below this are dropped (one word scores 0.5, each more adds 0.25)."
                    ),
                ]
            )

            /// The prepared words (set by `configure`).
            private var queries: [PhraseQuery] = [PhraseQuery("contoh")]
            private var minScore = 0.5

            public init() {}

            public func configure(_ parameters: PluginParameters) throws {
                let prepared = (parameters.strings("words") ?? []).map { PhraseQuery($0) }.filter { !$0.isEmpty }
                if prepared.isEmpty { throw PluginError("words: give at least one word, e.g. [\"contoh\"]") }
                queries = prepared
                minScore = parameters.double("min_score") ?? 0.5
            }

            /// The item fields `detect` reads besides id, text and creation time: none here, so a run of
            /// only this detector need not make each post's author, URL or hashtags. Add what you read
            /// (`[.transcript, .hashtags]`); leave this out to get every field.
            public var fieldsRead: ContentFields { [] }

            public func detect(_ item: ContentItem, context: ItemContext) throws -> [Finding] {
                var matched: [String] = []
                var evidence: [EvidenceSpan] = []
                for query in queries {
                    guard let range = query.firstMatch(in: item.text) else { continue }
                    matched.append(query.phrase)
                    evidence.append(EvidenceSpan(field: "text", start: range.lowerBound, end: range.upperBound))
                }
                if matched.isEmpty { return [] }
                // Replace with your own scoring: here one word scores 0.5 and each further word 0.25 more.
                let score = min(1.0, 0.5 + 0.25 * Double(matched.count - 1))
                if score < minScore { return [] }
                let rule = manifest.rules[0]
                return [
                    Finding(
                        contentID: item.id,
                        rule: rule.id,
                        severity: rule.defaultSeverity,
                        score: score,
                        reason: "mentions " + matched.joined(separator: ", "),
                        evidence: evidence.sorted { $0.start < $1.start },
                        legalBasis: rule.legalBasis,
                        plugin: manifest.id,
                        details: ["words": .list(matched.map { .string($0) })]
                    ),
                ]
            }
        }

        // The three C symbols jaga looks for (see PluginABI in the SDK). Keep them as they are:
        // jaga compares the ABI version and toolchain with its own before it calls the entry point.
        @_cdecl("jaga_plugin_abi") public func jagaPluginABI() -> Int32 { PluginABI.version }
        @_cdecl("jaga_plugin_toolchain") public func jagaPluginToolchain() -> UnsafePointer<CChar> { PluginABI.toolchain }
        @_cdecl("jaga_plugin_entry") public func jagaPluginEntry() -> UnsafeMutableRawPointer { PluginABI.export([\#(name)Detector()]) }

        """#
    }

    static func testSource(name: String, id: String) -> String {
        #"""
        import JagaSDK
        import Testing
        import \#(name)

        /// Unit tests of the detector: run them with `swift test`.
        @Suite struct \#(name)Tests {
            /// A detector configured like `plugin set` would: values keyed by parameter name.
            func detector(words: [String] = ["contoh"], minScore: Double = 0.5) throws -> \#(name)Detector {
                let d = \#(name)Detector()
                try d.configure(PluginParameters(["words": .list(words.map { .string($0) }), "min_score": .double(minScore)]))
                return d
            }

            func item(_ id: String, _ text: String) throws -> ContentItem {
                ContentItem(id: id, text: text, createdAt: try #require(Timestamp(rfc3339: "2024-11-20T10:00:00+07:00")), region: "Jabar")
            }

            @Test func manifestIsValid() {
                #expect(\#(name)Detector().manifest.validationProblem() == nil)
            }

            @Test func findsAWordWithEvidence() throws {
                let post = try item("p1", "Awas SERANGAN-FAJAR besok pagi")
                let findings = try detector(words: ["serangan fajar"]).detect(post, context: ItemContext(item: post))
                #expect(findings.map(\.rule) == ["\#(id)"])
                #expect(findings.first?.evidence.first?.excerpt(of: post.text) == "SERANGAN-FAJAR")
            }

            @Test func ignoresOtherPostsAndPartWords() throws {
                let d = try detector()
                for text in ["Postingan biasa saja", "contohnya bukan kata utuh"] {
                    let post = try item("p2", text)
                    #expect(try d.detect(post, context: ItemContext(item: post)).isEmpty)
                }
            }

            @Test func minScoreDropsWeakFindings() throws {
                let post = try item("p3", "satu contoh saja")
                #expect(try detector(words: ["contoh", "amplop"], minScore: 0.7).detect(post, context: ItemContext(item: post)).isEmpty)
            }
        }

        """#
    }

    static func cases(id: String) -> String {
        let lines = [
            #"{"id":"c1","text":"Ini contoh postingan yang harus ditandai","created_at":"2024-11-20T10:00:00+07:00","region":"Jabar","expect":["\#(id)"],"expect_not":[]}"#,
            #"{"id":"c2","text":"CONTOH lagi, dengan huruf besar","created_at":"2024-11-21T19:30:00+08:00","region":"Makassar","expect":["\#(id)"],"expect_not":[]}"#,
            #"{"id":"c3","text":"Postingan biasa tentang debat kandidat","created_at":"2024-11-22T08:15:00+07:00","region":"Jatim","expect":[],"expect_not":["\#(id)"]}"#,
            #"{"id":"c4","text":"contohnya bukan kata utuh, jadi tidak ditandai","created_at":"2024-11-23T12:00:00+09:00","region":"Papua","expect":[],"expect_not":["\#(id)"]}"#,
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func readme(name: String, id: String) -> String {
        #"""
        # \#(name): a Jaga plugin

        `\#(name)Detector` (plugin `\#(id)`) flags posts that mention any of the words in its
        `words` parameter and emits rule `\#(id)` with evidence spans. Change the manifest (rule,
        severity, legal basis, parameters) and `detect` in `Sources/\#(name)/\#(name).swift` into
        your own rule.

        ## Workflow

        1. Build the library (from this folder):

               swift build

        2. Load it into jaga and check it against the labelled cases in `cases.jsonl`:

               jaga> plugin load ".build/debug/lib\#(name).so"
               jaga> plugin test \#(id) --cases "cases.jsonl"

        3. Run the unit tests: `swift test`.

        4. Edit, `swift build` again (under a second), and reload.

        `cases.jsonl` holds one labelled post per line: `expect` lists the rules that must fire,
        `expect_not` the rules that must not. Add a case for every post you get wrong.

        ## Rules of the road

        - The plugin depends on the Jaga checkout it was created from (see `Package.swift`). Build it
          with the same Swift toolchain as that jaga; after updating jaga, rebuild the plugin. jaga
          checks the SDK ABI version and toolchain and refuses a mismatch with a message.
        - jaga refuses a library in a folder, or a file, that anyone may write to.
        - To load it at start-up, copy `lib\#(name).so` into `~/.jaga/plugins` or a folder listed
          in `JAGA_PLUGIN_PATH`.
        - `detect` runs on many threads at once: keep it free of writes to shared state.

        """#
    }
}
