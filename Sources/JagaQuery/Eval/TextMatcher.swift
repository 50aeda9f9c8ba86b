import Foundation
import JagaText

/// One text operator with its needle, ready to test strings (`has`, `contains`, `matches`, ...).
public struct TextMatcher: Sendable {
    /// A reason the needle cannot be used (an invalid regular expression).
    public struct Invalid: Error { public var message: String }

    let op: String
    let needle: String
    let folded: String

    public init(op: String, needle: String) throws(Invalid) {
        self.op = op
        self.needle = needle
        self.folded = needle.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// True when `text op needle` holds.
    public func matches(_ text: String) -> Bool {
        switch op {
        case "contains_cs": return text.contains(needle)
        case "has_cs": return text.contains(needle)
        default:
            let t = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            switch op {
            case "startswith": return t.hasPrefix(folded)
            case "endswith": return t.hasSuffix(folded)
            default: return t.contains(folded)
            }
        }
    }
}
