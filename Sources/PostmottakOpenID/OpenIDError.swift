/// What went wrong signing someone in through the identity provider, and what to do.
public enum OpenIDError: Error, Equatable, CustomStringConvertible {
    /// The provider could not be reached or answered with an error.
    case provider(String)
    /// The provider's discovery document or key set is not usable.
    case metadata(String)
    /// The provider refused the code (expired, used twice, wrong client or verifier).
    case refused(status: Int, error: String?)
    /// The ID token is not one this workbench may accept.
    case invalidToken(String)

    public var description: String {
        switch self {
        case .provider(let why): "the identity provider cannot be reached: \(why); try again, or ask the operators to check [web.openid]"
        case .metadata(let why): "the identity provider's configuration is not usable: \(why); check [web.openid] issuer"
        case .refused(let status, let error):
            "the identity provider refused the sign-in (HTTP \(status)\(error.map { ", \($0)" } ?? "")); start the sign-in again"
        case .invalidToken(let why): "the identity provider's ID token is not accepted: \(why)"
        }
    }
}
