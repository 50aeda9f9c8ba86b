/// A dictionary-free Indonesian stemmer (Tala 2003 style) with protected election words.
///
/// `stem` strips, in order and only while the word keeps more than two syllables:
/// a particle (`-lah -kah -tah -pun`), a possessive (`-ku -mu -nya`), a first-order prefix
/// (`meng- meny- men- mem- me- peng- peny- pen- pem- di- ter- ke-`), a suffix (`-kan -an -i`)
/// and a second-order prefix (`ber- bel- be- per- pel- pe-`), undoing the nasal sound
/// changes: `memilih` → `pilih`, `menyebarkan` → `sebar`, `pencoblosan` → `coblos`,
/// `menolak` → `tolak`, `mengawasi` → `awas`. Confixes Indonesian does not have are not
/// stripped (`di-…-an`, `me-…-an`, `ke-…-i`, `be-…-i`, `ter-…-an`, `se-…-i`).
///
/// Without a dictionary some choices are guesses; they are made with a small set of known
/// roots (election words and common verbs, plus `roots` given by the user):
/// - `meng`/`peng` + vowel drops a `k` when the `k` form is a known root (`mengirim` → `kirim`),
///   else keeps the vowel (`mengambil` → `ambil`);
/// - `mem`/`pem` + vowel restores `p` (`memakai` → `pakai`) unless the `m` form is known
///   (`memulai` → `mulai`); `men`/`pen` + vowel restores `t` (`menulis` → `tulis`) unless the
///   `n` form is known (`menilai` → `nilai`); `meny`/`peny` + vowel restores `s`;
/// - `se-` is stripped only when the rest is a known root, and `ke-` only in the confix
///   `ke-…-an` (`kecurangan` → `curang`) or before a known root, because many everyday words
///   begin with `se`/`ke` (`sekolah`, `semua`, `kepala`, `kemarin`).
///
/// Protected words are returned as they are: election terms that mean something other than
/// their root (`pemilu`, `pilkada`, `pemilihan` "election", `pemilih` "voter", `pemungutan`
/// as in *pemungutan suara*, `kampanye`, `paslon`, `petahana`, `relawan`, `pemerintah`) and
/// common words that look affixed but are not (`berita`, `sebelum`, `mereka`, `menang`, `media`, `terima`).
/// `memilih`, `dipilih`, `pilihan`, `terpilih` do stem to `pilih`.
///
/// Works on ASCII letters; a word with any other byte is returned unchanged. Input should be
/// folded (lower case), as `Normalizer` produces it.
public struct Stemmer: Sendable {
    /// Words returned unchanged.
    public private(set) var protected: Set<String>
    /// Known roots used to choose between possible restorations.
    private var roots: Set<String>

    /// The stemmer with Jaga's protected words and root hints.
    public static let standard = Stemmer()

    /// Makes a stemmer; `protected` and `roots` are added to the built-in lists.
    public init(protected extraProtected: some Sequence<String> = [String](), roots extraRoots: some Sequence<String> = [String]()) {
        protected = Set(Self.builtinProtected).union(extraProtected)
        roots = Set(Self.builtinRoots).union(protected).union(extraRoots)
    }

    /// Stems `word` with the standard stemmer.
    public static func stem(_ word: String) -> String {
        standard.stem(word)
    }

    /// Returns the root of `word` (folded, lower case); unknown shapes come back unchanged.
    public func stem(_ word: String) -> String {
        if protected.contains(word) { return word }
        var w: [UInt8] = []
        w.reserveCapacity(word.utf8.count)
        for b in word.utf8 {
            guard b &- 0x61 < 26 else { return word }
            w.append(b)
        }
        guard w.count > 3 else { return word }
        let out = stemBytes(w)
        return out.count == w.count ? word : String(decoding: out, as: UTF8.self)
    }

    // MARK: - Algorithm

    /// True when `w` or `w` without `-kan`/`-an`/`-i`/`-nya` is a known root.
    private func known(_ w: [UInt8]) -> Bool {
        if roots.contains(String(decoding: w, as: UTF8.self)) { return true }
        for s in Self.rootSuffixes where w.count > s.utf8.count + 2 && Self.hasSuffix(w, s) {
            if roots.contains(String(decoding: w.dropLast(s.utf8.count), as: UTF8.self)) { return true }
        }
        return false
    }

    /// True when `w` ends with a root that looks like a particle or possessive (`bertanya`, `bertemu`, `masalah`).
    private static func endsWithRootLikeSuffix(_ w: [UInt8]) -> Bool {
        rootsLikeSuffixes.contains { hasSuffix(w, $0) }
    }

