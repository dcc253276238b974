public import Foundation
import GRDB

/// The progress of one case-register delivery, step by step, so a retry after a crash or a
/// lost answer knows what exists already.
public struct CaseRegisterStep: Sendable, Equatable {
    public enum State: String, Sendable {
        /// The create request may have reached the register; look the object up before creating it.
        case sent
        /// The register created it; `href` is its own address.
        case created
    }

    public var step: String
    public var state: State
    public var href: String?
    public var systemID: String?
    /// The register's own number for it (a case number, a registry id), when it has one.
    public var identifier: String?

    public init(step: String, state: State, href: String? = nil, systemID: String? = nil, identifier: String? = nil) {
        self.step = step
        self.state = state
        self.href = href
        self.systemID = systemID
        self.identifier = identifier
    }
}

extension Store {
    /// Every recorded step of `itemID`'s case-register delivery, by step name.
    public func caseRegisterSteps(of itemID: Int64) throws -> [String: CaseRegisterStep] {
        try reader.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT step, state, href, system_id, identifier FROM case_register_step WHERE item_id = ?",
                                        arguments: [itemID])
            var steps: [String: CaseRegisterStep] = [:]
            for row in rows {
                let name: String = row["step"]
                steps[name] = CaseRegisterStep(step: name, state: CaseRegisterStep.State(rawValue: row["state"]) ?? .sent,
                                               href: row["href"], systemID: row["system_id"], identifier: row["identifier"])
            }
            return steps
        }
    }

    /// Records one step (committed before the next request is made).
    public func recordCaseRegisterStep(_ itemID: Int64, _ step: CaseRegisterStep, now: Date = Date()) throws {
        try writer { db in
            try db.execute(sql: """
                INSERT INTO case_register_step (item_id, step, state, href, system_id, identifier, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(item_id, step) DO UPDATE SET state = excluded.state, href = excluded.href,
                    system_id = excluded.system_id, identifier = excluded.identifier, updated_at = excluded.updated_at
                """, arguments: [itemID, step.step, step.state.rawValue, step.href, step.systemID, step.identifier, now])
        }
    }

    /// Forgets one step (its stored address no longer leads anywhere; it is looked up again).
    public func forgetCaseRegisterStep(_ itemID: Int64, _ step: String) throws {
        try writer { db in
            try db.execute(sql: "DELETE FROM case_register_step WHERE item_id = ? AND step = ?", arguments: [itemID, step])
        }
    }

    /// Stores the case number and registry id the register returned, with an event.
    public func recordCaseRegistration(_ itemID: Int64, caseNumber: String?, registryID: String?, register: String,
                                       now: Date = Date()) throws {
        try writer { db in
            guard var item = try IntakeItem.fetchOne(db, key: itemID) else { return }
            if item.caseNumber == caseNumber, item.registryId == registryID { return }
            item.caseNumber = caseNumber
            item.registryId = registryID
            item.updatedAt = now
            try item.update(db)
            var event = ItemEvent(itemId: itemID, at: now, step: "deliver", fromStatus: item.status, toStatus: item.status,
                                  reason: "registered in \(register): case \(caseNumber ?? "?"), registry entry \(registryID ?? "?")")
            try event.insert(db)
        }
    }
}
