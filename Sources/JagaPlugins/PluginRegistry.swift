import Foundation
import JagaSDK

/// The plugins a session knows: registered once, looked up by id, configured, enabled or disabled.
///
/// Registration refuses a malformed manifest, a duplicate plugin id, and a rule id already
/// claimed by another plugin, each with a message that names both sides.
public final class PluginRegistry: @unchecked Sendable {
    /// One registered plugin with its state.
    public struct Entry: Sendable {
        public var plugin: any Plugin
        public var enabled: Bool
        public var parameters: PluginParameters
        /// `built-in`, or the path it was loaded from.
        public var origin: String
        public var manifest: PluginManifest { plugin.manifest }
    }

    private var entries: [String: Entry] = [:]
    private let lock = NSLock()

    public init() {}

    /// Registers a plugin, configuring it with its parameters' defaults.
    public func register(_ plugin: any Plugin, origin: String) throws(RegistryError) {
        let m = plugin.manifest
        if let why = m.validationProblem() { throw RegistryError("cannot register \(m.id) (\(origin)): \(why)") }
        let conflict: String? = lock.withLock {
            if let existing = entries[m.id] {
                return "plugin id \(m.id) is already registered (\(existing.origin)); refusing the one from \(origin)"
            }
            for r in m.rules {
                if let owner = entries.values.first(where: { $0.manifest.rules.contains { $0.id == r.id } }) {
                    return "rule \(r.id) is already emitted by \(owner.manifest.id); \(m.id) (\(origin)) cannot claim it too"
                }
            }
            return nil
        }
        if let conflict { throw RegistryError(conflict) }
        let defaults = PluginParameters(Dictionary(uniqueKeysWithValues: m.parameters.map { ($0.name, $0.defaultValue) }))
        do {
            try plugin.configure(defaults)
        } catch {
            throw RegistryError("\(m.id) refused its own default parameters: \(error)")
        }
        lock.withLock { entries[m.id] = Entry(plugin: plugin, enabled: true, parameters: defaults, origin: origin) }
    }

    /// Replaces a registered plugin by a fresh instance with the same id (for `plugin reload`), keeping its parameters when they still fit.
    public func replace(_ plugin: any Plugin, origin: String) throws(RegistryError) {
        let id = plugin.manifest.id
        let old = lock.withLock { entries.removeValue(forKey: id) }
        do {
            try register(plugin, origin: origin)
        } catch {
            if let old { lock.withLock { entries[id] = old } }
            throw error
        }
        if let old {
            for (name, value) in old.parameters.values where plugin.manifest.parameters.contains(where: { $0.name == name }) {
                try? setParameter(id, name, value)
            }
            try? setEnabled(id, old.enabled)
        }
    }

    /// Removes a plugin.
    public func unregister(_ id: String) { lock.withLock { _ = entries.removeValue(forKey: id) } }

    /// The entry of a plugin id.
    public func entry(_ id: String) -> Entry? { lock.withLock { entries[id] } }

    /// Entries sorted by id, optionally of one kind.
    public func list(kind: PluginKind? = nil) -> [Entry] {
        // Sorted by key (the id): a plugin's manifest may be built each time it is asked for.
        lock.withLock { entries.sorted { $0.key < $1.key }.map(\.value).filter { kind == nil || $0.manifest.kind == kind } }
    }

    /// Every plugin id, sorted.
    public var ids: [String] { list().map(\.manifest.id) }

    /// The entry of a plugin id, or an error that suggests the nearest one.
    public func require(_ id: String) throws(RegistryError) -> Entry {
        if let e = entry(id) { return e }
        var msg = "unknown plugin '\(id)'"
        let known = ids
        if let near = Suggest.nearest(id, in: known) { msg += "; did you mean '\(near)'?" }
        msg += known.isEmpty ? " (no plugins registered)" : " (plugins: \(known.joined(separator: ", ")))"
        throw RegistryError(msg)
    }

    /// Validates and applies one parameter value; the plugin keeps its old values when it refuses.
    public func setParameter(_ id: String, _ name: String, _ value: Value) throws(RegistryError) {
        let e = try require(id)
        guard let spec = e.manifest.parameters.first(where: { $0.name == name }) else {
            let names = e.manifest.parameters.map(\.name)
            throw RegistryError("\(id) has no parameter '\(name)'" + (names.isEmpty ? " (it takes none)" : " (parameters: \(names.joined(separator: ", ")))"))
        }
        let coerced: Value
        switch spec.type.coerce(value) {
        case .success(let v): coerced = v
        case .failure(let p): throw RegistryError("\(id).\(name): \(p.message)")
        }
        if case .path = spec.type, case .string(let path) = coerced, !path.isEmpty, !FileManager.default.fileExists(atPath: path) {
            throw RegistryError("\(id).\(name): no file at '\(path)'")
        }
        var params = e.parameters
        params.values[name] = coerced
        do {
            try e.plugin.configure(params)
        } catch {
            try? e.plugin.configure(e.parameters)
            throw RegistryError("\(id).\(name): \(error)")
        }
        lock.withLock { entries[id]?.parameters = params }
    }

    /// Enables or disables a plugin for `run all`.
    public func setEnabled(_ id: String, _ enabled: Bool) throws(RegistryError) {
        _ = try require(id)
        lock.withLock { entries[id]?.enabled = enabled }
    }
}

/// Why the registry refused something; the message is shown as it is.
public struct RegistryError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

}
