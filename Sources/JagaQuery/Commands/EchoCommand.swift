import JagaCore

/// `echo TEXT`: prints text, with `$name` replaced by the variable's value.
public struct EchoCommand: Command {
    public init() {}
    public let name = "echo"
    public let usage = "echo \"TEXT with $variables\""
    public let summary = "Print a line of text ($variables are replaced)"

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        var parts: [String] = []
        while let t = a.peek {
            switch t.kind {
            case .string(let s): parts.append(try EchoCommand.interpolate(s, session.context.variables, a))
            case .variable(let v):
                guard let val = session.context.variables[v] else { throw a.error("unknown variable $\(v)") }
                parts.append(val.description)
            default:
                parts.append(a.restText)
                a.pos = a.tokens.count
                continue
            }
            a.pos += 1
        }
        session.out.write(parts.joined(separator: " ") + "\n")
    }

    /// Replaces `$name` and `${name}` in `s` with variable values.
    static func interpolate(_ s: String, _ vars: [String: Value], _ a: ArgCursor) throws(ScriptError) -> String {
        guard s.contains("$") else { return s }
        var out = ""
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            if chars[i] == "$", i + 1 < chars.count, chars[i + 1] == "{" || chars[i + 1].isLetter || chars[i + 1] == "_" {
                var j = i + 1
                let braced = chars[j] == "{"
                if braced { j += 1 }
                var name = ""
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" { name.append(chars[j]); j += 1 }
                if braced { if j < chars.count, chars[j] == "}" { j += 1 } else { throw a.error("expected '}' after ${\(name)") } }
                guard let v = vars[name] else { throw a.error("unknown variable $\(name)") }
                out += v.description
                i = j
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }
}
