import Foundation
import JagaPlugins
import Testing

/// The loader's refusals (permissions, libraries that are not plugins) and the search path.
@Suite struct PluginLoaderTests {
    /// A fresh private temporary folder (mode 0755).
    static func tempDir() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jaga-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        return url
    }

    /// Loads `path` and returns the refusal's text, or nil when it loaded.
    static func refusal(_ path: String) -> String? {
        do {
            _ = try PluginLoader.load(path: path)
            return nil
        } catch {
            #expect(error.path == path)
            return error.description
        }
    }

    @Test func refusesWorldWritableFile() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("libopen.so")
        try Data("not a library".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: file.path)
        let message = try #require(Self.refusal(file.path))
        #expect(message.contains("the file is world-writable"))
    }

    @Test func refusesFileInWorldWritableFolder() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("libfine.so")
        try Data("not a library".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dir.path)
        let message = try #require(Self.refusal(file.path))
        #expect(message.contains("its folder") && message.contains("world-writable"))
    }

    @Test func refusesGarbageWithDLOpenMessage() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("libgarbage.so")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let message = try #require(Self.refusal(file.path))
        #expect(message.contains("libgarbage.so"))
        #expect(message.contains("ELF") || message.contains("too short"), "dlerror text expected, got: \(message)")
    }

    @Test func refusesLibraryWithoutEntryPoint() throws {
        let libm = try #require(["/lib/x86_64-linux-gnu/libm.so.6", "/usr/lib/x86_64-linux-gnu/libm.so.6", "/lib/aarch64-linux-gnu/libm.so.6", "/lib64/libm.so.6"]
            .first { FileManager.default.fileExists(atPath: $0) })
        let message = try #require(Self.refusal(libm))
        #expect(message.contains("not a Jaga plugin (no jaga_plugin_entry)"))
    }

    @Test func refusesMissingFileAndFolder() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(Self.refusal(dir.appendingPathComponent("libnothing.so").path)?.contains("no such file") == true)
        #expect(Self.refusal(dir.path)?.contains("not a regular file") == true)
    }

    @Test func searchPathOrder() {
        let env = ["HOME": "/home/ani", "JAGA_PLUGIN_PATH": "/opt/a::~/b:/opt/a"]
        #expect(PluginLoader.searchPath(extra: ["./local", "/opt/a"], environment: env)
            == ["/home/ani/.jaga/plugins", "/opt/a", "/home/ani/b", "./local"])
        #expect(PluginLoader.searchPath(extra: [], environment: [:]) == [])
    }

    @Test func discoverListsSortedLibrariesOfExistingFolders() throws {
        let one = try Self.tempDir(), two = try Self.tempDir()
        defer {
            try? FileManager.default.removeItem(at: one)
            try? FileManager.default.removeItem(at: two)
        }
        for name in ["libz.so", "liba.so", "notes.txt", ".hidden.so", "libb.so.1"] {
            try Data().write(to: one.appendingPathComponent(name))
        }
        try Data().write(to: two.appendingPathComponent("libc.so"))
        let found = PluginLoader.discover(in: [two.path, one.path + "/", one.appendingPathComponent("missing").path])
        #expect(found == [two.path + "/libc.so", one.path + "/liba.so", one.path + "/libz.so"])
    }
}
