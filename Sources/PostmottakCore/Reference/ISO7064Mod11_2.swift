/// ISO/IEC 7064 MOD 11-2: one check character (`0`–`9` or `X`) over a string of digits.
///
/// A pure system with weights 2^i mod 11: every single-character substitution and every
/// transposition of two adjacent characters (the check character included) changes the
/// weighted sum modulo 11, so both are always detected.
public enum ISO7064Mod11_2 {
    /// The check character for `digits` (each element 0...9).
    public static func checkCharacter(for digits: some Sequence<UInt8>) -> Character {
        let value = checkValue(for: digits)
        return value == 10 ? "X" : Character(String(value))
    }

    /// The check value 0...10 for `digits`.
    public static func checkValue(for digits: some Sequence<UInt8>) -> Int {
        var p = 0
        for d in digits {
            p = ((p + Int(d)) * 2) % 11
        }
        return (12 - p) % 11
    }

    /// Whether `check` (0...10) is the right check value for `digits`.
    public static func isValid(digits: some Sequence<UInt8>, check: Int) -> Bool {
        (0...10).contains(check) && checkValue(for: digits) == check
    }
}
