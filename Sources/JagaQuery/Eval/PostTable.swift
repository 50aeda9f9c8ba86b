import Dispatch
import Foundation
import JagaCore

/// The query face of a ``PostStore``: canonical fields, unknown fields, and fields derived from the region.
///
/// Derived fields: `region` is the canonical region name when the written one resolves
/// (else as written), `region_raw` as written, `region_code`, `province`, `zone`
/// (WIB/WITA/WIT by the rule in pilkada-2024.md) and `local_time` (created_at in that zone).
public struct PostTable: QueryTable, SpecialEquality {
    public let store: PostStore
    /// Per distinct written region (``InternedColumn/values``), its resolution.
    public let resolutions: [RegionResolution?]

    public static let derivedFields = ["region_raw", "region_code", "province", "zone", "local_time"]

    public init(store: PostStore, resolver: RegionResolver = .shared) {
        self.store = store
        self.resolutions = store.region.values.map { resolver.resolve($0) }
    }

    public var rowCount: Int { store.count }
    public var fieldNames: [String] { PostStore.canonicalFields + PostTable.derivedFields + store.extraNames }
    public var defaultColumns: [String] { ["id", "created_at", "platform", "author", "region", "text"] }
    /// Stored fields only (the region as written), so an export round-trips through `load`.
    public var exportColumns: [String] {
        PostStore.canonicalFields.map { $0 == "region" ? "region_raw" : $0 } + store.extraNames
    }

    public func exportName(_ field: String) -> String { field == "region_raw" ? "region" : field }

    /// The resolved region of a row, if its written region resolves.
    @inline(__always) public func region(_ row: Int) -> Region? {
        let c = store.region.codes[row]
        return c < 0 ? nil : resolutions[Int(c)]?.region
    }

    /// The zone a row's local time is judged in, and why.
    public func zoneChoice(_ row: Int) -> ZoneChoice {
        ZoneChoice.choose(region: region(row), timestamp: store.createdAt(row))
    }

    public func accessor(for field: String) -> FieldAccessor? {
        let s = store
        let res = resolutions
        func str(_ c: StringColumn) -> FieldAccessor { FieldAccessor(type: .string) { c.string($0).map(Value.string) ?? .null } }
        func interned(_ c: InternedColumn) -> FieldAccessor {
            let vals = c.values.map(Value.string), codes = c.codes
            return FieldAccessor(type: .string) { r in codes[r] < 0 ? .null : vals[Int(codes[r])] }
        }
        func int(_ a: [Int64]) -> FieldAccessor {
            FieldAccessor(type: .int) { a[$0] == PostStore.missing ? .null : .int(a[$0]) }
        }
        func resolved(_ f: @escaping @Sendable (Region) -> Value) -> FieldAccessor {
            let vals: [Value] = res.map { $0.map { f($0.region) } ?? .null }
            let codes = s.region.codes
            return FieldAccessor(type: .string) { r in codes[r] < 0 ? .null : vals[Int(codes[r])] }
        }
        switch field.lowercased() {
        case "id": return str(s.ids)
        case "text": return str(s.text)
        case "transcript": return str(s.transcript)
        case "url": return str(s.url)
        case "reply_to": return str(s.replyTo)
        case "author": return interned(s.author)
        case "platform": return interned(s.platform)
        case "lang": return interned(s.lang)
        case "region_raw": return interned(s.region)
        case "region":
            let vals: [Value] = zip(s.region.values, res).map { raw, r in .string(r?.region.name ?? raw) }
            let codes = s.region.codes
            return FieldAccessor(type: .string) { r in codes[r] < 0 ? .null : vals[Int(codes[r])] }
        case "region_code": return resolved { .string($0.code) }
        case "province": return resolved { r in .string(r.province) }
        case "created_at":
            let sec = s.createdSeconds, off = s.createdOffsets
            return FieldAccessor(type: .time) { .time(Timestamp(seconds: sec[$0], offsetSeconds: off[$0])) }
        case "zone", "local_time":
            let t = self
            let isZone = field.lowercased() == "zone"
            return FieldAccessor(type: isZone ? .string : .time) { r in
                let z = t.zoneChoice(r)
                return isZone ? .string(z.zone.rawValue) : .time(z.localTime(s.createdAt(r)))
            }
        case "likes": return int(s.likes)
        case "shares": return int(s.shares)
        case "comments": return int(s.comments)
        case "views": return int(s.views)
        case "hashtags":
            return FieldAccessor(type: .list) { r in .list(s.hashtags(r).map(Value.string)) }
        default:
            guard let col = s.extraColumn(named: field) else { return nil }
            return FieldAccessor(type: nil) { col[$0] }
        }
    }

    public func equalityPredicate(field: String, value: Value, expr: Expr) throws(ScriptError) -> (@Sendable (Int) -> Bool)? {
        let f = field.lowercased()
        guard f == "region" || f == "province" || f == "region_code", case .string(let text) = value else { return nil }
        let resolver = RegionResolver.shared
        guard let target = resolver.resolve(text)?.region else {
            let c = resolver.candidates(for: text)
            var msg = "unknown region '\(text)'"
            if !c.isEmpty { msg = "'\(text)' is ambiguous: " + c.map { "\($0.name) (\($0.code), \($0.province))" }.joined(separator: ", ") + "; write the full name or the code" }
            throw ScriptError(msg, at: expr.location, width: max(1, expr.text.count))
        }
        // A row matches when its region is the target or lies inside it.
        let prefix = target.code + "."
        let hits: [Bool] = resolutions.map { r in
            guard let c = r?.region.code else { return false }
            return c == target.code || (f != "province" && c.hasPrefix(prefix)) || (f == "province" && r?.region.provinceCode == target.provinceCode)
        }
        let codes = store.region.codes
        return { row in codes[row] >= 0 && hits[Int(codes[row])] }
    }

    /// Scans the text arena for `text`/`transcript` `has`, `contains` and `matches`, on all cores.
    public func fastFilter(field: String, op: String, needle: String, rows: [Int32]?, context: EvalContext) throws(ScriptError) -> [Int32]? {
        let column: StringColumn
        switch field.lowercased() {
        case "text": column = store.text
        case "transcript": column = store.transcript
        default: return nil
        }
        let matcher: TextMatcher
        do throws(TextMatcher.Invalid) {
            matcher = try TextMatcher(op: op, needle: needle)
        } catch {
            throw ScriptError(error.message)
        }
        let nonASCII = store.nonASCIIText
        let isText = field.lowercased() == "text"
        // Transcripts were not checked for ASCII at load; treat every row as possibly non-ASCII there.
        let flag: @Sendable (Int) -> Bool
        if isText {
            flag = { (r: Int) -> Bool in nonASCII.contains(r) }
        } else {
            flag = { (_: Int) -> Bool in true }
        }
        let hits = TextMatcher.parallelScan(matcher, column: column, rows: rows, nonASCII: flag, cancelled: context.isCancelled)
        try context.checkCancelled()
        // Null transcripts have empty ranges and never match a non-empty needle; a null is never a match.
        if isText { return hits }
        let transcripts = store.transcript
        return hits.filter { !transcripts.isNull(Int($0)) }
    }
}
