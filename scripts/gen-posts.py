#!/usr/bin/env python3
"""Deterministic generator of large synthetic Jaga datasets (canonical JSON Lines).

    python3 scripts/gen-posts.py --count N --seed S [--out FILE] [--broken-every K] [--stats]

Writes N lines in the canonical content format of shared/domain/data-formats.md
(id, text, created_at, author, platform, url, region, hashtags, likes, shares,
comments, views, lang; transcript on some videos, reply_to on some posts, an
unknown extra field on ~2 %).  Everything is fictional: names, handles, numbers
and URLs are made up.

Guarantees
* Same arguments -> byte-identical output (one random.Random(seed), no clock,
  no set/dict-order dependence).  Only the Python version's `random` algorithm
  matters, and that has been stable across CPython 3.x.
* About 430 bytes per line on average (1 M lines ~ 430 MB); ~1 M lines in well
  under 40 s on plain CPython.
* About 0.5 % of texts contain "serangan fajar": ~75 % of those with plain
  letters and one space in varied case ("serangan fajar", "Serangan Fajar",
  "SERANGAN FAJAR", ...), ~25 % in odd forms (accents "sérangan fajár", double
  space, no-break space, zero-width space, hyphen, spaced letters).  No other
  generated text contains "fajar" in any case.  Both positive (offers) and
  negative (tolak/arrest/football) contexts occur.  --stats prints the counts.
* ids are "<prefix><7-digit line number>" (g0000001 ...), unique, in line order.
* created_at spans 2024-09-01 .. 2024-12-31, clustered on masa tenang (24-26
  Nov) and voting day (27 Nov), written with +07:00, +08:00, +09:00 or Z.

--broken-every K: every line whose 1-based number is a multiple of K is replaced
by a malformed line derived from the post that would have been there (the random
stream is not disturbed, so all other lines are byte-identical to a run without
the flag).  Kinds cycle in this order, by (line // K - 1) % 6:
    0 invalid JSON (line cut in half)   1 missing "text"
    2 created_at without offset         3 "likes" as a string ("banyak")
    4 missing "id"                      5 "hashtags" as a string
So a file of N lines has N // K rejects and N - N // K valid posts.
"""
import argparse
import json
import sys

# --------------------------------------------------------------------------
# Vocabulary.  Keep "fajar" out of everything except SF_* (asserted below).
# --------------------------------------------------------------------------
PAIRS = [  # (display name, ballot number) - all fictional
    ("Budi–Sari", "01"), ("HeRa", "02"), ("Asep–Nining", "03"), ("Dodi–Lina", "04"),
    ("Dadan–Rina", "1"), ("Yoga–Intan", "2"), ("Rudi–Melati", "01"), ("Bonar–Siska", "03"),
    ("Slamet–Endah", "1"), ("Bambang–Tutik", "2"), ("Baso–Nurul", "01"), ("Syamsul–Irma", "02"),
    ("Ilham–Fitri", "1"), ("Rahmat–Wati", "2"), ("Wayan–Ketut", "1"), ("Nyoman–Ayu", "2"),
    ("YoDa", "01"), ("Herman–Frans", "02"), ("Togar–Rosma", "1"), ("Imran–Hasnah", "2"),
    ("Cecep–Lilis", "02"), ("Ujang–Euis", "01"), ("Wahyu–Lilik", "1"), ("Rusdi–Hana", "01"),
]
PLACES = ["kota", "kampung", "desa", "kabupaten", "Jabar", "Jakarta", "Makassar", "Bandung",
          "Papua Tengah", "Sulsel", "Jateng", "Medan", "Bali", "Surabaya", "NTT", "Kaltim"]

OPENERS = ["", "", "", "", "Gaes, ", "Wargi, ", "Sedulur, ", "Basodara, ", "Rek, ", "Guys ", "Info: ",
           "Jujur ya, ", "Bismillah, ", "Astaga, ", "Hmm, ", "Sekedar info, ", "Lur, ", "Pak, Bu, ",
           "Min, ", "Akang teteh, ", "Kakak2, ", "Btw ", "Fyi ", "Pokoknya ", "Dengerin ya, "]

