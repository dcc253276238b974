import HummingbirdBcrypt

/// Passwords are kept as bcrypt hashes (cost 12, about a quarter second here), never in clear.
public enum PasswordHasher {
    /// The bcrypt cost: each step doubles the work of a guess.
    public static let cost: UInt8 = 12

    /// The shortest password accepted.
    public static let minimumLength = 12

    /// Why a password is refused.
    public enum PasswordError: Error, CustomStringConvertible, Equatable {
        case tooShort(Int)
        case tooLong

        public var description: String {
            switch self {
            case .tooShort(let n): "the password has \(n) characters; use at least \(PasswordHasher.minimumLength) (a sentence of four words is good)"
            case .tooLong: "the password is longer than 72 bytes, more than bcrypt reads; use a shorter one"
            }
        }
    }

    /// The hash to store for `password`, after checking its length.
    public static func hash(_ password: String, cost: UInt8 = cost) throws(PasswordError) -> String {
        guard password.count >= minimumLength else { throw .tooShort(password.count) }
        guard password.utf8.count <= 72 else { throw .tooLong }
        return Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` matches `hash`. Without a hash (an unknown name) a dummy hash is
    /// checked, so a guess at a name takes as long as a guess at a password.
    public static func verify(_ password: String, hash: String?) -> Bool {
        guard let hash else {
            _ = Bcrypt.verify(password, hash: dummyHash)
            return false
        }
        return Bcrypt.verify(password, hash: hash)
    }

    /// A hash of nothing anyone knows, with the same cost.
    static let dummyHash = Bcrypt.hash("no account has this password \(UInt64.random(in: .min ... .max))", cost: cost)
}
