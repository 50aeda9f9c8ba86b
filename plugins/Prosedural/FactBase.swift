import JagaSDK

/// The official facts about voting procedure in Pilkada 2024 that the detector checks posts against.
///
/// Sources: PKPU 2/2024 (calendar), PKPU 17/2024 (voting and counting at the TPS), Keppres 33/2024
/// (holiday), UU 10/2016 (the Pilkada law) and KPU statements, as summarised in
/// `shared/domain/pilkada-2024.md` and `hoax-themes.md` (claims 11–17, 29, 30, 33–35). Details
/// marked `[unverified]` come from those notes without a checked article number.
///
/// Not here on purpose: "Sirekap shows the official result" (claim 21) and other claims about
/// counting and results are `misinfo.hoaks` (results, not how/when/where to vote); quick counts
/// before 15:00 WIB are `pilkada.hitung-cepat-dini`.
enum FactBase {
    /// Classes that make a sentence about something other than casting a vote.
    private static let notVoting: [Cue] = [.word(.counting), .word(.otherEvent)]

    /// Every fact, in id order.
    static let all: [ProceduralFact] = [
        ProceduralFact(
            id: "F01", statement: "voting day is Wednesday 27 November 2024 everywhere",
            source: "PKPU 2/2024", severity: .high,
            falseExamples: ["pencoblosan diundur ke 28 November", "pilkada ditunda", "nyoblosnya tgl 28 nov"],
            patterns: [
                ClaimPattern(topic: [.word(.coblos), .word(.pemungutan), .word(.election), .word(.tps)],
                             claim: [.word(.postpone)], window: 6,
                             blockers: notVoting + [.word(.disaster), .word(.rerun), .word(.relative), .word(.hourWord)],
                             says: "voting is postponed or moved"),
                // A date next to an election name alone is not a claim about voting day ("Survei Pilgub Jabar
                // (rilis 20 Nov)", "masa tenang Pilkada 24–26 November"): the topic must be voting itself.
                ClaimPattern(topic: [.word(.coblos), .word(.pemungutan), .word(.tps)],
                             claim: [.wrongDate], window: 6,
                             blockers: notVoting + [.word(.disaster), .word(.rerun), .word(.relative), .votingDay],
                             says: "voting is on another day"),
            ]),
        ProceduralFact(
            id: "F02", statement: "voting runs 07:00–13:00 local time",
            source: "PKPU 17/2024", severity: .high,
            falseExamples: ["TPS buka sampai jam 5 sore", "TPS tutup jam 12", "nyoblos sampe malem"],
            patterns: [
                ClaimPattern(topic: [.word(.tps), .word(.coblos), .word(.choose), .word(.pemungutan)],
                             claim: [.closesWrong, .opensWrong], window: 10,
                             blockers: notVoting + [.word(.queue), .word(.dpt), .word(.registered),
                                                    .word(.dptb), .word(.dpk), .word(.money), .word(.kpps), .word(.near)],
                             chunkBlockers: true, checksNegation: false, says: "polls keep other hours"),
            ]),
        ProceduralFact(
            id: "F03", statement: "voters not on the list (DPK) can vote 12:00–13:00 with their KTP-el at the TPS for their address",
            source: "PKPU 17/2024", severity: .high,
            falseExamples: ["yg gak masuk DPT gak bisa nyoblos", "gak terdaftar = hak pilih hangus"],
            patterns: [
                ClaimPattern(topic: [.word(.dpt), .word(.registered), .word(.dpk)], claim: [.cannotVote], window: 8,
                             blockers: [.word(.different), .word(.dptb)], checksNegation: false,
                             says: "people not on the voter list cannot vote"),
                ClaimPattern(topic: [.notRegistered], claim: [.opensOther(12 * 60), .closesWrong], window: 8,
                             blockers: [.word(.dptb)], checksNegation: false, topicFirst: true,
                             says: "voters not on the list keep other hours"),
            ]),
        ProceduralFact(
            id: "F04", statement: "voters who moved (DPTb, form A5) vote at the TPS they moved to, from 11:00 [time from pilkada-2024.md]",
            source: "PKPU 17/2024", severity: .high,
            falseExamples: ["pemilih pindahan gak bisa nyoblos"],
            patterns: [
                ClaimPattern(topic: [.plainWord(.dptb)], claim: [.cannotVote], window: 8, context: [.coblos, .choose, .tps, .election],
                             checksNegation: false, says: "voters who moved cannot vote"),
                ClaimPattern(topic: [.plainWord(.dptb)], claim: [.opensOther(11 * 60), .closesWrong], window: 8,
                             context: [.coblos, .choose, .tps, .election], checksNegation: false, topicFirst: true,
                             says: "voters who moved keep other hours"),
            ]),
        ProceduralFact(
            id: "F05", statement: "voting is only in person at the TPS; there is no online, app, SMS, WhatsApp or postal voting",
            source: "UU 10/2016; PKPU 17/2024", severity: .high,
            falseExamples: ["nyoblos bisa lewat aplikasi", "pilkada sekarang bisa online", "coblos via WA"],
            patterns: [
                ClaimPattern(topic: [.word(.coblos), .word(.choose), .word(.pemungutan)], claim: [.onlineChannel], window: 6,
                             blockers: notVoting + [.word(.check), .word(.scam), .word(.dpt), .word(.registered),
                                                    .word(.undangan), .word(.photo), .word(.prohibit)],
                             chunkBlockers: true, says: "you can vote online or by phone"),
            ]),
        ProceduralFact(
            id: "F06", statement: "a ballot pierced more than once is valid when every hole is inside one candidate pair's column",
            source: "PKPU 17/2024", severity: .medium,
            falseExamples: ["coblos 2 kali batal", "surat suara dicoblos 2x gak sah"],
            patterns: [
                ClaimPattern(topic: [.multiMark], claim: [.invalid], window: 8,
                             blockers: [.manyCandidates, .allMarked, .word(.different)],
                             context: [.coblos, .choose, .kolom, .ballot, .tps, .election, .kpps],
                             checksNegation: false, says: "a ballot pierced more than once is void"),
            ]),
        ProceduralFact(
            id: "F07", statement: "a ballot marked for all or several candidate pairs is invalid; it is not a counted protest vote",
            source: "PKPU 17/2024", severity: .medium,
            falseExamples: ["coblos semua biar sah", "coblos semua paslon sebagai suara protes"],
            patterns: [
                ClaimPattern(topic: [.allMarked], claim: [.valid, .word(.protest)], window: 8,
                             blockers: [.invalid, .word(.prohibit)], checksNegation: false,
                             says: "marking every candidate is a valid or counted protest vote"),
            ]),
        ProceduralFact(
            id: "F08", statement: "in single-candidate regions a vote for the empty box (kotak kosong) is valid and counted",
            source: "UU 10/2016 Pasal 54C; PKPU 17/2024", severity: .medium,
            falseExamples: ["suara kotak kosong gak sah", "milih kotak kosong = golput"],
            patterns: [
                ClaimPattern(topic: [.emptyBox], claim: [.invalid, .deemedAbstain], window: 8, checksNegation: false,
                             says: "a vote for the empty box is invalid or not counted"),
            ]),
        ProceduralFact(
            id: "F09", statement: "voting is a right, not a duty: non-voters face no prison, fine or loss of benefits",
            source: "UU 10/2016", severity: .high,
            falseExamples: ["golput bisa dipenjara", "yang gak nyoblos didenda", "golput bansos dicabut"],
            patterns: [
                ClaimPattern(topic: [.abstain], claim: [.word(.punish), .benefitLoss], window: 8,
                             blockers: [.word(.incite), .word(.money)], says: "non-voters are jailed, fined or lose benefits"),
            ]),
        ProceduralFact(
            id: "F10", statement: "27 November 2024 is a national holiday",
            source: "Keppres 33/2024", severity: .medium,
            falseExamples: ["27 November bukan hari libur", "hari pencoblosan tetap masuk kerja"],
            patterns: [
                ClaimPattern(topic: [.votingDay], claim: [.notHoliday], window: 8,
                             blockers: [.word(.firstPerson), .holidayStated], checksNegation: false,
                             says: "voting day is a normal working day"),
            ]),
        ProceduralFact(
            id: "F11", statement: "KPPS deliver the notification letter at least 3 days before voting, and a voter without it can still vote with a KTP-el",
            source: "PKPU 17/2024", severity: .high,
            falseExamples: ["sekarang gak ada lagi undangan kertas", "gak dapet undangan gak bisa nyoblos"],
            patterns: [
                ClaimPattern(topic: [.word(.undangan)], claim: [.noMoreLetters], window: 6,
                             context: [.coblos, .choose, .tps, .election, .kpps, .pemungutan, .voter], checksNegation: false,
                             says: "there are no notification letters any more"),
                ClaimPattern(topic: [.word(.undangan)], claim: [.cannotVote], window: 8,
                             context: [.coblos, .choose, .tps, .election, .kpps], checksNegation: false,
                             says: "you cannot vote without the notification letter"),
            ]),
        ProceduralFact(
            id: "F12", statement: "KPPS may not steer or influence a voter's choice",
            source: "UU 10/2016; PKPU 17/2024", severity: .medium,
            falseExamples: ["petugas KPPS boleh mengarahkan pilihan"],
            patterns: [
                ClaimPattern(topic: [.word(.kpps)], claim: [.guideAllowed], window: 6,
                             says: "polling staff may steer your choice"),
            ]),
        ProceduralFact(
            id: "F13", statement: "voters show their KTP-el or another document KPU accepts in person; a photo or copy is not enough [unverified detail]",
            source: "PKPU 17/2024 [unverified]", severity: .medium,
            falseExamples: ["foto KTP di HP aja cukup buat nyoblos"],
            patterns: [
                ClaimPattern(topic: [.photoID], claim: [.word(.enough), .word(.can)], window: 6,
                             blockers: [.word(.scam), .word(.check)], context: [.coblos, .choose, .tps],
                             says: "a photo or copy of an ID card is enough to vote"),
            ]),
        ProceduralFact(
            id: "F14", statement: "there is no minimum turnout: low turnout does not void or repeat the election",
            source: "UU 10/2016", severity: .medium,
            falseExamples: ["kalau golput menang pilkada diulang", "partisipasi rendah pilkada batal"],
            patterns: [
                ClaimPattern(topic: [.word(.golput), .word(.turnout)], claim: [.word(.rerun), .invalid], window: 8,
                             blockers: [.emptyBox, .word(.incite), .word(.money)], context: [.election],
                             says: "low turnout voids or repeats the election"),
            ]),
    ]

    /// The fact with this id.
    static func fact(_ id: String) -> ProceduralFact? { all.first { $0.id == id } }
}
