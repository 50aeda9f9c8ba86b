/// The stable rule ids of Jaga's taxonomy that any pack may emit (shared/domain/taxonomy.md).
///
/// A pack may also emit rules under its own prefix: pack `acme.words` may use `acme.anything`.
enum TaxonomyRules {
    static let ids: [String] = [
        "pilkada.masa-tenang", "pilkada.di-luar-jadwal", "pilkada.politik-uang", "pilkada.sara",
        "pilkada.hasutan", "pilkada.netralitas", "pilkada.pelibatan-anak", "pilkada.fasilitas",
        "pilkada.survei-masa-tenang", "pilkada.hitung-cepat-dini", "misinfo.hoaks", "misinfo.prosedural",
        "koordinasi.copypasta",
    ]
}
