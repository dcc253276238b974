public import Foundation
import PostmottakCore
public import PostmottakStore

/// The case register without an API: per submission, a folder holding `arkivmelding.xml`
/// (KS Fiks Arkiv V1) and its documents, for a register that imports from a folder or a
/// message channel. The folder is built under a temporary name and renamed into place, so an
/// importer never sees half of one; a folder that exists under its final name is delivered.
/// Each object carries Postmottak's external key, so a repeat is recognisable on import too.
/// This is the embedded default for the case register.
public struct ArkivmeldingConnector: OutboxConnector {
    public let effect = OutboxEntry.Effect.caseRegister
    public let store: Store
    public let directory: URL
    public let system: String
    public let classID: String?
    public let restriction: CaseRegistration.Restriction

    public init(store: Store, directory: URL, system: String = "Postmottak", classID: String? = nil,
                restriction: CaseRegistration.Restriction) {
        self.store = store
        self.directory = directory
        self.system = system
        self.classID = classID
        self.restriction = restriction
        BagItWriter.removeAbandoned(in: directory)
    }

    public func deliver(_ entry: OutboxEntry) async throws(DeliveryError) -> String {
        try DeliveryError.classifying("cannot write the arkivmelding") { try write(entry) }
    }

    public func check() async throws(DeliveryError) -> String { "arkivmelding: " + (try checkWritable(directory)) }

    private func write(_ entry: OutboxEntry) throws -> String {
        guard let item = try store.item(entry.itemId) else { throw DeliveryError.permanent("item \(entry.itemId) does not exist") }
        let registration = try CaseRegistration.make(item: item, store: store, restriction: restriction)
        if let root = registration.joinsCaseOf,
           try !store.outboxEntries(of: root).contains(where: { $0.effect == .caseRegister && $0.status == .delivered }) {
            throw DeliveryError.transient("the case file of \(registration.caseKey) is not delivered yet; this entry waits for it")
        }
        let name = SafeFileName(registration.key).value
        let final = directory.appendingPathComponent(name, isDirectory: true)
        let message = final.appendingPathComponent("arkivmelding.xml")
        if FileManager.default.fileExists(atPath: message.path) { return name }

        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let tmp = directory.appendingPathComponent(TemporaryFolder.name(for: name), isDirectory: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        var fileNames: [String] = []
        for (index, document) in registration.documents.enumerated() {
            let fileName = "\(index + 1)-" + SafeFileName(document.fileName).value
            try DurableFile.write(try store.blobs.get(document.sha256), to: tmp.appendingPathComponent(fileName))
            fileNames.append(fileName)
        }
        let xml = ArkivmeldingDocument(registration: registration, system: system, classID: classID, fileNames: fileNames).xml()
        try DurableFile.write(Data(xml.utf8), to: tmp.appendingPathComponent("arkivmelding.xml"))
        try DurableFile.syncDirectory(tmp)
        try DurableFile.rename(tmp, to: final)
        return name
    }
}
