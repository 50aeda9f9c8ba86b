import JagaSDK

/// A recognisable piece of a sentence: a word class or a small construction over words.
enum Cue: Sendable, Hashable {
    /// Word classes of which a text needs at least one for the cue to occur in it.
    var classes: [Lex] {
        switch self {
        case .word(let l), .plainWord(let l), .wordValue(let l, _): [l]
        case .emptyBox: [.kotak, .kolom]
        case .abstain: [.golput, .neg]
        case .cannotVote: [.neg, .negCan, .choose, .invalid]
        case .invalid, .valid: [.invalid, .valid]
        case .multiMark: [.times]
        case .manyCandidates: [.candidate]
        case .allMarked: [.coblos]
        case .onlineChannel: [.channel, .ePrefix]
        case .wrongDate: [.number]
        case .votingDay: [.number, .day]
        case .holidayStated: [.holiday]
        case .notHoliday: [.holiday, .work]
        case .noMoreLetters: [.abolish, .neg, .only]
        case .guideAllowed: [.guide]
        case .photoID: [.photo]
        case .benefitLoss: [.revoke, .abolish]
        case .deemedAbstain: [.golput]
        case .notRegistered: [.dpk, .dpt, .registered]
        case .opensOther, .closesWrong, .opensWrong: [.hourWord, .number, .daypart]
        }
    }

    /// Any word of the class.
    case word(Lex)
    /// A word of the class not right after a negation (`pindah`, but not `tanpa pindah`).
    case plainWord(Lex)
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
    /// Not on the voter list: `DPK`, `gak masuk DPT`, `tidak terdaftar`.
    case notRegistered
    /// A stated opening time other than this one (minutes after midnight, local), for DPK and DPTb voters.
    case opensOther(Int)
    /// A stated closing time other than 13:00 local (or "until the evening").
    case closesWrong
    /// A stated opening time other than 07:00 local.
    case opensWrong
}
