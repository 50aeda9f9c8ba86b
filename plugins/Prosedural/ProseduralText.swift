import JagaSDK

/// The text analysis of the procedural detector: words, word classes, sentences and stance cues.
///
/// Everything language-specific lives in this one file so it can later move onto the shared
/// JagaText toolkit (normaliser, slang table, stance cues) without touching the fact base or
/// the matcher. One pass over the text yields ``ProseduralText/Word``s: each word is folded
/// (ASCII lower-casing; `TextFolding.fold` for non-ASCII words), looked up in a small lexicon
/// of election vocabulary and slang (``Lex``), and, when unknown, retried with stretched letters
/// squeezed (`golputtt`), digits read as letters (`g0lput`) and finally split at letter/digit
/// boundaries (`jam13`, `28nov`, `2x`). Numbers in digits and in words (Indonesian, Javanese,
/// Sundanese) carry their value. Sentences end at `.` `!` `?` `;` and line breaks (not at the
/// dot of `13.00`); commas and emoji split sentences into chunks.
struct ProseduralText {
    /// One word of the text.
    struct Word {
        var lex: Lex
        /// The number a number word stands for, the zone offset in hours, or the day part; else -1.
        var value: Int16
        /// UTF-8 offsets in the original text.
        var start: Int32
        var end: Int32
        var sentence: Int32
        var chunk: Int32
        /// The one ASCII separator between this word and the next (`:` of `13:00`), or 0.
        var sepAfter: UInt8
        /// True for a word of ASCII digits only.
        var isDigits: Bool
        /// Number of digits when `isDigits`.
        var digitCount: UInt8
        /// True when an `=` stands in the gap before the word (`kotak kosong = golput`).
        var afterEquals = false
    }

    /// One sentence: a range of words, and whether it asks rather than tells.
    struct Sentence {
        var range: Range<Int>
        var isQuestion: Bool
    }

    private(set) var words: [Word] = []
    private(set) var sentences: [Sentence] = []
    /// Which word classes occur anywhere (bit `lex.rawValue` of two 64-bit words).
    private(set) var present: (UInt64, UInt64) = (0, 0)

    /// True when the text has a word of class `lex`.
    func has(_ lex: Lex) -> Bool {
        let r = Int(lex.rawValue)
        return r < 64 ? present.0 & (1 << UInt64(r)) != 0 : present.1 & (1 << UInt64(r - 64)) != 0
    }

    /// True when the text has any of the classes in `mask` (see ``Lex/mask(_:)``).
    func hasAny(_ mask: (UInt64, UInt64)) -> Bool { present.0 & mask.0 != 0 || present.1 & mask.1 != 0 }

