/// The version of Jaga this binary is.
enum JagaVersion {
    static let current = "0.1.0"
}