    private func isProtected(_ w: [UInt8]) -> Bool {
        protected.contains(String(decoding: w, as: UTF8.self))
    }

    private func stemBytes(_ input: [UInt8]) -> [UInt8] {
        var w = input
        if roots.contains(String(decoding: w, as: UTF8.self)) { return w }
        // 1–2: particle, then possessive.
        for p in Self.particles where w.count > p.count + 2 && Self.hasSuffix(w, p) && Self.syllables(w) > 2 && !Self.endsWithRootLikeSuffix(w) {
            w.removeLast(p.count)
            if isProtected(w) { return w }
            break
        }
        for p in Self.possessives where w.count > p.count + 2 && Self.hasSuffix(w, p) && Self.syllables(w) > 2
            && (!Self.endsWithRootLikeSuffix(w) || roots.contains(String(decoding: w.dropLast(p.count), as: UTF8.self))) {
            w.removeLast(p.count)
            if isProtected(w) { return w }
            break
        }
        // 3: first-order prefix.
        if let (rest, prefix) = firstOrderPrefix(w) {
            w = rest
            if isProtected(w) { return w }
            // 4a: suffix, then 5a: second-order prefix.
            if let s = suffix(w, after: prefix) {
                w = s
                if isProtected(w) { return w }
                if let (r, _) = firstOrderPrefix(w, after: true) {
                    w = r
                } else if let (r, _) = secondOrderPrefix(w, after: true) {
                    w = r
                }
            } else if let (r, _) = secondOrderPrefix(w, after: true) {
                // memperbaiki → perbaiki → baiki handled by the suffix below.
                w = r
                if let s = suffix(w, after: "per") { w = s }
            }
            return w
        }
        // 4b: second-order prefix, then 5b: suffix.
        if let (rest, prefix) = secondOrderPrefix(w) {
            w = rest
            if isProtected(w) { return w }
            if let (r, _) = firstOrderPrefix(w, after: true) { w = r }
            if let s = suffix(w, after: prefix) { w = s }
            return w
        }
        if let s = suffix(w, after: "") { w = s }
        return w
    }

    /// Removes `-kan`, `-an` or `-i` unless the prefix forbids that confix.
    private func suffix(_ w: [UInt8], after prefix: String) -> [UInt8]? {
        if roots.contains(String(decoding: w, as: UTF8.self)) { return nil }
        // `tolakan`: prefer `-an` when that leaves a known root and `-kan` does not.
        if Self.hasSuffix(w, "kan"), w.count > 5 {
            let an = Array(w.dropLast(2)), kan = Array(w.dropLast(3))
            if known(an) && !known(kan) && !Self.forbiddenConfixes.contains(prefix + "|an") { return an }
        }
        let syllables = Self.syllables(w)
        // Loanwords in -si keep their i (`klarifikasi`, `provokasi`, `koalisi`).
        let loan = Self.hasSuffix(w, "si") && syllables >= 4
        for s in Self.suffixes where w.count > s.count + 2 && Self.hasSuffix(w, s) {
            if s == "i" && loan { continue }
            let cut = Array(w.dropLast(s.count))
            // Two syllables are too few to hold a suffix, unless what is left is a known root (`baikan` → `baik`).
            if syllables <= 2 && !roots.contains(String(decoding: cut, as: UTF8.self)) { continue }
            let pair = prefix + "|" + s
            // pe-…-kan does not exist, so `penolakan` is pe-…-an: try the next suffix.
            if Self.forbiddenConfixes.contains(pair) { continue }
            return cut
        }
        return nil
    }

    private static func isVowel(_ b: UInt8) -> Bool {
        b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75
    }

    /// Strips a `me-`, `pe-` (nasal), `di-`, `ter-`, `ke-` or `se-` prefix; returns the rest and the prefix family.
    /// A prefix needs more than two syllables (one after an earlier prefix), unless what is
    /// left is a known root (`pemain` → `main`).
    private func firstOrderPrefix(_ w: [UInt8], after: Bool = false) -> ([UInt8], String)? {
        if roots.contains(String(decoding: w, as: UTF8.self)) { return nil }
        guard let r = firstOrderPrefixAnySize(w, after: after) else { return nil }
        return Self.syllables(w) > (after ? 1 : 2) || known(r.0) ? r : nil
    }

