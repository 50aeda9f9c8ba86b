/// A false statement as a pair of cues: a topic and a claim, close together in one sentence.
struct ClaimPattern: Sendable {
    /// Any of these marks the topic (`golput`, `TPS`…).
    let topic: [Cue]
    /// Any of these marks the false value (`dipenjara`, `sampai jam 5 sore`…).
    let claim: [Cue]
    /// The largest number of words between topic and claim.
    let window: Int
    /// Any of these in the sentence means it talks about something else (vote buying, counting…).
    let blockers: [Cue]
    /// True to look for blockers only in the chunks of the match, not the whole sentence.
    let chunkBlockers: Bool
    /// The post must have a word of one of these classes (nil: no condition).
    let context: (UInt64, UInt64)?
    /// False for claims whose cue already carries its polarity (`gak bisa nyoblos`): a negation
    /// near a plain claim word (`golput tidak dipenjara`) otherwise makes the sentence correct.
    let checksNegation: Bool
    /// True when the topic must come first and in the same chunk ("yg gak di DPT jam 12…").
    let topicFirst: Bool
    /// What the false statement says, for the reason ("Says non-voters are jailed or fined").
    let says: String
    /// Word classes of which the text needs one for a topic (a quick test before any work).
    let topicMask: (UInt64, UInt64)
    /// Word classes of which the text needs one for a claim.
    let claimMask: (UInt64, UInt64)

    init(topic: [Cue], claim: [Cue], window: Int = 8, blockers: [Cue] = [], chunkBlockers: Bool = false,
         context: [Lex] = [], checksNegation: Bool = true, topicFirst: Bool = false, says: String) {
        self.topic = topic
        self.claim = claim
        self.window = window
        self.blockers = blockers
        self.chunkBlockers = chunkBlockers
        self.context = context.isEmpty ? nil : Lex.mask(context)
        self.checksNegation = checksNegation
        self.topicFirst = topicFirst
        self.says = says
        topicMask = Lex.mask(topic.flatMap(\.classes))
        claimMask = Lex.mask(claim.flatMap(\.classes))
    }
}
