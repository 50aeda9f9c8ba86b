/// Why a rule pack could not be loaded, pointing at the file, line, column and key.
///
/// Shown as `rules[2].severity: 'hgih' is not one of low, medium, high, critical
/// (did you mean 'high'?) (rules.yaml:14:15)`.
public struct RulePackError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: String, Sendable, Hashable {
        /// The file cannot be read.
        case io
        /// The YAML itself is malformed (Yams' message and position).
        case syntax
        /// A required key is absent.
        case missingKey
        /// A key the format does not know (often a typo).
        case unknownKey
        /// A value of the wrong shape: a list where text was expected, and so on.
        case wrongType
        /// A value of the right shape that is not allowed.
        case invalidValue
    }

    /// What kind of problem it is.
    public var kind: Kind
    /// The pack file as it was given to the loader.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column (in Unicode scalars, as libyaml counts), when known.
    public var column: Int?
    /// The key path, e.g. `rules[2].severity`; empty for the file as a whole.
    public var path: String
    /// What is wrong, in one sentence.
    public var message: String

    /// Makes an error from its fields.
    public init(kind: Kind, file: String, line: Int? = nil, column: Int? = nil, path: String = "", message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `file:line:column`, or as much of it as is known.
    public var location: String {
        var s = file
        if let line { s += ":\(line)" }
        if let column { s += ":\(column)" }
        return s
    }

    /// `path: message (file:line:column)`.
    public var description: String {
        (path.isEmpty ? "" : path + ": ") + message + " (" + location + ")"
    }
}
