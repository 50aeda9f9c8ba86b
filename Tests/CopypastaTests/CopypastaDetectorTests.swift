import Testing
import JagaSDK
@testable import Copypasta

/// Behaviour of the detector on small hand-made datasets.
@Suite struct CopypastaDetectorTests {
    typealias S = CopypastaTestSupport
    let campaign = "Warga Bandung sudah menentukan pilihan! Dadan–Rina terbukti peduli, program jelas, tanpa janji palsu. 27 November coblos nomor 1!"

    @Test func manifestIsValid() {
        let d = CopypastaDetector()
        #expect(d.manifest.validationProblem() == nil)
        #expect(d.manifest.kind == .datasetDetector)
        #expect(d.manifest.rules.map(\.id) == ["koordinasi.copypasta"])
    }

    @Test func flagsEveryMemberOfACampaign() throws {
        let items = [
            S.post("x1", campaign, author: "a1", minute: 0),
            S.post("x2", campaign + " 💚", author: "a2", minute: 5),
            S.post("x3", campaign.uppercased(), author: "a3", minute: 20),
            S.post("x4", "Setuju! " + campaign + " #Bandung01", author: "a4", minute: 46),
            S.post("other", "Harga cabai naik lagi, semoga siapa pun yang menang ingat sama pasar tradisional.", author: "a5", minute: 10),
        ]
        let findings = try S.run(S.store(items))
        #expect(findings.map(\.contentID) == ["x1", "x2", "x3", "x4"])
        let f = try #require(findings.first)
        #expect(f.rule == "koordinasi.copypasta")
        #expect(f.severity == .medium)
        #expect(f.reason == "One of 4 near-identical posts by 4 accounts within 46 min (cluster C0001).")
        #expect(f.details["cluster"] == .string("C0001"))
        #expect(f.details["members"] == .list(["x1", "x2", "x3", "x4"].map { .string($0) }))
        #expect(f.details["accounts"] == .list(["a1", "a2", "a3", "a4"].map { .string($0) }))
        #expect(f.details["size"] == .int(4))
        #expect(f.evidence == [EvidenceSpan(field: "text", start: 0, end: campaign.utf8.count)])
        #expect(findings.allSatisfy { $0.score > 0.5 && $0.score <= 1 })
    }

    @Test func oneAccountRepostingItselfIsNotCoordination() throws {
        let items = (0..<6).map { S.post("r\($0)", campaign, author: "same_account", minute: Int64($0 * 5)) }
            + [S.post("r9", campaign, author: "another", minute: 3)]
        #expect(try S.run(S.store(items)).isEmpty)
    }

    @Test func officialAccountsSharingAnAnnouncementAreNotCoordination() throws {
        let text = "Hari ini memasuki masa tenang Pilkada Serentak 2024. Peserta dilarang berkampanye dalam bentuk apa pun, termasuk di media sosial."
        let official = ["kpu_ri", "KPU_Jabar", "bawaslu_ri", "bawaslu_jabar", "kpu"].enumerated().map { S.post("o\($0.offset)", text, author: $0.element, minute: Int64($0.offset)) }
        #expect(try S.run(S.store(official)).isEmpty)
        // Citizens copying the announcement: the set holds an official post, so it is skipped...
        let copied = official + ["w1", "w2", "w3"].enumerated().map { S.post("c\($0.offset)", text, author: $0.element, minute: 10) }
        #expect(try S.run(S.store(copied)).isEmpty)
        // ...unless skip_official_texts is off: then only the citizens are flagged.
        let f = try S.run(S.store(copied), parameters: ["skip_official_texts": .bool(false)])
        #expect(f.map(\.contentID) == ["c0", "c1", "c2"])
    }

    @Test func customOfficialPatterns() throws {
        let items = ["humas_polri", "humas_polda", "x_user"].enumerated().map { S.post("h\($0.offset)", campaign, author: $0.element, minute: 1) }
        #expect(try S.run(S.store(items)).count == 3)
        #expect(try S.run(S.store(items), parameters: ["official_accounts": .list([.string("humas_*")])]).isEmpty)
    }

