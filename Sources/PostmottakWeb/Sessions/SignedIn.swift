public import PostmottakCore
public import PostmottakStore

/// The person behind a request: their account and their session.
public struct SignedIn: Sendable {
    public let account: Account
    public let session: WebSession

    /// The name recorded as the actor of what they do.
    public var name: String { account.name }
    public var role: Role { account.role }

    /// Whether they may do `permission`.
    public func may(_ permission: Permission) -> Bool { account.role.may(permission) }
}
