import Foundation
import Testing
import JagaSDK
@testable import Hoaks

/// Prints how the matcher scored chosen texts (set JAGA_HOAKS_TRACE to a file of texts, one a line).
@Suite struct TraceTests {
    @Test func traceTexts() throws {
        guard let path = ProcessInfo.processInfo.environment["JAGA_HOAKS_TRACE"] else { return }
        let matcher = ClaimMatcher(claims: ClaimCorpus.builtIn.claims)
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            print("== \(line)")
            let (m, stance) = matcher.evaluate(String(line), threshold: HoaksDetector.defaultThreshold, minTokens: 3) { print("   \($0)") }
            print("   -> \(m.map { "\(ClaimCorpus.builtIn.claims[$0.claim].id) \($0.score)" }) \(stance)")
        }
    }
}