BODIES = [
    # campaign
    "ayo coblos nomor {N} {P}, {R} makin maju!",
    "{P} nomor urut {N} siap kerja nyata buat warga {R}",
    "udah mantap pilih {P} no {N} 💪 gak ada keraguan lagi",
    "program {P} paling masuk akal sih, sekolah gratis & puskesmas 24 jam",
    "kampanye akbar {P} di lapangan {R} tadi rame bgt, jalanan sampe macet",
    "jingle {P} nempel terus di kepala, nomor {N} nomor juara 🎶",
    "debat semalem {P} jawabannya paling jelas soal banjir & macet",
    "tgl 27 jangan lupa ke TPS, nomor {N} ya 😉",
    "relawan {P} blusukan ke pasar pagi ini, dengerin keluhan pedagang",
    "baliho {P} dipaku di pohon lagi, kasian pohonnya 😤",
    "{P} janji harga pupuk turun, semoga bukan janji doang",
    "nonton debat cagub sambil ngopi, {P} lumayan tapi masih normatif",
    # civic / neutral
    "jangan lupa cek DPT online, pastiin nama kamu terdaftar",
    "TPS buka jam 07.00 sampe 13.00 waktu setempat, jangan telat",
    "bawa KTP-el & surat pemberitahuan (C6) pas nyoblos ya",
    "udah nyoblos, jari ungu ✌️ tinggal nunggu hasil",
    "antrean di TPS lumayan panjang tp tertib, KPPS-nya sigap",
    "KPPS di TPS kami ramah bgt, makasih udah kerja sampe malem 🙏",
    "penghitungan suara di TPS seru, warga nonton bareng kayak nobar bola",
    "rekap kecamatan masih jalan, sabar ya semua",
    "baliho udah diturunin semua, jalanan jadi adem",
    "masa tenang tp grup WA keluarga masih panas 😂",
    "siapapun yg menang tolong urus harga beras & minyak",
    "pemilih pemula nih, deg2an mau nyoblos pertama kali",
    "golput bukan solusi, yuk ke TPS bareng keluarga",
    "beda pilihan tetap saudara 🤝 pilkada damai",
    "jangan mau diadu domba, {R} harus tetap aman",
    "kotak kosong juga sah kok kalau paslonnya tunggal",
    "quick count boleh tayang mulai jam 15.00 WIB, sabar",
    "hasil resmi tetap dari rekapitulasi berjenjang KPU, bukan Sirekap",
    "pemilih pindahan bisa nyoblos mulai jam 11, yg gak di DPT jam 12 sampai 13 pake KTP-el",
    "ada yg tau TPS di {R} tutup jam berapa? WIB atau waktu setempat?",
    "undangan C6 belum dateng nih, masih bisa nyoblos gak ya?",
    "27 November libur nasional, kantor tutup, ayo ke TPS",
    "logistik pilkada udah nyampe kelurahan, kotak suara disegel",
    "simulasi pencoblosan di sekolah, siswa belajar jadi KPPS",
    # procedural myths and hoaxes
    "katanya bisa nyoblos online lewat aplikasi ya? gak usah ke TPS",
    "denger2 TPS buka sampe jam 5 sore, santai aja",
    "info: pencoblosan diundur ke 28 November, sebarkan",
    "yg gak masuk DPT gak bisa nyoblos sama sekali, percuma ke TPS",
    "golput bakal kena denda & dipenjara katanya",
    "surat suara dicoblos 2x langsung gak sah katanya, hati2",
    "coblos semua paslon aja biar dihitung suara protes",
    "server KPU dibobol hacker, hasilnya udah diatur 🤡",
    "video lama kerusuhan 2019 disebar lagi, jangan percaya",
    "awas file APK data TPS di WA, itu penipuan",
    # money politics, without the phrase under test
    "ada yg bagi2 amplop di kampung sebelah, katanya dari tim {N}",
    "pilih no {N} dapat 100rb, transfer via e-wallet abis nyoblos",
    "sembako gratis buat yg janji coblos {N}, ambil di posko",
    "tolak politik uang! suara kita gak dijual",
    "amplop kondangan udah siap buat nikahan sepupu 💌",
    "Bawaslu tangkap tangan dugaan politik uang di {R}",
    "4mpl0p udah siap, yg mau DM aja 😎",
    "uang transport 50rb buat yg dateng ke TPS pilih {N}",
    "a m p l o p ready bos, japri",
    "pemberi & penerima politik uang sama2 bisa dipidana, inget",
    # neutrality / children / facilities / surveys / quick counts
    "pak kades minta warga kompak pilih {N} 😳 boleh gitu?",
    "ASN wajib netral, tp tetep nyoblos ya bapak ibu",
    "guru honorer disuruh share postingan paslon {N}, serem",
    "anak2 jangan dibawa ke kampanye, kasian panas2an",
    "bocil pake kaos nomor {N} ikut kampanye, gemes tp gak boleh sebenernya",
    "khutbah jumat tadi ngingetin pilih pemimpin yg amanah, gak nyebut paslon",
    "ada yg kampanye di sekolah, bagi2 stiker nomor {N}",
    "pengajian semalem ustadznya nyuruh pilih nomor {N} 😬",
    "survei terbaru: {P} unggul tipis, undecided masih banyak",
    "quick count sementara: {P} unggul, data masuk 60%",
    "exit poll katanya {P} menang telak, bener gak tuh",
    "hasil rekap kabupaten {R}: {P} suara terbanyak",
    # regional mixing
    "sedulur kabeh, ojo lali nyoblos yo, nomer {N}",
    "hayu urang ka TPS sadayana, ulah golput",
    "kitong pilih dengan hati, jang mau dibayar",
    "aye mah nyoblos dulu baru dah jalan2",
    "beta su coblos, Maluku damai",
    "horas! Sumut damai, ayo ke TPS",
    "Makassar tidak rantasa, ayo mi ke TPS",
    "rahajeng semeton, ampunang golput",
    "dong bilang TPS di kampung su buka dari pagi",
    "wis nyoblos durung? aku wis, antrine dowo",
    "teu kabagean undangan, tapi tetep bisa nyoblos pake KTP-el",
]
CLOSERS = [" 🙏", " 🔥🔥", " 😂", " 💪", "!", "!!", " wkwk", " 🗳️", "", "", "", " ✌️", " ☝️",
           " 😤", " 🤔", "...", " sebarkan!", " 🇮🇩", " mantap", " semoga lancar", " 😭", " 👍"]
