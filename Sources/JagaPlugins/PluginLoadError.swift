/// Why a plugin library was not loaded: the path as given and a reason a user can act on.
public struct PluginLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The library path as the user gave it.
    public var path: String
    /// What is wrong and, where possible, what to do about it.
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot load plugin \(path): \(reason)" }
}
