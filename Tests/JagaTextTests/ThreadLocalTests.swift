import Foundation
import Synchronization
import Testing
@testable import JagaText

/// ``ThreadLocal`` gives each thread its own instance, the same one every time on that thread.
@Suite struct ThreadLocalTests {
    final class Box: @unchecked Sendable { var n = 0 }
    static let boxes = ThreadLocal { Box() }

    @Test func oneInstancePerThread() {
        let mine = Self.boxes.value
        mine.n += 1
        #expect(Self.boxes.value === mine && Self.boxes.value.n == 1)
        // Another thread makes its own, and does not see this one's.
        let other = Mutex<Box?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let b = Self.boxes.value
            b.n += 10
            other.withLock { $0 = b }
            done.signal()
        }
        done.wait()
        let theirs = other.withLock { $0 }
        #expect(theirs !== mine)
        #expect(theirs?.n == 10 && mine.n == 1)
    }
}
