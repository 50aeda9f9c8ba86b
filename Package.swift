// swift-tools-version: 6.0
import PackageDescription

/// Jaga: a moderation workbench for election integrity.
///
/// Module map (see ARCHITECTURE.md): JagaCore is the model and may import
/// nothing of ours; JagaText adds text matching; JagaImport reads files;
/// JagaQuery is the command language; JagaTerminal and the C shims are the
/// edge; `jaga` wires them together.
let package = Package(
    name: "Jaga",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jaga", targets: ["jaga"]),
        .library(name: "JagaCore", targets: ["JagaCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The content/report/finding model, columnar post store, regions and time. No I/O.
        .target(name: "JagaCore"),
        // C helpers: PCRE2 with JIT, and a vectorised case-insensitive phrase scan.
        .target(
            name: "CJagaText",
            cSettings: [.unsafeFlags(["-O3"])],
            linkerSettings: [.linkedLibrary("pcre2-8")]
        ),
        // Text folding, word matching, regular expressions, terminal-safe text.
        .target(name: "JagaText", dependencies: ["CJagaText"]),
        // simdjson (Debian libsimdjson-dev) behind a small extern "C" API.
        .target(
            name: "SimdJSONShim",
            cxxSettings: [.unsafeFlags(["-O3"])],
            linkerSettings: [.linkedLibrary("simdjson")]
        ),
        // Streaming importers: canonical JSONL, CSV, TikTok Research API, X API v2, reports.
        .target(name: "JagaImport", dependencies: ["JagaCore", "JagaText", "SimdJSONShim"]),
        // The command language: lexer, parser, expressions, commands, interpreter, output modes.
        .target(name: "JagaQuery", dependencies: ["JagaCore", "JagaText", "JagaImport"]),
        // libedit behind non-variadic C wrappers; owns stdin/stdout/stderr for the editor.
        .target(name: "CLineEdit", linkerSettings: [.linkedLibrary("edit")]),
        // The interactive edge: line editor, signals, completion glue.
        .target(name: "JagaTerminal", dependencies: ["CLineEdit", "JagaText"]),
        .executableTarget(
            name: "jaga",
            dependencies: [
                "JagaCore", "JagaQuery", "JagaTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "JagaCoreTests", dependencies: ["JagaCore"]),
        .testTarget(name: "JagaTextTests", dependencies: ["JagaText"]),
        .testTarget(name: "JagaImportTests", dependencies: ["JagaImport"]),
        .testTarget(name: "JagaQueryTests", dependencies: ["JagaQuery"], exclude: ["Golden"]),
        .testTarget(name: "JagaTerminalTests", dependencies: ["JagaTerminal"]),
        .testTarget(name: "JagaCLITests", dependencies: ["jaga"]),
    ],
    swiftLanguageModes: [.v6]
)