    /// Tokenises `text`.
    init(_ text: String) {
        words.reserveCapacity(text.utf8.count / 5 + 4)
        var offset = 0
        var inWord = false
        var wordStart = 0
        var raw: [UInt8] = []
        raw.reserveCapacity(32)
        var ascii = true
        var sentence: Int32 = 0
        var chunk: Int32 = 0
        var sentenceStart = 0
        var pendingEquals = false
        // The gap before the current word: what separators it held.
        var gapLen = 0
        var gapByte: UInt8 = 0
        var gapBreak = false, gapDot = false, gapQuestion = false, gapComma = false, gapEquals = false

        func finishWord(end: Int) {
            let first = words.count
            appendWord(raw: raw, ascii: ascii, start: wordStart, end: end, sentence: sentence, chunk: chunk)
            if pendingEquals, first < words.count { words[first].afterEquals = true }
            raw.removeAll(keepingCapacity: true)
            ascii = true
            inWord = false
        }

        let kinds = ScalarKinds.shared
        for u in text.unicodeScalars {
            let width = UTF8.width(u)
            defer { offset += width }
            let isWord: Bool
            var kind = ScalarKinds.separator
            if u.value < 0x80 {
                let b = UInt8(truncatingIfNeeded: u.value)
                isWord = (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
            } else {
                kind = kinds.kind(u)
                isWord = kind == ScalarKinds.word
            }
            if isWord {
                if !inWord {
                    // Decide what the gap meant now that the next word is known.
                    if !words.isEmpty {
                        let prev = words[words.count - 1]
                        let numericDot = gapLen == 1 && (gapByte == UInt8(ascii: ".")) && prev.isDigits
                            && u.value &- 0x30 < 10
                        words[words.count - 1].sepAfter = gapLen == 1 ? gapByte : 0
                        if gapBreak || gapQuestion || (gapDot && !numericDot) {
                            sentences.append(Sentence(range: sentenceStart..<words.count, isQuestion: gapQuestion))
                            sentenceStart = words.count
                            sentence += 1
                            chunk += 1
                        } else if gapComma {
                            chunk += 1
                        }
                    }
                    let equals = gapEquals
                    gapLen = 0
                    gapBreak = false; gapDot = false; gapQuestion = false; gapComma = false; gapEquals = false
                    inWord = true
                    wordStart = offset
                    pendingEquals = equals
                }
                if u.value < 0x80 {
                    let b = UInt8(truncatingIfNeeded: u.value)
                    raw.append(b &- 0x41 < 26 ? b | 0x20 : b)    // lower case as it is read
                } else {
                    ascii = false
                    UTF8.encode(u) { raw.append($0) }
                }
            } else if kind == ScalarKinds.ignorable {
                continue
            } else {
                if inWord { finishWord(end: offset) }
                gapLen += 1
                if u == "=" { gapEquals = true }
                switch u {
                case ".": gapDot = true; gapByte = 0x2E
                case "!", ";", "\n", "\r", "\u{2026}": gapBreak = true; gapByte = UInt8(truncatingIfNeeded: u.value & 0x7F)
                case "?", "\u{FF1F}": gapQuestion = true; gapByte = 0x3F
                case ",": gapComma = true; gapByte = 0x2C
                default:
                    gapByte = u.isASCII ? UInt8(truncatingIfNeeded: u.value) : 0
                    // Emoji and pictographs end a chunk ("… sampe malem 🙏 ayo coblos").
                    if u.value >= 0x1F000 || (0x2600...0x27BF).contains(u.value) { gapComma = true }
                }
            }
        }
        if inWord { finishWord(end: offset) }
        if sentenceStart < words.count || words.isEmpty {
            sentences.append(Sentence(range: sentenceStart..<words.count, isQuestion: gapQuestion))
        }
        for s in sentences.indices where !sentences[s].isQuestion {
            sentences[s].isQuestion = Self.asks(words[sentences[s].range])
        }
    }

    /// Looks a finished word up and appends it (possibly as several words when split).
    private mutating func appendWord(raw: [UInt8], ascii: Bool, start: Int, end: Int, sentence: Int32, chunk: Int32) {
        // ASCII words arrive lower-cased; sharing `raw` costs no copy.
        let bytes: [UInt8]
        if ascii {
            bytes = raw
        } else {
            bytes = Array(TextFolding.fold(String(decoding: raw, as: UTF8.self)).utf8)
        }
        var digits = 0, letters = 0
        for b in bytes { if b &- 0x30 < 10 { digits += 1 } else { letters += 1 } }
        if letters == 0 {
            push(Word(lex: .number, value: Self.number(bytes), start: Int32(start), end: Int32(end),
                      sentence: sentence, chunk: chunk, sepAfter: 0, isDigits: true, digitCount: UInt8(min(digits, 255))))
            return
        }
        if let e = Lexicon.shared.lookup(bytes) ?? Self.retry(bytes, digits: digits) {
            push(Word(lex: e.lex, value: e.value, start: Int32(start), end: Int32(end), sentence: sentence,
                      chunk: chunk, sepAfter: 0, isDigits: false, digitCount: 0))
            return
        }
        // Split mixed words at letter/digit boundaries when raw offsets map 1:1 (ASCII).
        if digits > 0, ascii {
            var i = 0
            while i < bytes.count {
                let isDigit = bytes[i] &- 0x30 < 10
                var j = i
                while j < bytes.count, (bytes[j] &- 0x30 < 10) == isDigit { j += 1 }
                let part = Array(bytes[i..<j])
                let s = Int32(start + i), e = Int32(start + j)
                if isDigit {
                    push(Word(lex: .number, value: Self.number(part), start: s, end: e, sentence: sentence, chunk: chunk,
                              sepAfter: 0, isDigits: true, digitCount: UInt8(min(j - i, 255))))
                } else {
                    let entry = Lexicon.shared.lookup(part)
                    push(Word(lex: entry?.lex ?? .other, value: entry?.value ?? -1, start: s, end: e, sentence: sentence,
                              chunk: chunk, sepAfter: 0, isDigits: false, digitCount: 0))
                }
                i = j
            }
            return
        }
        push(Word(lex: .other, value: -1, start: Int32(start), end: Int32(end), sentence: sentence, chunk: chunk,
                  sepAfter: 0, isDigits: false, digitCount: 0))
    }

    private mutating func push(_ w: Word) {
        words.append(w)
        let r = Int(w.lex.rawValue)
        if r < 64 { present.0 |= 1 << UInt64(r) } else { present.1 |= 1 << UInt64(r - 64) }
    }

    /// Second chances for an unknown word: squeezed letter runs, then digits read as letters.
    private static func retry(_ bytes: [UInt8], digits: Int) -> Lexicon.Entry? {
        var hasRun = false
        for i in 1..<max(1, bytes.count) where bytes[i] == bytes[i - 1] { hasRun = true; break }
        if hasRun {
            // Runs of three or more to one letter, then every doubled letter to one.
            var three: [UInt8] = []
            var i = 0
            while i < bytes.count {
                var j = i
                while j < bytes.count, bytes[j] == bytes[i] { j += 1 }
                three.append(contentsOf: repeatElement(bytes[i], count: j - i >= 3 ? 1 : j - i))
                i = j
            }
            if three != bytes, let e = Lexicon.shared.lookup(three) { return e }
            var single: [UInt8] = []
            for b in bytes where single.last != b { single.append(b) }
            if let e = Lexicon.shared.lookup(single) { return e }
        }
        if digits > 0 {
            let read = bytes.map { leet[Int($0)] }
            if read != bytes, let e = Lexicon.shared.lookup(read) { return e }
        }
        // Possessives "-nya", "-mu", "-ku": "coblosannya", "suaranya", "pilihmu".
        let n = bytes.count
        if n > 5, bytes[n - 3] == UInt8(ascii: "n"), bytes[n - 2] == UInt8(ascii: "y"), bytes[n - 1] == UInt8(ascii: "a") {
            return Lexicon.shared.lookup(Array(bytes.dropLast(3)))
        }
        if n > 4, bytes[n - 1] == UInt8(ascii: "u"), bytes[n - 2] == UInt8(ascii: "m") || bytes[n - 2] == UInt8(ascii: "k") {
            return Lexicon.shared.lookup(Array(bytes.dropLast(2)))
        }
        return nil
    }

    /// Byte map for reading digits as letters: 0→o 1→i 3→e 4→a 5→s 7→t 8→b 9→g.
    private static let leet: [UInt8] = {
        var t = (0...255).map { UInt8($0) }
        for (d, l) in zip("01345789".utf8, "oieastbg".utf8) { t[Int(d)] = l }
        return t
    }()

    /// The value of a run of ASCII digits, capped (anything above 9999 is 9999).
    private static func number(_ bytes: [UInt8]) -> Int16 {
        var v = 0
        for b in bytes where b &- 0x30 < 10 {
            v = v * 10 + Int(b &- 0x30)
            if v > 9999 { return 9999 }
        }
        return Int16(v)
    }

    /// Combining marks and invisible format characters, which do not split words.
    static func isIgnorable(_ u: Unicode.Scalar) -> Bool {
        if u == "\u{200B}" { return false }
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// True when a sentence without `?` still asks: an interrogative word (`apakah`, `benarkah`),
    /// "bener gak" / "iya gak", or a trailing "gak sih" / "ya?".
    private static func asks(_ ws: ArraySlice<Word>) -> Bool {
        var prev: Lex = .other
        for w in ws {
            if w.lex == .question { return true }
            if prev == .trueWord && w.lex == .neg { return true }
            prev = w.lex
        }
        if ws.count >= 2 {
            let last = ws[ws.endIndex - 1].lex, before = ws[ws.endIndex - 2].lex
            if last == .sih && before == .neg { return true }
        }
        return false
    }

    // MARK: - Stance

    /// True when the text debunks or warns about a claim: `hoaks`, `mitos`, `tidak benar`,
    /// `jangan percaya`… A debunk word right after a negation (`bukan hoaks`) does not count.
    var debunks: Bool {
        for (i, w) in words.enumerated() {
            switch w.lex {
            case .debunk:
                if i > 0, words[i - 1].lex == .neg { continue }
                return true
            case .trueWord:
                if i > 0, words[i - 1].lex == .neg, words[i - 1].sentence == w.sentence { return true }
            case .believe:
                if i > 0, words[i - 1].lex == .prohibit || words[i - 1].lex == .neg { return true }
            default: continue
            }
        }
        return false
    }

    /// True when words `i` and `j` are in the same chunk, or adjacent chunks joined by a
    /// condition (`kalau golput, …`) or a continuation (`…, bisa dipenjara`).
    func linked(_ i: Int, _ j: Int) -> Bool {
        let a = min(i, j), b = max(i, j)
        let ca = words[a].chunk, cb = words[b].chunk
        if ca == cb { return true }
        guard cb == ca + 1, words[a].sentence == words[b].sentence else { return false }
        // First word of each chunk.
        var firstA = a
        while firstA > 0, words[firstA - 1].chunk == ca { firstA -= 1 }
        var firstB = b
        while firstB > 0, words[firstB - 1].chunk == cb { firstB -= 1 }
        return words[firstA].lex == .conditional || words[firstA].lex == .hearsay
            || (words[firstA].lex == .neg && words[firstA].value == 1)    // "tanpa …, …"
            || Lex.continuations.contains(words[firstB].lex)
    }
}

/// Word classes of the procedural detector's lexicon.
enum Lex: UInt8 {
    case other = 0, number
    // Topics.
    case tps, coblos, choose, pemungutan, election, golput, kotak, kosong, kolom, dpt, registered, dptb, dpk
    case undangan, kpps, ktp, holiday, voter, ballot
    // Claims and modifiers.
    case punish, incite, money, neg, can, negCan, prohibit, open, close, until, since, hourWord, teen, half
    case daypart, zone, local, channel, via, only, valid, invalid, protest, all, times, candidate
    case different, guide, photo, enough, postpone, month, dateWord, work, normal, still, day, hLetter
    case counting, otherEvent, rerun, disaster, relative, check, scam, queue, benefit, revoke
    case abolish, exist, again, now, turnout, same, means, firstPerson, disabled
    // Stance.
    case nationwide, near, ePrefix
    case question, trueWord, sih, debunk, believe, hearsay, conditional, continuation, hedge, spread

    /// The classes that can start a chunk that continues the previous one.
    static let continuations: Set<Lex> = [.can, .continuation, .punish, .invalid, .valid, .open, .close, .until, .ballot, .still]

    /// A bit mask of classes, for ``ProseduralText/hasAny(_:)``.
    static func mask(_ lexes: [Lex]) -> (UInt64, UInt64) {
        var m: (UInt64, UInt64) = (0, 0)
        for l in lexes {
            let r = Int(l.rawValue)
            if r < 64 { m.0 |= 1 << UInt64(r) } else { m.1 |= 1 << UInt64(r - 64) }
        }
        return m
    }
}

/// The lexicon: folded word → class (and value), in an open-addressing table keyed by the word's bytes.
struct Lexicon: @unchecked Sendable {
    /// A lexicon entry.
    struct Entry: Sendable {
        var lex: Lex
        var value: Int16
    }

    /// The shared, immutable lexicon.
    static let shared = Lexicon()

    // Filled once and never freed or changed: plain pointers, so no reference counting on lookups.
    private let keys: UnsafeMutablePointer<(UInt64, UInt64, UInt8)>
    private let entries: UnsafeMutablePointer<Entry>
    private let mask: Int

    /// Looks up folded bytes (words longer than 16 bytes are never in the lexicon).
    func lookup(_ bytes: [UInt8]) -> Entry? {
        guard bytes.count <= 16, !bytes.isEmpty else { return nil }
        let k = Self.pack(bytes)
        var slot = Self.hash(k) & mask
        while true {
            let e = keys[slot]
            if e.2 == 0 { return nil }
            if e.0 == k.0 && e.1 == k.1 && e.2 == k.2 { return entries[slot] }
            slot = (slot + 1) & mask
        }
    }

    private static func pack(_ bytes: [UInt8]) -> (UInt64, UInt64, UInt8) {
        var a: UInt64 = 0, b: UInt64 = 0
        for (i, x) in bytes.enumerated() {
            if i < 8 { a |= UInt64(x) << UInt64(8 * i) } else { b |= UInt64(x) << UInt64(8 * (i - 8)) }
        }
        return (a, b, UInt8(bytes.count))
    }

    private static func hash(_ k: (UInt64, UInt64, UInt8)) -> Int {
        let h = (k.0 &* 0x9E37_79B9_7F4A_7C15) ^ (k.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(k.2)
        return Int(truncatingIfNeeded: (h ^ (h >> 29)) >> 1)
    }

    private init() {
        let table = Self.table
        var size = 1
        while size < table.count * 3 { size <<= 1 }
        mask = size - 1
        keys = .allocate(capacity: size)
        keys.initialize(repeating: (0, 0, 0), count: size)
        entries = .allocate(capacity: size)
        entries.initialize(repeating: Entry(lex: .other, value: -1), count: size)
        for (word, lex, value) in table {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty, bytes.count <= 16 else { continue }
            let k = Self.pack(bytes)
            var slot = Self.hash(k) & mask
            while keys[slot].2 != 0, !(keys[slot].0 == k.0 && keys[slot].1 == k.1 && keys[slot].2 == k.2) {
                slot = (slot + 1) & mask
            }
            keys[slot] = k
            entries[slot] = Entry(lex: lex, value: value)
        }
    }

    /// Words of one class with no value.
    private static func words(_ lex: Lex, _ list: String) -> [(String, Lex, Int16)] {
        list.split(separator: " ").map { (String($0), lex, -1) }
    }

    /// The vocabulary (folded, lower case): election jargon, slang, abbreviations, regional words.
    static var table: [(String, Lex, Int16)] {
        var t: [(String, Lex, Int16)] = []
        t += words(.tps, "tps tpsnya tps2")
        t += words(.coblos, "coblos nyoblos nyoblosnya mencoblos dicoblos coblosan pencoblosan mencoblosnya dicoblosi nyoblos2 tusuk ditusuk nusuk nyoblosin coblosnya nyblos cblos coblo")
        t += words(.choose, "memilih milih pilih dipilih memilihnya voting vote nyoblose milihnya")
        t += words(.pemungutan, "pemungutan")
        t += words(.election, "pilkada pemilu pemilihan pilgub pilbup pilwalkot pilwako pilbub pemilukada")
        t += words(.golput, "golput golputnya golputer golputers")
        t += words(.kotak, "kotak")
        t.append(("kokos", .kotak, 1))
        t += words(.ballot, "suara kertas")
        t += words(.kosong, "kosong kosongan")
        t += words(.kolom, "kolom")
        t += words(.dpt, "dpt dptnya daftar")
        t += words(.registered, "terdaftar kedaftar didata tercatat")
        t += words(.dptb, "dptb pindahan pindah a5")
        t += words(.dpk, "dpk")
        t += words(.undangan, "undangan undangannya c6 pemberitahuan")
        t += words(.kpps, "kpps petugas panitia pptps linmas")
        t += words(.ktp, "ktp ktpel ektp ktpnya")
        t += words(.holiday, "libur liburan prei perei cuti merah")
        t += words(.voter, "pemilih warga masyarakat")
        t += words(.punish, "penjara dipenjara dipenjarakan bui dibui pidana dipidana dipidanakan denda didenda sanksi disanksi ditangkap diciduk hukuman dihukum kurungan dikurung dipolisikan dijerat")
        t += words(.incite, "ajak mengajak ngajak ajakan menghasut hasut provokasi memprovokasi menghalangi halangi menghalang intimidasi memaksa paksa kampanyekan mengkampanyekan menyuruh nyuruh")
        t += words(.money, "uang duit amplop serangan fajar suap sogok money sembako transport")
        t += words(.neg, "tidak tak gak ga nggak ngga enggak engga gk tdk bukan bkn ndak nda ora ra kagak kaga teu henteu moal belum blm blom dilarang gag gaada ngak tida tdak enda ndag")
        t += words(.can, "bisa bs boleh dapat dapet isa iso biso sanggup berhak diperbolehkan dibolehkan diizinkan diijinkan bole bsa tiasa")
        t += words(.negCan, "gabisa gbs gakbisa gakboleh gaboleh gbisa tdkbisa ngabisa gkbisa gabole")
        t += words(.prohibit, "jangan jgn jngn ulah ojo ojok")
        t += words(.open, "buka dibuka bukanya mulai dimulai start opening")
        t += words(.close, "tutup ditutup tutupnya selesai berakhir usai closing rampung kelar beres")
        t += words(.until, "sampai sampe sampek sampei ampe hingga smp smpe nganti sd tekan nepi")
        t += words(.since, "dari sejak")
        t += words(.hourWord, "jam pukul pkl jm puku")
        t += words(.teen, "belas")
        t += words(.half, "setengah stengah")
        t += [("pagi", .daypart, 1), ("subuh", .daypart, 1), ("siang", .daypart, 2), ("sore", .daypart, 3),
              ("petang", .daypart, 3), ("malam", .daypart, 4), ("malem", .daypart, 4), ("mlm", .daypart, 4),
              ("sonten", .daypart, 3), ("wengi", .daypart, 4), ("bengi", .daypart, 4), ("enjing", .daypart, 1), ("esuk", .daypart, 1)]
        t += [("wib", .zone, 7), ("wita", .zone, 8), ("wit", .zone, 9)]
        t += words(.local, "setempat")
        t += "online onlen daring aplikasi app apk aplikasinya evoting".split(separator: " ").map { (String($0), Lex.channel, 1) }
        t += words(.channel, "sms whatsapp wa internet email link hp handphone ponsel gadget android website web situs zoom pos")
        t += words(.via, "lewat via pakai pake pakek melalui pakay make secara tinggal")
        t += words(.only, "hanya cuma cuman cm hny wajib harus mesti kudu")
        t += words(.valid, "sah dihitung diterima berlaku")
        t += words(.invalid, "batal hangus rusak invalid gugur dibatalkan percuma terbuang dibuang hilang")
        t += words(.protest, "protes")
        t += words(.all, "semua semuanya seluruh seluruhnya kabeh sadayana sakabeh sekaligus")
        t += words(.times, "kali x kalinya lubang tusukan lobang bolong")
        t += [("tembus", .times, 2), ("berkali", .times, 2), ("dobel", .times, 2), ("double", .times, 2), ("tanpa", .neg, 1)]
        t += words(.candidate, "paslon pasangan calon kandidat cagub cabup cawalkot")
        t += words(.different, "berbeda beda lain lainnya luar")
        t += words(.guide, "mengarahkan arahkan ngarahin ngarahkan arahin mengarahin milihin memilihkan menentukan nentuin ngarahin2 mengatur")
        t += words(.photo, "foto fotonya screenshot ss fotokopi fotocopy fc scan tangkapan")
        t += words(.enough, "cukup doang saja aja")
        t += words(.postpone, "diundur ditunda mundur dimundurkan undur tunda digeser geser dipindah diganti ditangguhkan dijadwalkan diubah")
        t += words(.month, "november nov nopember nop")
        t += words(.dateWord, "tanggal tgl tangal")
        t += words(.work, "kerja bekerja ngantor kantor sekolah masuk")
        t += words(.normal, "biasa normal seperti")
        t += words(.still, "tetap tetep ttp")
        t += words(.day, "hari")
        t += words(.hLetter, "h")
        t += words(.counting, "penghitungan perhitungan hitung menghitung dihitung2 ngitung rekap rekapitulasi sirekap quick count hitungan pleno")
        t += words(.otherEvent, "debat kampanye pelantikan penetapan sidang sengketa gugatan mk pendaftaran pengumuman distribusi logistik sampah pembuangan")
        t += words(.rerun, "diulang ulang")
        t += words(.disaster, "banjir bencana longsor gempa cuaca erupsi psu pss psl susulan lanjutan pandemi covid")
        t += words(.relative, "setelah sesudah pasca kemarin lalu sebelum jelang menjelang besok kemaren")
        t += words(.check, "cek ngecek mengecek pantau memantau lihat liat unggah upload diupload diunggah cari download unduh lokasi hasil data live streaming nonton siaran mendaftar sosialisasi simulasi")
        t += words(.scam, "penipuan penipu scam phishing modus tipu")
        t += words(.queue, "antre antri antrean antrian ngantri ngantre datang dateng nunggu tiba berangkat persiapan bangun")
        t += words(.benefit, "bansos bansosnya bpjs kip pkh blt subsidi nik")
        t += words(.revoke, "dicabut diblokir dinonaktifkan dicoret diputus distop")
        t += words(.abolish, "dihapus dihapuskan ditiadakan dihilangkan dihentikan")
        t += words(.exist, "ada")
        t += words(.again, "lagi lg")
        t += words(.now, "udah sudah sekarang skrg skrang sdh udh")
        t += words(.turnout, "partisipasi")
        t += words(.nationwide, "serentak nasional indonesia")
        t += words(.ePrefix, "e")
        t += words(.near, "dekat deket samping sebelah depan belakang seberang")
        t += words(.same, "sama dianggap artinya termasuk")
        t += words(.means, "berarti brarti")
        t += words(.firstPerson, "saya aku gue gw gua kami sy ak")
        t += words(.disabled, "disabilitas difabel tunanetra lansia sakit")
        t += words(.question, "apakah benarkah benerkah kah emangnya bukankah gimana bagaimana")
        t += words(.trueWord, "benar bener betul beneran")
        t += words(.sih, "sih")
        t += words(.debunk, "hoaks hoax hoaxs hoak hoks mitos keliru disinformasi misinformasi fitnah klarifikasi faktanya cekfakta fakta turnbackhoax meluruskan luruskan bantah dibantah membantah menepis ditepis bohong dusta kaprah termakan tertipu")
        t += words(.believe, "percaya")
        t += words(.hearsay, "katanya kabarnya konon denger dengar infonya denger2 kata")
        t += words(.conditional, "kalau kalo klo kl jika bila apabila jikalau yang yg bagi buat misal siapa")
        t += words(.continuation, "bakal akan nanti langsung auto pasti bakalan maka otomatis jadi ntar")
        t += words(.hedge, "mungkin kayaknya sepertinya kyknya kayanya")
        t += words(.spread, "sebarkan viralkan share bagikan penting")
        // Numbers in words (Indonesian, Javanese, Sundanese).
        let numbers: [(String, Int16)] = [
            ("satu", 1), ("dua", 2), ("tiga", 3), ("empat", 4), ("lima", 5), ("enam", 6), ("tujuh", 7),
            ("delapan", 8), ("sembilan", 9), ("sepuluh", 10), ("sebelas", 11), ("duabelas", 12), ("tigabelas", 13),
            ("siji", 1), ("loro", 2), ("telu", 3), ("papat", 4), ("limo", 5), ("enem", 6), ("pitu", 7), ("wolu", 8),
            ("songo", 9), ("hiji", 1), ("tilu", 3), ("opat", 4), ("genep", 6), ("dalapan", 8), ("salapan", 9),
            ("sapuluh", 10), ("dualas", 12), ("limolas", 15), ("telulas", 13),
        ]
        for (w, v) in numbers { t.append((w, .number, v)) }
        return t
    }
}

/// A quick test for whether a text can have a word of some classes (the detector's topics), run
/// before any tokenisation: most texts without a topic word are rejected in one pass over their
/// UTF-8 bytes.
///
/// It reads words exactly as ``ProseduralText`` does (ASCII letters folded to lower case as they
/// are read; ASCII non-alphanumerics and non-word, non-ignorable scalars separate words; ignorable
/// scalars are skipped) and, for each word, tries every form the tokeniser may look up: the word,
/// its letter runs squeezed, its digits read as letters, its letter parts, and the word without a
/// possessive suffix. It answers `true` ("maybe") when any of them is a trigger word, and also for
/// texts it does not read itself (a non-ASCII word scalar, a very long word, non-contiguous
/// storage): it may say "maybe" for a text without a topic, never "no" for a text with one.
struct TopicTriggers: @unchecked Sendable {
    /// Three words a slot: the word's first 8 bytes, the next 8, its length (0: empty slot).
    private let keys: UnsafeMutablePointer<UInt64>
    private let mask: Int

    /// Triggers for the detector's topic classes, built once and never freed.
    static let shared = TopicTriggers(classes: ProseduralDetector.topics)

    /// Trigger words: every lexicon word whose class is in `classes` (bits as in ``Lex/mask(_:)``).
    init(classes: (UInt64, UInt64)) {
        var words: [[UInt8]] = []
        for (word, lex, _) in Lexicon.table {
            let r = Int(lex.rawValue)
            let inClass = r < 64 ? classes.0 & (1 << UInt64(r)) != 0 : classes.1 & (1 << UInt64(r - 64)) != 0
            if inClass, !word.isEmpty, word.utf8.count <= 16 { words.append(Array(word.utf8)) }
        }
        var size = 64
        while size < words.count * 4 { size <<= 1 }
        mask = size - 1
        keys = UnsafeMutablePointer<UInt64>.allocate(capacity: size * 3)
        keys.initialize(repeating: 0, count: size * 3)
        for w in words {
            w.withUnsafeBufferPointer { p in
                let (a, b) = Self.pack(p.baseAddress!, p.count)
                var slot = Self.hash(a, b, p.count) & mask
                while keys[slot * 3 + 2] != 0, !(keys[slot * 3] == a && keys[slot * 3 + 1] == b && keys[slot * 3 + 2] == UInt64(p.count)) {
                    slot = (slot + 1) & mask
                }
                keys[slot * 3] = a
                keys[slot * 3 + 1] = b
                keys[slot * 3 + 2] = UInt64(p.count)
            }
        }
    }

    @inline(__always)
    private static func pack(_ p: UnsafePointer<UInt8>, _ n: Int) -> (UInt64, UInt64) {
        var a: UInt64 = 0, b: UInt64 = 0
        for i in 0..<n {
            if i < 8 { a |= UInt64(p[i]) << UInt64(8 * i) } else { b |= UInt64(p[i]) << UInt64(8 * (i - 8)) }
        }
        return (a, b)
    }

    @inline(__always)
    private static func hash(_ a: UInt64, _ b: UInt64, _ n: Int) -> Int {
        let h = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(n)
        return Int(truncatingIfNeeded: (h ^ (h >> 29)) >> 1)
    }

    /// True when the `n` bytes at `p` are a trigger word.
    @inline(__always)
    private func has(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        guard n > 0, n <= 16 else { return false }
        let (a, b) = Self.pack(p, n)
        var slot = Self.hash(a, b, n) & mask
        while true {
            let len = keys[slot * 3 + 2]
            if len == 0 { return false }
            if keys[slot * 3] == a && keys[slot * 3 + 1] == b && len == UInt64(n) { return true }
            slot = (slot + 1) & mask
        }
    }

    /// False only when `text` certainly has no word of the trigger classes.
    func mayHaveAny(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { scan($0) } ?? true
    }

    private func scan(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tmp -> Bool in
            let w = tmp.baseAddress!, scratch = w + 64
            let kinds = ScalarKinds.shared
            var n = 0, digits = 0
            var i = 0
            let count = s.count
            while i < count {
                let b = s[i]
                if b < 0x80 {
                    i += 1
                    let lower = b | 0x20
                    if lower &- 0x61 < 26 {
                        if n == 64 { return true }
                        w[n] = lower; n += 1
                    } else if b &- 0x30 < 10 {
                        if n == 64 { return true }
                        w[n] = b; n += 1; digits += 1
                    } else if n > 0 {
                        if word(w, n, digits, scratch) { return true }
                        n = 0; digits = 0
                    }
                    continue
                }
                // A non-ASCII scalar (the string is valid UTF-8).
                var v: UInt32
                let len: Int
                if b < 0xE0 { v = UInt32(b & 0x1F); len = 2 } else if b < 0xF0 { v = UInt32(b & 0x0F); len = 3 } else { v = UInt32(b & 0x07); len = 4 }
                guard b >= 0xC0, i + len <= count else { return true }
                for k in 1..<len { v = v << 6 | UInt32(s[i + k] & 0x3F) }
                i += len
                guard let u = Unicode.Scalar(v) else { return true }
                let kind = kinds.kind(u)
                if kind == ScalarKinds.word { return true }         // non-ASCII words: the tokeniser decides
                if kind == ScalarKinds.ignorable { continue }       // does not split the word
                if n > 0 {
                    if word(w, n, digits, scratch) { return true }
                    n = 0; digits = 0
                }
            }
            return n > 0 && word(w, n, digits, scratch)
        }
    }

    /// True when the word `w[0..<n]` (lower case, `digits` of its bytes ASCII digits), in any form
    /// the tokeniser may look up, is a trigger word.
    private func word(_ w: UnsafeMutablePointer<UInt8>, _ n: Int, _ digits: Int, _ scratch: UnsafeMutablePointer<UInt8>) -> Bool {
        if digits == n { return false }    // a number
        if has(w, n) { return true }
        var hasRun = false
        for k in 1..<max(1, n) where w[k] == w[k - 1] { hasRun = true; break }
        if hasRun {
            // Runs of three or more squeezed to one; then every run to one.
            var m = 0, k = 0
            while k < n {
                var j = k
                while j < n, w[j] == w[k] { j += 1 }
                let keep = j - k >= 3 ? 1 : j - k
                for _ in 0..<keep { scratch[m] = w[k]; m += 1 }
                k = j
            }
            if has(scratch, m) { return true }
            m = 0
            for k in 0..<n where m == 0 || scratch[m - 1] != w[k] { scratch[m] = w[k]; m += 1 }
            if has(scratch, m) { return true }
        }
        if digits > 0 {
            // Digits read as letters.
            for k in 0..<n { scratch[k] = Self.leet(w[k]) }
            if has(scratch, n) { return true }
            // Letter parts of a word split at letter/digit boundaries.
            var k = 0
            while k < n {
                if w[k] &- 0x30 < 10 { k += 1; continue }
                var j = k
                while j < n, w[j] &- 0x30 >= 10 { j += 1 }
                if has(w + k, j - k) { return true }
                k = j
            }
        }
        // Possessives "-nya", "-mu", "-ku".
        if n > 5, w[n - 3] == 0x6E, w[n - 2] == 0x79, w[n - 1] == 0x61, has(w, n - 3) { return true }
        if n > 4, w[n - 1] == 0x75, w[n - 2] == 0x6D || w[n - 2] == 0x6B, has(w, n - 2) { return true }
        return false
    }

    /// 0→o 1→i 3→e 4→a 5→s 7→t 8→b 9→g, as ``ProseduralText``'s digit reading.
    @inline(__always)
    private static func leet(_ b: UInt8) -> UInt8 {
        switch b {
        case 0x30: 0x6F
        case 0x31: 0x69
        case 0x33: 0x65
        case 0x34: 0x61
        case 0x35: 0x73
        case 0x37: 0x74
        case 0x38: 0x62
        case 0x39: 0x67
        default: b
        }
    }
}

/// How ``ProseduralText`` treats a non-ASCII scalar (a word scalar, an ignorable one that does not
/// split words, or a separator), looked up in a table for the common blocks (Latin to CJK
/// punctuation, variation selectors and half-width forms, emoji) that is filled once with the very
/// tests the tokeniser uses; other scalars are tested each time.
struct ScalarKinds: @unchecked Sendable {
    static let word: UInt8 = 0, ignorable: UInt8 = 1, separator: UInt8 = 2

    /// Kinds of U+0000–U+2FFF, then U+FE00–U+FEFF, then U+1F000–U+1FAFF.
    private let table: UnsafeMutablePointer<UInt8>

    static let shared = ScalarKinds()

    private init() {
        table = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x3C00)
        for v in 0..<UInt32(0x3000) { table[Int(v)] = Self.compute(Unicode.Scalar(v)!) }
        for v in UInt32(0xFE00)..<0xFF00 { table[Int(v - 0xFE00 + 0x3000)] = Self.compute(Unicode.Scalar(v)!) }
        for v in UInt32(0x1F000)..<0x1FB00 { table[Int(v - 0x1F000 + 0x3100)] = Self.compute(Unicode.Scalar(v)!) }
    }

    /// The tokeniser's own tests.
    private static func compute(_ u: Unicode.Scalar) -> UInt8 {
        if TextFolding.isWordScalar(u) { return word }
        return !u.isASCII && ProseduralText.isIgnorable(u) ? ignorable : separator
    }

    /// The kind of `u`.
    @inline(__always)
    func kind(_ u: Unicode.Scalar) -> UInt8 {
        let v = u.value
        if v < 0x3000 { return table[Int(v)] }
        if v &- 0xFE00 < 0x100 { return table[Int(v - 0xFE00 + 0x3000)] }
        if v &- 0x1F000 < 0xB00 { return table[Int(v - 0x1F000 + 0x3100)] }
        return Self.compute(u)
    }
}