TAGS = ["Pilkada2024", "PilkadaSerentak2024", "PilkadaDamai", "Nyoblos", "TolakPolitikUang", "CekFakta",
        "MasaTenang", "KawalSuara", "QuickCount", "PilgubJabar", "PilgubDKI", "PilgubSulsel",
        "PilgubJateng", "PilgubSumut", "PilwalkotMakassar", "PilwalkotBandung", "PapuaDamai",
        "PemilihPemula", "BawasluAwasi", "fyp", "viral", "Hoaks", "KotakKosong", "JariUngu"]
TRANSCRIPTS = [
    "halo semuanya, hari ini kita bahas cara nyoblos yang benar, bawa ktp elektronik dan surat pemberitahuan, coblos di dalam kolom salah satu pasangan calon",
    "warga sekalian tanggal dua puluh tujuh november jangan lupa datang ke tps, pilih pemimpin yang amanah sesuai hati nurani",
    "ini suasana kampanye akbar sore ini, ribuan pendukung memadati lapangan, jalanan macet sampai perempatan",
    "jadi gaes ada info katanya bisa nyoblos lewat aplikasi, itu tidak benar ya, pencoblosan hanya di tps",
    "kalau ada yang kasih amplop jangan diterima, laporkan ke bawaslu, pemberi dan penerima bisa dipidana",
    "penghitungan suara di tps kami berjalan lancar, saksi dari semua pasangan calon hadir dan tanda tangan",
    "ibu ibu bapak bapak nanti yang datang ke tps ada uang transport ya, pilih nomor dua",
    "selamat pagi dari tps, antrean sudah panjang sejak jam tujuh, petugas kpps sudah siap",
]
AUTH_A = ["warga", "anak", "kang", "teh", "mas", "mbak", "bang", "daeng", "bung", "nona", "uni", "acil",
          "bli", "kaka", "mama", "papa", "bocah", "relawan", "pemantau", "info", "kabar", "suara", "si",
          "urang", "wong", "arek", "nyong", "beta", "sobat", "netizen"]
