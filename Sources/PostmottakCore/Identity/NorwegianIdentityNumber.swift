/// Validation of Norwegian fødselsnummer, D-numbers and synthetic test numbers
/// (11 digits `DDMMYY III K1 K2`), including the 2032 rule for K1.
public enum NorwegianIdentityNumber {
    private static let w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    private static let w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

    /// The kind of `digits` (exactly 11 values 0...9), or nil when it is not a valid number.
    public static func classify(_ digits: [UInt8]) -> IdentityNumberKind? {
        guard digits.count == 11, digits.allSatisfy({ $0 <= 9 }) else { return nil }
        let d = digits.map(Int.init)
        guard checksumsValid(d) else { return nil }
        var day = d[0] * 10 + d[1]
        var month = d[2] * 10 + d[3]
        let yy = d[4] * 10 + d[5]
        let individual = d[6] * 100 + d[7] * 10 + d[8]
        var kind = IdentityNumberKind.norwegianBirthNumber
        if day > 40 { day -= 40; kind = .norwegianDNumber }
        if month > 80 { month -= 80; kind = .norwegianSyntheticNumber }
        else if month > 40 { month -= 40; kind = .norwegianSyntheticNumber }
        guard let year = century(yy: yy, individual: individual).map({ $0 + yy }) else { return nil }
        guard CalendarDate.isValid(year: year, month: month, day: day) else { return nil }
        return kind
    }

    /// K2 is the classic mod-11 digit; K1 is the classic one, or from 2032 one of the values
    /// that make the weighted sum ≡ 1, 2 or 3 (mod 11).
    static func checksumsValid(_ d: [Int]) -> Bool {
        let s1 = zip(w1, d[0..<9]).reduce(0) { $0 + $1.0 * $1.1 }
        guard [0, 1, 2, 3].contains((s1 + d[9]) % 11) else { return false }
        let s2 = zip(w2, d[0..<10]).reduce(0) { $0 + $1.0 * $1.1 }
        return (s2 + d[10]) % 11 == 0
    }

    /// The century from the individual number, as Folkeregisteret allocates them.
    static func century(yy: Int, individual: Int) -> Int? {
        switch individual {
        case 0...499: return 1900
        case 500...749 where yy >= 54: return 1800
        case 500...999 where yy <= 39: return 2000
        case 900...999 where yy >= 40: return 1900
        default: return nil
        }
    }

    /// Whether 11 digits pass the Norwegian bank-account check (weights 6,7,8,9,4,5,6,7,8,9).
    public static func isAccountNumber(_ digits: [UInt8]) -> Bool {
        guard digits.count == 11 else { return false }
        let w = [6, 7, 8, 9, 4, 5, 6, 7, 8, 9]
        let sum = zip(w, digits[0..<10]).reduce(0) { $0 + $1.0 * Int($1.1) }
        let check = sum % 11
        return check != 1 && (check == 0 ? 0 : 11 - check) == Int(digits[10])
    }
}
