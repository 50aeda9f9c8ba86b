import Dispatch
import Testing
import JagaSDK

/// `PublishedValue`: readers on many threads see the initial value or a published one, never anything else.
@Suite struct PublishedValueTests {
    @Test func readersSeeWholeValuesWhilePublishing() {
        let shared = PublishedValue([0, 0, 0])
        #expect(shared.value == [0, 0, 0])
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            if worker == 0 {
                for k in 1...200 { shared.publish([k, k, k]) }
            } else {
                for _ in 0..<20_000 {
                    let v = shared.value
                    #expect(v.count == 3 && v[0] == v[1] && v[1] == v[2])
                }
            }
        }
        #expect(shared.value == [200, 200, 200])
    }
}
