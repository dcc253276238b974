import PostmottakCore

/// The chain from an item to the case it belongs to: each duplicate or follow-up points at
/// the item it joined, and the chain ends at the case's numbered item. Walked to its end
/// (never just one step), with a bound against a cycle a damaged store could hold.
public enum CaseChain {
    /// The longest chain walked; a longer one is treated as broken.
    public static let maxLength = 64

    /// The last item of `item`'s chain: its numbered case root, or the item where the chain
    /// stops without a number (not yet numbered, ignored, or quarantined).
    public static func top(of item: IntakeItem, fetch: (Int64) throws -> IntakeItem?) throws -> IntakeItem {
        var current = item
        var seen: Set<Int64> = []
        for _ in 0..<maxLength {
            if current.reference != nil { return current }
            guard let next = current.followupOf ?? current.duplicateOf, let id = current.id, seen.insert(id).inserted,
                  let parent = try fetch(next) else { return current }
            current = parent
        }
        return current
    }
}

extension Store {
    /// Where `item`'s case stands, for a delivery: its numbered root, or why there is none.
    public enum CaseRootResult: Sendable {
        /// The numbered item whose case `item` belongs to (`item` itself when it has a number).
        case numbered(IntakeItem)
        /// The chain ends at an item that is still on its way to a number (waiting in review).
        case waiting(IntakeItem)
        /// The chain ends at an item that will never have a number.
        case none(IntakeItem)
    }

    /// The case root of `item`, the whole chain followed.
    public func caseRoot(of item: IntakeItem) throws -> CaseRootResult {
        let top = try CaseChain.top(of: item) { try self.item($0) }
        if top.reference != nil { return .numbered(top) }
        return top.status.isTerminal ? .none(top) : .waiting(top)
    }
}

extension StoreTransaction {
    /// The last item of `item`'s chain, read inside this transaction.
    public func caseChainTop(of item: IntakeItem) throws -> IntakeItem {
        try CaseChain.top(of: item) { try self.item($0) }
    }
}