    private func firstOrderPrefixAnySize(_ w: [UInt8], after: Bool) -> ([UInt8], String)? {
        guard w.count > 3 else { return nil }
        // A second first-order prefix is only a nasal one or ter- (kepemimpinan, keterlibatan).
        if after, !(w[0] == 0x6D || w[0] == 0x70 || w[0] == 0x74) { return nil }
        let n = w.count
        func rest(_ k: Int) -> [UInt8] { Array(w[k...]) }
        func with(_ letter: UInt8, _ k: Int) -> [UInt8] { [letter] + w[k...] }
        // me-/pe- with nasals.
        if n > 4, (w[0] == 0x6D || w[0] == 0x70), w[1] == 0x65 {
            let family = w[0] == 0x6D ? "me" : "pe"
            let c2 = w[2], c3 = n > 3 ? w[3] : 0, c4 = n > 4 ? w[4] : 0
            // meng-/peng-
            if c2 == 0x6E && c3 == 0x67 {
                if Self.isVowel(c4) {
                    let k = with(0x6B, 4)
                    return (known(k) ? k : rest(4), family)
                }
                return (rest(4), family)
            }
            // meny-/peny- + vowel → s
            if c2 == 0x6E && c3 == 0x79 && Self.isVowel(c4) {
                let nyForm = rest(2)
                return (known(nyForm) ? nyForm : with(0x73, 4), family)
            }
            // men-/pen-
            if c2 == 0x6E {
                if Self.isVowel(c3) {
                    let nForm = rest(2)
                    return (known(nForm) ? nForm : with(0x74, 3), family)
                }
                if c3 == 0x64 || c3 == 0x63 || c3 == 0x6A || c3 == 0x74 || c3 == 0x7A || c3 == 0x73 { return (rest(3), family) }
            }
            // mem-/pem-
            if c2 == 0x6D {
                if Self.isVowel(c3) {
                    let mForm = rest(2)
                    return (known(mForm) ? mForm : with(0x70, 3), family)
                }
                if c3 == 0x62 || c3 == 0x70 || c3 == 0x66 || c3 == 0x76 { return (rest(3), family) }
            }
            // me-/pe- + l r w y m n (melihat → lihat, merusak → rusak)
            if family == "me" {
                if c2 == 0x6C || c2 == 0x72 || c2 == 0x77 || c2 == 0x79 || c2 == 0x6D || c2 == 0x6E { return (rest(2), family) }
                return nil
            }
        }
        // di-
        if n > 4, w[0] == 0x64, w[1] == 0x69 { return (rest(2), "di") }
        // ter-
        if n > 5, w[0] == 0x74, w[1] == 0x65, w[2] == 0x72 { return (rest(3), "ter") }
        // ke- only as ke-…-an or before a known root.
        if n > 4, w[0] == 0x6B, w[1] == 0x65 {
            let r = rest(2)
            if known(r) { return (r, "ke") }
            if Self.hasSuffix(w, "an"), !Self.hasSuffix(w, "kan") || n > 7 { return (r, "ke") }
        }
        // se- only before a known root (sebesar → besar).
        if n > 4, w[0] == 0x73, w[1] == 0x65 {
            let r = rest(2)
            if known(r) { return (r, "se") }
        }
        return nil
    }

    /// Strips `ber-`, `bel-` (+ajar), `be-` (+kerja), `per-`, `pel-` (+ajar) or `pe-`.
    /// `after` is true once a first-order prefix went: then two syllables suffice (`perbaik` → `baik`).
    private func secondOrderPrefix(_ w: [UInt8], after: Bool = false) -> ([UInt8], String)? {
        if roots.contains(String(decoding: w, as: UTF8.self)) { return nil }
        guard let r = secondOrderPrefixAnySize(w) else { return nil }
        return Self.syllables(w) > (after ? 1 : 2) || known(r.0) ? r : nil
    }

    private func secondOrderPrefixAnySize(_ w: [UInt8]) -> ([UInt8], String)? {
        guard w.count > 4 else { return nil }
        let n = w.count
        if w[0] == 0x62 || w[0] == 0x70, w[1] == 0x65 {
            let family = w[0] == 0x62 ? "ber" : "per"
            if w[2] == 0x72 {
                let rest = Array(w[3...])
                if Self.isVowel(w[3]) {
                    let rForm = Array(w[2...])
                    return (known(rForm) ? rForm : rest, family)
                }
                return (rest, family)
            }
            if w[2] == 0x6C, n > 6, w[3...].starts(with: "ajar".utf8) { return (Array(w[3...]), family) }
            if family == "ber", n > 5, w[2] == 0x6B, w[3] == 0x65, w[4] == 0x72 { return (Array(w[2...]), family) }
            if family == "per", !Self.isVowel(w[2]), w[2] != 0x6E, w[2] != 0x6D {
                // pe + consonant: pelapor → lapor, pedagang → dagang, petani → tani.
                return (Array(w[2...]), "pe")
            }
        }
        return nil
    }

