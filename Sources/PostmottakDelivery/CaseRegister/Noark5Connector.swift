import Foundation
import PostmottakTransport
public import PostmottakStore

/// Delivers formal submissions to a Noark 5 case register (TG 1.1, INTEGRATION.md §1): a case
/// file (or the existing one of a follow-up or near duplicate), an incoming registry entry
/// (type I, status M) with the sender, and one document description per document with its
/// document object and a checksum-verified upload (chunked above the register's limit).
///
/// Idempotent by construction: each step is recorded as `sent` before its request and as
/// `created` with the object's address after it. A step found `sent` (a crash, or an answer
/// lost after the register committed) is looked up first: case files and registry entries by
/// Postmottak's registered metadata key, document descriptions by `eksternReferanse`, parties
/// and document objects under their parent. So a retry never creates a second case.
public struct Noark5Connector: OutboxConnector {
    public let effect = OutboxEntry.Effect.caseRegister
    public let store: Store
    public let client: Noark5Client
    public let restriction: CaseRegistration.Restriction
    /// Largest chunk of a chunked upload.
    public let chunkSize: Int

    public init(store: Store, client: Noark5Client, restriction: CaseRegistration.Restriction, chunkSize: Int = 8 << 20) {
        self.store = store
        self.client = client
        self.restriction = restriction
        self.chunkSize = chunkSize
    }

    private static let rel = Noark5Client.rel

    public func deliver(_ entry: OutboxEntry) async throws(DeliveryError) -> String {
        try DeliveryError.classifying("case-register delivery failed") { try register(entry) }
    }

    /// Discovery and a token: the series (and class) exist, the metadata key is registered,
    /// and the configured restriction code is in the register's list.
    public func check() async throws(DeliveryError) -> String {
        let found = try client.discovery()
        var text = "Noark 5 at \(client.origin): series \"\(client.settings.seriesTitle)\""
            + (client.settings.classID.map { ", class \($0)" } ?? "") + ", metadata key \(client.settings.metadataKey), "
            + (found.bulkLimit > 0 ? "single uploads up to \(found.bulkLimit) bytes" : "no upload limit")
        if let codes = found.restrictionCodes {
            guard codes.contains(restriction.code) else {
                throw .permanent("the register has no access restriction code \(restriction.code) (it has \(codes.sorted().joined(separator: ", "))); set case_register.restricted_access_code")
            }
            text += ", restriction code \(restriction.code) known"
        }
        return text
    }

