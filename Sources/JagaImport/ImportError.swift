/// An error that stops an import, with the file, line and reason it concerns.
///
/// Bad records do not throw (they are rejected and the load goes on) unless the import is
/// strict, in which case the first one throws ``rejected(file:line:reason:)``.
public enum ImportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A file or folder could not be opened, read or listed.
    case io(file: String, reason: String)
    /// The format could not be told or is not supported for this kind of record.
    case unknownFormat(file: String, reason: String)
    /// A CSV header or a column mapping is unusable (missing required column, unknown field).
    case badHeader(file: String, line: Int, reason: String)
    /// A record was rejected during a strict import.
    case rejected(file: String, line: Int, reason: String)
    /// The rejects file could not be created or written.
    case rejectsFile(file: String, reason: String)

    /// The file the error is about.
    public var file: String {
        switch self {
        case .io(let f, _), .unknownFormat(let f, _), .rejectsFile(let f, _): f
        case .badHeader(let f, _, _), .rejected(let f, _, _): f
        }
    }

    /// The 1-based line (or record position), when the error concerns one.
    public var line: Int? {
        switch self {
        case .badHeader(_, let l, _), .rejected(_, let l, _): l
        default: nil
        }
    }

    /// Why the import stopped.
    public var reason: String {
        switch self {
        case .io(_, let r), .unknownFormat(_, let r), .rejectsFile(_, let r): r
        case .badHeader(_, _, let r), .rejected(_, _, let r): r
        }
    }

    /// `file:line: reason`, as compilers write it.
    public var description: String {
        if let line { return "\(file):\(line): \(reason)" }
        return "\(file): \(reason)"
    }
}
