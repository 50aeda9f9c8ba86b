/// One cue found by `StanceCues`: which stance it points to, the cue phrase, and where it is.
public struct StanceCue: Sendable, Equatable {
    /// The stance the cue points to (a negated refutation such as `bukan hoaks` points to `spreads`).
    public var label: Stance.Label
    /// The normalised cue (`tidak benar`, `cek fakta`, `?`, `bukan hoaks`).
    public var phrase: String
    /// UTF-8 offsets of the cue in the original text.
    public var range: Range<Int>
    /// True for strong cues, which decide the stance on their own (`faktanya`, `cek fakta`);
    /// weak ones (`hoaks`, `salah`, `apa`) give way to a question.
    public var strong: Bool

    /// Makes a cue.
    public init(label: Stance.Label, phrase: String, range: Range<Int>, strong: Bool) {
        self.label = label
        self.phrase = phrase
        self.range = range
        self.strong = strong
    }
}
