import Foundation
import JagaPlugins
import JagaQuery
import JagaSDK
import Copypasta
import Hoaks
import KeywordList
import Pilkada
import Prosedural
import RulePack

/// The one place built-in plugins are registered and plugin files are given their loaders.
enum BuiltinPlugins {
    /// The commands that built-in plugins bring (`claims` for misinfo.hoaks, `calendar` for the pilkada.* checkers).
    static var commands: CommandRegistry {
        var registry = CommandRegistry.builtin
        registry.register(ClaimsCommand())
        registry.register(CalendarCommand())
        return registry
    }

    /// Registers the compiled-in plugins and the rule-pack loader in a session.
    static func install(in session: Session) {
        let checkers: [any Plugin] = PilkadaPlugins.all(calendars: CalendarStore())
        let builtins: [any Plugin] = [KeywordListPlugin(), HoaksDetector(), ProseduralDetector(), CopypastaDetector()] + checkers
        for plugin in builtins {
            do {
                try session.plugins.register(plugin, origin: "built-in")
            } catch {
                session.diagnostics.write("jaga: built-in plugin refused: \(error)\n")
            }
        }
        let rulePack: (String) throws -> [any Plugin] = { path in [try RulePackLoader.load(path: path)] }
        session.pluginFileLoaders["yaml"] = rulePack
        session.pluginFileLoaders["yml"] = rulePack
    }

    /// Loads every plugin library on the search path (`~/.jaga/plugins`, `$JAGA_PLUGIN_PATH`, `--plugin-path`).
    ///
    /// A library that is refused is reported on standard error and skipped; the others still load.
    static func loadSearchPath(extra: [String], into session: Session) {
        let dirs = PluginLoader.searchPath(extra: extra, environment: ProcessInfo.processInfo.environment)
        for path in PluginLoader.discover(in: dirs) {
            do {
                let ids = try PluginCommand.loadFile(path, into: session)
                session.diagnostics.write("loaded plugin\(ids.count == 1 ? "" : "s") \(ids.joined(separator: ", ")) from \(path)\n")
            } catch {
                session.diagnostics.write("jaga: skipped plugin \(path): \(error.message)\n")
            }
        }
    }
}
