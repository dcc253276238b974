/// Validation of Swedish personnummer and samordningsnummer: `YYMMDD-NNNC` (with `+` from age
/// 100) or `YYYYMMDD-NNNC`, where C is the Luhn digit over the ten-digit form.
public enum SwedishIdentityNumber {
    /// The kind of a 10- or 12-digit number, or nil when it is not valid.
    public static func classify(_ digits: [UInt8]) -> IdentityNumberKind? {
        let ten: ArraySlice<UInt8>
        var fullYear: Int?
        switch digits.count {
        case 10: ten = digits[0..<10]
        case 12:
            let century = Int(digits[0]) * 10 + Int(digits[1])
            guard (18...20).contains(century) else { return nil }
            fullYear = century * 100 + Int(digits[2]) * 10 + Int(digits[3])
            ten = digits[2..<12]
        default: return nil
        }
        let d = ten.map(Int.init)
        guard luhnValid(d) else { return nil }
        let yy = d[0] * 10 + d[1]
        let month = d[2] * 10 + d[3]
        var day = d[4] * 10 + d[5]
        var kind = IdentityNumberKind.swedishPersonalNumber
        if day > 60 { day -= 60; kind = .swedishCoordinationNumber }
        // Without a century, check the date in a leap-year-agnostic way (29 February allowed).
        let year = fullYear ?? (2000 + yy)
        let leapTolerant = fullYear == nil && month == 2 && day == 29
        guard leapTolerant || CalendarDate.isValid(year: year, month: month, day: day) else { return nil }
        return kind
    }

    static func luhnValid(_ d: [Int]) -> Bool {
        var sum = 0
        for (i, v) in d.enumerated() {
            let x = i % 2 == 0 ? v * 2 : v
            sum += x > 9 ? x - 9 : x
        }
        return sum % 10 == 0
    }
}