    private static func hasSuffix(_ w: [UInt8], _ s: String) -> Bool {
        let u = s.utf8
        guard w.count >= u.count else { return false }
        var i = w.count - u.count
        for b in u {
            if w[i] != b { return false }
            i += 1
        }
        return true
    }

    /// Vowel groups, with the diphthongs `ai`, `au`, `oi` counted once.
    static func syllables(_ w: [UInt8]) -> Int {
        var count = 0
        var prev: UInt8 = 0
        for b in w {
            if isVowel(b) {
                let diphthong = (prev == 0x61 && (b == 0x69 || b == 0x75)) || (prev == 0x6F && b == 0x69)
                if !diphthong { count += 1 }
                prev = diphthong ? 0 : b
            } else {
                prev = 0
            }
        }
        return count
    }

    private static let particles = ["lah", "kah", "pun"]
    private static let rootSuffixes = ["kan", "an", "i", "nya"]
    /// Roots that end like a particle or possessive.
    private static let rootsLikeSuffixes = ["tanya", "punya", "hanya", "temu", "tamu", "salah", "kalah", "sekolah", "masalah", "istilah", "sulah", "daulah"]
    private static let possessives = ["nya", "ku", "mu"]
    private static let suffixes = ["kan", "an", "i"]
    private static let forbiddenConfixes: Set<String> = [
        "ber|i", "di|an", "ke|i", "ke|kan", "me|an", "se|i", "se|kan", "ter|an", "pe|kan",
    ]

    /// Election words and look-alikes that are returned as they are.
    static let builtinProtected: [String] = """
    pemilu pemilihan pemilih pilkada pilpres pileg pilgub pilbup pilwalkot pilkades pemilukada
    pemungutan kampanye paslon petahana relawan pemerintah bawaslu panwaslu
    kpu kpud kpps ppk pps dpt dptb ktp sirekap golput cagub cawagub cabup cawabup cawalkot
    cawawalkot capres cawapres caleg timses sembako bansos amplop demokrasi partai parpol
    presiden gubernur bupati walikota rekapitulasi diskualifikasi disinformasi misinformasi
    digital diskusi media mereka menang menteri mental merdeka berita beras bersih berat perlu
    pergi persen sebelum
    sekolah semua semangat sendiri sekitar sering selama selalu sesuai sejarah segera sepeda
    serangan serang setan senang sebab sedang sekali selatan seluruh kepala kemarin kereta
    keluarga kelompok kembali kemudian keras terima teman tentang teror pemuda perempuan perang
    pengaruh pesan pesta peserta pernah
    berapa beberapa berikut bahwa belum dengan tetapi harus karena kalau ketika sampai seperti
    meja merah memang mana masa mulai minta makan minum malam pagi tinggi kaki hati bagi
    kali kini lagi nanti pergi sini situ sana dia diri dinas hasil nasional masyarakat
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Common roots that decide ambiguous restorations (`k`, `m`, `n`, `r`, `s` forms).
    static let builtinRoots: [String] = """
    kirim kata kenal kalah kumpul kuasa kelola kejar kunjung kuat kurang kutip kaji kena kecam
    kerja kembang kendali kawal kabar kampanye kritik klaim
    makan minum minta mohon mulai masuk malu marah maju mati main milik muat musuh
    nikah nilai nanti nanti nyata nyanyi nyala
    rusak rugi rampas rebut rekam ragam rayu rangkul rasa
    sebar suap sogok susun salur sampai sumbang serang sebut sangka sikap sahkan siar sita
    tulis tolak tarik tanam tentu tunjuk tuduh tuntut tutup tanya tipu tempel tetap tiru
    pilih pakai pukul pimpin pinjam pantau pasang pindah percaya peduli pengaruh pesan
    besar baik banyak benar baru lama miskin kaya perintah tanya punya temu bantah kumpul libat
    pilih coblos hitung calon menang kalah curang awas lapor sebar bagi dukung tolak ancam tekan
    paksa putus gugat pimpin terang didik kuasa kembang bantu hasut selidik langgar pasang ubah
    ikut ajak ajar ambil atur angkat ingat usul ungkap umum tuju dapat sama buat beri jual beli
    bayar uang suara saksi sah batal tetap umum jelas nyata bohong tipu palsu salah adil aman
    satu ganti hasil bangun tangkap aku sidang sangka rusak bakar sebab libat layan salur tertib
    main renang rupa masak
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}
