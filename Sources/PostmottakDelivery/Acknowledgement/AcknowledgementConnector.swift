public import Foundation
import PostmottakCore
public import PostmottakTransport
public import PostmottakStore

/// Delivers acknowledgements: the citizen's reference number by e-mail, in the submission's
/// language, over SMTP or (the embedded default) as `.eml` files in a mail-out folder.
/// A file that exists is delivered; over SMTP delivery is at least once.
public struct AcknowledgementConnector: OutboxConnector {
    /// How acknowledgements leave.
    public enum Transport: Sendable {
        case folder(URL)
        case smtp(SMTPClient)
    }

    public let effect = OutboxEntry.Effect.acknowledgement
    public let store: Store
    public let templates: URL
    public let municipality: String
    public let from: String
    public let transport: Transport

    public init(store: Store, templates: URL, municipality: String, from: String, transport: Transport) {
        self.store = store
        self.templates = templates
        self.municipality = municipality
        self.from = from
        self.transport = transport
    }

    public func check() async throws(DeliveryError) -> String {
        switch transport {
        case .folder(let folder): return "mail-out folder: " + (try checkWritable(folder))
        case .smtp(let client): return "SMTP \(client.endpoint.host):\(client.endpoint.port) (not contacted: a check sends nothing)"
        }
    }

    public func deliver(_ entry: OutboxEntry) async throws(DeliveryError) -> String {
        let message: AcknowledgementMessage
        let reference: String
        do {
            guard let item = try store.item(entry.itemId), let id = item.id else { throw DeliveryError.permanent("item \(entry.itemId) does not exist") }
            guard let number = item.reference else { throw DeliveryError.permanent("item \(id) has no reference number to acknowledge") }
            guard let to = item.replyTo ?? item.sender else { throw DeliveryError.permanent("item \(id) has no address to answer") }
            if let refusal = AcknowledgementMessage.refusal(for: to) { throw DeliveryError.permanent("not acknowledged: \(refusal)") }
            let template = try AcknowledgementTemplate.load(directory: templates, language: item.language)
                .filled(reference: number, municipality: municipality, subject: item.subject)
            let domain = from.split(separator: "@").last.map(String.init) ?? "postmottak.invalid"
            message = AcknowledgementMessage(from: from, fromName: municipality, to: to, subject: template.subject, body: template.body,
                                             messageID: "ack.\(number).\(id)@\(domain)", inReplyTo: item.messageId, date: Date())
            reference = number
        } catch let error as DeliveryError {
            throw error
        } catch {
            throw .transient("cannot compose the acknowledgement: \(error)")
        }
        switch transport {
        case .folder(let folder):
            let url = folder.appendingPathComponent("\(reference).eml")
            if FileManager.default.fileExists(atPath: url.path) { return url.path }
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try DurableFile.writeAtomically(message.data, to: url)
            } catch {
                throw .transient("cannot write \(url.path): \(DeliveryError.describe(error))")
            }
            return url.path
        case .smtp(let client):
            do {
                try client.send(message.data, from: from, to: [message.to])
            } catch {
                throw .transient(error.description)
            }
            return "smtp \(client.endpoint.host):\(client.endpoint.port) <\(message.messageID)>"
        }
    }
}
