/// A class of words or phrases the shared analysis finds in a post (at most 64: cue sets are `UInt64` bit masks).
///
/// Checkers combine cues (a benefit *and* a link to voting, in one sentence, with no
/// anti-vote-buying frame in the post); users extend any cue with a lexicon file whose
/// lines read `cue-name: phrase` (see ``PilkadaLexicon``).
public enum Cue: Int, CaseIterable, Sendable {
    // Campaign content
    case voteVerb, voteAgainst, strongVoteVerb, candidate, campaignEvent, rallyInvite, jingle, callWord, slogan
    case numberIntro, numberBlocker, numberWord, fingerSign
    // Frames that make a post something other than campaigning
    case news, registration, reminder, report, supervisor, against, education, tolerance, condemn, announce, enforcement
    // Politik uang
    case money, amount, goods, exchange, abstain, organise, unrelatedBenefit, sport
    // SARA
    case group, slur, insult, leader, identityVote
    // Hasutan
    case violence, violenceTarget, incite, riot, figurative, accusation, spreadCall
    // Netralitas
    case official, officialAction, neutral, former
    // Children
    case child, childCampaign, childProtect, schoolSim, adultAnak
    // Facilities
    case worshipPlace, worshipEvent, school, govFacility, civicEducation
    // Surveys and quick counts
    case survey, quickCount, result, percent, election

    /// The name used in lexicon files and `describe`: `vote-verb`, `money`, ...
    public var name: String { Self.names[rawValue] }

    /// Every cue's name, by raw value (worked out once from the case names: `voteVerb` → `vote-verb`).
    private static let names: [String] = allCases.map { c in
        var out = ""
        for ch in String(describing: c) {
            if ch.isUppercase { out += "-" + ch.lowercased() } else { out.append(ch) }
        }
        return out
    }

    /// The cue called `name`, or nil.
    public static func named(_ name: String) -> Cue? { names.firstIndex(of: name).flatMap(Cue.init(rawValue:)) }

    /// The bit of this cue in a cue mask.
    @inline(__always) public var bit: UInt64 { 1 << UInt64(rawValue) }
}
