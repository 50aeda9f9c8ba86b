import Foundation
import JagaSDK

/// One debunked claim of the fact-check corpus: how it circulates, the verdict and the correct fact.
///
/// `variants` are the claim as people post it (informal Indonesian, slang, regional mixes); the
/// first is the canonical wording shown in listings. `keys` are groups of terms a post must all
/// contain to match (each group: alternatives separated by `|`, an alternative of several words
/// needs all of them), e.g. `["kotak kosong", "tidak|bukan|batal", "sah|batal"]`.
public struct Claim: Sendable, Hashable, Codable {
    /// Stable id, `H001`, `H002`, ... (user claims may use their own, e.g. `U001`).
    public var id: String
    /// The fact-checkers' verdict: `hoaks`, `menyesatkan`, `salah konteks`, `penipuan`, ...
    public var verdict: String
    /// The claim as it circulates, several wordings; the first is the canonical one.
    public var variants: [String]
    /// Required key-term groups (may be empty: similarity alone decides).
    public var keys: [String]
    /// Terms that show a post states the correct fact (`tetap sah`, `libur nasional`): any one
    /// present (same `|` and multi-word syntax as a key group) and the post does not match.
    public var counter: [String]
    /// The correct fact, in one sentence.
    public var fact: String
    /// Where the debunk was published (fact-check id, outlet, regulation); `[unverified]` when unsure.
    public var source: String
    /// When the debunk was published or the claim circulated (`YYYY-MM-DD` or `YYYY-MM`).
    public var date: String

    /// Verdicts that make a finding `high`: scams and phishing.
    public static let scamVerdicts: Set<String> = ["penipuan", "phishing", "scam"]

    public init(id: String, verdict: String, variants: [String], keys: [String] = [], counter: [String] = [],
                fact: String, source: String, date: String) {
        self.id = id
        self.counter = counter
        self.verdict = verdict
        self.variants = variants
        self.keys = keys
        self.fact = fact
        self.source = source
        self.date = date
    }

    /// The canonical wording: the first variant.
    public var text: String { variants.first ?? "" }

    /// The severity of a finding for this claim: high for scams, medium otherwise.
    public var severity: Severity { Claim.scamVerdicts.contains(verdict.lowercased()) ? .high : .medium }

    /// Why the claim cannot be used, or nil when it is well formed.
    public var problem: String? {
        if id.trimmingCharacters(in: .whitespaces).isEmpty { return "'id' is empty" }
        if verdict.trimmingCharacters(in: .whitespaces).isEmpty { return "'verdict' is empty" }
        if !variants.contains(where: { !TextFolding.tokens($0).isEmpty }) { return "'variants' has no wording with words in it" }
        if fact.trimmingCharacters(in: .whitespaces).isEmpty { return "'fact' is empty" }
        return nil
    }

    private enum CodingKeys: String, CodingKey { case id, verdict, variants, keys, counter, fact, source, date }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        verdict = try c.decode(String.self, forKey: .verdict)
        variants = try c.decode([String].self, forKey: .variants)
        keys = try c.decodeIfPresent([String].self, forKey: .keys) ?? []
        counter = try c.decodeIfPresent([String].self, forKey: .counter) ?? []
        fact = try c.decode(String.self, forKey: .fact)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        date = try c.decodeIfPresent(String.self, forKey: .date) ?? ""
    }
}
