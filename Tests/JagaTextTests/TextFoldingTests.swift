import Testing
@testable import JagaText

@Suite struct TextFoldingTests {
    @Test func foldsCaseAccentsAndWidth() {
        #expect(TextFolding.fold("SERANGÁN Fajar") == "serangan fajar")
        #expect(TextFolding.fold("ＳＥＲＡＮＧＡＮ") == "serangan")
        #expect(TextFolding.fold("𝐬𝐞𝐫𝐚𝐧𝐠𝐚𝐧") == "serangan")
        #expect(TextFolding.fold("ﬁ") == "fi")
        #expect(TextFolding.fold("Straße") == "strasse")
        #expect(TextFolding.fold("İstanbul") == "istanbul")
        #expect(TextFolding.fold("łódź") == "lodz")
        #expect(TextFolding.fold("pemilú") == "pemilu")
    }

    @Test func dropsInvisibleCharacters() {
        #expect(TextFolding.fold("se\u{200B}rangan") == "serangan")
        #expect(TextFolding.fold("fa\u{00AD}jar") == "fajar")
        #expect(TextFolding.fold("e\u{0301}") == "e")
    }

    @Test func leavesOtherTextAlone() {
        #expect(TextFolding.fold("no 2 😀 — ok") == "no 2 😀 — ok")
        #expect(TextFolding.fold("") == "")
    }

    @Test func splitsWords() {
        #expect(TextFolding.tokens("serangan fajar") == ["serangan", "fajar"])
        #expect(TextFolding.tokens("  Serangan-FAJAR!! ") == ["serangan", "fajar"])
        #expect(TextFolding.tokens("snake_case it's") == ["snake", "case", "it", "s"])
        #expect(TextFolding.tokens("pilih 2️⃣ 😀😀 paslon") == ["pilih", "2", "paslon"])
        #expect(TextFolding.tokens("...") == [])
        #expect(TextFolding.tokens("Jakarta東京") == ["jakarta東京"])
    }

    @Test func agreesWithReference() {
        let samples = ["Serangán ＦＡＪＡＲ", "Ǆemal ﬂag", "½ ²", "Ⓐ Ⅻ", "e\u{0301}te", "ÇA", "ǅ", "Ωμέγα ΣΊΣΥΦΟΣ", "Ăn Ơn Ưu", "ẞ"]
        for s in samples {
            #expect(TextFolding.fold(s) == Reference.fold(s), "\(s)")
            #expect(TextFolding.tokens(s) == Reference.tokens(s), "\(s)")
        }
    }
}
