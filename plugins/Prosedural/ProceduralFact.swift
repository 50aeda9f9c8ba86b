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

/// A false statement as a pair of cues: a topic and a claim, close together in one sentence.
struct ClaimPattern: Sendable {
    /// Any of these marks the topic (`golput`, `TPS`…).
    var topic: [Cue]
    /// Any of these marks the false value (`dipenjara`, `sampai jam 5 sore`…).
    var claim: [Cue]
    /// The largest number of words between topic and claim.
    var window: Int = 8
    /// Any of these in the sentence means it talks about something else (vote buying, counting…).
    var blockers: [Cue] = []
    /// True to look for blockers only in the chunks of the match, not the whole sentence.
    var chunkBlockers: Bool = false
    /// The post must have a word of one of these classes (empty: no condition).
    var context: [Lex] = []
    /// False for claims whose cue already carries its polarity (`gak bisa nyoblos`): a negation
    /// near a plain claim word (`golput tidak dipenjara`) otherwise makes the sentence correct.
    var checksNegation: Bool = true
    /// What the false statement says, for the reason ("Says non-voters are jailed or fined").
    var says: String
}

/// A recognisable piece of a sentence: a word class or a small construction over words.
enum Cue: Sendable, Hashable {
    /// Any word of the class.
    case word(Lex)
    /// A word of the class with this value (a strong channel word such as `online`).
    case wordValue(Lex, Int16)
    /// `kotak kosong`, `kolom kosong`.
    case emptyBox
    /// Not voting: `golput`, `gak nyoblos`, `tidak memilih`.
    case abstain
    /// Cannot vote: `gak bisa nyoblos`, `tidak dapat memilih`, `hak pilih hangus`, `percuma ke TPS`.
    case cannotVote
    /// Said to be invalid: `batal`, `gak sah`, `tidak dihitung`.
    case invalid
    /// Said to be valid: `sah`, `tetap dihitung`, `tidak batal`.
    case valid
    /// Pierced more than once: `2x`, `dua kali`, `berkali-kali`, `tembus`.
    case multiMark
    /// Several candidate pairs named: `2 paslon`, `semua calon`.
    case manyCandidates
    /// Every candidate marked: `coblos semua`, `semua paslon dicoblos`.
    case allMarked
    /// An online channel: `online`, `aplikasi`, or `lewat WA/SMS/HP/pos`.
    case onlineChannel
    /// A day other than the 27th: `28 November`, `tgl 28`, `28/11`.
    case wrongDate
    /// Voting day named: `27 November`, `hari pencoblosan`, `hari H`.
    case votingDay
    /// A holiday stated: `libur` without a negation.
    case holidayStated
    /// Not a holiday: `bukan libur`, `tetap masuk kerja`, `hari kerja biasa`.
    case notHoliday
    /// No more notification letters: `gak ada lagi`, `ditiadakan`, `udah gak ada`.
    case noMoreLetters
    /// Allowed to steer a choice: `boleh mengarahkan`, `bisa ngarahin`.
    case guideAllowed
    /// A picture or copy of an ID: `foto KTP`, `fotokopi KTP`, `ss KTP`.
    case photoID
    /// Benefits or ID revoked: `bansos dicabut`, `KTP diblokir`.
    case benefitLoss
    /// Counted as abstaining: `sama aja golput`, `dianggap golput`.
    case deemedAbstain
    /// A stated closing time other than 13:00 local (or "until the evening").
    case closesWrong
    /// A stated opening time other than 07:00 local.
    case opensWrong
}
