/// Finds the bursts of a set of near-identical posts: stretches where enough accounts post within the window.
///
/// A post belongs to a burst when some time window of length `window` that contains it also
/// contains posts of the set by at least `minAccounts` distinct accounts. Posts of bursts that
/// are more than `window` apart form separate bursts, so a slogan repeated once a day by
/// different accounts never forms one, while a campaign posted at a steady pace stays one
/// burst however long it lasts.
enum BurstFinder {
    /// The bursts of posts with `times` (ascending) and `accounts` (codes ≥ 0), as index lists.
    ///
    /// `tally` is scratch indexed by account code; it must be all zeros and is left so.
    static func bursts(times: [Int64], accounts: [Int32], window: Int64, minAccounts: Int, tally: inout [Int32]) -> [[Int]] {
        let m = times.count
        guard m >= minAccounts, m > 0 else { return [] }
        var inBurst = [Bool](repeating: false, count: m)
        var distinct = 0
        var end = 0
        var markedTo = 0
        for start in 0..<m {
            while end < m && times[end] - times[start] <= window {
                let a = Int(accounts[end])
                if tally[a] == 0 { distinct += 1 }
                tally[a] += 1
                end += 1
            }
            if distinct >= minAccounts {
                for i in max(start, markedTo)..<end { inBurst[i] = true }
                markedTo = max(markedTo, end)
            }
            let a = Int(accounts[start])
            tally[a] -= 1
            if tally[a] == 0 { distinct -= 1 }
        }
        // `end` reached m and every added account was removed once: the tally is clean.
        var result: [[Int]] = []
        var current: [Int] = []
        for i in 0..<m where inBurst[i] {
            if let last = current.last, times[i] - times[last] > window {
                result.append(current)
                current = []
            }
            current.append(i)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