AUTH_B = ["bdg", "jkt", "mks", "sby", "medan", "papua", "bali", "jogja", "solo", "bogor", "depok",
          "bekasi", "garut", "tasik", "ambon", "kupang", "nabire", "timika", "sorong", "manado", "palu",
          "kendari", "padang", "aceh", "ntt", "smd", "bpn", "pky", "ptk", "tgr"]
PLATFORMS = ["tiktok"] * 30 + ["x"] * 25 + ["facebook"] * 15 + ["instagram"] * 15 + ["youtube"] * 5 + ["whatsapp"] * 10
LANGS = ["id"] * 90 + ["jv"] * 4 + ["su"] * 3 + ["en"] + [None] * 2
REGIONS = {
    7: ["Jabar", "Jawa Barat", "JABAR", "jabar", "Kota Bandung", "kota bandung", "Bandung", "kab bandung",
        "Kab. Bandung", "Kabupaten Bandung", "32.73", "32.04", "Kab. Bogor", "Bogor", "Depok", "Bekasi",
        "Kota Bekasi", "Cimahi", "Garut", "Tasikmalaya", "Cirebon", "DKI", "DKI Jakarta", "Jakarta", "jkt",
        "Jaksel", "Jakarta Timur", "31.74", "Jateng", "Jawa Tengah", "Semarang", "Solo", "Klaten", "Jatim",
        "Jawa Timur", "Surabaya", "sby", "35.78", "Malang", "Banten", "Tangerang", "Tangsel", "Serang",
        "Lampung", "Palembang", "Sumsel", "Medan", "Kota Medan", "Sumut", "Padang", "Sumbar", "Pekanbaru",
        "Riau", "Batam", "Kepri", "Jambi", "Bengkulu", "Aceh", "Banda Aceh", "Pontianak", "Kalbar",
        "Palangka Raya", "Kalteng", "Sleman", "Jogja", "Bangka Belitung"],
    8: ["Makassar", "kota makassar", "73.71", "Sulsel", "Sulawesi Selatan", "Gowa", "Bone", "Parepare",
        "Bali", "Denpasar", "51.71", "NTB", "Mataram", "NTT", "Kupang", "Kaltim", "Samarinda", "Balikpapan",
        "Kalsel", "Banjarmasin", "Kaltara", "Tarakan", "Sulut", "Manado", "Gorontalo", "Sulteng", "Palu",
        "Sulbar", "Mamuju", "Sultra", "Kendari"],
    9: ["Papua", "Jayapura", "91.71", "Papua Tengah", "Nabire", "Timika", "Mimika", "Papua Pegunungan",
        "Wamena", "Papua Selatan", "Merauke", "Papua Barat", "Manokwari", "Papua Barat Daya", "Sorong",
        "Maluku", "Ambon", "Maluku Utara", "Malut", "Ternate"],
}
# "serangan fajar": plain-letter case variants and odd forms
SF_PLAIN = ["serangan fajar", "Serangan Fajar", "SERANGAN FAJAR", "Serangan fajar", "serangan Fajar"]
SF_ODD = ["sérangan fajar", "Serangan Fajár", "serangan  fajar", "serangan\u00a0fajar",
          "serangan\u200bfajar", "serangan-fajar", "s e r a n g a n  f a j a r", "SÉRANGAN FAJAR"]
