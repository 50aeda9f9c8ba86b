/// The Indonesian stopword list of stopwords-iso (MIT), for filtering tokens before similarity.
///
/// The 758 words are generated into `StopwordList.swift` by `scripts/gen-stopwords.py`.
/// Lookups expect folded words, as `Normalizer` produces them.
public enum Stopwords {
    /// The stopwords as a set (folded, lower case).
    public static let all: Set<String> = Set(StopwordList.words)

    /// True when `word` (already folded) is an Indonesian stopword (`yang`, `dan`, `di`).
    public static func contains(_ word: String) -> Bool {
        all.contains(word)
    }
}
