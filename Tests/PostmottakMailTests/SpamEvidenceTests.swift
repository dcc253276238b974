import Foundation
@testable import PostmottakMail
import PostmottakCore
import Testing

@Suite struct SpamEvidenceTests {
    func message(from: String, name: String?, subject: String, text: String, headers: [(String, String)] = [], attachment: String? = nil) -> ParsedMessage {
        var raw = "From: \(name.map { "\($0) " } ?? "")<\(from)>\r\nSubject: \(subject)\r\nMessage-ID: <t@x>\r\n"
        for (k, v) in headers { raw += "\(k): \(v)\r\n" }
        if let attachment {
            raw += "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\(text)\r\n--b\r\n"
            raw += "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"\(attachment)\"\r\n\r\nAAAA\r\n--b--\r\n"
        } else {
            raw += "Content-Type: text/plain; charset=utf-8\r\n\r\n\(text)\r\n"
        }
        return (try? MIMEParser().parse(Data(raw.utf8))) ?? ParsedMessage(subject: nil, from: [], replyTo: [], to: [], cc: [], date: nil, messageID: nil, inReplyTo: [], references: [], text: "", textSource: .none, attachments: [], headers: [], contentType: "", reportedMessageID: nil, defects: [])
    }

    @Test func phishingWithAFailedSenderCheckIsSpam() {
        let m = message(from: "no-reply@m365-login.example", name: "Microsoft 365 Administrator", subject: "Handling kreves",
                        text: "Passordet for kontoen din utløper i dag.", headers: [("Authentication-Results", "spf=softfail (sender IP is 1.2.3.4)")])
        #expect(MailHygiene().assess(m)?.kind == .spam)
    }

    @Test func aCitizenWithAnArchiveAttachmentIsNotSpam() {
        let m = message(from: "kari@gmail.com", name: "Kari", subject: "Bilder av hullet", text: "Se vedlagte bilder av hullet i vegen.",
                        headers: [("Authentication-Results", "spf=pass; dkim=pass; dmarc=pass")], attachment: "bilder.zip")
        #expect(MailHygiene().assess(m) == nil)
    }

    @Test func oneSignalAloneIsNeverEnough() {
        let m = message(from: "ola@example.no", name: "Ola", subject: "Forfalt faktura fra kommunen?",
                        text: "Jeg fikk en forfalt faktura, betal innen 3 dager står det. Stemmer det?",
                        headers: [("Received-SPF", "Softfail (protection.outlook.com: domain of transitioning)")])
        #expect(SpamEvidence().assess(m) == nil)
    }

    @Test func aPlainTextBounceNamesTheMessageThatBounced() {
        let m = message(from: "mailer-daemon@mx.example", name: nil, subject: "Undelivered Mail Returned to Sender",
                        text: "This is the mail system.\n\n--- original message ---\nMessage-ID: <ack-17@fjordvik.kommune.no>\nSubject: Kvittering")
        #expect(MailHygiene.bouncedMessageID(in: m) == "ack-17@fjordvik.kommune.no")
    }
}
