import Testing
@testable import Pilkada

/// ``SentenceSet`` keeps sentences below 64 in one word and the rest in an array: both halves
/// answer and list the same as a `Set<Int>` would.
@Suite struct SentenceSetTests {
    @Test func containsAndListsWhatWasInserted() {
        let inserted = [0, 5, 63, 64, 65, 127, 128, 300]
        var set = SentenceSet()
        for s in inserted.reversed() { set.insert(s) }
        for s in -1...310 { #expect(set.contains(s) == inserted.contains(s), "sentence \(s)") }
        #expect(Array(set) == inserted)
    }

    @Test func emptySetHasNothing() {
        let set = SentenceSet()
        #expect(!set.contains(0))
        #expect(!set.contains(64))
        #expect(Array(set).isEmpty)
    }
}
