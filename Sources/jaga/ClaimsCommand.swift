import Foundation
import Hoaks
import JagaPlugins
import JagaQuery
import JagaSDK

/// `claims` lists the fact-check corpus of `misinfo.hoaks`; `claims add ...` appends a claim to the user's claims file.
struct ClaimsCommand: Command {
    let name = "claims"
    let usage = "claims | claims add \"CLAIM AS IT CIRCULATES\" fact \"THE CORRECT FACT\" [verdict WORD] [source \"...\"] [date \"YYYY-MM-DD\"] [into \"FILE.jsonl\"]"
    let summary = "List the fact-check claims misinfo.hoaks matches, or add one"
    let details = """
        claims                                    every claim: id, verdict, claim, fact, source, date
        claims add "KPU umumkan coblos ulang 30 November" fact "Tidak ada pemungutan suara ulang serentak; KPU membantah" source "kpu.go.id" into "my-claims.jsonl"
        A claim goes into the file given with `into`, or the one set as misinfo.hoaks.claims_file, and the
        detector uses it at once. To add variants or key terms to a claim, edit that file (one JSON object per
        line: id, verdict, variants, keys, fact, source, date) and set misinfo.hoaks.claims_file again.
        """

    func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        guard let entry = session.plugins.entry(HoaksDetector.pluginID), let detector = entry.plugin as? HoaksDetector else {
            throw ScriptError("the misinfo.hoaks plugin is not registered", at: inv.location)
        }
        var a = inv.args
        if a.atEnd {
            let rows: [[Value]] = detector.corpus.claims.map {
                [.string($0.id), .string($0.verdict), .string($0.text), .string($0.fact), .string($0.source), .string($0.date)]
            }
            try session.printResult(QueryResult(table: ResultTable(columns: ["id", "verdict", "claim", "fact", "source", "date"], rows: rows)))
            return
        }
        guard a.keyword("add") else { throw a.error("expected add, or nothing; usage: \(usage)") }
        let text = try a.string("the claim as it circulates", variables: session.context.variables)
        var fact: String?, verdict = "hoaks", source = "", date = ""
        var file = entry.parameters.string("claims_file") ?? ""
        while !a.atEnd {
            let key = try a.word("fact, verdict, source, date or into").lowercased()
            switch key {
            case "fact": fact = try a.string("the correct fact", variables: session.context.variables)
            case "verdict": verdict = try a.dottedName("a verdict (hoaks, menyesatkan, penipuan, ...)")
            case "source": source = try a.string("a source", variables: session.context.variables)
            case "date": date = try a.string("a date", variables: session.context.variables)
            case "into": file = session.resolvePath(try a.string("a claims file", variables: session.context.variables))
            default: throw inv.args.error("unknown part '\(key)'; usage: \(usage)")
            }
        }
        guard let fact else { throw inv.args.error("a claim needs its correction: fact \"...\"") }
        guard !file.isEmpty else {
            throw inv.args.error("say where to keep your claims: claims add ... into \"my-claims.jsonl\" (or set misinfo.hoaks.claims_file)")
        }
        let claim = Claim(id: detector.corpus.nextID(), verdict: verdict, variants: [text], fact: fact, source: source, date: date)
        do throws(ClaimFileError) {
            try ClaimCorpus.append(claim: claim, toFile: file)
        } catch {
            throw inv.args.error("\(error)")
        }
        do throws(RegistryError) {
            try session.plugins.setParameter(HoaksDetector.pluginID, "claims_file", .string(file))
        } catch {
            throw inv.args.error(error.message)
        }
        session.diagnostics.write("added claim \(claim.id) to \(file)\n")
    }
}
