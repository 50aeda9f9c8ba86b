import Foundation
import JagaCore

/// Connects `load` to the importers and reports what was loaded and rejected.
enum DatasetLoader {
    static func load(_ req: LoadCommand.Request, into session: Session, at inv: CommandInvocation) throws(ScriptError) {
        throw inv.args.error("loading is not wired yet")
    }
}
