/// Why `jaga plugin new` wrote nothing, or stopped part way; the message is shown as it is.
public struct PluginScaffoldError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
