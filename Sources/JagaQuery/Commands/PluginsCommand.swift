import JagaCore
import JagaPlugins
import JagaSDK

/// `plugins`: lists registered plugins.
public struct PluginsCommand: Command {
    public init() {}
    public let name = "plugins"
    public let usage = "plugins"
    public let summary = "List plugins: id, kind, version, enabled, rules"

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        try inv.args.expectEnd(usage)
        let rows: [[Value]] = session.plugins.list().map { e in
            [.string(e.manifest.id), .string(e.manifest.kind.rawValue), .string(e.manifest.version),
             .bool(e.enabled), .string(e.manifest.rules.map(\.id).joined(separator: ", ")), .string(e.origin)]
        }
        try session.printResult(QueryResult(table: ResultTable(columns: ["id", "kind", "version", "enabled", "rules", "origin"], rows: rows)))
    }
}

/// `describe PLUGIN`: a plugin's manifest, parameters with current values, and rules.
public struct DescribeCommand: Command {
    public init() {}
    public let name = "describe"
    public let usage = "describe PLUGIN"
    public let summary = "Show a plugin's manifest, parameters (with current values) and rules"

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        let id = try a.word("a plugin id")
        try a.expectEnd(usage)
        let e: PluginRegistry.Entry
        do throws(RegistryError) { e = try session.plugins.require(id) } catch { throw inv.args.error(error.message) }
        let m = e.manifest
        var out = "\(m.id) \(m.version) (\(m.kind.rawValue), \(e.enabled ? "enabled" : "disabled"), \(e.origin))\n  \(m.summary)\n"
        out += "\nrules:\n"
        for r in m.rules {
            out += "  \(r.id)  [\(r.defaultSeverity)]  \(r.legalBasis)\n"
            if !r.summary.isEmpty { out += "      \(r.summary)\n" }
        }
        if m.rules.isEmpty { out += "  (none)\n" }
        out += "\nparameters:\n"
        for p in m.parameters {
            let current = e.parameters[p.name] ?? p.defaultValue
            out += "  \(m.id).\(p.name) = \(current.literal)   (\(p.type); default \(p.defaultValue.literal))\n      \(p.doc)\n"
        }
        if m.parameters.isEmpty { out += "  (none)\n" }
        session.out.write(out)
    }
}

/// `enable PLUGIN` / `disable PLUGIN`: whether `run all` includes a plugin.
public struct EnableCommand: Command {
    public let enable: Bool
    public init(enable: Bool) { self.enable = enable }
    public var name: String { enable ? "enable" : "disable" }
    public var usage: String { "\(name) PLUGIN [PLUGIN...]" }
    public var summary: String { enable ? "Include plugins in `run all`" : "Leave plugins out of `run all`" }

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        if a.atEnd { throw a.error("expected a plugin id; usage: \(usage)") }
        while !a.atEnd {
            let id = try a.word("a plugin id")
            do throws(RegistryError) { try session.plugins.setEnabled(id, enable) } catch { throw inv.args.error(error.message) }
        }
    }
}