    private func register(_ entry: OutboxEntry) throws -> String {
        guard let item = try store.item(entry.itemId) else { throw DeliveryError.permanent("item \(entry.itemId) does not exist") }
        let registration = try CaseRegistration.make(item: item, store: store, restriction: restriction)
        let discovery = try client.discovery()
        if let restriction = registration.restriction, let codes = discovery.restrictionCodes, !codes.contains(restriction.code) {
            throw DeliveryError.permanent("the case register has no access restriction code \(restriction.code) (it has \(codes.sorted().joined(separator: ", "))); "
                + "set case_register.restricted_access_code, then run `postmottak outbox retry --parked`")
        }
        var steps = try Steps(store: store, itemID: registration.itemID, client: client)

        // 1. The case file: the submission's own, or the one its case already has.
        let caseFile: [String: Any]
        if let root = registration.joinsCaseOf {
            caseFile = try existingCaseFile(of: root, key: registration.caseKey, discovery: discovery)
        } else {
            caseFile = try steps.ensure("saksmappe", what: "the case file") {
                try findOne(discovery.lists[Self.rel + "arkivstruktur/mappe/"], metadataEquals: registration.caseKey)
            } create: {
                try client.create(discovery.newCaseFile, caseFileBody(registration), what: "the case file")
            }
        }
        let caseLinks = Noark5Client.links(caseFile)

        // 2. The registry entry.
        let registryEntry = try steps.ensure("journalpost", what: "the registry entry") {
            try findOne(caseLinks[Self.rel + "arkivstruktur/registrering/"] ?? discovery.lists[Self.rel + "arkivstruktur/registrering/"],
                        metadataEquals: registration.key)
        } create: {
            guard let href = caseLinks[Self.rel + "sakarkiv/ny-journalpost/"] else {
                throw DeliveryError.permanent("case file \(caseFile["mappeID"] as? String ?? "?") takes no new registry entries (it is closed)")
            }
            return try client.create(href, registryEntryBody(registration), what: "the registry entry")
        }
        let entryLinks = Noark5Client.links(registryEntry)
        let caseNumber = caseFile["mappeID"] as? String
        let registryID = registryEntry["registreringsID"] as? String
        try store.recordCaseRegistration(registration.itemID, caseNumber: caseNumber, registryID: registryID,
                                         register: "the case register at \(client.origin)")

        // 3. The sender.
        if let sender = registration.sender {
            _ = try steps.ensure("sender", what: "the sender") {
                try client.list(try link(entryLinks, "arkivstruktur/korrespondansepart/"), filter: nil).first {
                    (($0["korrespondanseparttype"] as? [String: Any])?["kode"] as? String) == "EA"
                }
            } create: {
                try client.create(try link(entryLinks, "arkivstruktur/ny-korrespondansepartperson/"), senderBody(sender, registration),
                                  what: "the sender")
            }
        }

        // 4. The documents, each with its object and file.
        for (index, document) in registration.documents.enumerated() {
            let n = index + 1
            let reference = "\(registration.key):\(n)"
            let description = try steps.ensure("document:\(n)", what: "document description \(n)") {
                try findOne(discovery.lists[Self.rel + "arkivstruktur/dokumentbeskrivelse/"], field: "eksternReferanse", equals: reference)
            } create: {
                try client.create(try link(entryLinks, "arkivstruktur/ny-dokumentbeskrivelse/"), [
                    "tittel": document.title, "dokumentstatus": ["kode": "F"], "dokumenttype": ["kode": "B"],
                    "tilknyttetRegistreringSom": ["kode": document.isMain ? "H" : "V"], "eksternReferanse": reference,
                ], what: "document description \(n)")
            }
            let descriptionLinks = Noark5Client.links(description)
            var object = try steps.ensure("object:\(n)", what: "document object \(n)") {
                try client.list(try link(descriptionLinks, "arkivstruktur/dokumentobjekt/"), filter: nil).first
            } create: {
                try client.create(try link(descriptionLinks, "arkivstruktur/ny-dokumentobjekt/"), [
                    "versjonsnummer": 1, "variantformat": ["kode": "P"], "format": ["kode": document.format],
                    "mimeType": document.mimeType, "filnavn": document.fileName, "sjekksum": document.sha256,
                    "sjekksumAlgoritme": "SHA-256", "filstoerrelse": document.size,
                ], what: "document object \(n)")
            }
            if !Self.hasFile(object) {
                object = try upload(document, to: object, discovery: discovery, n: n)
                guard Self.hasFile(object) else {
                    throw DeliveryError.transient("the case register accepted the upload of document \(n) but shows no file yet")
                }
            }
            if let declared = object["sjekksum"] as? String, declared != document.sha256 {
                throw DeliveryError.permanent("document object \(n) in the register declares another checksum than the stored document")
            }
        }
        return "case \(caseNumber ?? "?"), registry entry \(registryID ?? "?") at \(client.origin)"
    }

    /// The case file that a follow-up joins: recorded by the case's own delivery, or looked up.
    private func existingCaseFile(of root: Int64, key: String, discovery: Noark5Client.Discovery) throws -> [String: Any] {
        if let step = try store.caseRegisterSteps(of: root)["saksmappe"], step.state == .created, let href = step.href,
           let found = try client.objectIfPresent(href) {
            return found
        }
        if let found = try findOne(discovery.lists[Self.rel + "arkivstruktur/mappe/"], metadataEquals: key) { return found }
        throw DeliveryError.transient("the case file of \(key) is not in the case register yet; this entry waits for it")
    }

