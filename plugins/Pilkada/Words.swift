/// Word lists the checkers test tokens against, hashed once.
enum Words {
    /// Official appeals and prohibitions ("dilarang", "imbauan").
    static let appeals: WordSet = ["dilarang", "larangan", "imbau", "mengimbau", "imbauan", "himbau", "himbauan"]
    /// Shops and caterers.
    static let commerce: WordSet = ["promo", "kuliner", "diskon", "cashback", "jualan"]
    /// Campaign teams (a shop post naming one is back in scope).
    static let campaignTeams: WordSet = ["tim", "timses", "paslon", "relawan"]
    /// Reporting vote buying to the supervisors.
    static let reportsToSupervisors: WordSet = ["laporkan", "melaporkan", "bawaslu", "panwas", "panwaslu", "pelapor"]
    /// Reports and complaints about SARA remarks, and the law against them.
    static let saraReports: WordSet = ["lapor", "laporkan", "melaporkan", "dilaporkan", "pelapor", "aduan", "bawaslu", "panwas", "larangan", "dilarang", "pasal"]
    /// The word itself.
    static let kampanye: WordSet = ["kampanye"]
    /// Elections that are not Pilkada.
    static let otherElections: WordSet = ["osis", "pilkades", "pilrt"]
}
