/// The names Tab completion offers, supplied by whoever knows them (the REPL session).
///
/// Properties are read on every Tab press, so they may change as datasets are
/// loaded or plugins enabled. Names are completed as given (case is kept).
public protocol CompletionSource: AnyObject {
    /// Command words, completed as the first word of a line or after `|`.
    var commandNames: [String] { get }
    /// Loaded dataset names, completed at the start of a line and among arguments.
    var datasetNames: [String] { get }
    /// Field names of the records, completed among arguments.
    var fieldNames: [String] { get }
    /// Plugin names, completed after `describe`, `enable`, `disable` and `run`.
    var pluginNames: [String] { get }
}