SF_BODIES = [
    "{SF} udh siap buat yg pilih {N} 💸",
    "{SF} kloter subuh, koordinator ambil di posko",
    "ada {SF} 100rb per orang dari tim {N}",
    "tolak {SF}! laporkan ke Bawaslu",
    "{SF} itu pidana, pemberi & penerima bisa kena",
    "{SF} Persib menit ke-3 langsung gol ⚽",
    "di TPS kami aman, gak ada {SF} 🙏",
    "Polres amankan pelaku {SF}, barang bukti uang dalam amplop",
    "waspada {SF} malam ini, pantau lingkungan masing2",
    "yg nunggu {SF} mending tidur, besok nyoblos pagi 😂",
]
SF_RATE = 0.005
SF_ODD_SHARE = 0.25
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
BROKEN_KINDS = 6


def esc(s):
    """JSON-escape s without the surrounding quotes (escaping is compositional)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def build_tables(rng):
    for frag in OPENERS + BODIES + CLOSERS + TAGS + TRANSCRIPTS + AUTH_A + AUTH_B + PLACES:
        assert "fajar" not in frag.lower(), frag
    fill = []
    for b in BODIES:
        if "{" in b:
            for k in range(6):
                p, n = PAIRS[(len(fill) * 7 + k * 5) % len(PAIRS)]
                fill.append(b.replace("{P}", p).replace("{N}", n).replace("{R}", PLACES[(k * 3 + len(fill)) % len(PLACES)]))
        else:
            fill.append(b)
    bodies = [esc(b) for b in fill]
    sf_plain, sf_odd = [], []
    for i, b in enumerate(SF_BODIES):
        n = PAIRS[i % len(PAIRS)][1]
        for v in SF_PLAIN:
            sf_plain.append(esc(b.replace("{N}", n).replace("{SF}", v)))
        for v in SF_ODD:
            sf_odd.append(esc(b.replace("{N}", n).replace("{SF}", v)))
    # hashtag sets: (text suffix, JSON array) - 0..3 tags
    tagsets = [("", None)] * 30
    for _ in range(230):
        k = 1 + int(rng.random() * 3)
        chosen = []
        while len(chosen) < k:
            t = TAGS[int(rng.random() * len(TAGS))]
            if t not in chosen:
                chosen.append(t)
        tagsets.append((" " + " ".join("#" + t for t in chosen), json.dumps(chosen, ensure_ascii=False, separators=(",", ":"))))
    authors = []
    for i in range(6000):
        a = AUTH_A[int(rng.random() * len(AUTH_A))]
        b = AUTH_B[int(rng.random() * len(AUTH_B))]
        joiner = ["_", ".", "", "_"][i % 4]
        num = "" if i % 3 == 0 else str(int(rng.random() * 1000))
        authors.append(a + joiner + b + num)
    # day table: Sep 1 .. Dec 31 2024 weighted
    import datetime as _dt
    day0 = _dt.date(2024, 9, 1)
    days = []
    for d in range(122):
        date = day0 + _dt.timedelta(days=d)
        md = (date.month, date.day)
        w = 1
        if (9, 25) <= md <= (11, 23):
            w = 2
        if (11, 10) <= md <= (11, 23):
            w = 4
        if (11, 24) <= md <= (11, 26):
            w = 10
        if md == (11, 27):
            w = 18
        if (11, 28) <= md <= (12, 3):
            w = 5
        if (12, 4) <= md <= (12, 16):
            w = 2
        days += [(date.isoformat(), (date - _dt.date(1970, 1, 1)).days * 86400)] * w
    hms = ["%02d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60) for s in range(86400)]
    views = sorted(int(rng.lognormvariate(7.6, 1.6)) + 20 for _ in range(4096))
    transcripts = [esc(t) for t in TRANSCRIPTS]
    return bodies, sf_plain, sf_odd, tagsets, authors, days, hms, views, transcripts


def sep(s):
    """Separator between two sentences: '. ' after a letter or digit, else ' '."""
    return ". " if s[-1:].isalnum() else " "


def code(n, k):
    out = []
    for _ in range(k):
        out.append(B64[n & 63])
        n >>= 6
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", default="-", help="output file (default stdout)")
    ap.add_argument("--broken-every", type=int, default=0, metavar="K")
    ap.add_argument("--id-prefix", default="g")
    ap.add_argument("--stats", action="store_true", help="print counts as JSON on stderr")
    a = ap.parse_args(argv)
    if a.count < 0 or a.broken_every < 0:
        ap.error("--count and --broken-every must be >= 0")

    import random
    rng = random.Random(a.seed)
    r = rng.random
    bodies, sf_plain, sf_odd, tagsets, authors, days, hms, views_t, transcripts = build_tables(rng)
    nb, nsp, nso, nt, na, nd = len(bodies), len(sf_plain), len(sf_odd), len(tagsets), len(authors), len(days)
    nop, ncl = len(OPENERS), len(CLOSERS)
    openers = [esc(o) for o in OPENERS]
    closers = [esc(c) for c in CLOSERS]
    reg = {z: [esc(x) for x in REGIONS[z]] for z in (7, 8, 9)}
    offs = {7: "+07:00", 8: "+08:00", 9: "+09:00"}
    batch = esc("gen-%d" % a.seed)
    prefix = esc(a.id_prefix)
    K = a.broken_every
    stats = {"lines": 0, "malformed": 0, "serangan_fajar_plain": 0, "serangan_fajar_odd": 0}

    out = sys.stdout.buffer if a.out == "-" else open(a.out, "wb")
    buf = []
    try:
        for n in range(1, a.count + 1):
            pid = "%s%07d" % (prefix, n)
            # --- text
            x = r()
            if x < SF_RATE:
                if x < SF_RATE * SF_ODD_SHARE:
                    core = sf_odd[int(r() * nso)]
                    sfk = "serangan_fajar_odd"
                else:
                    core = sf_plain[int(r() * nsp)]
                    sfk = "serangan_fajar_plain"
            else:
                core = bodies[int(r() * nb)]
                sfk = None
            y = r()
            if y < 0.64:
                core = core + sep(core) + bodies[int(r() * nb)]
                if y < 0.20:
                    core = core + sep(core) + bodies[int(r() * nb)]
            op = openers[int(r() * nop)]
            tag_txt, tag_arr = tagsets[int(r() * nt)]
            text = op + core + closers[int(r() * ncl)] + tag_txt
            # --- region and time
            z = r()
            zone = 7 if z < 0.70 else (8 if z < 0.90 else 9)
            if r() < 0.12:
                region = None
                w = r()
                off, oh = ("+07:00", 7) if w < 0.6 else (("+08:00", 8) if w < 0.75 else (("+09:00", 9) if w < 0.85 else ("Z", 0)))
            else:
                rl = reg[zone]
                region = rl[int(r() * len(rl))]
                w = r()
                off, oh = (offs[zone], zone) if w < 0.80 else (("+07:00", 7) if w < 0.92 else ("Z", 0))
            dstr, depoch = days[int(r() * nd)]
            sec = int(r() * 86400)
            created = dstr + "T" + hms[sec] + off
            epoch = depoch + sec - oh * 3600  # the instant, for ids that embed time
            # --- author, platform, url
            author = authors[int(r() * na)]
            plat = PLATFORMS[int(r() * 100)]
            v = views_t[int(r() * 4096)]
            if plat == "tiktok":
                url = "https://www.tiktok.com/@%s/video/%d" % (author, (epoch << 32) | int(r() * 4294967296.0))
                eng = '"likes":%d,"shares":%d,"comments":%d,"views":%d' % (v * (20 + n % 70) // 1000, v * (1 + n % 11) // 1000, v * (2 + n % 9) // 1000, v)
            elif plat == "x":
                url = "https://x.com/%s/status/%d" % (author, ((epoch * 1000 - 1288834974657) << 22) | int(r() * 4194304.0))
                lk = v * (5 + n % 30) // 1000
                eng = '"likes":%d,"shares":%d,"comments":%d,"views":%d' % (lk, lk * (n % 7) // 20, lk * (n % 5) // 25, v)
            elif plat == "facebook":
                url = "https://www.facebook.com/%s/posts/%d" % (author, 122100000000000000 + int(r() * 9e13))
                lk = v // 40
                eng = '"likes":%d,"shares":%d,"comments":%d' % (lk, lk * (n % 9) // 20, lk * (n % 6) // 15)
            elif plat == "instagram":
                url = "https://www.instagram.com/p/%s/" % code(int(r() * 2 ** 52) ^ (n * 2654435761), 11)
                lk = v * (20 + n % 60) // 1000
                eng = '"likes":%d,"shares":%d,"comments":%d,"views":%d' % (lk, lk * (n % 4) // 30, lk * (n % 8) // 40, v)
            elif plat == "youtube":
                url = "https://www.youtube.com/watch?v=%s" % code(int(r() * 2 ** 52) ^ (n * 40503), 11)
                eng = '"likes":%d,"comments":%d,"views":%d' % (v * (10 + n % 40) // 1000, v * (1 + n % 7) // 1000, v)
            else:
                url = None
                eng = None
            # --- assemble
            parts = ['{"id":"', pid, '","text":"', text, '","created_at":"', created, '","author":"', author,
                     '","platform":"', plat, '"']
            if url is not None:
                parts += [',"url":"', url, '"']
            if region is not None:
                parts += [',"region":"', region, '"']
            if tag_arr is not None:
                parts += [',"hashtags":', tag_arr]
            if eng is not None:
                parts += [",", eng]
            if plat in ("tiktok", "youtube") and r() < 0.25:
                parts += [',"transcript":"', transcripts[int(r() * len(transcripts))], '"']
            q = r()
            if q < 0.03 and n > 1:
                parts += [',"reply_to":"%s%07d"' % (prefix, n - 1 - int(r() * min(n - 1, 5000)))]
            lang = LANGS[int(r() * 100)]
            if lang is not None:
                parts += [',"lang":"', lang, '"']
            if q > 0.985:
                parts += [',"source_batch":"', batch, '"'] if q > 0.993 else [',"kecamatan":"Cibiru"']
            parts.append("}")
            if sfk:
                stats[sfk] += 1
            if K and n % K == 0:
                kind = (n // K - 1) % BROKEN_KINDS
                if kind == 0:
                    s = "".join(parts)
                    line = s[: len(s) // 2]
                elif kind == 1:
                    line = "".join(['{"id":"', pid, '","created_at":"'] + parts[5:])
                elif kind == 2:
                    parts[5] = created[:19]
                    line = "".join(parts)
                elif kind == 3:
                    line = "".join(parts)
                    if '"likes":' in line:
                        i = line.index('"likes":') + 8
                        j = line.index(",", i)
                        line = line[:i] + '"banyak"' + line[j:]
                    else:
                        line = line[:-1] + ',"likes":"banyak"}'
                elif kind == 4:
                    line = '{"text":"' + "".join(parts[3:])
                else:
                    line = "".join(parts)
                    if tag_arr is not None:
                        line = line.replace(',"hashtags":' + tag_arr, ',"hashtags":"Pilkada2024"')
                    else:
                        line = line[:-1] + ',"hashtags":"Pilkada2024"}'
                stats["malformed"] += 1
                if sfk:
                    stats[sfk] -= 1
                buf.append(line)
            else:
                buf.append("".join(parts))
            if len(buf) >= 20000:
                buf.append("")
                out.write("\n".join(buf).encode("utf-8"))
                buf = []
        if buf:
            buf.append("")
            out.write("\n".join(buf).encode("utf-8"))
        out.flush()
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly
        import os
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        if a.out != "-":
            out.close()
    stats["lines"] = a.count
    if a.stats:
        sys.stderr.write(json.dumps(stats) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
