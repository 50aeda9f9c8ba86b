/// The region a loosely written region text was resolved to, with an explanation when the match was not plain.
public struct RegionResolution: Sendable, Hashable {
    /// The region the text was resolved to.
    public var region: Region
    /// A human explanation when the text was ambiguous or matched loosely, e.g.
    /// "‘Bandung’ is both Kabupaten Bandung and Kota Bandung; resolved to the province Jawa Barat,
    /// the most specific unambiguous level"; nil for a plain match.
    public var note: String?
    /// The regions the text could have meant when it was ambiguous; empty when it named one region.
    public var candidates: [Region]

    /// Makes a resolution from its fields.
    public init(region: Region, note: String? = nil, candidates: [Region] = []) {
        self.region = region
        self.note = note
        self.candidates = candidates
    }
}
