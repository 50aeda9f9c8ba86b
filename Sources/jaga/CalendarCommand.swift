import Foundation
import JagaCalendar
import JagaQuery
import JagaSDK
import Pilkada

/// `calendar` shows the election calendar the time rules judge by; `calendar load` switches to another file.
struct CalendarCommand: Command {
    let name = "calendar"
    let usage = "calendar | calendar load \"FILE.yaml\" | calendar reset"
    let summary = "Show the election calendar (periods, moments, sources), or load another one"
    let details = """
        calendar                     the periods (local days) and moments of the calendar in use, with sources
        calendar load "pemilu.yaml"  judge the time rules (pilkada.masa-tenang, ...) by another election's calendar
        calendar reset               back to the built-in Pilkada 2024 calendar
        A calendar file lists periods (name, label, from, to: local days) and moments (name, label, and
        either at: an instant with its offset, or local: a clock time in each region's own zone). The built-in
        file is Sources/JagaCalendar/Calendars/pilkada-2024.yaml.
        """

    func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        guard let checker = PilkadaRule.allCases.lazy.compactMap({ session.plugins.entry($0.id)?.plugin as? PilkadaChecker }).first else {
            throw ScriptError("the pilkada.* checkers are not registered", at: inv.location)
        }
        let store = checker.calendars
        var a = inv.args
        if a.keyword("load") {
            let path = session.resolvePath(try a.string("a calendar file", variables: session.context.variables))
            try a.expectEnd(usage)
            do throws(CalendarFileError) {
                store.replace(with: try CalendarFile.load(path: path))
            } catch {
                throw inv.args.error("\(error)")
            }
            let c = store.calendar
            session.out.write("calendar \(c.id) (\(c.name)): \(c.periodList.count) periods, \(c.moments.count) moments, from \(path)\n")
            return
        }
        if a.keyword("reset") {
            try a.expectEnd(usage)
            store.replace(with: CalendarFile.builtin)
            session.out.write("calendar \(CalendarFile.builtin.id) (built-in)\n")
            return
        }
        try a.expectEnd(usage)
        let c = store.calendar
        session.out.write("\(c.name) (\(c.id), \(c.origin)); periods are local days in the region's zone\n")
        var rows: [[Value]] = c.periodList.map {
            [.string("period"), .string($0.name), .string($0.from?.description ?? "…"), .string($0.to?.description ?? "…"),
             .string($0.label), .string($0.source), .string($0.note)]
        }
        rows += c.moments.map {
            let when: (String, String) = switch $0.when {
            case .instant: ($0.description, "same instant everywhere")
            case .local: ($0.description, "each region's local time")
            }
            return [.string("moment"), .string($0.name), .string(when.0), .string(when.1), .string($0.label), .string($0.source), .string($0.note)]
        }
        try session.printResult(QueryResult(table: ResultTable(columns: ["kind", "name", "from", "to", "label", "source", "note"], rows: rows)))
        if !c.sources.isEmpty { session.out.write("sources: \(c.source)\n") }
    }
}
