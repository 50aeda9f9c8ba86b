import JagaText

/// What a token of ``PostAnalysis`` is: the toolkit's `NormalToken.Kind`, as a type of this module.
///
/// The toolkit is built with library evolution, so a struct holding its (non-frozen) enum has
/// a layout known only at run time and is copied through generic code; ``PostAnalysis/Token``
/// holds this one instead and stays plain data, copied as bytes.
public enum TokenKind: UInt8, Sendable {
    /// A word of letters.
    case word
    /// A number (`2`, `02`, `1.000.000`).
    case number
    /// One emoji.
    case emoji
    /// A word or number from inside a hashtag.
    case hashtagPart
    /// A kind a later toolkit adds (treated as none of the above).
    case other

    /// The kind of a toolkit token.
    init(_ k: NormalToken.Kind) {
        switch k {
        case .word: self = .word
        case .number: self = .number
        case .emoji: self = .emoji
        case .hashtagPart: self = .hashtagPart
        @unknown default: self = .other
        }
    }
}
