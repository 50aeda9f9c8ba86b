// swift-tools-version: 6.0
import PackageDescription

/// Jaga: a moderation workbench for election integrity.
///
/// Module map (see ARCHITECTURE.md): JagaCore is the model and may import
/// nothing of ours; JagaText adds text matching; JagaImport reads files;
/// JagaQuery is the command language; JagaTerminal and the C shims are the
/// edge; `jaga` wires them together.
/// The SDK modules are built with library evolution, so a plugin built against an older SDK
/// keeps working when the SDK gains members (measured: without it, the host crashed).
let evolution: [SwiftSetting] = [.unsafeFlags(["-enable-library-evolution"])]

let package = Package(
    name: "Jaga",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jaga", targets: ["jaga"]),
        // The plugin SDK: a dynamic library that both `jaga` and out-of-tree plugins link.
        .library(name: "JagaSDK", type: .dynamic, targets: ["JagaSDK"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The content/report/finding model, columnar post store, regions and time. No I/O.
        .target(name: "JagaCore", swiftSettings: evolution),
        // C helpers: PCRE2 with JIT, and a vectorised case-insensitive phrase scan.
        .target(
            name: "CJagaText",
            cSettings: [.unsafeFlags(["-O3"])],
            linkerSettings: [.linkedLibrary("pcre2-8")]
        ),
        // Text folding, word matching, regular expressions, terminal-safe text.
        .target(name: "JagaText", dependencies: ["CJagaText"], swiftSettings: evolution),
        // What a plugin author imports: the model, the text toolkit and the plugin protocols.
        .target(name: "JagaSDK", dependencies: ["JagaCore", "JagaText"], swiftSettings: evolution),
        // simdjson (Debian libsimdjson-dev) behind a small extern "C" API.
        .target(
            name: "SimdJSONShim",
            cxxSettings: [.unsafeFlags(["-O3"])],
            linkerSettings: [.linkedLibrary("simdjson")]
        ),
        // Streaming importers: canonical JSONL, CSV, TikTok Research API, X API v2, reports.
        .target(name: "JagaImport", dependencies: ["JagaCore", "JagaText", "SimdJSONShim"]),
        // The command language: lexer, parser, expressions, commands, interpreter, output modes.
        // Host side of plugins: registry, parallel runner, findings, dlopen loader, evaluation.
        .target(name: "JagaPlugins", dependencies: ["JagaSDK"]),
        .target(name: "JagaQuery", dependencies: ["JagaCore", "JagaText", "JagaImport", "JagaPlugins"]),
        // Election calendars as data: the YAML reader and the built-in Pilkada 2024 calendar file.
        .target(name: "JagaCalendar", dependencies: ["JagaSDK", .product(name: "Yams", package: "Yams")],
                resources: [.embedInCode("Calendars/pilkada-2024.yaml")]),
        // Built-in plugins: one target each under plugins/, depending only on the SDK.
        .target(name: "KeywordList", dependencies: ["JagaSDK"], path: "plugins/KeywordList"),
        // Declarative YAML rule packs loaded as detector plugins.
        .target(name: "RulePack", dependencies: ["JagaSDK", "JagaCalendar", .product(name: "Yams", package: "Yams")], path: "plugins/RulePack", exclude: ["README.md"]),
        // Claim matching against a fact-check corpus (misinfo.hoaks); the corpus is Swift source.
        .target(name: "Hoaks", dependencies: ["JagaSDK"], path: "plugins/Hoaks",
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        // False statements about voting procedure, checked against official KPU facts.
        .target(name: "Prosedural", dependencies: ["JagaSDK"], path: "plugins/Prosedural"),
        // Near-identical posts by several accounts within a short window (koordinasi.copypasta).
        .target(name: "Copypasta", dependencies: ["JagaSDK"], path: "plugins/Copypasta"),
        // The ten pilkada.* rule checkers over one shared analysis of each post.
        .target(name: "Pilkada", dependencies: ["JagaSDK", "JagaCalendar"], path: "plugins/Pilkada",
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        // libedit behind non-variadic C wrappers; owns stdin/stdout/stderr for the editor.
        .target(name: "CLineEdit", linkerSettings: [.linkedLibrary("edit")]),
        // The interactive edge: line editor, signals, completion glue.
        .target(name: "JagaTerminal", dependencies: ["CLineEdit", "JagaText"]),
        .executableTarget(
            name: "jaga",
            dependencies: [
                "JagaCore", "JagaQuery", "JagaTerminal", "JagaPlugins", "KeywordList", "RulePack",
                "Hoaks", "Prosedural", "Copypasta", "Pilkada", "JagaCalendar",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Plugins loaded with dlopen bind to the SDK symbols of this executable, so host and
            // plugins share one copy of every SDK type (see ARCHITECTURE.md).
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"])]
        ),
        .testTarget(name: "JagaCoreTests", dependencies: ["JagaCore"]),
        .testTarget(name: "JagaTextTests", dependencies: ["JagaText"]),
        .testTarget(name: "JagaImportTests", dependencies: ["JagaImport"]),
        .testTarget(name: "JagaQueryTests", dependencies: ["JagaQuery", "RulePack"], exclude: ["Golden"]),
        .testTarget(name: "JagaTerminalTests", dependencies: ["JagaTerminal"]),
        .testTarget(name: "JagaCLITests", dependencies: ["jaga"], exclude: ["Golden"]),
        .testTarget(name: "JagaPluginsTests", dependencies: ["JagaPlugins", "KeywordList"]),
        .testTarget(name: "RulePackTests", dependencies: ["RulePack", "JagaCalendar"], path: "Tests/RulePackTests"),
        .testTarget(name: "HoaksTests", dependencies: ["Hoaks", "JagaPlugins"], path: "Tests/HoaksTests"),
        .testTarget(name: "ProseduralTests", dependencies: ["Prosedural", "JagaPlugins"], path: "Tests/ProseduralTests"),
        .testTarget(name: "PilkadaTests", dependencies: ["Pilkada", "JagaCalendar", "JagaPlugins"], path: "Tests/PilkadaTests"),
        .testTarget(name: "CopypastaTests", dependencies: ["Copypasta", "JagaPlugins"], path: "Tests/CopypastaTests"),
    ],
    swiftLanguageModes: [.v6]
)
