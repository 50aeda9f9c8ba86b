import Testing
@testable import JagaText

@Suite struct RegexTests {
    @Test func compileErrorsCarryOffsetAndMessage() {
        do {
            _ = try RegexPattern("serangan (fajar")
            Issue.record("compiled")
        } catch {
            #expect(error.offset == 15)
            #expect(error.message.contains("parenthesis"))
            #expect(error.description.contains("offset 15"))
        }
        do {
            _ = try RegexPattern("é[z-a]")
            Issue.record("compiled")
        } catch {
            #expect(error.offset == 5)  // at the "a" of "z-a", after the two-byte "é"
            #expect(error.characterOffset == 4)
        }
    }

    @Test func matchesAndOffsets() throws {
        let r = try RegexPattern("fajar\\d+")
        #expect(r.isJITCompiled)
        #expect(r.matches("serangan fajar2024"))
        #expect(!r.matches("serangan FAJAR2024"))
        #expect(try RegexPattern("(?i)fajar\\d+").matches("FAJAR2024"))
        #expect(try RegexPattern("fajar", options: .caseInsensitive).matches("FAJAR"))
        #expect(try RegexPattern("(?i)pemilú").matches("PEMILÚ"))
        #expect(try RegexPattern("é+").firstMatch(in: "caféé!") == 3..<7)
        #expect(try RegexPattern("^$").matches(""))
    }

    @Test func unicodeClassesAreOptIn() throws {
        #expect(!(try RegexPattern("^\\w+$").matches("café")))
        #expect(try RegexPattern("^\\w+$", options: .unicodeClasses).matches("café"))
    }

    @Test func invalidUTF8SubjectsDoNotCrash() throws {
        let rows: [[UInt8]] = [
            [0x66, 0x61, 0xFF, 0x6A, 0x61, 0x72],           // fa<FF>jar
            [0xC3],                                         // truncated
            [0xED, 0xA0, 0x80] + Array("fajar".utf8),       // surrogate, then fajar
            Array("fajar".utf8) + [0xF0, 0x9F],
            [],
        ]
        let arena = TestArena(rawRows: rows)
        #expect(arena.matches(try RegexPattern("fajar")) == [2, 3])
        #expect(arena.matches(try RegexPattern("fa.jar")) == [])
        #expect(arena.matches(try RegexPattern("^$")) == [4])
        #expect(arena.matches(try RegexPattern(".")) == [0, 2, 3])
        #expect(arena.matches(try RegexPattern("a"), rows: 1..<3) == [2])
    }

    @Test func arenaRowsAreMatchedSeparately() throws {
        let arena = TestArena(["ada serangan", "fajar datang", "", "x serangan fajar"])
        #expect(arena.matches(try RegexPattern("serangan\\s*fajar")) == [3])
        #expect(arena.matches(try RegexPattern("^fajar")) == [1])
        #expect(arena.matches(try RegexPattern("serangan$")) == [0])
        let r = try RegexPattern("a")
        let candidates = arena.bytes.withUnsafeBufferPointer { a in
            arena.ends.withUnsafeBufferPointer { e in r.matchingRows(arena: a, ends: e, candidates: [3, 2, 0, 7]) }
        }
        #expect(candidates == [3, 0])
    }

    @Test func catastrophicPatternsEndAsNoMatch() throws {
        let r = try RegexPattern("(a+)+$")
        #expect(!r.matches(String(repeating: "a", count: 40) + "!"))
    }

    @Test func cacheSharesCompiledPatterns() async throws {
        let cache = RegexCache(capacity: 2)
        let a = try cache.regex("fajar")
        #expect(try cache.regex("fajar") === a)
        #expect(try cache.regex("fajar", options: .caseInsensitive) !== a)
        _ = try cache.regex("x")
        #expect(cache.count == 2)
        #expect(throws: RegexCompileError.self) { try cache.regex("(") }
        let results = await withTaskGroup(of: Bool.self) { group in
            for i in 0..<8 {
                group.addTask { (try? cache.regex("f.j\(i % 3)"))?.matches("faj\(i % 3)") ?? false }
            }
            var all: [Bool] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.allSatisfy { $0 })
    }
}
