/// Jaga's own table of informal Indonesian spellings and their formal forms.
///
/// Written for Jaga (not taken from any lexicon): common chat abbreviations, informal and
/// regional words (Javanese, Sundanese, Betawi, Papuan/eastern Malay) and election jargon.
/// One entry a line: the informal word, one space, the formal form (one or more words).
/// Words that collide with another reading are left out on purpose, see `ambiguous`.
enum BuiltinSlang {
    /// Informal words deliberately not mapped: each has two common readings and a token
    /// alone cannot tell them apart (`jan`: jangan / Januari; `no`: nomor / English no).
    static let ambiguous: [String] = [
        "jan", "no", "dr", "gua", "mangga", "urang", "ko", "dong", "beta", "de", "pa", "ma",
        "kan", "bang", "sih", "per", "mas", "am", "pm", "ap", "in", "on", "us",
    ]

    /// The entries, `informal formal`.
    static let text = """
    # pronouns and people
    gue saya
    gw saya
    ane saya
    aye saya
    sy saya
    sa saya
    aq aku
    ak aku
    lu kamu
    lo kamu
    elu kamu
    loe kamu
    ente kamu
    km kamu
    kmu kamu
    kalian kalian
    klian kalian
    dia dia
    doi dia
    dy dia
    mrk mereka
    bpk bapak
    pak bapak
    bu ibu
    bokap ayah
    nyokap ibu
    org orang
    orng orang
    # negation
    gak tidak
    ga tidak
    gk tidak
    g tidak
    nggak tidak
    ngga tidak
    ngak tidak
    enggak tidak
    engga tidak
    kagak tidak
    kaga tidak
    ndak tidak
    nda tidak
    tdk tidak
    tak tidak
    tida tidak
    gakk tidak
    gaada tidak ada
    gada tidak ada
    gaak tidak
    gpp tidak apa apa
    gapapa tidak apa apa
    ngapa mengapa
    knp kenapa
    kenape kenapa
    bkn bukan
    # function words
    yg yang
    yng yang
    nyang yang
    dgn dengan
    dg dengan
    dng dengan
    utk untuk
    untk untuk
    buat buat
    krn karena
    krna karena
    karna karena
    soalnya karena
    tsb tersebut
    spt seperti
    sprt seperti
    kyk seperti
    kyak seperti
    kayak seperti
    kaya seperti
    sbg sebagai
    pd pada
    kpd kepada
    thd terhadap
    dlm dalam
    dl dulu
    dlu dulu
    ato atau
    atw atau
    atu atau
    tp tapi
    tpi tapi
    tapi tetapi
    jd jadi
    jdi jadi
    klo kalau
    kalo kalau
    kl kalau
    klau kalau
    sm sama
    ama sama
    jg juga
    jga juga
    aja saja
    aj saja
    doang saja
    ajah saja
    sja saja
    lg lagi
    lgi lagi
    udah sudah
    udh sudah
    dah sudah
    sdh sudah
    udeh sudah
    wis sudah
    uwis sudah
    su sudah
    tos sudah
    blm belum
    blum belum
    belom belum
    durung belum
    acan belum
    bs bisa
    bsa bisa
    bisa bisa
    mo mau
    mw mau
    pengen ingin
    pingin ingin
    pgn ingin
    hoyong ingin
    arep akan
    bakal akan
    bkl akan
    dri dari
    dari dari
    ke ke
    dmn di mana
    dimana di mana
    kmn ke mana
    kemana ke mana
    gmn bagaimana
    gmna bagaimana
    gimana bagaimana
    gmana bagaimana
    piye bagaimana
    kumaha bagaimana
    knapa kenapa
    emg memang
    emang memang
    emng memang
    bener benar
    bnr benar
    bner benar
    bgt banget
    bngt banget
    bgd banget
    pisan sekali
    bnyk banyak
    byk banyak
    akeh banyak
    sdikit sedikit
    dikit sedikit
    sithik sedikit
    smua semua
    sma sama
    ttg tentang
    tntg tentang
    sbnrnya sebenarnya
    sebenernya sebenarnya
    dll dan lain lain
    dsb dan sebagainya
    dst dan seterusnya
    ntar nanti
    entar nanti
    nnti nanti
    ntr nanti
    skrg sekarang
    skr sekarang
    skrang sekarang
    sekarang sekarang
    bsk besok
    besok besok
    kmrn kemarin
    kemaren kemarin
    kmarin kemarin
    hr hari
    hri hari
    thn tahun
    bln bulan
    mgg minggu
    tgl tanggal
    jam jam
    sblm sebelum
    sebelom sebelum
    stlh setelah
    abis habis
    abs habis
    trs terus
    trus terus
    lgsg langsung
    langsng langsung
    cuma hanya
    cuman hanya
    cm hanya
    sampe sampai
    ampe sampai
    smpe sampai
    sampek sampai
    trims terima kasih
    makasih terima kasih
    mksh terima kasih
    thx terima kasih
    ok oke
    okey oke
    okay oke
    sip oke
    y ya
    iy iya
    yoi iya
    nggih iya
    yaudah ya sudah
    yauda ya sudah
    mending lebih baik
    gausah tidak usah
    gusah tidak usah
    jgn jangan
    jngn jangan
    jgan jangan
    ojo jangan
    ojok jangan
    jangan jangan
    tolong tolong
    tlg tolong
    tlong tolong
    silahkan silakan
    monggo silakan
    # verbs and informal forms
    liat lihat
    lht lihat
    ngeliat melihat
    ngliat melihat
    nonton menonton
    ngomong berbicara
    ngomongin membicarakan
    bilang berkata
    blg berkata
    ngasih memberi
    ksh kasih
    dikasih diberi
    kasi kasih
    nyari mencari
    cariin carikan
    dapet dapat
    dpt dapat
    ngerti mengerti
    ngerasa merasa
    tau tahu
    taw tahu
    tw tahu
    ngajak mengajak
    ngaku mengaku
    nunggu menunggu
    bikin membuat
    bkin membuat
    dibikin dibuat
    ketemu bertemu
    mikir berpikir
    pikir pikir
    kerja kerja
    gawe kerja
    nanya bertanya
    nanyain menanyakan
    naik naik
    ngebagiin membagikan
    bagiin bagikan
    dibagiin dibagikan
    nyebar menyebar
    nyebarin menyebarkan
    disebarin disebarkan
    nyoblos mencoblos
    nyoblosin mencoblos
    dicoblos dicoblos
    milih memilih
    dipilihin dipilihkan
    ngelaporin melaporkan
    laporin laporkan
    dilaporin dilaporkan
    ngecek mengecek
    cek periksa
    ngebeli membeli
    beliin belikan
    nerima menerima
    terima terima
    ngumpulin mengumpulkan
    kumpulin kumpulkan
    # money and numbers
    duit uang
    doku uang
    artos uang
    fulus uang
    rb ribu
    rbu ribu
    jt juta
    jta juta
    m miliar
    nomer nomor
    nmr nomor
    nmor nomor
    # regional: Javanese
    ora tidak
    mboten tidak
    opo apa
    apa apa
    iki ini
    kuwi itu
    iku itu
    kowe kamu
    sampeyan anda
    wong orang
    apik bagus
    dudu bukan
    karo dengan
    ngopo mengapa
    # regional: Sundanese
    teu tidak
    henteu tidak
    hente tidak
    naon apa
    abdi saya
    maneh kamu
    sanes bukan
    nu yang
    # regional: Betawi
    ape apa
    kenapa kenapa
    # regional: Papuan and eastern Malay
    tra tidak
    tr tidak
    trada tidak ada
    tara tidak
    sonde tidak
    son tidak
    # election jargon and spellings
    hoax hoaks
    hoak hoaks
    hoaxs hoaks
    serfaj serangan fajar
    pemilukada pilkada
    pilkades pilkades
    caleg caleg
    capres capres
    cawapres cawapres
    nyalon mencalonkan
    nyalonin mencalonkan
    kampanyein mengampanyekan
    golongan golongan
    tps tps
    kpps kpps
    ktpel ktp el
    ektp ktp el
    prabowo prabowo
    """
}
