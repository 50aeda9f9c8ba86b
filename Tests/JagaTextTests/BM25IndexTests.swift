import Testing
@testable import JagaText

@Suite struct BM25IndexTests {
    func doc(_ s: String) -> [String] {
        Normalizer.tokens(s).map { Stemmer.stem($0.text) }.filter { !Stopwords.contains($0) }
    }

    @Test func ranksTheMatchingClaimFirst() {
        let claims = [
            "KPU menggelembungkan suara paslon 02 di Sirekap",
            "Surat suara sudah dicoblos sebelum hari pemungutan",
            "Bawaslu membagikan amplop kepada pemilih",
            "Kotak suara dibawa kabur petugas KPPS",
        ]
        let index = BM25Index(documents: claims.map(doc))
        #expect(index.count == 4)
        let q = doc("beredar video surat suara udah dicoblos duluan sebelum pencoblosan")
        let ranked = index.score(query: q)
        #expect(ranked.first?.document == 1)
        #expect(ranked.allSatisfy { $0.score > 0 })
        #expect(index.score(query: doc("bawaslu bagi2 amplop"), limit: 1).map(\.document) == [2])
        #expect(index.score(query: ["zzz"]).isEmpty)
        #expect(index.score(query: q, document: 1) == ranked[0].score)
        #expect(index.score(query: q, document: 99) == 0)
    }

    @Test func rareTermsWeighMore() {
        let index = BM25Index(documents: [["suara", "curang"], ["suara", "sah"], ["suara", "batal"]])
        #expect(index.idf("curang") > index.idf("suara"))
        #expect(index.idf("suara") > 0)
        #expect(index.idf("nothing") == 0)
    }
}
