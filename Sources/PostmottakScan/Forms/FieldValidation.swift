import Foundation

/// What a field's value must look like to be accepted without a person looking.
enum FieldValidation {
    /// Nil when `value` is acceptable for `field` on a form in `language`, else why not.
    static func problem(field: String, value: String, language: String) -> String? {
        let digits = value.filter(\.isNumber)
        switch field {
        case "postal_code":
            let swedish = language == "sv"
            let want = swedish ? 5 : 4
            guard digits.count == want, value.allSatisfy({ $0.isNumber || $0 == " " }) else {
                return "a \(swedish ? "Swedish" : "Norwegian") postal code has \(want) digits"
            }
        case "phone":
            let plain = value.filter { !" -()".contains($0) }
            let national = plain.hasPrefix("+47") ? String(plain.dropFirst(3)) : plain.hasPrefix("+46") ? "0" + plain.dropFirst(3) : plain
            guard national.allSatisfy(\.isNumber), (language == "sv" ? 7...11 : 8...8).contains(national.count) else {
                return "not a phone number (\(language == "sv" ? "7 to 11" : "8") digits)"
            }
        case "email":
            let parts = value.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasSuffix("."), !value.contains(" ") else {
                return "not an e-mail address"
            }
        case "date":
            guard let date = isoDate(value) else { return "not a date" }
            let now = Date()
            guard date <= now.addingTimeInterval(31 * 86_400), date >= now.addingTimeInterval(-3 * 365 * 86_400) else {
                return "the date \(value) is not plausible (more than three years ago, or in the future)"
            }
        default:
            break
        }
        return nil
    }
}

extension FieldValidation {
    /// `YYYY-MM-DD` as a date (noon UTC), when it is a real calendar day.
    static func isoDate(_ s: String) -> Date? {
        let parts = s.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        guard let date = calendar.date(from: DateComponents(year: y, month: m, day: d, hour: 12)),
              calendar.component(.day, from: date) == d else { return nil }
        return date
    }
}
