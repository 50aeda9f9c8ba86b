/// One typed, documented parameter of a plugin.
public struct ParameterSpec: Sendable, Hashable {
    public var name: String
    public var type: ParameterType
    public var defaultValue: Value
    /// One line on what it changes.
    public var doc: String

    public init(name: String, type: ParameterType, defaultValue: Value, doc: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.doc = doc
    }
}

/// The type of a parameter, with its allowed range or choices.
public enum ParameterType: Sendable, Hashable, CustomStringConvertible {
    case bool
    case int(min: Int64?, max: Int64?)
    case double(min: Double?, max: Double?)
    case string
    case choice([String])
    case stringList
    /// A file path (checked to exist when set).
    case path

    public var description: String {
        switch self {
        case .bool: return "bool"
        case .int(let lo, let hi): return "int" + ParameterType.range(lo.map { String($0) }, hi.map { String($0) })
        case .double(let lo, let hi): return "number" + ParameterType.range(lo.map { Value.format($0) }, hi.map { Value.format($0) })
        case .string: return "string"
        case .choice(let c): return "one of " + c.joined(separator: "|")
        case .stringList: return "list of strings"
        case .path: return "file path"
        }
    }

    static func range(_ lo: String?, _ hi: String?) -> String {
        switch (lo, hi) {
        case (nil, nil): ""
        case (let l?, nil): " ≥ \(l)"
        case (nil, let h?): " ≤ \(h)"
        case (let l?, let h?): " in \(l)...\(h)"
        }
    }

    /// Converts and checks a value for this type; returns the value to store, or why it is refused.
    public func coerce(_ v: Value) -> Result<Value, ParameterProblem> {
        switch (self, v) {
        case (.bool, .bool): return .success(v)
        case (.int(let lo, let hi), .int(let i)):
            if let lo, i < lo { return .failure(ParameterProblem("\(i) is below the minimum \(lo) (allowed: \(description))")) }
            if let hi, i > hi { return .failure(ParameterProblem("\(i) is above the maximum \(hi) (allowed: \(description))")) }
            return .success(v)
        case (.double, .int(let i)): return coerce(.double(Double(i)))
        case (.double(let lo, let hi), .double(let d)):
            if let lo, d < lo { return .failure(ParameterProblem("\(Value.format(d)) is below the minimum \(Value.format(lo)) (allowed: \(description))")) }
            if let hi, d > hi { return .failure(ParameterProblem("\(Value.format(d)) is above the maximum \(Value.format(hi)) (allowed: \(description))")) }
            return .success(v)
        case (.string, .string), (.path, .string): return .success(v)
        case (.choice(let c), .string(let s)):
            return c.contains(s) ? .success(v) : .failure(ParameterProblem("'\(s)' is not allowed (choose one of: \(c.joined(separator: ", ")))"))
        case (.stringList, .list(let items)):
            for i in items { if case .string = i {} else { return .failure(ParameterProblem("expected a list of strings, found \(i.typeName) \(i.literal) in it")) } }
            return .success(v)
        case (.stringList, .string(let s)): return .success(.list([.string(s)]))
        default:
            return .failure(ParameterProblem("expected \(description), found \(v.typeName) \(v.literal)"))
        }
    }

    /// Why `v` is not a valid value, or nil.
    public func problem(with v: Value) -> String? {
        if case .failure(let p) = coerce(v) { return p.message }
        return nil
    }
}

/// Why a parameter value was refused.
public struct ParameterProblem: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// The current values of a plugin's parameters, by name.
public struct PluginParameters: Sendable, Hashable {
    public var values: [String: Value]

    public init(_ values: [String: Value] = [:]) { self.values = values }

    public subscript(_ name: String) -> Value? { values[name] }

    public func bool(_ name: String) -> Bool? { if case .bool(let b)? = values[name] { return b }; return nil }
    public func int(_ name: String) -> Int64? { if case .int(let i)? = values[name] { return i }; return nil }
    public func double(_ name: String) -> Double? {
        switch values[name] {
        case .double(let d)?: return d
        case .int(let i)?: return Double(i)
        default: return nil
        }
    }
    public func string(_ name: String) -> String? { if case .string(let s)? = values[name] { return s }; return nil }
    public func strings(_ name: String) -> [String]? {
        guard case .list(let items)? = values[name] else { return nil }
        return items.compactMap { if case .string(let s) = $0 { s } else { nil } }
    }
}
