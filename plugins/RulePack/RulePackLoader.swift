import Foundation
import JagaCalendar
import JagaSDK

/// Loads rule pack files (and text) into plugins.
public enum RulePackLoader {
    /// Reads, checks and compiles the pack at `path`; the plugin remembers `path` for `plugin reload`.
    public static func load(path: String) throws(RulePackError) -> RulePackPlugin {
        try load(path: path, calendar: .pilkada2024)
    }

    /// The same with another election calendar for named windows.
    public static func load(path: String, calendar: ElectionCalendar) throws(RulePackError) -> RulePackPlugin {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw RulePackError(kind: .io, file: path, message: "cannot read the rule pack: \(error.localizedDescription)")
        }
        let pack = try parse(yaml: text, file: path, calendar: calendar)
        return RulePackPlugin(pack: pack, sourcePath: path)
    }

    /// Parses pack text; `file` names it in errors.
    public static func parse(yaml: String, file: String = "<text>", calendar: ElectionCalendar = .pilkada2024) throws(RulePackError) -> RulePack {
        try RulePackParser.parse(yaml: yaml, file: file, calendar: calendar)
    }
}
