import Testing
import JagaCore
import JagaSDK

/// ``AnalysisCache`` shares one value per post between plugins and forgets it at the next post.
@Suite struct AnalysisCacheTests {
    final class Box { let n: Int; init(_ n: Int) { self.n = n } }
    final class Other { let s: String; init(_ s: String) { self.s = s } }

    static func post(_ id: String, _ text: String) -> ContentItem {
        ContentItem(id: id, text: text, createdAt: Timestamp(rfc3339: "2024-11-25T10:00:00+07:00")!)
    }

    @Test func objectsAreMadeOncePerPostAndTypeKeyed() {
        let cache = AnalysisCache()
        var made = 0
        let a = Self.post("p1", "halo")
        let first = cache.object(for: a) { made += 1; return Box(1) }
        let again = cache.object(for: a) { made += 1; return Box(2) }
        #expect(first === again && made == 1)
        // Another type on the same post is its own entry; values and objects live side by side.
        #expect(cache.object(for: a) { Other("x") }.s == "x")
        #expect(cache.value(for: a) { 41 } == 41 && cache.value(for: a) { 0 } == 41)
        #expect(cache.object(for: a) { Box(3) }.n == 1)
        // The next post (another id, or the same id with another text) starts empty.
        #expect(cache.object(for: Self.post("p2", "halo")) { Box(4) }.n == 4)
        #expect(cache.object(for: Self.post("p2", "halo lagi")) { Box(5) }.n == 5)
        #expect(cache.value(for: Self.post("p2", "halo lagi")) { 7 } == 7)
    }

    /// A runner that numbers its posts: the number decides, not the item (two rows may share an
    /// id and a text, and are still two posts).
    @Test func numberedPostsFollowTheNumber() {
        let cache = AnalysisCache()
        let a = Self.post("p1", "halo")
        cache.beginPost(0)
        #expect(cache.object(for: a) { Box(1) }.n == 1)
        #expect(cache.object(for: a) { Box(2) }.n == 1)
        cache.beginPost(1)
        #expect(cache.object(for: a) { Box(3) }.n == 3)
        #expect(cache.value(for: a) { 5 } == 5)
        cache.beginPost(2)
        #expect(cache.value(for: Self.post("p9", "lain")) { 6 } == 6)
        #expect(cache.object(for: Self.post("p9", "lain")) { Box(7) }.n == 7)
    }

    /// ``ItemContext/object(for:_:make:)`` is the context's cache: the same instance as asking
    /// the cache itself, and a new one at the next post.
    @Test func contextAsksItsCache() {
        let a = Self.post("p1", "halo")
        let context = ItemContext(item: a)
        context.analyses.beginPost(0)
        let first = context.object(for: a) { Box(1) }
        #expect(context.analyses.object(for: a) { Box(2) } === first)
        #expect(context.object(for: a) { Box(3) } === first)
        context.analyses.beginPost(1)
        #expect(context.object(for: a) { Box(4) }.n == 4)
    }
}
