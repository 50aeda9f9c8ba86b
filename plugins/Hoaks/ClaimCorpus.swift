import Foundation
import JagaSDK

/// The fact-check corpus: the built-in debunked claims plus any a user adds in a JSON Lines file.
///
/// A claims file has one JSON object per line in the shape of ``Claim``:
/// `{"id": "U001", "verdict": "hoaks", "variants": ["..."], "keys": ["a|b", "c"], "fact": "...",
/// "source": "...", "date": "2024-11-27"}` (`keys`, `source` and `date` may be left out). Blank
/// lines and lines starting with `#` are skipped. A user claim with the id of a built-in one replaces it.
public struct ClaimCorpus: Sendable, Hashable {
    /// The claims, built-in first, in id order within each part.
    public var claims: [Claim]

    public init(claims: [Claim]) { self.claims = claims }

    /// The built-in corpus (see `BuiltinClaims.swift`).
    public static let builtIn = ClaimCorpus(claims: BuiltinClaims.all)

    /// The number of claims.
    public var count: Int { claims.count }

    /// The claim with `id`, if any.
    public func claim(id: String) -> Claim? { claims.first { $0.id == id } }

    /// This corpus with `extra` merged in: a claim with a known id replaces it, new ones are appended.
    public func merging(_ extra: [Claim]) -> ClaimCorpus {
        var out = claims
        for c in extra {
            if let i = out.firstIndex(where: { $0.id == c.id }) { out[i] = c } else { out.append(c) }
        }
        return ClaimCorpus(claims: out)
    }

    /// The next free id with `prefix` and three digits (`U001`, `U002`, ...), for `claims add`.
    public func nextID(prefix: String = "U") -> String {
        var n = 1
        let ids = Set(claims.map(\.id))
        while ids.contains(prefix + Self.pad(n)) { n += 1 }
        return prefix + Self.pad(n)
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)" }

    /// Reads the claims of a JSON Lines file; errors carry the file and line number.
    public static func load(path: String) throws(ClaimFileError) -> [Claim] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ClaimFileError(file: path, line: 0, message: "cannot read the claims file (\(error.localizedDescription))")
        }
        return try parse(text, file: path)
    }

    /// Parses JSON Lines claims; `file` names the source in errors. Repeated ids are an error.
    public static func parse(_ text: String, file: String) throws(ClaimFileError) -> [Claim] {
        var out: [Claim] = []
        var seen: [String: Int] = [:]
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let claim: Claim
            do {
                claim = try JSONDecoder().decode(Claim.self, from: Data(line.utf8))
            } catch let DecodingError.keyNotFound(key, _) {
                throw ClaimFileError(file: file, line: i + 1, message: "missing field '\(key.stringValue)'")
            } catch let DecodingError.typeMismatch(_, ctx) {
                let field = ctx.codingPath.first?.stringValue ?? "?"
                throw ClaimFileError(file: file, line: i + 1, message: "field '\(field)' has the wrong type (\(ctx.debugDescription))")
            } catch let DecodingError.valueNotFound(_, ctx) {
                throw ClaimFileError(file: file, line: i + 1, message: "field '\(ctx.codingPath.first?.stringValue ?? "?")' is null")
            } catch {
                throw ClaimFileError(file: file, line: i + 1, message: "not a JSON object (\(error.localizedDescription))")
            }
            if let why = claim.problem { throw ClaimFileError(file: file, line: i + 1, message: why) }
            if let first = seen[claim.id] {
                throw ClaimFileError(file: file, line: i + 1, message: "id '\(claim.id)' is repeated (first on line \(first))")
            }
            seen[claim.id] = i + 1
            out.append(claim)
        }
        return out
    }

    /// The claim as one JSON line (keys sorted, no trailing newline).
    public static func jsonLine(_ claim: Claim) throws(ClaimFileError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(claim), as: UTF8.self)
        } catch {
            throw ClaimFileError(file: "", line: 0, message: "cannot encode claim \(claim.id): \(error.localizedDescription)")
        }
    }

    /// Appends `claim` as one JSON line to the user claims file at `path` (created when missing).
    ///
    /// The claim is checked first (``Claim/problem``) and its id must not already be in the file.
    public static func append(claim: Claim, toFile path: String) throws(ClaimFileError) {
        if let why = claim.problem { throw ClaimFileError(file: path, line: 0, message: "claim not added: \(why)") }
        let fm = FileManager.default
        var prefix = ""
        if fm.fileExists(atPath: path) {
            let existing = try load(path: path)
            if existing.contains(where: { $0.id == claim.id }) {
                throw ClaimFileError(file: path, line: 0, message: "claim not added: id '\(claim.id)' is already in the file")
            }
            if let data = fm.contents(atPath: path), let last = data.last, last != 0x0A { prefix = "\n" }
        } else if !fm.createFile(atPath: path, contents: nil) {
            throw ClaimFileError(file: path, line: 0, message: "cannot create the claims file")
        }
        let line = prefix + (try jsonLine(claim)) + "\n"
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw ClaimFileError(file: path, line: 0, message: "cannot open the claims file for writing")
        }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(line.utf8))
        } catch {
            throw ClaimFileError(file: path, line: 0, message: "cannot write the claims file (\(error.localizedDescription))")
        }
    }
}
