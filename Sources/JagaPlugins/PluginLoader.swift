import Foundation
import JagaSDK

/// Loads plugin libraries (`.so`) at run time and finds them on the plugin search path.
///
/// A plugin library links the `JagaSDK` dynamic library. `jaga` links the SDK statically but
/// exports its symbols (`--export-dynamic`), so a plugin binds to the executable's copy of every
/// SDK type and `as? any Plugin` works. The plugin's own `DT_NEEDED libJagaSDK.so` must still be
/// satisfied: before the first plugin, the loader opens the host's `libJagaSDK.so` by bare name
/// (found through the executable's `RUNPATH $ORIGIN`), and glibc then reuses it by name for every
/// plugin, even one copied alone into a folder.
///
/// Libraries are never closed: Swift registers a library's types with the runtime when it loads,
/// and unloading it would leave the runtime pointing into freed memory.
public enum PluginLoader {
    /// The file name the SDK library has next to `jaga` (SwiftPM sets no SONAME).
    public static let sdkLibraryName = "libJagaSDK.so"

    /// The `dlerror()` text of opening the host's SDK library by bare name, or nil when it opened.
    ///
    /// Runs once, on first use; a `static let` initialiser is thread-safe.
    static let sdkPreloadProblem: String? = {
        if dlopen(sdkLibraryName, RTLD_NOW | RTLD_GLOBAL) != nil { return nil }
        return lastDLError() ?? "dlopen failed"
    }()

    /// Loads the library at `path` and returns the plugins it exports, with valid manifests.
    ///
    /// Refuses, with a message and without calling into the library where it can: a file or folder
    /// anyone may write to, a library that does not open, one without the three plugin symbols, one
    /// built against another SDK ABI or Swift toolchain (checked before its entry point runs), and
    /// one whose manifests are malformed.
    public static func load(path: String) throws(PluginLoadError) -> [any Plugin] {
        func fail(_ reason: String) -> PluginLoadError { PluginLoadError(path: path, reason: reason) }

        let real = try resolve(path)
        try checkPermissions(given: path, real: real)
        _ = sdkPreloadProblem
        _ = dlerror()

        guard let handle = dlopen(real, RTLD_NOW | RTLD_LOCAL) else {
            var reason = lastDLError() ?? "dlopen failed"
            if reason.contains(sdkLibraryName), let problem = sdkPreloadProblem {
                reason += " (jaga could not open its own \(sdkLibraryName): \(problem); build the whole Jaga package with `swift build` so \(sdkLibraryName) sits next to the jaga binary)"
            }
            throw fail(reason)
        }
        guard let entrySymbol = dlsym(handle, "jaga_plugin_entry") else {
            throw fail("not a Jaga plugin (no jaga_plugin_entry)")
        }
        guard let abiSymbol = dlsym(handle, "jaga_plugin_abi") else {
            throw fail("not a Jaga plugin (no jaga_plugin_abi)")
        }
        guard let toolchainSymbol = dlsym(handle, "jaga_plugin_toolchain") else {
            throw fail("not a Jaga plugin (no jaga_plugin_toolchain)")
        }

        typealias ABIFunction = @convention(c) () -> Int32
        typealias ToolchainFunction = @convention(c) () -> UnsafePointer<CChar>
        typealias EntryFunction = @convention(c) () -> UnsafeMutableRawPointer

        let pluginABI = unsafeBitCast(abiSymbol, to: ABIFunction.self)()
        if pluginABI != PluginABI.version {
            throw fail("plugin built against Jaga SDK ABI \(pluginABI), this jaga has ABI \(PluginABI.version): rebuild it with `swift build` against this checkout")
        }
        let pluginToolchain = String(cString: unsafeBitCast(toolchainSymbol, to: ToolchainFunction.self)())
        let hostToolchain = String(cString: PluginABI.toolchain)
        if pluginToolchain != hostToolchain {
            throw fail("plugin built with Swift \(pluginToolchain), this jaga with Swift \(hostToolchain): rebuild it with `swift build` using the toolchain jaga was built with")
        }

        let pointer = unsafeBitCast(entrySymbol, to: EntryFunction.self)()
        guard let bundle = PluginABI.bundle(from: pointer) else {
            throw fail("its entry point did not return a Jaga plugin bundle (it may be bound to another copy of the Jaga SDK: rebuild it with `swift build` against this checkout)")
        }
        if bundle.plugins.isEmpty { throw fail("it exports no plugins") }
        for plugin in bundle.plugins {
            if let problem = plugin.manifest.validationProblem() { throw fail(problem) }
        }
        return bundle.plugins
    }

