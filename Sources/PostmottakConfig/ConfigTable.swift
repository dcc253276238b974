import TOMLKit
import Foundation
import PostmottakCore

/// Reads one TOML table strictly: every key must be known, of the right type and in range.
struct ConfigTable {
    let table: TOMLTable
    let path: String

    /// Wraps `table` (nil for an absent table) and rejects any key not in `allowed`.
    init(_ table: TOMLTable?, path: String, allowed: [String]) throws(ConfigurationError) {
        self.table = table ?? TOMLTable()
        self.path = path
        for key in self.table.keys where !allowed.contains(key) {
            throw .unknownKey(key: qualified(key), allowed: allowed)
        }
    }

    func qualified(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func string(_ key: String, default value: String, allowEmpty: Bool = false) throws(ConfigurationError) -> String {
        guard let node = table[key] else { return value }
        guard let s = node.string else { throw wrongType(key, node, "a string") }
        if !allowEmpty && s.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalidValue(key: qualified(key), value: "\"\"", allowed: "a non-empty string")
        }
        return s
    }

    func optionalString(_ key: String) throws(ConfigurationError) -> String? {
        guard let node = table[key] else { return nil }
        guard let s = node.string else { throw wrongType(key, node, "a string") }
        return s
    }

    func int(_ key: String, default value: Int, range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
        guard let node = table[key] else { return value }
        guard node.type == .int, let i = node.int else { throw wrongType(key, node, "an integer") }
        guard range.contains(i) else {
            throw .invalidValue(key: qualified(key), value: String(i), allowed: "an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return i
    }

    func double(_ key: String, default value: Double, range: ClosedRange<Double>) throws(ConfigurationError) -> Double {
        guard let node = table[key] else { return value }
        let d: Double
        if node.type == .double, let v = node.double { d = v }
        else if node.type == .int, let v = node.int { d = Double(v) }
        else { throw wrongType(key, node, "a number") }
        guard range.contains(d) else {
            throw .invalidValue(key: qualified(key), value: String(d), allowed: "a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return d
    }

    func bool(_ key: String, default value: Bool) throws(ConfigurationError) -> Bool {
        guard let node = table[key] else { return value }
        guard node.type == .bool, let b = node.bool else { throw wrongType(key, node, "true or false") }
        return b
    }

    func choice<E: RawRepresentable & CaseIterable>(_ key: String, default value: E) throws(ConfigurationError) -> E where E.RawValue == String {
        guard let node = table[key] else { return value }
        guard let s = node.string else { throw wrongType(key, node, "a string") }
        return try parseChoice(s, key: key)
    }

    func parseChoice<E: RawRepresentable & CaseIterable>(_ s: String, key: String) throws(ConfigurationError) -> E where E.RawValue == String {
        guard let v = E(rawValue: s) else {
            throw .invalidValue(key: qualified(key), value: "\"\(s)\"",
                                allowed: "one of " + E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        return v
    }

    func subtable(_ key: String, allowed: [String]) throws(ConfigurationError) -> ConfigTable {
        guard let node = table[key] else { return try ConfigTable(nil, path: qualified(key), allowed: allowed) }
        guard node.type == .table, let t = node.table else { throw wrongType(key, node, "a table [\(qualified(key))]") }
        return try ConfigTable(t, path: qualified(key), allowed: allowed)
    }

    /// An array of tables (`[[key]]`), each checked against `allowed`.
    func tableArray(_ key: String, allowed: [String]) throws(ConfigurationError) -> [ConfigTable] {
        guard let node = table[key] else { return [] }
        guard node.type == .array, let array = node.array else { throw wrongType(key, node, "an array of tables [[\(qualified(key))]]") }
        var result: [ConfigTable] = []
        for (i, element) in array.enumerated() {
            guard element.type == .table, let t = element.table else {
                throw wrongType("\(key)[\(i)]", element, "a table")
            }
            result.append(try ConfigTable(t, path: "\(qualified(key))[\(i)]", allowed: allowed))
        }
        return result
    }

    /// A secret given as `<key>_env` (an environment variable's name) or `<key>_file` (a path).
    /// The secret itself under `<key>` is refused. The allowed list must include both forms.
    func secret(_ key: String) throws(ConfigurationError) -> SecretSource? {
        if table[key] != nil { throw .secretInFile(key: qualified(key)) }
        let env = try optionalString("\(key)_env")
        let file = try optionalString("\(key)_file")
        switch (env, file) {
        case (nil, nil): return nil
        case (let e?, nil): return .environment(name: e, key: qualified(key))
        case (nil, let f?): return .file(path: f, key: qualified(key))
        case (.some, .some):
            throw .invalidValue(key: qualified("\(key)_env"), value: "both `\(key)_env` and `\(key)_file`",
                                allowed: "only one of the two")
        }
    }

    private func wrongType(_ key: String, _ node: any TOMLValueConvertible, _ expected: String) -> ConfigurationError {
        .wrongType(key: qualified(key), value: Self.render(node), expected: expected)
    }

    static func render(_ node: any TOMLValueConvertible) -> String {
        switch node.type {
        case .string: "\"\(node.string ?? "")\""
        case .table: "a table"
        case .array: "an array"
        default: node.debugDescription
        }
    }
}
