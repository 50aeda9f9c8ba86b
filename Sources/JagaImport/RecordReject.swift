/// Why one record (a line, or an item of an API page) is rejected, as a thrown value.
struct RecordReject: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

extension Result where Failure == RecordReject {
    /// The success value, or throws the reject.
    func get() throws(RecordReject) -> Success {
        switch self {
        case .success(let v): return v
        case .failure(let e): throw e
        }
    }
}