    private func upload(_ document: CaseRegistration.Document, to object: [String: Any], discovery: Noark5Client.Discovery,
                        n: Int) throws -> [String: Any] {
        let href = try link(Noark5Client.links(object), "arkivstruktur/fil/")
        let bytes = try store.blobs.get(document.sha256)
        guard Int64(bytes.count) == document.size else {
            throw DeliveryError.permanent("document \(n) is \(bytes.count) bytes in the store, not the \(document.size) recorded")
        }
        let response: HTTPRequest.Response
        if discovery.bulkLimit > 0, Int64(bytes.count) > discovery.bulkLimit {
            response = try chunkedUpload(bytes, href: href, mimeType: document.mimeType, limit: discovery.bulkLimit)
        } else {
            response = try client.send(.post, href, data: bytes, contentType: document.mimeType)
        }
        switch response.status {
        case 200, 201:
            if let updated = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any] { return updated }
            return try reread(object)
        case 409:
            // The file is there already (an earlier answer was lost): check it is ours.
            return try reread(object)
        default:
            throw Noark5Client.failure(response, what: "the upload of document \(n)")
        }
    }

    /// An upload in chunks (TG 06 "Overføre store filer"): a session, then `Content-Range` PUTs.
    private func chunkedUpload(_ bytes: Data, href: String, mimeType: String, limit: Int64) throws -> HTTPRequest.Response {
        let start = try client.send(.post, href, data: Data(), contentType: mimeType, headers: [
            "X-Upload-Content-Type: \(mimeType)", "X-Upload-Content-Length: \(bytes.count)",
        ])
        guard start.status == 200 || start.status == 201, var location = start.header("location") else {
            throw Noark5Client.failure(start, what: "starting a chunked upload")
        }
        let size = max(1, min(chunkSize, Int(limit)))
        var offset = 0
        var last = start
        while offset < bytes.count {
            let end = min(bytes.count, offset + size)
            last = try client.send(.put, location, data: bytes.subdata(in: offset..<end), contentType: mimeType,
                                   headers: ["Content-Range: bytes \(offset)-\(end - 1)/\(bytes.count)"])
            guard last.status == 200 || last.status == 201 else { return last }
            if let next = last.header("location") { location = next }
            offset = end
        }
        return last
    }

    static func hasFile(_ object: [String: Any]) -> Bool {
        guard let reference = object["referanseDokumentfil"] else { return false }
        return !(reference is NSNull)
    }

    private func reread(_ object: [String: Any]) throws -> [String: Any] {
        guard let href = Noark5Client.links(object)["self"], let fresh = try client.objectIfPresent(href) else {
            throw DeliveryError.transient("a document object disappeared from the case register")
        }
        return fresh
    }

    // MARK: - Look-ups

    private func findOne(_ listHref: String?, metadataEquals value: String) throws -> [String: Any]? {
        try findOne(listHref, field: client.settings.metadataKey, equals: value)
    }

    private func findOne(_ listHref: String?, field: String, equals value: String) throws -> [String: Any]? {
        guard let listHref else { throw DeliveryError.permanent("the case register offers no list to look \(field) up in") }
        return try client.list(listHref, filter: "\(field) eq \(Noark5Client.literal(value))").first
    }

    private func link(_ links: [String: String], _ relation: String) throws -> String {
        guard let href = links[Self.rel + relation] else {
            throw DeliveryError.permanent("the case register's object has no \(relation) link")
        }
        return href
    }

    // MARK: - Bodies

    private func caseFileBody(_ registration: CaseRegistration) -> [String: Any] {
        var body: [String: Any] = [
            "tittel": registration.caseTitle, "saksstatus": ["kode": "R"], "dokumentmedium": ["kode": "E"],
            "virksomhetsspesifikkeMetadata": [client.settings.metadataKey: registration.caseKey],
        ]
        if let publicTitle = registration.publicTitle { body["offentligTittel"] = publicTitle }
        if let restriction = registration.restriction {
            body["skjerming"] = ["tilgangsrestriksjon": ["kode": restriction.code], "skjermingshjemmel": restriction.legalBasis,
                                 "skjermingMetadata": [["kode": "TMO"]]]
        }
        return body
    }

    private func registryEntryBody(_ registration: CaseRegistration) -> [String: Any] {
        var body: [String: Any] = [
            "tittel": registration.title, "journalposttype": ["kode": "I"], "journalstatus": ["kode": "M"],
            "mottattDato": Self.dateTime(registration.receivedAt), "dokumentetsDato": Self.dateTime(registration.documentDate),
            "dokumentmedium": ["kode": "E"], "antallVedlegg": max(0, registration.documents.count - 1),
            "virksomhetsspesifikkeMetadata": [client.settings.metadataKey: registration.key],
        ]
        if let publicTitle = registration.publicTitle { body["offentligTittel"] = publicTitle }
        if let restriction = registration.restriction {
            body["skjerming"] = ["tilgangsrestriksjon": ["kode": restriction.code], "skjermingshjemmel": restriction.legalBasis,
                                 "skjermingMetadata": [["kode": "NA"], ["kode": "TRO"]]]
        }
        return body
    }

    private func senderBody(_ sender: CaseRegistration.Sender, _ registration: CaseRegistration) -> [String: Any] {
        var body: [String: Any] = ["korrespondanseparttype": ["kode": "EA"], "navn": sender.name]
        if sender.address != nil || sender.postalCode != nil || sender.city != nil {
            var address: [String: Any] = [:]
            if let line = sender.address { address["adresselinje1"] = line }
            if let code = sender.postalCode { address["postnr"] = ["kode": code] }
            if let city = sender.city { address["poststed"] = city }
            body["postadresse"] = address
        }
        var contact: [String: Any] = [:]
        if let email = sender.email { contact["epostadresse"] = email }
        if let phone = sender.phone { contact["telefon"] = phone }
        if !contact.isEmpty { body["kontaktinformasjon"] = contact }
        if registration.restriction != nil { body["skjermetKorrespondansepart"] = true }
        return body
    }

    static func dateTime(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

/// The steps of one delivery, recorded in the store as they happen.
private struct Steps {
    let store: Store
    let itemID: Int64
    let client: Noark5Client
    var known: [String: CaseRegisterStep]

    init(store: Store, itemID: Int64, client: Noark5Client) throws {
        self.store = store
        self.itemID = itemID
        self.client = client
        known = try store.caseRegisterSteps(of: itemID)
    }

    /// The object of `step`: re-read from its recorded address, found by `lookup` when an
    /// earlier request may have created it, or created now.
    mutating func ensure(_ step: String, what: String, lookup: () throws -> [String: Any]?,
                         create: () throws -> [String: Any]) throws -> [String: Any] {
        var mayExist = false
        if let record = known[step] {
            mayExist = true
            if record.state == .created, let href = record.href {
                if let object = try client.objectIfPresent(href) { return object }
                try store.forgetCaseRegisterStep(itemID, step)
            }
        }
        if mayExist, let found = try lookup() {
            try remember(step, found)
            return found
        }
        let sent = CaseRegisterStep(step: step, state: .sent)
        try store.recordCaseRegisterStep(itemID, sent)
        known[step] = sent
        let created = try create()
        try remember(step, created)
        return created
    }

    private mutating func remember(_ step: String, _ object: [String: Any]) throws {
        let record = CaseRegisterStep(step: step, state: .created, href: Noark5Client.links(object)["self"],
                                      systemID: object["systemID"] as? String,
                                      identifier: (object["registreringsID"] as? String) ?? (object["mappeID"] as? String))
        try store.recordCaseRegisterStep(itemID, record)
        known[step] = record
    }
}
