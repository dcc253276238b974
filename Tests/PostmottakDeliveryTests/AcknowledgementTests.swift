import Foundation
import PostmottakCore
import PostmottakDelivery
import Testing

@Suite struct AcknowledgementTests {
    @Test func noAutomaticAnswerToNoReplyListOrSystemAddresses() {
        for address in ["no-reply@example.org", "noreply@x.no", "do_not_reply@x.se", "MAILER-DAEMON@x.org", "postmaster@x.no",
                        "bounces+123@x.com", "list-request@x.org", "owner-list@x.org", "notifications@github.com", "nonsense"] {
            #expect(AcknowledgementMessage.refusal(for: address) != nil, "\(address)")
        }
        for address in ["kari.nordmann@example.org", "noreen@example.org", "anna+kommun@example.se"] {
            #expect(AcknowledgementMessage.refusal(for: address) == nil, "\(address)")
        }
    }

    @Test func theMessageThreadsBackAndSaysItIsAutomatic() throws {
        let message = AcknowledgementMessage(
            from: "postmottak@k.no", fromName: "Fjordvik kommune", to: "kari@example.org",
            subject: "Vi har tagit emot ditt ärende (FJV-2026-000001-4)", body: "Referanse FJV-2026-000001-4.\nHilsen",
            messageID: "ack.FJV-2026-000001-4.1@k.no", inReplyTo: "orig@example.org", date: Date(timeIntervalSince1970: 0))
        let text = String(decoding: message.data, as: UTF8.self)
        #expect(text.contains("\r\nAuto-Submitted: auto-replied\r\n"))
        #expect(text.contains("\r\nIn-Reply-To: <orig@example.org>\r\n") && text.contains("\r\nReferences: <orig@example.org>\r\n"))
        #expect(text.contains("\r\nMessage-ID: <ack.FJV-2026-000001-4.1@k.no>\r\n"))
        #expect(text.contains("Subject: =?UTF-8?B?"), "a non-ASCII subject is encoded")
        #expect(!text.contains("\n\n") || text.contains("\r\n\r\n"))
        let body = try #require(text.components(separatedBy: "\r\n\r\n").last)
        let decoded = String(decoding: Data(base64Encoded: body.replacingOccurrences(of: "\r\n", with: "")) ?? Data(), as: UTF8.self)
        #expect(decoded == "Referanse FJV-2026-000001-4.\r\nHilsen")
    }

    @Test func everyLanguageHasATemplateWithTheNumberInSubjectAndBody() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Config/acknowledgements")
        for language in [Language.nb, .nn, .sv, .en, .other] {
            let t = try AcknowledgementTemplate.load(directory: dir, language: language)
                .filled(reference: "FJV-2026-000001-4", municipality: "Fjordvik kommune", subject: nil)
            #expect(t.subject.contains("FJV-2026-000001-4") && t.body.contains("FJV-2026-000001-4") && t.body.contains("Fjordvik kommune"))
            #expect(!t.subject.contains("{") && !t.body.contains("{"))
        }
    }
}
