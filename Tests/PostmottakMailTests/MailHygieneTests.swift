import PostmottakCore
import PostmottakMail
import Testing

@Suite struct MailHygieneTests {
    let hygiene = MailHygiene()

    func assess(_ headers: String, body: String = "Hei") throws -> NotSubmissionReason? {
        hygiene.assess(try MIMEParser().parse(Array((headers + "\n\n" + body + "\n").utf8)))
    }

    @Test func autoReplies() throws {
        #expect(try assess("From: a@example.org\nSubject: x\nAuto-Submitted: auto-replied")?.kind == .autoReply)
        #expect(try assess("From: a@example.org\nSubject: x\nX-Autoreply: yes")?.kind == .autoReply)
        #expect(try assess("From: a@example.org\nSubject: Automatiskt svar: Ärende")?.kind == .autoReply)
        #expect(try assess("From: a@example.org\nSubject: Fraværsmelding")?.kind == .autoReply)
        #expect(try assess("From: a@example.org\nSubject: x\nAuto-Submitted: no") == nil)
    }

    @Test func bounces() throws {
        let report = "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary=r"
        #expect(try assess(report, body: "--r\nContent-Type: text/plain\n\nfailed\n--r--")?.kind == .bounce)
        #expect(try assess("From: postmaster@example.org\nSubject: Delivery Status Notification (Failure)\nX-Failed-Recipients: x@example.net")?.kind == .bounce)
    }

    @Test func listsAndSpam() throws {
        #expect(try assess("From: news@example.org\nSubject: Nyhetsbrev\nList-Unsubscribe: <mailto:u@example.org>")?.kind == .spam)
        #expect(try assess("From: x@example.org\nSubject: Vinn!\nX-Spam-Flag: YES")?.kind == .spam)
    }

    @Test func citizensAreNeverThrownAway() throws {
        #expect(try assess("From: kari@example.org\nSubject: Klage på automatisk svar fra kommunen") == nil)
        #expect(try assess("From: kari@example.org\nSubject: Re: Out of office hours opening?") == nil)
        #expect(try assess("From: kari@example.org\nSubject: Spørsmål om renovasjon") == nil)
    }
}
