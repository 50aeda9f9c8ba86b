import Foundation

/// `source "FILE"`: runs another script in this session, as if its lines were here.
public struct SourceCommand: Command {
    public init() {}
    public let name = "source"
    public let aliases = ["include"]
    public let usage = "source \"FILE.jaga\""
    public let summary = "Run the commands of another script file"

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        let path = try a.string("a script path", variables: session.context.variables)
        try a.expectEnd(usage)
        guard session.sourceDepth < 16 else { throw inv.args.error("source nested too deeply (a script that sources itself?)") }
        let full = session.resolvePath(path)
        guard let data = FileManager.default.contents(atPath: full) else {
            throw inv.args.error("cannot read script '\(path)' (\(full))")
        }
        session.sourceDepth += 1
        defer { session.sourceDepth -= 1 }
        try session.execute(String(decoding: data, as: UTF8.self), file: path, directory: (full as NSString).deletingLastPathComponent)
    }
}
