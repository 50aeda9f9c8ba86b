/// What a text does with a claim: spreads it, refutes it, warns about it, or asks about it.
///
/// Made by `StanceCues.analyse`, with the cues that decided it.
public struct Stance: Sendable, Equatable {
    /// The four stances.
    public enum Label: String, Sendable, Hashable, CaseIterable {
        /// States or pushes the claim (the default when no cue is found).
        case spreads
        /// Says the claim is false: `hoaks`, `tidak benar`, `faktanya`, `cek fakta`, `klarifikasi`.
        case refutes
        /// Warns readers: `waspada`, `jangan percaya`, `hati hati`, `penipuan`.
        case warns
        /// Asks whether it is true: `?`, `apakah`, `benarkah`, `bener gak`, `beneran`.
        case asks
    }

    /// The decided stance.
    public var label: Stance.Label
    /// Every cue found, in text order.
    public var cues: [StanceCue]

    /// Makes a stance.
    public init(label: Stance.Label, cues: [StanceCue]) {
        self.label = label
        self.cues = cues
    }
}
