import JagaSDK

/// One official fact about voting procedure, with the shapes of the false statements that contradict it.
struct ProceduralFact: Sendable {
    /// `F01`…
    var id: String
    /// The official statement, in English, as a finding quotes it.
    var statement: String
    /// The regulation or authority it rests on (`PKPU 17/2024`).
    var source: String
    /// High when believing the false statement could stop people voting.
    var severity: Severity
    /// How the false statements circulate, in Indonesian (documentation and tests).
    var falseExamples: [String]
    /// The word patterns that make a sentence contradict the fact.
    var patterns: [ClaimPattern]
}
