/// The binary contract between Jaga and a plugin loaded at run time.
///
/// A plugin library exports three C symbols (the `jaga plugin new` template writes them):
///
///     @_cdecl("jaga_plugin_abi") public func jagaPluginABI() -> Int32 { PluginABI.version }
///     @_cdecl("jaga_plugin_toolchain") public func jagaPluginToolchain() -> UnsafePointer<CChar> { PluginABI.toolchain }
///     @_cdecl("jaga_plugin_entry") public func jagaPluginEntry() -> UnsafeMutableRawPointer { PluginABI.export([MyDetector()]) }
///
/// `version` and `toolchain` are inlined into the plugin when it is compiled, so they tell
/// the SDK the plugin was *built* against; Jaga compares them with its own before it calls
/// the entry point, and refuses a mismatch with a message instead of crashing.
public enum PluginABI {
    /// Bumped whenever the SDK's binary interface changes in a way old plugins cannot follow.
    @inlinable public static var version: Int32 { 1 }

    /// The Swift toolchain (major.minor) the code calling this was compiled with.
    @inlinable public static var toolchain: UnsafePointer<CChar> {
        #if compiler(>=6.4)
        return UnsafePointer(toolchainNewer)
        #elseif compiler(>=6.3)
        return UnsafePointer(toolchain63)
        #else
        return UnsafePointer(toolchainOlder)
        #endif
    }

    /// Wraps a plugin library's plugins for the entry point.
    @inlinable public static func export(_ plugins: [any Plugin]) -> UnsafeMutableRawPointer {
        Unmanaged.passRetained(PluginBundle(plugins)).toOpaque()
    }

    /// The host side: takes the bundle back from the entry point's pointer.
    public static func bundle(from pointer: UnsafeMutableRawPointer) -> PluginBundle? {
        Unmanaged<AnyObject>.fromOpaque(pointer).takeRetainedValue() as? PluginBundle
    }
}

@usableFromInline nonisolated(unsafe) let toolchain63: UnsafeMutablePointer<CChar> = strdupLiteral("6.3")
@usableFromInline nonisolated(unsafe) let toolchainNewer: UnsafeMutablePointer<CChar> = strdupLiteral("6.4+")
@usableFromInline nonisolated(unsafe) let toolchainOlder: UnsafeMutablePointer<CChar> = strdupLiteral("<6.3")

func strdupLiteral(_ s: String) -> UnsafeMutablePointer<CChar> {
    let bytes = Array(s.utf8CString)
    let p = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
    p.initialize(from: bytes, count: bytes.count)
    return p
}

/// The plugins one library provides.
public final class PluginBundle: @unchecked Sendable {
    public let plugins: [any Plugin]
    public init(_ plugins: [any Plugin]) { self.plugins = plugins }
}
