/// Words of Indonesian election talk, for reading evasions and splitting hashtags.
///
/// Written for Jaga: election jargon (Pilkada 2024), money-politics and hoax vocabulary, and
/// common content words that appear in hashtags (`#TolakPolitikUang`, `#kawalpilkada`).
/// Together with the slang table, the stopwords and the stemmer's protected words this is
/// the vocabulary `Normalizer` checks decoded words against (`4mpl0p` → `amplop` only
/// because `amplop` is a known word).
enum ElectionLexicon {
    /// The words, folded.
    static let words: [String] = """
    pemilu pilkada pilpres pileg pilgub pilbup pilwalkot pilkades pemilukada pemilihan pemilih
    memilih pilih pilihan dipilih coblos mencoblos dicoblos pencoblosan nyoblos golput suara
    surat kotak kosong bilik tps kpps kpu kpud bawaslu panwaslu panwascam dkpp ppk pps pantarlih
    dpt dptb dpk ktp ktpel el sirekap rekap rekapitulasi hitung penghitungan quick count real
    paslon pasangan calon cagub cawagub cabup cawabup cawalkot cawawalkot capres cawapres caleg
    gubernur wagub bupati wabup walikota wali kota wawali presiden wapres dewan dprd dpr
    petahana incumbent kandidat nomor urut satu dua tiga empat lima enam tujuh delapan sembilan
    kampanye debat visi misi program janji relawan timses tim sukses koalisi partai parpol
    pendukung dukung dukungan menang kalah kemenangan kekalahan curang kecurangan jujur adil
    netral netralitas asn tni polri aparat kades lurah camat desa kelurahan kecamatan kabupaten
    provinsi daerah pusat nasional rakyat warga masyarakat bangsa negara demokrasi pemungutan
    politik uang amplop serangan fajar sembako bansos bantuan sosial transport transfer gopay ovo
    dana shopeepay saweran mahar beli jual suap sogok money bagi bagikan membagikan dibagikan
    pembagian sebar sebarkan menyebarkan disebarkan viral viralkan hoaks hoax fitnah isu kabar
    berita fakta cek klarifikasi disinformasi misinformasi propaganda provokasi sara ujaran
    kebencian hasut hasutan ancaman intimidasi tekanan paksa dipaksa ditekan laporkan lapor
    laporan pelanggaran pidana sanksi diskualifikasi tolak menolak kawal awasi pantau waspada
    masa tenang jadwal tahapan hari pencoblosan tanggal november kartu undangan formulir c1 c6 c7
    saksi mandat selisih gugatan mk sengketa putusan hasil resmi sah batal ulang psu
    kepala pemimpin calonkan mencalonkan pasangan wakil ketua anggota komisioner
    aman damai tertib sejuk santun bersih cerdas bijak muda pemuda perempuan disabilitas
    jakarta jabar jateng jatim sumut sulsel bali papua aceh banten
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}