    @Test func postsOutsideTheWindowAreNotACluster() throws {
        let spread = (0..<5).map { S.post("s\($0)", campaign, author: "acc\($0)", minute: Int64($0 * 90)) }
        #expect(try S.run(S.store(spread)).isEmpty)
        #expect(try S.run(S.store(spread), parameters: ["window": .int(240)]).count == 5)
    }

    @Test func twoBurstsOfOneTextAreTwoClusters() throws {
        let day1 = (0..<3).map { S.post("d1-\($0)", campaign, author: "u\($0)", minute: Int64($0)) }
        let day2 = (0..<3).map { S.post("d2-\($0)", campaign, author: "v\($0)", minute: 1440 + Int64($0)) }
        let lone = [S.post("d3", campaign, author: "w", minute: 720)]
        let f = try S.run(S.store(day1 + day2 + lone))
        #expect(f.count == 6)
        #expect(Set(f.compactMap { $0.details["cluster"] }) == [.string("C0001"), .string("C0002")])
        #expect(f.first { $0.contentID == "d2-0" }?.details["cluster"] == .string("C0002"))
    }

    @Test func shortTextsAreIgnored() throws {
        let items = (0..<5).map { S.post("m\($0)", "Mantap setuju!", author: "u\($0)", minute: Int64($0)) }
        #expect(try S.run(S.store(items)).isEmpty)
        #expect(try S.run(S.store(items), parameters: ["min_tokens": .int(2)]).count == 5)
    }

    @Test func minAccountsAndSeverity() throws {
        let two = (0..<2).map { S.post("t\($0)", campaign, author: "u\($0)", minute: Int64($0)) }
        #expect(try S.run(S.store(two)).isEmpty)
        #expect(try S.run(S.store(two), parameters: ["min_accounts": .int(2)]).count == 2)
        let ten = (0..<10).map { S.post("t\($0)", campaign, author: "u\($0)", minute: Int64($0)) }
        #expect(try S.run(S.store(ten)).allSatisfy { $0.severity == .high })
    }

    @Test func postsWithoutAuthorAreNotCounted() throws {
        let items = (0..<4).map { S.post("n\($0)", campaign, author: $0 < 2 ? nil : "u\($0)", minute: Int64($0)) }
        #expect(try S.run(S.store(items)).isEmpty)
    }

    @Test func rowsNarrowTheJudgedPosts() throws {
        let items = (0..<4).map { S.post("q\($0)", campaign, author: "u\($0)", minute: Int64($0)) }
        let d = CopypastaDetector()
        _ = try S.run(S.store(items), detector: d)
        let f = try d.detect(S.store(items), rows: [3, 0], context: DatasetContext(regions: []))
        #expect(f.isEmpty)
        let g = try d.detect(S.store(items), rows: [3, 1, 0], context: DatasetContext(regions: []))
        #expect(g.map(\.contentID) == ["q0", "q1", "q3"])
    }

    @Test func resultIsDeterministicWhateverTheRowOrder() throws {
        var items: [ContentItem] = []
        for k in 0..<40 {
            let base = k % 2 == 0 ? campaign : "Surat suara di TPS 12 sudah dicoblos duluan oleh petugas sebelum warga datang, sebarkan!"
            items.append(S.post(String(format: "p%03d", k), base + (k % 3 == 0 ? " 🔥" : ""), author: "acc\(k % 13)", minute: Int64(k * 2)))
        }
        let store = S.store(items)
        let d = CopypastaDetector()
        let a = try S.run(store, detector: d)
        let b = try d.detect(store, rows: Array((0..<store.count).reversed()), context: DatasetContext(regions: []))
        #expect(a == b)
        #expect(!a.isEmpty)
    }
}
