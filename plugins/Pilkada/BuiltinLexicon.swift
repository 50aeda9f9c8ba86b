/// The built-in phrases of every cue, written as people post them (the normaliser folds,
/// decodes and expands slang on both sides, so `gak` here and `ga` in a post meet as `tidak`).
///
/// Written for Jaga from the domain brief (taxonomy.md, pilkada-2024.md, indonesian-text.md)
/// and everyday Indonesian, Javanese, Sundanese, Betawi, Makassar and Papuan Malay usage;
/// no third-party lexicon is copied.
enum BuiltinLexicon {
    static let entries: [Cue: [String]] = [
        // MARK: Campaign content
        .voteVerb: [
            "pilih", "pilihlah", "pilihan", "memilih", "milih", "pilihin", "pilihen", "pileh", "pilij", "coblos", "coblosin", "coblosen",
            "nyoblos", "dicoblos", "mencoblos", "coblos aja", "contreng", "dukung", "dukunglah", "mendukung", "dukungan",
            "vote", "votes", "menangkan", "menangin", "memenangkan", "kawal", "kawal kemenangan", "pilih aja", "coblos wae",
            "pilih wae", "pilih bae", "pilih mi", "coblos mi", "pilih ji", "pilih saja", "pilih jo", "pilih sudah",
            "tusuk", "colok", "nyoblos aja", "mari pilih", "sok pilih", "pilih we", "coblos we", "pilihna", "milihna",
            "nyoblosna", "dicoblos", "pilihannya", "jagokan", "menjagokan", "pilihanku", "pilihan kita", "pilihan tepat",
            "pilihan rakyat", "pilihan warga", "pilihan kami", "coblosan", "nyoblos nomor", "gaskan", "gas pol",
        ],
        .voteAgainst: [
            "jangan pilih", "jangan memilih", "jangan coblos", "jangan mencoblos", "jangan dukung", "jangan milih",
            "ojo milih", "ojo pilih", "ojo coblos", "ulah milih", "ulah milih", "ulah dipilih", "jangan dipilih",
            "tolak paslon", "haram pilih", "haram memilih", "tidak usah pilih", "tidak usah dipilih", "tidak layak dipilih",
            "tenggelamkan", "kalahkan", "jangan kasih suara",
        ],
        .strongVoteVerb: [
            "menangkan", "menangin", "memenangkan", "kawal kemenangan", "satu putaran", "menang satu putaran",
            "pasti menang", "wajib menang", "harus menang", "lanjutkan", "lanjut dua periode", "dua periode",
        ],
        .candidate: [
            "paslon", "pasangan calon", "pasangan nomor", "calon", "cagub", "cawagub", "cabup", "cawabup", "cawalkot",
            "cawawalkot", "calon gubernur", "calon bupati", "calon walikota", "calon wali kota", "kandidat", "jagoan",
            "bakal calon", "petahana", "incumbent", "pak calon", "bu calon", "kotak kosong", "kolom kosong",
            "gubernur", "bupati", "walikota", "wali kota", "wakil",
        ],
        .campaignEvent: [
            "kampanye", "kampanye akbar", "rapat umum", "orasi", "konvoi", "pawai", "arak arakan", "deklarasi",
            "deklarasi dukungan", "blusukan", "posko pemenangan", "tim pemenangan", "timses", "tim sukses", "relawan",
            "jalan sehat", "senam bersama", "konser", "panggung", "atribut", "kaos", "kaus", "baliho", "spanduk",
            "stiker", "brosur", "selebaran", "bendera", "alat peraga", "apk", "pemenangan", "sosialisasi paslon",
        ],
        .rallyInvite: [
            "hadiri", "hadirilah", "ayo hadir", "datang", "datanglah", "ramaikan", "meriahkan", "ayo kumpul", "kumpul",
            "berkumpul", "ayo datang", "yuk datang", "jangan lupa datang", "kita ramaikan", "merapat", "gabung",
            "bergabung", "ikut", "ikuti", "undang", "mengundang", "diundang", "hayu", "hayuk", "ayo", "yuk", "mari",
        ],
        .jingle: ["jingle", "yel", "yel yel", "mars", "lagu kampanye", "lagu paslon", "lagu tema"],
        .callWord: [
            "ayo", "yuk", "yok", "mari", "hayu", "hayuk", "jangan lupa", "ingat", "pokoknya", "wajib", "harus",
            "ojo lali", "ulah poho", "jangan sampai lupa", "siap", "gas", "sudah pasti", "tetap", "fix", "jangan ragu",
            "dijamin", "amanah", "terbaik", "juara", "mantap", "cocok", "layak", "nomor juara", "kompak", "bersama",
        ],
        .slogan: [
            "satu putaran", "menang", "menangkan", "bersama kita bisa", "saatnya berubah", "saatnya ganti", "perubahan",
            "lanjutkan", "pasti menang", "menang telak", "nomor juara", "juara", "jaya", "bangkit", "maju",
        ],
        .numberIntro: [
            "nomor", "no", "nomer", "nmr", "nomor urut", "no urut", "urut", "paslon", "nomor pasangan", "coblos",
            "pilih", "colok", "tusuk", "angka",
        ],
        .numberBlocker: [
            "tps", "rt", "rw", "jam", "pukul", "tanggal", "hari", "kelas", "lantai", "blok", "kamar", "gang", "jalan",
            "jl", "dapil", "kecamatan", "desa", "antrean", "antrian", "halaman", "pasal", "ayat", "huruf", "tahun",
            "bulan", "menit", "detik", "ke", "hp", "wa", "telepon", "rekening", "nik", "dpt", "kk", "lembar", "surat",
            "persen", "ribu", "juta", "rb", "jt", "kg", "liter", "orang", "kali", "gol", "skor", "babak", "c1", "pkpu",
            "uu", "periode", "putaran", "tingkat", "level", "peringkat",
        ],
        .numberWord: [
            "satu", "dua", "tiga", "empat", "lima", "enam", "siji", "loro", "telu", "papat", "limo", "hiji", "tilu",
            "opat", "rua", "tallu",
        ],
        .fingerSign: [
            "salam dua jari", "salam satu jari", "salam tiga jari", "salam empat jari", "dua jari", "satu jari",
            "tiga jari", "empat jari", "pose dua jari", "pose satu jari", "pose tiga jari", "acungkan jari",
            "acung jari", "angkat jari", "salam jari",
        ],

        // MARK: Frames
        .news: [
            "menurut", "dilaporkan", "berita", "diberitakan", "dikutip", "mengatakan", "menyatakan", "ujar", "ungkap",
            "jelasnya", "kata ketua", "kata komisioner", "wartawan", "jurnalis", "liputan", "redaksi", "kabar",
            "dikabarkan", "terjadi", "sebanyak", "tercatat", "pihak", "diketahui", "sementara itu", "konferensi pers",
            "siaran pers", "rilis resmi",
        ],
        .registration: [
            "mendaftar", "daftar ke kpu", "mendaftarkan diri", "pendaftaran", "pendaftaran calon", "berkas pencalonan",
            "resmi mendaftar", "resmi diusung", "diusung", "rekomendasi partai", "penetapan", "ditetapkan",
            "pengundian", "diundi", "mengundi", "mendapat nomor urut", "memperoleh nomor urut", "dapat nomor urut",
            "bakal calon", "bacalon", "balon", "maju pilkada", "akan maju", "berniat maju", "siap maju", "mencalonkan",
            "mencalonkan diri", "pencalonan", "verifikasi", "tes kesehatan",
        ],
        .reminder: [
            "dilarang", "larangan", "tidak boleh kampanye", "jangan kampanye", "tidak boleh", "mengimbau", "imbau",
            "imbauan", "diimbau", "himbau", "himbauan", "mengingatkan", "ingatkan", "pengingat", "hapus", "turunkan",
            "penertiban", "ditertibkan", "aturan", "sesuai aturan", "mematuhi", "patuhi", "taat aturan",
            "tanpa kampanye", "bebas kampanye", "stop kampanye", "hentikan kampanye", "sanksi",
        ],
        .report: [
            "lapor", "laporkan", "melaporkan", "pelapor", "aduan", "adukan", "mengadu", "kok masih", "masih ada yang",
            "ada yang masih", "melanggar", "pelanggaran", "langgar", "tegur", "ditegur", "temuan", "awasi",
            "mengawasi", "pengawasan", "panwaslu", "panwascam", "gakkumdu", "pantauan",
            "tangkapan layar beredar", "dugaan", "beredar", "jangan disebar", "jangan sebar", "jangan dishare",
            "jangan diviralkan", "bukan rilis resmi", "ojo percoyo", "ojo percaya", "ulah percaya", "jang percaya",
            "jangan percaya", "tidak usah percaya", "jangan mudah percaya", "diduga", "terduga",
            "tidak netral", "kok boleh", "boleh gitu", "boleh begitu", "apa boleh", "memang boleh", "harusnya",
            "seharusnya", "sebenarnya tidak boleh", "padahal", "miris", "parah",
        ],
        .against: [
            "tolak", "menolak", "tolaklah", "lawan", "melawan", "stop", "say no", "jangan mau", "jangan terima",
            "jangan diterima", "jangan menerima", "jangan tergiur", "haram", "anti", "jangan pernah", "jangan jual",
            "tidak dijual", "bukan untuk dijual", "tidak bisa dibeli", "tidak untuk dijual", "kami tolak", "jangan tukar",
            "jangan gadaikan", "gadaikan", "jual suara", "menjual suara", "politik uang", "money politic",
            "money politics", "risywah", "suap", "waspada", "hati hati", "awas", "jangan takut lapor",
        ],
        .education: [
            "pidana", "dipidana", "penjara", "dipenjara", "denda", "sanksi", "ancaman", "diancam", "hukuman", "pasal",
            "undang undang", "diatur", "sosialisasi", "edukasi", "pendidikan politik", "bisa kena", "terancam",
            "kurungan", "bui", "melanggar hukum", "pemberi dan penerima", "pemberi maupun penerima", "istilah", "disebut",
            "artinya", "sejarah", "definisi", "apa itu",
        ],
        .tolerance: [
            "toleransi", "toleran", "beda agama", "beda suku", "saudara", "bersaudara", "bersatu", "persatuan", "damai",
            "rukun", "kerukunan", "bhinneka", "bhineka", "keberagaman", "beragam", "hargai", "menghargai",
            "menghormati", "hormati", "sesama", "tolak sara", "stop sara", "jangan bawa sara", "bawa bawa sara",
            "jangan bawa agama", "politik identitas", "lawan rasisme", "stop rasisme", "anti rasisme", "tolak rasisme",
            "ujaran kebencian", "isu sara", "jangan termakan", "jangan terpecah", "tidak penting", "bukan soal",
            "apapun agamanya", "apapun sukunya", "dari suku mana", "siapa pun", "siapapun", "semua agama", "semua suku",
        ],
        .condemn: [
            "kecam", "mengecam", "kutuk", "mengutuk", "menyesalkan", "prihatin", "jangan terprovokasi", "tolak kekerasan",
            "tolak anarkis", "stop kekerasan", "anti kekerasan", "tanpa kekerasan", "damai", "kondusif", "jaga kondusif",
            "tenang", "tahan diri", "menahan diri", "jangan anarkis", "jangan rusuh", "jangan main hakim", "provokasi",
            "provokator", "hoaks", "korban", "diamankan", "ditangkap", "polisi", "polres", "polda", "aparat keamanan",
            "mahkamah konstitusi", "mk", "gugat", "gugatan", "jalur hukum", "sengketa", "demo damai", "aksi damai",
        ],
        .announce: [
            "akan", "nanti", "baru boleh", "boleh tayang", "tayang mulai", "mulai jam", "mulai pukul", "setelah jam",
            "setelah pukul", "tunggu", "menunggu", "sabar", "jadwal", "segera", "besok", "siap siap", "pantengin",
            "saksikan", "stay tune", "live", "bakal", "akan dirilis", "akan diumumkan", "rencana", "direncanakan",
        ],

        .enforcement: [
            "polres", "polda", "polsek", "polisi", "kepolisian", "diamankan", "amankan", "ditangkap", "tangkap",
            "tangkap tangan", "ott", "tersangka", "ditetapkan tersangka", "barang bukti", "disita", "penyidik",
            "diperiksa", "gakkumdu", "sentra gakkumdu", "sidang", "divonis", "vonis", "terdakwa", "jaksa", "pengadilan",
            "diproses", "proses hukum", "ditahan", "penahanan",
        ],

        // MARK: Politik uang
        .money: [
            "uang", "duit", "amplop", "serangan fajar", "serangan subuh", "serangan duha", "uang transport",
            "uang transportasi", "uang bensin", "uang saku", "uang rokok", "uang lelah", "uang makan", "uang jalan",
            "uang kopi", "ongkos", "transfer", "ditransfer", "transferan", "tf", "saldo", "dana", "ovo", "gopay",
            "shopeepay", "e wallet", "ewallet", "dompet digital", "pulsa", "kuota", "token listrik", "voucher",
            "cash", "tunai", "cuan", "fulus", "salam tempel", "wani piro", "npwp", "nomor piro wani piro", "angpao",
            "rupiah", "rp", "cepek", "gocap", "goban", "ceban", "noban", "gopek", "sejuta", "serebu", "seratus ribu",
            "lima puluh ribu", "bayaran", "upah", "honor", "insentif", "doku", "pitih", "piti", "doi", "ampau", "sangu",
            "duit rokok", "uang rokok", "sarapan", "uang saksi", "harga suara", "beli suara", "beli", "membeli", "dibeli",
            "money", "politik uang", "money politic",
        ],
        .amount: ["ribu", "rb", "rebu", "rebo", "ewu", "juta", "jt", "jeti", "k", "ribuan", "jutaan", "perak", "rupiah", "rp", "ceng", "ribu rupiah"],
        .goods: [
            "sembako", "beras", "minyak goreng", "minyak", "gula", "mie instan", "indomie", "bingkisan", "paket",
            "hadiah", "sarung", "mukena", "kerudung", "jilbab", "kaos gratis",
            "semen", "pupuk", "bansos", "bantuan", "sumbangan", "santunan", "telur", "daging", "kambing", "sapi",
            "motor", "hp gratis", "umroh", "umrah", "gratis", "traktir", "makan gratis", "nasi kotak", "nasi bungkus",
        ],
        .exchange: [
            "dapat", "dapet", "mendapat", "mendapatkan", "dikasih", "dikasi", "kasih", "dibagi", "bagi", "bagikan",
            "dibagikan", "membagikan", "bagi bagi", "dibagi bagi", "terima", "menerima", "nerima", "diterima", "ambil",
            "diambil", "dibayar", "bayar", "membayar", "imbalan", "ganti", "tukar", "ditukar", "asal", "syarat",
            "buat yang", "bagi yang", "untuk yang", "yang mau", "japri", "dm", "inbox", "hubungi", "kontak",
            "kumpulkan ktp", "setor ktp", "fotokopi ktp", "foto ktp", "foto surat suara", "bukti coblos",
            "bukti foto", "foto bukti", "cair", "dicairkan", "pencairan", "jatah", "per orang", "per kepala", "per kk",
            "per suara", "per jiwa", "sekeluarga", "satu keluarga", "dijanjikan", "janji", "dijamin", "beli suara",
            "membeli suara", "borong suara", "disebar", "sebar", "ditebar", "nebar", "kirim", "dikirim", "dapat berapa",
            "lumayan", "sudah terima", "udah dapat", "sudah dapat", "dikasih tim", "ditukar suara", "antar", "diantar",
            "oleh", "dibere", "dibéré", "dikasi", "tong kasih", "kasi", "dapet", "nanti dapat", "langsung dapat", "balas budi",
            "deal", "tiap", "setiap", "slot", "nama", "nik", "ktp", "dititipkan", "setor", "target", "ditransfer",
            "transferan", "dikirim", "isinya", "isi", "buat", "untuk", "dari tim", "dari paslon",
        ],
        .abstain: [
            "tidak usah ke tps", "tidak perlu ke tps", "tidak usah nyoblos", "tidak usah datang", "golput",
            "jangan datang ke tps", "di rumah saja", "tidak usah memilih", "tidak usah milih", "diam di rumah",
        ],
        .organise: [
            "koordinator", "korlap", "kordes", "korcam", "korwil", "posko", "tim", "timses", "tim sukses", "relawan",
            "kader", "saksi", "daftar nama", "data pemilih", "kumpulkan", "dikumpulkan", "malam ini", "subuh", "pagi",
            "kloter", "jatah", "rumah", "door to door", "dari pintu ke pintu", "tps", "suara", "hak suara", "hak pilih",
        ],
        .unrelatedBenefit: [
            "kondangan", "nikahan", "pernikahan", "menikah", "hajatan", "resepsi", "sunatan", "khitanan", "thr",
            "lebaran", "arisan", "imlek", "gaji", "gajian", "ulang tahun", "ultah", "kado", "sedekah", "zakat", "infak",
            "infaq", "kotak amal", "donasi", "galang dana", "kurban", "qurban", "tahlilan", "kenduri", "takziah",
            "melayat", "belanja", "diskon", "promo", "cashback", "giveaway", "jualan", "dijual", "harga", "bunga",
            "cicilan", "pinjol", "kredit", "tagihan", "honor kpps", "honor petugas", "gaji kpps", "honorarium",
            "dana kampanye", "laporan dana", "dana desa", "dana bos", "undian", "doorprize", "door prize", "kupon",
            "kocokan", "promo", "kuliner", "menu", "traktiran ultah",
        ],
        .sport: [
            "bola", "sepak bola", "sepakbola", "persib", "persija", "persebaya", "psm", "arema", "psis", "timnas",
            "liga", "gol", "menit", "babak", "pertandingan", "tanding", "striker", "kiper", "wasit", "stadion",
            "futsal", "skor", "film", "sinetron", "drakor", "episode", "novel", "judul", "trailer", "bioskop", "game",
            "mobile legends", "ml", "pubg", "ff", "free fire", "main game", "rank", "tim lawan", "juara liga",
        ],

        // MARK: SARA
        .group: [
            "islam", "muslim", "muslimah", "kristen", "nasrani", "katolik", "protestan", "hindu", "buddha", "budha",
            "konghucu", "khonghucu", "yahudi", "non muslim", "nonmuslim", "agama", "agamanya", "seiman", "beda iman",
            "suku", "sukunya", "ras", "etnis", "cina", "china", "cino", "tionghoa", "aseng", "jawa", "sunda", "batak",
            "bugis", "makassar", "dayak", "papua", "orang papua", "ambon", "madura", "minang", "padang", "betawi",
            "arab", "keturunan", "pendatang", "pribumi", "non pribumi", "nonpribumi", "orang timur", "orang asli",
            "putra daerah", "bukan putra daerah", "syiah", "ahmadiyah", "kulit hitam", "rambut keriting", "hitam",
            "keriting", "kristen radikal", "mualaf", "murtad", "asing", "aseng asing",
        ],
        .slur: [
            "kafir", "najis", "sesat", "laknat", "babi", "anjing", "monyet", "kera", "binatang", "biadab", "bangsat",
            "antek", "antek asing", "antek aseng", "penjajah", "penjajah baru", "pengkhianat", "cukong", "sipit",
            "inlander", "kampungan", "primitif", "terbelakang", "barbar", "jahiliyah", "munafik", "kadrun", "cebong",
            "kampret",
        ],
        .insult: [
            "bodoh", "goblok", "tolol", "dungu", "dasar", "pemalas", "malas", "licik", "serakah", "pelit", "rakus",
            "kotor", "jijik", "rendah", "hina", "menghina", "penipu", "maling", "pencuri", "busuk", "perusak",
            "tidak tahu diri", "tidak beradab", "tidak becus", "usir", "diusir", "bersihkan", "musuh", "berbahaya",
            "ancaman", "menjajah", "merampas", "menguasai", "kuasai", "haram dipimpin", "tidak pantas", "tak pantas",
            "tidak layak", "tak layak", "tidak boleh memimpin", "jangan dipimpin", "dipimpin", "memimpin",
        ],
        .ground: [
            "karena", "gara gara", "soalnya", "sebab", "mentang mentang", "orang", "kaum", "golongan", "kelompok",
            "bangsa", "kaumnya", "sukunya", "agamanya", "yang bukan", "bukan seiman", "tidak seiman",
        ],
        .leader: [
            "pemimpin", "memimpin", "dipimpin", "kepala daerah", "gubernur", "bupati", "walikota", "wali kota", "imam",
        ],

        // MARK: Hasutan
        .violence: [
            "bakar", "dibakar", "membakar", "bakar saja", "obong", "diobong", "kebakar", "geruduk", "gruduk", "digeruduk",
            "hancurkan", "hancurin", "habisi", "dihabisi", "habisin", "bunuh", "dibunuh", "membunuh", "gorok", "bacok",
            "dibacok", "tembak", "culik", "diculik", "rusak", "merusak", "dirusak", "rusakkan", "ruksak", "obrak abrik",
            "ambil paksa", "rampas", "merampas", "rebut paksa", "hajar", "dihajar", "gebuk", "gebukin", "gebug",
            "gebugan", "gebugin", "pukul", "pukuli", "dipukuli", "tonjok", "ditonjok", "pentung", "dipentung", "antemi",
            "lempar", "lempari", "dilempari", "tumpahkan darah", "pertumpahan darah", "kepung", "dikepung", "sweeping",
            "ganyang", "bantai", "dibantai", "segel paksa", "gulingkan", "gulingin", "digulingkan", "angkat senjata",
            "parang", "golok", "bom", "molotov", "bom molotov", "ledakkan", "jarah", "menjarah", "amuk", "mengamuk",
            "keroyok", "dikeroyok", "teror", "ancam", "mengancam", "matiin", "tikam", "celurit", "sembelih", "gantung",
            "digantung", "rajam", "usir", "usir paksa", "diusir", "bongkar paksa", "anarkis", "patahkan", "dipatahkan",
            "kasih pelajaran", "beri pelajaran", "batu", "bawa batu", "bambu runcing", "senjata", "senjata tajam",
            "sajam", "babak belur", "hilangkan", "lenyapkan", "dari muka bumi", "intimidasi", "preman", "🔪", "bensin",
            "darah", "nyawa", "nyawanya", "tidak aman", "disamperin", "datangi", "samperin", "dagoan", "tunggu",
            "blokir", "tutup jalan", "tahan", "serbu kantor", "serbu kpu", "serbu rumah", "serang", "menyerang",
            "diserang", "petasan", "dilengserkan", "cara apa pun", "cara kita sendiri", "bakar ban",
        ],
        .riot: [
            "rusuh", "kerusuhan", "bikin rusuh", "ricuh", "bikin ricuh", "chaos", "perang", "bentrok", "adu domba",
            "tumpahkan darah", "pertumpahan darah", "bakar kota", "kota ini kita bakar", "revolusi", "makar",
        ],
        .figurative: [
            "semangat", "semangatmu", "sate", "ikan", "jagung", "kalori", "lemak", "lapak", "gorengan", "diskon", "promo",
            "catur", "raja", "pion", "skor", "target", "dari pagi", "pasar", "brosur", "door to door", "rekor",
            "rindu", "kangen", "galau", "mager", "lapar", "dahaga", "gabut", "tugas", "pr", "deadline", "tiket", "jualan",
            "harga", "stok", "menu", "bakso", "martabak", "kopi", "nasi", "ayam", "sambal", "konten", "story",
        ],
        .accusation: [
            "bandar narkoba", "narkoba", "pki", "keturunan pki", "antek pki", "koruptor", "dibayar", "disuap",
            "terima suap", "ngubah hasil", "mengubah hasil", "ubah hasil", "rekayasa", "ditutup tutupi", "penjahat",
            "pembunuh", "algojo", "teroris", "selingkuh", "pemerkosa", "ijazah palsu", "dukun", "pesugihan",
        ],
        .spreadCall: [
            "sebarkan", "viralkan", "share", "bagikan", "sebelum dihapus", "sebar", "disebar", "broadcast", "teruskan",
            "forward", "biar viral",
        ],
        .violenceTarget: [
            "tps", "kpu", "kpud", "kpps", "ppk", "pps", "bawaslu", "panwas", "kotak suara", "surat suara", "kantor",
            "kantor kpu", "paslon", "calon", "cagub", "cabup", "cawalkot", "pendukung", "pendukungnya", "kubu", "timses",
            "saksi", "petugas", "penyelenggara", "posko", "rumahnya", "rumah", "kantor bupati", "kantor gubernur",
            "gudang logistik", "logistik", "kendaraan", "mobil", "massa", "kelompok", "kampung", "mereka", "lawan",
            "relawan", "tim", "komisioner", "ketua kpu", "hakim", "mk", "rumahnya", "orangnya", "kantornya", "pemilih",
            "yang pilih", "yang nyoblos", "mobil kampanye", "truk logistik", "baliho", "spanduk", "apk", "kota ini",
            "jalan", "dia", "tangannya", "anggota bawaslu", "ketua kpps", "ketua ppk", "parkiran", "gubernur", "bupati",
        ],
        .incite: [
            "ayo", "mari", "yuk", "kita", "siap", "siapkan", "harus", "wajib", "kalau", "jika", "kalau sampai",
            "kalau kalah", "kalau curang", "kalau menang", "besok", "malam ini", "kumpul", "bawa", "semua", "turun",
            "serentak", "angkat", "bersiap", "siap siap", "tunggu saja", "lihat saja", "awas", "jangan salahkan",
            "darah", "nyawa", "taruhan", "bergerak", "kerahkan", "kerahkan massa", "konsolidasi", "rapatkan barisan",
            "saudara saudara", "jihad", "perangi", "siap tempur", "tempur", "siapin", "kumpulin", "tinggal tunggu perintah",
            "silakan", "biar", "sekalian", "titik", "kalau perlu", "jangan biarkan", "pantas", "pantesnya", "pantasnya",
            "lamun", "nek", "kalo", "kite", "kitong", "urang", "awake dewe", "tak", "aku", "gue",
        ],

        // MARK: Netralitas
        .official: [
            "asn", "pns", "honorer", "p3k", "pppk", "pegawai negeri", "aparatur", "aparatur sipil negara",
            "kepala dinas", "kadis", "camat", "lurah", "kades", "kepala desa", "perangkat desa", "perangkat", "sekdes",
            "sekretaris desa", "kadus", "kepala dusun", "kaur", "tni", "polri", "polisi", "babinsa", "bhabinkamtibmas",
            "bhabin", "anggota tni", "anggota polri", "aparat", "seragam dinas", "seragam korpri", "korpri",
            "seragam pns", "seragam coklat", "seragam khaki", "baju dinas", "pak kades", "bu kades", "pak lurah",
            "bu lurah", "pak camat", "penjabat", "pj", "sekda", "kepala sekolah", "kepsek", "guru pns", "guru honorer",
            "pegawai kelurahan", "staf desa", "staf kecamatan", "pegawai desa", "pegawai pemda", "pemda", "pemkab",
            "pemkot", "pemprov", "dinas", "grup dinas", "grup kantor", "grup wa dinas", "grup wa kantor", "atasan",
            "kepala puskesmas", "bidan desa", "polwan", "brimob", "kapolsek", "danramil", "koramil", "polsek", "bumd",
            "bumn", "direktur bumd", "pegawai bumn", "bendahara desa", "bpd", "kepala kampung", "kepala lingkungan",
            "kaling", "kepala kampong", "kapala kampung", "jogoboyo", "bayan", "modin", "petinggi", "kuwu",
            "pambakal", "keuchik", "geuchik", "wali nagari", "perbekel", "klian",
        ],
        .officialAction: [
            "minta warga", "meminta warga", "mengajak warga", "ajak warga", "arahkan", "mengarahkan", "diarahkan",
            "instruksi", "instruksikan", "menginstruksikan", "perintahkan", "memerintahkan", "diperintah", "wajibkan",
            "mewajibkan", "diwajibkan", "disuruh", "suruh", "menyuruh", "kompak", "kompak pilih", "satu suara",
            "pose", "berpose", "foto bareng", "foto bersama", "share", "bagikan", "membagikan", "sebarkan",
            "menyebarkan", "dukung", "mendukung", "dukungan", "ikut kampanye", "hadir kampanye", "jadi tim",
            "jadi timses", "menjadi tim", "sebagai kades", "sebagai kepala desa", "sebagai lurah", "sebagai asn",
            "sebagai pns", "saya minta", "kami minta", "ancam", "diancam", "dipecat", "mutasi", "dimutasi", "absen",
            "bantuan dicabut", "tidak dapat bantuan", "blt dicabut", "salam", "jari", "kaos paslon", "atribut",
            "pakai kaos", "memakai kaos", "pakai seragam", "berseragam", "rapat", "pengarahan", "apel",
        ],
        .neutral: [
            "netral", "netralitas", "wajib netral", "harus netral", "jaga netralitas", "tidak memihak", "tak memihak",
            "tidak berpihak", "bersikap netral", "menjaga netralitas", "pakta integritas", "kode etik", "kasn", "bkn",
            "sanksi", "diperiksa", "pemeriksaan", "klarifikasi", "dilaporkan", "sosialisasi", "aturan", "larangan",
            "dilarang", "tidak boleh", "tidak diperbolehkan", "siapapun", "siapa pun", "gunakan hak pilih",
            "hak pilih", "jangan golput",
        ],
        .former: ["purnawirawan", "pensiunan", "mantan", "eks", "pensiun", "purna", "purnatugas", "veteran"],

        // MARK: Children
        .child: [
            "anak", "anak anak", "anakku", "anak saya", "anaknya", "bocil", "bocah", "bocah bocah", "balita", "bayi",
            "murid", "siswa", "siswi", "pelajar", "anak sd", "anak smp", "anak tk", "anak kecil", "cilik", "usia dini",
            "di bawah umur", "bawah umur", "anak sekolah", "bocil bocil", "anak usia", "anak yatim", "santri cilik",
            "bocah cilik", "murid sd", "siswa sd", "siswa smp", "budak", "barudak", "ade ade", "adik adik", "adek adek",
            "arek cilik", "bocah bocah", "ana", "ana ana", "anak kecil kecil",
        ],
        .childCampaign: [
            "kampanye", "kaos paslon", "kaos", "kaus", "atribut", "bendera", "yel", "yel yel", "jingle", "nyanyi",
            "menyanyi", "bernyanyi", "nyanyiin", "teriak", "meneriakkan", "teriakkan", "selebaran", "stiker", "brosur",
            "konvoi", "arak arakan", "pawai", "orasi", "rapat umum", "panggung", "diajak", "disuruh", "dipakaikan",
            "diikutkan", "dilibatkan", "dibawa", "dibayar", "bagi bagi", "membagikan", "joget", "berjoget", "hafal",
            "menghafal", "dihafalkan", "kampanye akbar", "baliho", "salam", "jari", "topi", "ikat kepala",
        ],
        .childProtect: [
            "jangan libatkan", "jangan melibatkan", "jangan bawa anak", "jangan ajak anak", "jangan membawa anak",
            "tidak melibatkan", "stop libatkan", "stop eksploitasi", "eksploitasi", "perlindungan anak",
            "lindungi anak", "kpai", "hak anak", "kasihan", "tidak boleh", "dilarang", "larangan", "larang",
            "melanggar", "pelanggaran", "tidak pantas", "bahaya", "bawaslu", "panwas", "lapor", "laporkan",
            "sebaiknya", "seharusnya", "harusnya", "jangan ikutkan", "jangan diajak", "tinggalkan anak",
        ],
        .schoolSim: [
            "simulasi", "ketua osis", "osis", "pemilihan ketua osis", "pemilihan ketua kelas", "ketua kelas",
            "belajar demokrasi", "pemilu cilik", "pemilih pemula", "pendidikan pemilih", "sosialisasi", "edukasi",
            "kpu goes to school", "praktik", "praktek", "pembelajaran", "pelajaran", "pramuka", "lomba", "tugas sekolah",
            "menemani", "nemenin", "temani", "menunggu", "nungguin", "ikut ke tps", "antar ke tps", "lihat orang tua",
            "melihat orang tua", "gendong", "digendong",
        ],

        // MARK: Facilities
        .worshipPlace: [
            "masjid", "mesjid", "musala", "musholla", "mushola", "surau", "langgar", "gereja", "pura", "vihara",
            "klenteng", "kelenteng", "rumah ibadah", "tempat ibadah", "majelis taklim", "majelis", "pondok", "meunasah",
        ],
        .worshipEvent: [
            "khutbah", "khotbah", "kotbah", "ceramah", "pengajian", "kajian", "tausiyah", "tausiah", "kebaktian",
            "misa", "sholat jumat", "salat jumat", "jumatan", "mimbar", "ustadz", "ustad", "ustaz", "ustadzah", "kyai",
            "kiai", "pendeta", "pastor", "romo", "khatib", "imam", "dai", "mubaligh", "yasinan", "tahlil", "majelis",
            "sholawatan", "selawatan", "pengajian akbar", "ibadah", "jemaah", "jamaah", "umat",
        ],
        .school: [
            "sekolah", "kampus", "kelas", "ruang kelas", "pesantren", "ponpes", "madrasah", "sd", "smp", "sma", "smk",
            "universitas", "kuliah", "dosen", "guru", "murid", "siswa", "mahasiswa", "upacara", "halaman sekolah",
            "aula sekolah", "rektor", "fakultas", "santri", "tk", "paud", "mts", "ma",
        ],
        .govFacility: [
            "mobil dinas", "plat merah", "pelat merah", "kendaraan dinas", "motor dinas", "kantor desa", "balai desa",
            "kantor kelurahan", "kantor lurah", "kantor camat", "kantor kecamatan", "kantor dinas", "kantor bupati",
            "kantor gubernur", "gedung pemerintah", "fasilitas negara", "fasilitas pemerintah", "fasilitas desa",
            "apbd", "apbn", "apbdes", "dana desa", "bansos", "bantuan sosial", "anggaran", "anggaran desa",
            "rumah dinas", "aula kantor", "pendopo", "pendapa", "puskesmas", "posyandu", "gor", "gedung serbaguna milik",
            "blt", "pkh", "bpnt", "program pemerintah", "sound desa", "ambulans desa", "ambulance desa", "mobil siaga",
        ],
        .civicEducation: [
            "simulasi", "sosialisasi", "pendidikan pemilih", "pemilih pemula", "kpu goes to school", "edukasi",
            "cara mencoblos", "cara nyoblos", "tata cara", "gunakan hak pilih", "hak pilih", "jangan golput",
            "pemimpin yang amanah", "pemimpin amanah", "pemimpin yang jujur", "sesuai hati nurani", "hati nurani",
            "tidak menyebut", "tidak menyebutkan", "tanpa menyebut", "netral", "siapapun", "siapa pun",
            "ayo ke tps", "datang ke tps", "debat terbuka", "diskusi publik", "seminar", "tps", "kpu", "bawaslu",
            "pilkada damai", "jaga persatuan",
        ],

        // MARK: Surveys and quick counts
        .survey: [
            "survei", "survey", "surve", "hasil survei", "rilis survei", "lembaga survei", "elektabilitas",
            "elektabilitasnya", "polling", "poling", "jajak pendapat", "tingkat keterpilihan", "keterpilihan",
            "popularitas", "responden", "margin of error", "moe", "lsi", "indikator", "litbang", "poltracking",
            "charta politika", "indo barometer", "saiful mujani", "smrc", "median", "parameter politik",
            "survei internal", "survei terbaru", "hasil polling", "elektoral", "poll", "polls", "new poll",
        ],
        .quickCount: [
            "quick count", "quickcount", "qc", "hitung cepat", "exit poll", "exitpoll", "hasil hitung cepat",
            "hasil quick count", "hasil qc", "hasil exit poll",
        ],
        .result: [
            "unggul", "unggul tipis", "unggul telak", "menang", "menang telak", "memimpin", "teratas", "tertinggi",
            "tertinggal", "kalah", "selisih", "sementara", "data masuk", "suara masuk", "sampel masuk", "perolehan",
            "meraih", "meraup", "mendapat", "mendapatkan", "raihan", "angka", "versi", "hasil", "posisi",
            "juara", "nomor satu", "peringkat", "urutan", "menempel", "kejar", "salip", "disalip", "jauh", "persentase",
            "leads", "leading", "ahead", "vs", "versus", "dipilih",
        ],
        .percent: ["persen", "%", "pct", "prosen", "pts", "poin"],
        .election: [
            "pilkada", "pilgub", "pilbup", "pilwalkot", "pilwali", "pilwakot", "pemilihan", "pemilu", "elektabilitas",
            "keterpilihan", "paslon", "cagub", "cabup", "cawalkot", "calon", "kandidat", "petahana", "penantang",
            "head to head", "dipilih", "memilih", "pemilih", "suara", "kotak kosong", "gubernur", "bupati", "walikota",
            "wali kota", "menang", "unggul", "leads", "leading", "ahead", "pilpres",
        ],
        .realCount: [
            "real count", "hasil resmi", "rekapitulasi", "rekap", "c1", "form c1", "formulir c", "c hasil",
            "plano", "sirekap", "penghitungan di tps", "hitungan tps", "hasil tps", "saksi tps", "pleno",
        ],
    ]
}
