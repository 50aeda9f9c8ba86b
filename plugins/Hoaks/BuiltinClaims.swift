import JagaSDK

/// The built-in fact-check corpus: claims about Pilkada and Pemilu 2024 debunked by fact-checkers.
///
/// Seeded from the shared hoax-themes list and other public fact-checks; claims and facts are
/// paraphrased, never quoted. A source marked `[unverified]` could not be pinned to one
/// published debunk. `keys` and `counter` follow ``Claim``'s syntax.
enum BuiltinClaims {
    /// Every built-in claim, in id order.
    static let all: [Claim] = [
        Claim(
            id: "H001", verdict: "hoaks",
            variants: [
                "exit poll pilkada kabupaten sudah keluar, paslon nomor 1 menang telak",
                "hasil exit poll di tiktok: paslon unggul 70 persen",
                "beredar exit poll pilbup, lembaga survei sebut paslon sudah pasti menang",
            ],
            keys: ["exit poll|exitpoll", "menang|unggul|persen|hasil"],
            fact: "No survey institute ran an exit poll for that regency; the TikTok figures were invented",
            source: "turnbackhoax GFD-2024-24309", date: "2024-11"),
        Claim(
            id: "H002", verdict: "hoaks",
            variants: [
                "KPU resmi umumkan Pilgub Jakarta dua putaran",
                "fix pilkada DKI lanjut putaran kedua, sudah diumumkan KPU",
                "KPU DKI tetapkan putaran 2 pilgub jakarta",
            ],
            keys: ["putaran", "2|kedua|lanjut", "jakarta|dki|pilgub"],
            counter: ["belum ada keputusan|masih rekap"],
            fact: "A KPU video was given a new caption; the recapitulation was still running and no second round had been declared",
            source: "turnbackhoax GFD-2024-24462", date: "2024-12"),
        Claim(
            id: "H003", verdict: "menyesatkan",
            variants: [
                "elektabilitas paslon anjlok jadi 28,4 persen setelah didukung",
                "suara paslon terjun bebas ke 28,4% gara gara endorse",
                "survei terbaru paslon tinggal 28,4 persen usai dapat dukungan",
            ],
            keys: ["28", "persen|elektabilitas|survei|suara"],
            fact: "The 28.4% figure came from an older survey, not from after the endorsement",
            source: "turnbackhoax GFD-2024-24276", date: "2024-11"),
        Claim(
            id: "H004", verdict: "salah konteks",
            variants: [
                "calon gubernur kepergok acungkan tiga jari dukung lawan",
                "paslon kasih salam 3 jari, kode dukung paslon nomor 3",
                "cagub keceplosan pose 3 jari buat rivalnya",
            ],
            keys: ["3 jari|salam 3|tiga jari", "calon|paslon|dukung|lawan|rival|kode"],
            fact: "The candidate was making an OK gesture, not a three-finger sign for a rival",
            source: "suara.com", date: "2024-11-23"),
        Claim(
            id: "H005", verdict: "salah konteks",
            variants: [
                "ibu ibu nyoblos surat suara di rumah, kecurangan terstruktur",
                "surat suara dicoblos di rumah warga, bukti curang TSM",
                "emak emak coblos kertas suara di rumah, curang masif",
            ],
            keys: ["coblos|surat suara|kertas suara", "rumah", "curang|tsm|terstruktur|masif"],
            fact: "It was lawful assisted voting brought to sick voters at home by polling staff",
            source: "halmaherapost", date: "2024-11-29"),
        Claim(
            id: "H006", verdict: "salah konteks",
            variants: [
                "warga dilarang nyoblos karena mau pilih paslon nomor 2",
                "pemilih diusir dari TPS gara gara pilihannya beda",
                "KPPS tolak pemilih karena dukung paslon lawan",
            ],
            keys: ["larang|usir|tolak|halang|tidak boleh", "gara|karena pilih|karena dukung|beda pilih|pilih beda|karena mau pilih"],
            fact: "The voter was turned away over a missing notification letter, not for the pair they supported",
            source: "turnbackhoax GFD-2024-24321", date: "2024-11"),
        Claim(
            id: "H007", verdict: "salah konteks",
            variants: [
                "video calon nangis sesenggukan setelah tahu kalah quick count",
                "cagub menangis lihat hasil hitung cepat",
                "paslon nangis karena kalah telak hasil pilkada",
            ],
            keys: ["nangis|menangis|tangis|mewek", "kalah|quick count|hitung cepat|hasil"],
            fact: "The crying video was filmed on 23 September, long before any result",
            source: "tirto.id", date: "2024-11"),
        Claim(
            id: "H008", verdict: "hoaks",
            variants: [
                "UU DKJ bikin presiden bisa copot gubernur Jakarta kapan saja",
                "gubernur jakarta bisa dipecat presiden sesuai undang undang DKJ",
                "presiden berhak memberhentikan gubernur DKJ seenaknya",
            ],
            keys: ["presiden", "copot|pecat|berhenti|berhentikan|memberhentikan|ganti|lengser", "gubernur"],
            fact: "The Jakarta special-region law contains no clause letting the President dismiss the governor",
            source: "tirto.id", date: "2024-11"),
        Claim(
            id: "H009", verdict: "hoaks",
            variants: [
                "innalillahi calon bupati meninggal dunia jelang pencoblosan",
                "kabar duka cabup nomor 1 wafat pagi ini",
                "calon bupati tewas kecelakaan H-3 pilkada",
            ],
            keys: ["calon|cabup|bupati|paslon|cawalkot|cagub", "meninggal|wafat|tewas|innalillahi|berpulang"],
            fact: "The candidate had not died [unverified]",
            source: "jpnn.com [unverified]", date: "2024-11"),
        Claim(
            id: "H010", verdict: "hoaks",
            variants: [
                "polisi gerebek markas tim medsos paslon, temukan uang miliaran",
                "tim buzzer paslon digerebek polda, duit tunai berkarung disita",
                "razia polisi di posko sosmed paslon, ada uang tunai",
            ],
            keys: ["polisi|polda|polres|gerebek|grebek|razia", "tim|buzzer|medsos|sosmed|posko", "uang|tunai|miliar"],
            fact: "The campaign denied any raid and reported the post to police [unverified]",
            source: "[unverified]", date: "2024-11"),
        Claim(
            id: "H011", verdict: "hoaks",
            variants: [
                "suara untuk kotak kosong tidak sah",
                "nyoblos kotak kosong itu percuma, suaranya dibuang dan tidak dihitung",
                "coblos kolom kosong bikin surat suara batal",
                "kotak kosong gak sah, mending coblos paslon tunggal",
            ],
            keys: ["kotak kosong|kolom kosong", "tidak|batal|buang|percuma|hangus", "suara|coblos|pilih|sah|pilkada|tps|paslon|calon|hitung"],
            counter: ["tetap sah|juga sah|sah kok|tetap dihitung|suara sah"],
            fact: "A vote for the empty box (kotak kosong) is valid and counted",
            source: "liputan6 5713119", date: "2024-11"),
        Claim(
            id: "H012", verdict: "hoaks",
            variants: [
                "coblos semua paslon sebagai bentuk protes",
                "tusuk semua gambar calon biar jadi suara protes",
                "coblos semuanya aja, tetap dihitung sebagai protes",
            ],
            keys: ["semua|seluruh|semuanya", "protes"],
            counter: ["tidak sah|batal|rusak"],
            fact: "A ballot marked for more than one candidate is invalid; it is not counted as a protest",
            source: "sindonews", date: "2024-11"),
        Claim(
            id: "H013", verdict: "hoaks",
            variants: [
                "tahun ini tidak ada lagi undangan kertas, cukup cek di aplikasi",
                "surat undangan nyoblos sudah dihapus, sekarang digital semua",
                "KPPS tidak bagi undangan C6 lagi",
            ],
            keys: ["undangan|c6|surat pemberitahuan", "tidak ada|hapus|digital|tidak bagi|tidak dibagi|tidak lagi"],
            counter: ["belum|paling lambat"],
            fact: "KPPS still deliver the paper notification letter (C-Pemberitahuan) at least three days before voting",
            source: "liputan6", date: "2024-11"),
        Claim(
            id: "H014", verdict: "hoaks",
            variants: [
                "yang tidak masuk DPT tidak bisa nyoblos sama sekali",
                "tidak terdaftar di DPT berarti hak pilih hilang, percuma ke TPS",
                "nama tidak ada di DPT dilarang memilih",
            ],
            keys: ["dpt|terdaftar|daftar", "tidak bisa|tidak boleh|percuma|larang|hilang|tidak dapat"],
            counter: ["ktp|jam 12|12 00"],
            fact: "Voters not on the list can vote from 12:00 to 13:00 at the station for their address by showing a KTP-el",
            source: "PKPU 17/2024", date: "2024-11"),
        Claim(
            id: "H015", verdict: "hoaks",
            variants: [
                "TPS buka sampai sore jadi santai aja",
                "pencoblosan sampai jam 5 sore",
                "TPS tutup malam, bisa nyoblos pulang kerja",
            ],
            keys: ["tps|coblos|pencoblosan|buka|tutup", "sampai sore|sampai malam|sampai magrib|sampai maghrib|tutup malam|tutup sore|5 sore|4 sore|6 sore|sampai jam 5|sampai jam 4|sampai jam 6"],
            counter: ["13|jam 1 siang|jangan sampai|kerja sampai malam|hitung sampai malam|rekap sampai malam"],
            fact: "Polling stations are open 07:00-13:00 local time",
            source: "PKPU 17/2024", date: "2024-11"),
        Claim(
            id: "H016", verdict: "hoaks",
            variants: [
                "quick count jam 11 siang paslon nomor 2 sudah menang",
                "hasil hitung cepat sudah keluar pagi ini, paslon unggul",
                "qc sebelum TPS tutup: paslon 1 menang 60 persen",
            ],
            keys: ["quick count|hitung cepat|qc", "pagi|siang|jam 9|jam 10|jam 11|jam 12|sebelum tutup|sebelum tps tutup"],
            counter: ["15 00|jam 15|jam 3 sore|boleh tayang|dilarang"],
            fact: "Quick counts may not be published before 15:00 WIB; figures circulating earlier are not quick-count results",
            source: "PKPU 9/2022 Pasal 19", date: "2024-11-27"),
        Claim(
            id: "H017", verdict: "hoaks",
            variants: [
                "27 november bukan hari libur, tetap masuk kerja",
                "tanggal 27 nyoblos tetap ngantor, tidak ada libur",
                "hari pencoblosan pilkada kerja biasa, kantor tetap buka",
            ],
            keys: ["27|november|pencoblosan|coblos|pilkada", "masuk kerja|ngantor|tidak libur|bukan libur|tidak ada libur|kerja biasa|tetap kerja|tetap masuk"],
            counter: ["libur nasional"],
            fact: "27 November 2024 was a national holiday (Keppres 33/2024)",
            source: "Keppres 33/2024", date: "2024-11"),
        Claim(
            id: "H018", verdict: "hoaks",
            variants: [
                "surat suara di TPS sudah dicoblos duluan untuk paslon 1",
                "ditemukan surat suara sudah tercoblos sebelum pemilihan",
                "kotak suara sudah ada isinya waktu dibuka pagi",
            ],
            keys: ["surat suara|kertas suara|kotak suara", "duluan|sebelum|tercoblos|sudah coblos|sudah ada isi|isinya"],
            counter: ["masih kosong|ditunjukkan kosong"],
            fact: "KPU denied that ballots were pre-marked; ballots are counted and shown empty before voting starts",
            source: "turnbackhoax.id/?p=109231", date: "2024-11"),
        Claim(
            id: "H019", verdict: "hoaks",
            variants: [
                "server KPU dibobol hacker, hasil pilkada sudah diatur",
                "pemenang pilkada sudah ditentukan dari awal, KPU diretas",
                "hasilnya sudah disetting, sistem KPU di hack",
            ],
            keys: ["kpu|sirekap|hasil|pemenang|suara", "retas|diatur|atur|setting|disetting|ditentukan|dikondisikan"],
            fact: "Votes are counted by hand in public at each station and recapitulated in stages; no hack decides the result",
            source: "jalahoaks.jakarta.go.id", date: "2024-11"),
        Claim(
            id: "H020", verdict: "hoaks",
            variants: [
                "penghitungan suara dihentikan karena ketahuan curang",
                "KPU stop hitung suara, ada kecurangan besar",
                "rekap suara distop nasional gara gara kecurangan",
            ],
            keys: ["hitung|penghitungan|rekap", "henti|dihentikan|stop|distop|setop|berhenti"],
            fact: "Counting never stopped; only Sirekap's public charts were taken down",
            source: "turnbackhoax GFD-2024-16748", date: "2024-03"),
        Claim(
            id: "H021", verdict: "menyesatkan",
            variants: [
                "hasil di Sirekap itu hasil resmi pilkada",
                "sudah final menurut sirekap, paslon 2 menang resmi",
                "cek sirekap aja, itu hasil sah KPU",
            ],
            keys: ["sirekap", "resmi|final|sah|menang|pemenang"],
            counter: ["berjenjang|rekapitulasi manual|bukan hasil resmi|alat bantu"],
            fact: "Sirekap only publishes photos of tally forms; the official result is the tiered manual recapitulation",
            source: "KPU", date: "2024-11"),
        Claim(
            id: "H022", verdict: "hoaks",
            variants: [
                "ada cincin khusus yang bisa bikin surat suara rusak waktu nyoblos",
                "petugas pakai cincin perusak surat suara biar tidak sah",
                "awas cincin ajaib KPPS bisa batalkan suara",
            ],
            keys: ["cincin", "surat suara|coblos|rusak|batal|sah"],
            fact: "A recycled hoax from 2019; no such ring exists",
            source: "turnbackhoax (2019 hoax recycled)", date: "2024-11"),
        Claim(
            id: "H023", verdict: "hoaks",
            variants: [
                "surat suara nomor urut paslon tertukar",
                "beredar surat suara dengan nomor paslon terbalik",
                "kertas suara salah cetak, nomor urut calon ketukar",
            ],
            keys: ["surat suara|kertas suara", "nomor|urut", "tukar|tertukar|ketukar|terbalik|salah cetak"],
            fact: "The pictured ballot is not a KPU ballot",
            source: "AFP Cek Fakta", date: "2024-02"),
        Claim(
            id: "H024", verdict: "hoaks",
            variants: [
                "hasil pemilu luar negeri sudah diumumkan sebelum hari pencoblosan",
                "suara di luar negeri sudah dihitung duluan, paslon sudah menang",
                "PPLN bocorkan hasil sebelum hari H",
            ],
            keys: ["luar negeri|ppln|diaspora", "hasil|hitung|menang|bocor"],
            fact: "All counting, abroad included, starts at the same time after voting closes",
            source: "KPU", date: "2024-02"),
        Claim(
            id: "H025", verdict: "salah konteks",
            variants: [
                "video kerusuhan di kantor KPU hari ini, massa ngamuk",
                "rusuh pas hitung suara sekarang, kondisi mencekam",
                "bentrok massa di depan kantor KPU barusan",
            ],
            keys: ["rusuh|kerusuhan|ricuh|bentrok|ngamuk|mencekam|chaos", "kpu|bawaslu|tps|hitung|massa"],
            counter: ["2019"],
            fact: "The videos show 2019 riots, not this election",
            source: "turnbackhoax GFD-2024-16415, GFD-2024-16000", date: "2024-02"),
        Claim(
            id: "H026", verdict: "salah konteks",
            variants: [
                "ada kartu keluarga isinya 1300 orang terdaftar pemilih",
                "satu KK berisi ribuan anggota, DPT siluman",
                "KK dengan 1.300 anggota keluarga di DPT",
            ],
            keys: ["kk|kartu keluarga", "1300|ribu|ribuan"],
            fact: "The video is from 2019 and does not concern this election",
            source: "turnbackhoax", date: "2024-02"),
        Claim(
            id: "H027", verdict: "salah konteks",
            variants: [
                "petugas KPPS ngaku disuruh gelembungkan suara paslon",
                "pengakuan KPPS menambah suara calon tertentu",
                "anggota PPK mengaku markup suara",
            ],
            keys: ["kpps|petugas|ppk|pps", "ngaku|akui|mengaku|pengakuan", "gelembung|tambah|mark up|markup|naik"],
            fact: "The confession concerned a local-council case, not this election",
            source: "turnbackhoax GFD-2024-16473", date: "2024-03"),
        Claim(
            id: "H028", verdict: "hoaks",
            variants: [
                "KPU majukan tanggal pengumuman hasil pilkada",
                "jadwal penetapan hasil dipercepat KPU diam diam",
                "pengumuman pemenang dimajukan jadi besok",
            ],
            keys: ["majukan|percepat|maju jadi|lebih cepat", "pengumuman|penetapan|hasil|jadwal|tanggal"],
            fact: "KPU did not move the result date forward",
            source: "palpos", date: "2024-11"),
        Claim(
            id: "H029", verdict: "hoaks",
            variants: [
                "kalau partisipasi pemilih rendah pilkada otomatis batal",
                "golput di atas 50 persen pemilihan diulang",
                "pemilih sedikit yang datang bikin pilkada tidak sah",
            ],
            keys: ["partisipasi|golput|pemilih|datang", "rendah|sedikit|kurang|50|banyak", "batal|ulang|tidak sah|diulang"],
            fact: "Low turnout does not void an election",
            source: "KPU Kab. OKU Selatan", date: "2024-11"),
        Claim(
            id: "H030", verdict: "hoaks",
            variants: [
                "coblos dua kali di kolom yang sama surat suara jadi tidak sah",
                "surat suara dicoblos lebih dari sekali langsung batal",
                "tusukan 2x bikin suara hangus",
            ],
            keys: ["coblos|tusuk|lubang|tusukan", "2|lebih|berkali|beberapa|sekali", "tidak sah|batal|hangus|rusak"],
            counter: ["satu kolom|1 kolom|masih sah|tetap sah|kolom yang sama tetap"],
            fact: "A ballot pierced more than once is valid if every hole is inside one candidate's column",
            source: "KPU (PKPU 17/2024)", date: "2024-11"),
        Claim(
            id: "H031", verdict: "penipuan",
            variants: [
                "download aplikasi cek data TPS kamu di sini file APK",
                "undangan pilkada format apk silakan unduh untuk lihat lokasi TPS",
                "KPPS kirim file APK data pemilih lewat WA, install ya",
            ],
            keys: ["apk|unduh|download|install|instal", "tps|pemilih|undangan|dpt|kpu|pilkada|pemberitahuan"],
            fact: "The APK sent on WhatsApp is a phishing app that steals data; KPU sends no app files",
            source: "Kominfo / turnbackhoax", date: "2024-11"),
        Claim(
            id: "H032", verdict: "hoaks",
            variants: [
                "presiden bagi 20 juta untuk setiap pemilih",
                "semua warga yang nyoblos dapat Rp20 juta dari presiden",
                "bantuan 20jt per pemilih cair habis pilkada",
            ],
            keys: ["20", "juta", "pemilih|warga|nyoblos|coblos|bantuan|dapat"],
            fact: "No president or presidential figure gives voters Rp20 juta",
            source: "turnbackhoax", date: "2024-11"),
        Claim(
            id: "H033", verdict: "hoaks",
            variants: [
                "sekarang bisa nyoblos online lewat aplikasi",
                "pilkada bisa vote lewat SMS, tidak usah ke TPS",
                "coblos dari rumah pakai HP, sudah resmi",
            ],
            keys: ["online|sms|aplikasi|pakai hp|lewat hp|dari hp|via hp|internet|dari rumah|lewat wa|via wa", "coblos|pilih|vote|suara|memilih"],
            counter: ["hanya di tps|cuma di tps|harus ke tps|datang ke tps langsung|cek dpt online|dpt online"],
            fact: "Voting happens only in person at the polling station (TPS)",
            source: "KPU [common procedural myth]", date: "2024-11"),
        Claim(
            id: "H034", verdict: "hoaks",
            variants: [
                "cukup bawa foto KTP di HP buat nyoblos",
                "nyoblos bisa pakai kartu apa saja, SIM juga boleh",
                "fotokopi KTP sudah cukup buat memilih",
            ],
            keys: ["ktp|identitas|kartu|sim", "foto|fotokopi|screenshot|apa saja|bebas|sim", "coblos|pilih|memilih|tps|vote"],
            counter: ["asli"],
            fact: "Voters must show a KTP-el (or another document KPU accepts) in person; a photo of it is not enough",
            source: "PKPU 17/2024 [verify detail]", date: "2024-11"),
        Claim(
            id: "H035", verdict: "hoaks",
            variants: [
                "pencoblosan diundur ke 28 november",
                "pilkada ditunda sehari jadi tanggal 28",
                "hari H nyoblos geser ke 28 nov",
            ],
            keys: ["tunda|undur|mundur|geser|pindah|ditunda|diundur", "28"],
            fact: "Voting day was 27 November 2024",
            source: "KPU [common procedural myth]", date: "2024-11"),
        Claim(
            id: "H036", verdict: "hoaks",
            variants: [
                "golput bakal dipenjara dan kena denda",
                "yang tidak nyoblos bisa dipidana",
                "tidak datang ke TPS kena sanksi denda jutaan",
            ],
            keys: ["golput|tidak coblos|tidak datang|tidak memilih|tidak ikut", "penjara|pidana|denda|tangkap|sanksi"],
            counter: ["ajak|hasut|uang|menghalangi"],
            fact: "Not voting is not a crime; no fine or jail applies to non-voters",
            source: "KPU Kab. OKU Selatan", date: "2024-11"),
        Claim(
            id: "H037", verdict: "hoaks",
            variants: [
                "KPPS boleh mengarahkan pilihan pemilih di bilik suara",
                "petugas TPS boleh bantu pilihkan paslon",
                "KPPS berhak kasih tau harus coblos nomor berapa",
            ],
            keys: ["kpps|petugas", "arah|arahkan|pilihkan|kasih tau|tunjuk|suruh|boleh"],
            counter: ["tidak boleh|dilarang|netral"],
            fact: "KPPS may not influence a voter's choice",
            source: "KPU Kab. OKU Selatan", date: "2024-11"),
        Claim(
            id: "H038", verdict: "hoaks",
            variants: [
                "presiden bagi sembako pemilu buat semua yang nyoblos",
                "paket sembako pilkada dari presiden dibagikan di TPS",
                "istana kirim bansos khusus pemilih pilkada",
            ],
            keys: ["sembako|paket|bantuan", "presiden|istana|jokowi|prabowo", "pemilih|coblos|pilkada|tps|pemilu"],
            fact: "No presidential election food packages are handed out",
            source: "turnbackhoax", date: "2024-11"),
        Claim(
            id: "H039", verdict: "menyesatkan",
            variants: [
                "Sirekap sengaja gelembungkan suara paslon ribuan",
                "suara di Sirekap digelembungkan, KPU curang",
                "data sirekap dimanipulasi naik ribuan suara",
            ],
            keys: ["sirekap", "gelembung|manipulasi|naik|tambah|curang|markup"],
            counter: ["salah baca|dikoreksi|koreksi"],
            fact: "Sirekap misread some tally-form photos and KPU corrected them; the official result is the manual recapitulation",
            source: "KPU statements, Feb 2024 [unverified]", date: "2024-02"),
        Claim(
            id: "H040", verdict: "hoaks",
            variants: [
                "tinta pemilu mengandung babi",
                "tinta celup jari dari minyak babi, haram",
                "tinta pilkada tidak halal dan najis",
            ],
            keys: ["tinta", "babi|haram|tidak halal|najis"],
            fact: "The election ink is halal-certified [unverified]",
            source: "MUI / KPU [unverified]", date: "2024-11"),
        Claim(
            id: "H041", verdict: "hoaks",
            variants: [
                "habis celup tinta wudhu jadi tidak sah",
                "tinta di jari bikin salat tidak sah",
                "jari bertinta tidak bisa wudhu, sholatnya batal",
            ],
            keys: ["tinta|jari", "wudhu|salat|sholat|shalat|solat"],
            counter: ["tidak batal|tetap sah"],
            fact: "The ink does not invalidate ablution or prayer [unverified]",
            source: "MUI [unverified]", date: "2024-11"),
        Claim(
            id: "H042", verdict: "hoaks",
            variants: [
                "tanpa undangan C6 tidak bisa nyoblos",
                "kalau tidak dapat surat pemberitahuan berarti tidak boleh memilih",
                "tidak bawa undangan langsung ditolak di TPS",
            ],
            keys: ["undangan|c6|surat pemberitahuan|pemberitahuan", "tidak bisa|tidak boleh|ditolak|tolak|hilang"],
            counter: ["tetap bisa|masih bisa|pakai ktp|bawa ktp"],
            fact: "A registered voter can vote without the notification letter by showing a KTP-el",
            source: "PKPU 17/2024", date: "2024-11"),
        Claim(
            id: "H043", verdict: "hoaks",
            variants: [
                "paslon didiskualifikasi KPU sehari sebelum pencoblosan, jangan dicoblos",
                "calon nomor 2 dicoret KPU H-1, suaranya hangus",
                "cagub gugur jadi peserta, coblos dia suara sia sia",
            ],
            keys: ["diskualifikasi|dicoret|coret|gugur|didiskualifikasi", "paslon|calon|cagub|cabup|cawalkot|nomor"],
            fact: "No candidate pair was disqualified on the eve of voting in the claimed region [unverified]",
            source: "[unverified]", date: "2024-11"),
        Claim(
            id: "H044", verdict: "hoaks",
            variants: [
                "pilkada serentak ditunda ke 2025",
                "MK batalkan pilkada 2024, diulang tahun depan",
                "pilkada 2024 resmi diundur tahun 2025",
            ],
            keys: ["2025|tahun depan|mk", "tunda|undur|batal|batalkan|ulang|diundur|ditunda"],
            fact: "The simultaneous Pilkada took place on 27 November 2024",
            source: "KPU [unverified]", date: "2024-11"),
        Claim(
            id: "H045", verdict: "hoaks",
            variants: [
                "KPU kasih uang transport 50 ribu buat pemilih yang datang ke TPS",
                "datang ke TPS dapat uang dari KPU",
                "KPU bagi duit buat yang nyoblos",
            ],
            keys: ["kpu", "uang|transport|ribu|duit", "pemilih|datang|coblos|tps"],
            fact: "KPU pays voters nothing for coming to vote [unverified]",
            source: "[unverified]", date: "2024-11"),
        Claim(
            id: "H046", verdict: "penipuan",
            variants: [
                "lowongan KPPS dibuka, daftar lewat link dan bayar biaya pendaftaran",
                "rekrutmen petugas pilkada, transfer biaya admin dulu",
                "pendaftaran pengawas TPS bayar 100rb via link",
            ],
            keys: ["lowongan|rekrutmen|daftar|pendaftaran", "kpps|pps|kpu|bawaslu|pengawas|petugas", "biaya|bayar|transfer|admin"],
            counter: ["gratis|tanpa biaya"],
            fact: "Recruitment of polling staff is free and run by KPU and Bawaslu offices; paid links are scams [unverified]",
            source: "[unverified]", date: "2024-10"),
        Claim(
            id: "H047", verdict: "penipuan",
            variants: [
                "insentif KPPS sudah cair, klik link untuk klaim",
                "santunan petugas pilkada, isi data di link ini",
                "honor KPPS tambahan, klaim lewat link berikut",
            ],
            keys: ["link|klik|klaim", "honor|insentif|santunan|bantuan", "kpps|kpu|petugas|pilkada|pemilu"],
            fact: "Polling staff are paid through their offices; links claiming bonus payments are phishing [unverified]",
            source: "[unverified]", date: "2024-11"),
        Claim(
            id: "H048", verdict: "hoaks",
            variants: [
                "petugas KPPS meninggal karena diracun",
                "banyak KPPS wafat diracun, ada yang sengaja",
                "KPPS tewas diracun setelah hitung suara",
            ],
            keys: ["kpps|petugas", "racun|diracun|dibunuh|sengaja"],
            fact: "Deaths of polling staff were attributed to illness and exhaustion; no poisoning was found (2019 hoax recycled)",
            source: "Kemenkes 2019 / turnbackhoax [unverified]", date: "2024-02"),
        Claim(
            id: "H049", verdict: "hoaks",
            variants: [
                "surat suara dibuang ke sungai, ditemukan warga",
                "ribuan surat suara dibakar di belakang kantor kecamatan",
                "surat suara tercoblos ditemukan di tempat sampah",
            ],
            keys: ["surat suara|kertas suara|kotak suara", "buang|bakar|sampah|sungai"],
            fact: "The videos are old or show spoiled and surplus material being destroyed under procedure [unverified]",
            source: "[unverified]", date: "2024-02"),
        Claim(
            id: "H050", verdict: "hoaks",
            variants: [
                "WNA China ikut nyoblos di pilkada",
                "orang asing punya KTP bisa memilih",
                "TKA masuk DPT dan ikut coblos",
            ],
            keys: ["wna|asing|china|cina|tka", "coblos|pilih|dpt|memilih|suara"],
            fact: "Foreign nationals have no right to vote and are not on the voter list, even with a foreigner's KTP-el",
            source: "KPU / Dukcapil (recurring 2019 hoax)", date: "2024-02"),
        Claim(
            id: "H051", verdict: "hoaks",
            variants: [
                "7 kontainer surat suara sudah dicoblos di Tanjung Priok",
                "tujuh kontainer berisi surat suara tercoblos",
                "kontainer surat suara tercoblos datang dari China",
            ],
            keys: ["kontainer|container", "surat suara"],
            fact: "A 2019 hoax; police found no such containers",
            source: "Bareskrim Polri 2019", date: "2024-02"),
        Claim(
            id: "H052", verdict: "hoaks",
            variants: [
                "boleh nyoblos di TPS mana saja, tidak usah urus pindah",
                "bebas coblos di TPS manapun asal bawa KTP",
                "nyoblos bisa di TPS terdekat mana aja",
            ],
            keys: ["tps", "mana saja|manapun|mana aja|bebas|terdekat"],
            counter: ["pindah memilih|dptb|a5|sesuai alamat|sesuai domisili"],
            fact: "Voters vote at their own station, or elsewhere only with a transfer (DPTb) or at the station for their KTP address (DPK)",
            source: "PKPU 17/2024", date: "2024-11"),
        Claim(
            id: "H053", verdict: "hoaks",
            variants: [
                "coblos harus pas di foto paslon, kena nama atau nomor jadi tidak sah",
                "kalau nyoblos di nomor urut suaranya batal",
                "tusuk di nama calon bikin surat suara tidak sah",
            ],
            keys: ["foto|gambar|nomor|nama", "tidak sah|batal|hangus"],
            counter: ["tetap sah|masih sah|dalam kolom"],
            fact: "A hole anywhere inside a candidate's column (number, photo or name) is valid",
            source: "PKPU 17/2024", date: "2024-11"),
        Claim(
            id: "H054", verdict: "hoaks",
            variants: [
                "gubernur Jakarta sekarang ditunjuk presiden, tidak dipilih rakyat",
                "pilgub DKI dihapus, gubernur diangkat presiden",
                "UU DKJ: gubernur jakarta dipilih presiden",
            ],
            keys: ["gubernur|pilgub", "tunjuk|ditunjuk|angkat|diangkat|presiden", "jakarta|dki|dkj"],
            counter: ["tetap dipilih|dipilih langsung"],
            fact: "Under the Jakarta special-region law the governor is still elected directly",
            source: "tirto.id [unverified]", date: "2024-11"),
        Claim(
            id: "H055", verdict: "hoaks",
            variants: [
                "kalau kotak kosong menang, calon tunggal tetap dilantik",
                "kotak kosong menang juga percuma, paslon tunggal tetap jadi bupati",
                "menang kotak kosong tidak ada artinya, calon tetap dilantik",
            ],
            keys: ["kotak kosong|kolom kosong", "menang", "dilantik|tetap jadi|tetap menang|percuma"],
            counter: ["tidak dilantik|diulang|pilkada ulang"],
            fact: "If the empty box wins, the single pair is not installed: the election is held again and an acting head is appointed (UU 10/2016 Pasal 54D)",
            source: "UU 10/2016 Pasal 54D", date: "2024-11"),
        Claim(
            id: "H056", verdict: "hoaks",
            variants: [
                "calon tunggal otomatis menang, tidak perlu ke TPS",
                "paslon tunggal pasti menang, nyoblos cuma formalitas",
                "lawan kotak kosong langsung jadi tanpa dicoblos",
            ],
            keys: ["tunggal|kotak kosong", "otomatis|pasti menang|langsung jadi|formalitas|tidak perlu"],
            counter: ["harus lawan|lebih dari 50|50 persen"],
            fact: "A single pair wins only with more than half of the valid votes against the empty box",
            source: "UU 10/2016 Pasal 54D", date: "2024-11"),
        Claim(
            id: "H057", verdict: "menyesatkan",
            variants: [
                "hasil quick count itu hasil resmi, KPU tinggal umumin",
                "qc sudah final, tidak mungkin berubah, itu hasil sah",
                "quick count adalah hasil resmi pilkada",
            ],
            keys: ["quick count|hitung cepat|qc", "resmi|final|sah"],
            counter: ["tidak resmi|bukan resmi|bukan hasil resmi|tunggu"],
            fact: "Quick counts are unofficial estimates; the official result is KPU's recapitulation",
            source: "PKPU 9/2022", date: "2024-11"),
        Claim(
            id: "H058", verdict: "hoaks",
            variants: [
                "pendamping pemilih lansia itu curang dan dilarang",
                "pemilih disabilitas dibantu petugas berarti kecurangan",
                "nenek nyoblos dibantu anaknya, itu pelanggaran pidana",
            ],
            keys: ["damping|pendamping|dibantu|bantu|dampingi", "curang|kecurangan|dilarang|pelanggaran|pidana", "lansia|disabilitas|sakit|tunanetra|nenek|kakek"],
            fact: "Voters with disabilities or illness may be assisted by a companion of their choice, who signs a confidentiality form",
            source: "PKPU 17/2024", date: "2024-11"),
        Claim(
            id: "H059", verdict: "menyesatkan",
            variants: [
                "surat suara cadangan 2,5 persen disiapkan untuk curang",
                "surat suara lebih dipakai buat nambah suara paslon",
                "ada surat suara tambahan buat dicoblos petugas",
            ],
            keys: ["cadangan|tambahan|lebih|2 5", "surat suara", "curang|nambah|tambah suara|dicoblos|coblos"],
            counter: ["ganti yang rusak|pengganti|aturan resmi"],
            fact: "Reserve ballots (2.5% per station) exist by law to replace damaged ones and are accounted for in the tally forms [unverified]",
            source: "UU 10/2016 [unverified]", date: "2024-11"),
        Claim(
            id: "H060", verdict: "hoaks",
            variants: [
                "KTP-el yang sudah kedaluwarsa tidak bisa dipakai nyoblos",
                "e-KTP mati tidak berlaku buat memilih",
                "masa berlaku KTP habis berarti hilang hak pilih",
            ],
            keys: ["ktp", "kedaluwarsa|expired|mati|habis|kadaluarsa|masa berlaku"],
            counter: ["seumur hidup"],
            fact: "A KTP-el is valid for life and can be used to vote",
            source: "UU 24/2013 / Dukcapil [unverified]", date: "2024-11"),
        Claim(
            id: "H061", verdict: "hoaks",
            variants: [
                "sisa surat suara dicoblos KPPS untuk paslon 1",
                "surat suara tidak terpakai diisi petugas",
                "kelebihan surat suara dicoblos panitia buat calon tertentu",
            ],
            keys: ["sisa|tidak terpakai|kelebihan|lebih", "surat suara", "coblos|diisi|isi|dipakai"],
            counter: ["segel|disegel|tanda tidak terpakai"],
            fact: "Unused ballots are marked as unused and sealed in front of witnesses [unverified]",
            source: "PKPU 17/2024 [unverified]", date: "2024-11"),
        Claim(
            id: "H062", verdict: "penipuan",
            variants: [
                "cek hasil pilkada di link ini, masukkan NIK dan kode OTP",
                "cek DPT lewat link bit.ly, isi NIK dan OTP",
                "klik link untuk lihat TPS kamu, kirim kode verifikasi",
            ],
            keys: ["link|klik|bit ly|bitly", "nik|otp|kode|verifikasi", "dpt|tps|kpu|pilkada|pemilih|hasil"],
            fact: "KPU's voter check (cekdptonline.kpu.go.id) never asks for an OTP; such links are phishing [unverified]",
            source: "[unverified]", date: "2024-11"),
    ]
}
