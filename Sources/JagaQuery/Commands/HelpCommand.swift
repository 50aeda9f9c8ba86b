import JagaText
import JagaCore

/// `help [COMMAND]`: lists commands, or shows one command's usage and examples.
///
/// Generated from the command registry, so a new command documents itself.
public struct HelpCommand: Command {
    public init() {}
    public let name = "help"
    public let usage = "help [COMMAND | query]"
    public let summary = "List commands, or show how to use one"

    /// Help on the query language, shown by `help query`.
    public static let queryHelp = """
        Queries start with a dataset name and pass rows through operators:
          posts | where region = "Jawa Barat" and text has "serangan fajar" | sort by views desc | take 20
        Operators:
          where EXPR              keep rows where EXPR is true
          sort by EXPR [asc|desc], ...
          take N                  first N rows (also: limit)
          top N by EXPR [asc|desc]
          count                   number of rows
          count by EXPR, ...      rows per value, most first
          project F, NAME = EXPR  choose and compute columns
          distinct EXPR, ...      unique values
        Expressions:
          and  or  not  =  !=  <  <=  >  >=  + - * / %
          x in ["a", "b"]   x between 1 and 10   isnull(x)  len(x)  lower(x)  date(t)  hour(t)
          text has "serangan fajar"   whole words, any case and accents
          text contains "amplop"      substring, any case
          text matches "(?i)no\\\\s*0?2"  regular expression (PCRE2)
          startswith  endswith  has_cs  contains_cs  (!has, not contains ... negate)
          2024-11-24T00:00+08:00  2024-11-24 (midnight WIB)  2h  30m  3d  $variable  `odd field`
          (posts | where ... | count)  a sub-query giving one value
        Post fields: id text created_at author platform url region hashtags likes shares comments
          views transcript reply_to lang, derived region_raw region_code province zone local_time,
          and any unknown input field by its name. `region = "Jabar"` matches every post in Jawa Barat.
        """

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        if a.atEnd {
            var out = "Commands:\n"
            let cmds = session.registry.commands.sorted { $0.name < $1.name }
            let w = cmds.map { $0.name.count }.max() ?? 0
            for c in cmds {
                out += "  " + c.name + String(repeating: " ", count: w - c.name.count + 2) + c.summary + "\n"
            }
            out += "\nhelp NAME shows a command's syntax and examples.\n"
            out += "Queries: DATASET | where ... | sort by ... | take N   (help query for more)\n"
            session.out.write(out)
            return
        }
        let topic = try a.word("a command name").lowercased()
        try a.expectEnd(usage)
        if ["query", "queries", "where", "sort", "take", "count", "project", "distinct", "top"].contains(topic) {
            session.out.write(HelpCommand.queryHelp + "\n")
            return
        }
        guard let c = session.registry.lookup(topic) else {
            var msg = "no help for '\(topic)'"
            if let s = Suggest.nearest(topic, in: Array(session.registry.names)) { msg += "; did you mean '\(s)'?" }
            throw inv.args.error(msg)
        }
        var out = "usage: \(c.usage)\n  \(c.summary)\n"
        if !c.aliases.isEmpty { out += "  also: \(c.aliases.joined(separator: ", "))\n" }
        if !c.details.isEmpty { out += "\n" + c.details + "\n" }
        session.out.write(out)
    }
}