    /// The folders searched for plugins, in order: `~/.jaga/plugins`, each entry of
    /// `JAGA_PLUGIN_PATH` (colon-separated), then `extra` (`--plugin-path` values).
    ///
    /// A leading `~/` is expanded with `HOME`; empty entries and repeats are dropped.
    public static func searchPath(extra: [String], environment: [String: String]) -> [String] {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        func expand(_ entry: String) -> String? {
            if entry.isEmpty { return nil }
            if entry == "~" { return home }
            if entry.hasPrefix("~/") {
                guard let home else { return nil }
                return home + entry.dropFirst(1)
            }
            return entry
        }
        var candidates: [String] = []
        if let home { candidates.append(home + "/.jaga/plugins") }
        if let list = environment["JAGA_PLUGIN_PATH"] {
            candidates += list.split(separator: ":", omittingEmptySubsequences: true).compactMap { expand(String($0)) }
        }
        candidates += extra.compactMap(expand)
        var seen = Set<String>()
        return candidates.filter { seen.insert($0).inserted }
    }

    /// The `*.so` files in those of `directories` that exist, sorted by name within each folder,
    /// folders in the order given (hidden files skipped).
    public static func discover(in directories: [String]) -> [String] {
        var found: [String] = []
        var seen = Set<String>()
        for directory in directories {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
            for name in names.sorted() where name.hasSuffix(".so") && !name.hasPrefix(".") {
                let path = base + "/" + name
                if seen.insert(path).inserted { found.append(path) }
            }
        }
        return found
    }

    /// The canonical absolute path of `path`, which must be an existing regular file.
    ///
    /// An absolute path also keeps `dlopen` from searching the library path for a bare name.
    static func resolve(_ path: String) throws(PluginLoadError) -> String {
        guard !path.isEmpty else { throw PluginLoadError(path: path, reason: "no path given") }
        guard let resolved = realpath(path, nil) else {
            throw PluginLoadError(path: path, reason: String(cString: strerror(errno)).lowercased())
        }
        defer { free(resolved) }
        let real = String(cString: resolved)
        guard let mode = fileMode(real) else {
            throw PluginLoadError(path: path, reason: String(cString: strerror(errno)).lowercased())
        }
        if mode & 0o170000 != 0o100000 { throw PluginLoadError(path: path, reason: "not a regular file") }
        return real
    }

    /// Refuses a library that anyone may replace: the file, its folder, or (for a symbolic link)
    /// the folder of the link as given, writable by all users.
    static func checkPermissions(given: String, real: String) throws(PluginLoadError) {
        var paths = [real, parent(of: real)]
        let givenFolder = parent(of: given)
        if let folder = realpath(givenFolder, nil) {
            let resolvedFolder = String(cString: folder)
            free(folder)
            if !paths.contains(resolvedFolder) { paths.append(resolvedFolder) }
        }
        for p in paths {
            guard let mode = fileMode(p) else { continue }
            if mode & 0o002 != 0 {
                let what = p == real ? "the file" : "its folder \(p)"
                throw PluginLoadError(path: given, reason: "refusing to load: \(what) is world-writable, so anyone on this machine could replace the code jaga would run (chmod o-w \"\(p)\")")
            }
        }
    }

    /// The folder part of a path (`.` for a bare name).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = path[..<slash]
        return folder.isEmpty ? "/" : String(folder)
    }

    /// `st_mode` of `path` (following links), or nil when `stat` fails.
    static func fileMode(_ path: String) -> UInt32? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return UInt32(info.st_mode)
    }

    /// The pending `dlerror()` text, if any.
    static func lastDLError() -> String? {
        guard let message = dlerror() else { return nil }
        return String(cString: message)
    }
}
