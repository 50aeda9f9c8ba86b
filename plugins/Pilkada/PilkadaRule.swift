import JagaSDK

/// The ten Pilkada 2024 rules of the taxonomy, with what each finding must say about itself.
///
/// Legal bases and violation classes follow shared/domain/pilkada-2024.md: UU 1/2015 jo. UU
/// 10/2016 (last amended by UU 6/2020) for the campaign rules, UU 35/2014 for children, PKPU
/// 9/2022 Pasal 19 for surveys and quick counts. The class is how Bawaslu would route it.
public enum PilkadaRule: String, CaseIterable, Sendable {
    case masaTenang = "pilkada.masa-tenang"
    case diLuarJadwal = "pilkada.di-luar-jadwal"
    case politikUang = "pilkada.politik-uang"
    case sara = "pilkada.sara"
    case hasutan = "pilkada.hasutan"
    case netralitas = "pilkada.netralitas"
    case pelibatanAnak = "pilkada.pelibatan-anak"
    case fasilitas = "pilkada.fasilitas"
    case surveiMasaTenang = "pilkada.survei-masa-tenang"
    case hitungCepatDini = "pilkada.hitung-cepat-dini"

    /// The rule id (also the plugin id of its checker).
    public var id: String { rawValue }

    /// The severity a finding has unless the user overrides it.
    public var defaultSeverity: Severity {
        switch self {
        case .politikUang, .hasutan: .critical
        case .masaTenang, .sara, .netralitas: .high
        case .diLuarJadwal, .pelibatanAnak, .fasilitas, .surveiMasaTenang, .hitungCepatDini: .medium
        }
    }

    /// Article and law.
    public var legalBasis: String {
        switch self {
        case .masaTenang: "UU 10/2016 Pasal 69 huruf k, Pasal 187 ayat (1)"
        case .diLuarJadwal: "UU 10/2016 Pasal 69 huruf k, Pasal 187 ayat (1)"
        case .politikUang: "UU 10/2016 Pasal 73, Pasal 187A"
        case .sara: "UU 10/2016 Pasal 69 huruf b, Pasal 187 ayat (2)"
        case .hasutan: "UU 10/2016 Pasal 69 huruf c, d, e, f, Pasal 187 ayat (2)"
        case .netralitas: "UU 10/2016 Pasal 70, Pasal 71 (sanksi Pasal 188, 189)"
        case .pelibatanAnak: "UU 35/2014 Pasal 15 huruf a, Pasal 87"
        case .fasilitas: "UU 10/2016 Pasal 69 huruf h, i, Pasal 187 ayat (3)"
        case .surveiMasaTenang: "PKPU 9/2022 Pasal 19"
        case .hitungCepatDini: "PKPU 9/2022 Pasal 19"
        }
    }

    /// The class of violation it would be routed as (pilkada-2024.md, "Classes of violation").
    public var violationClass: String {
        switch self {
        case .masaTenang, .diLuarJadwal, .sara, .hasutan, .fasilitas: "tindak pidana pemilihan"
        case .politikUang: "tindak pidana pemilihan"
        case .netralitas: "pelanggaran hukum lainnya"
        case .pelibatanAnak: "pelanggaran hukum lainnya"
        case .surveiMasaTenang, .hitungCepatDini: "pelanggaran administrasi"
        }
    }

    /// Who the class is routed to.
    public var routedTo: String {
        switch self {
        case .masaTenang, .diLuarJadwal, .sara, .hasutan, .fasilitas:
            "Sentra Gakkumdu (Bawaslu, kepolisian, kejaksaan)"
        case .politikUang:
            "Sentra Gakkumdu; KPU when terstruktur, sistematis dan masif (Pasal 135A)"
        case .netralitas:
            "the competent agency (BKN/KASN for ASN, TNI/Polri, the bupati for village heads)"
        case .pelibatanAnak:
            "child-protection enforcement (UU 35/2014; KPAI, police)"
        case .surveiMasaTenang, .hitungCepatDini:
            "KPU (administrative sanction of the survey/quick-count institution)"
        }
    }

    /// One line saying what the rule flags.
    public var summary: String {
        switch self {
        case .masaTenang: "Campaign content (a call to vote for or against a pair, a ballot number as a call to vote, slogans, jingles, rally invitations) posted during the quiet period, 24–26 Nov 2024 local time."
        case .diLuarJadwal: "Campaign content posted before the campaign period began (25 Sep 2024, local time)."
        case .politikUang: "Offering, promising, organising or accepting money, goods or services in exchange for votes or abstention."
        case .sara: "Insulting a religion, ethnicity, race or group, or a candidate on those grounds, or urging people not to vote for someone because of it."
        case .hasutan: "Incitement or calls to violence against candidates, election organisers or groups; calls to riot or attack polling stations."
        case .netralitas: "Civil servants, TNI/Polri members or village officials openly supporting or opposing a candidate."
        case .pelibatanAnak: "Children used in campaigns: in campaign attributes, chanting slogans or jingles, brought to rallies as participants."
        case .fasilitas: "Campaigning with government facilities or budgets, or in places of worship or education."
        case .surveiMasaTenang: "Survey or electability results published or shared during the quiet period, 24–26 Nov 2024 local time."
        case .hitungCepatDini: "Quick count or exit poll results published on 27 Nov 2024 before 15:00 WIB (wherever the post is)."
        }
    }

    /// True for rules judged on the calendar.
    public var isTimed: Bool {
        switch self {
        case .masaTenang, .diLuarJadwal, .surveiMasaTenang, .hitungCepatDini: true
        default: false
        }
    }
}
