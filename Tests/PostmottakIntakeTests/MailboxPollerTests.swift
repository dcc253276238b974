import Foundation
import PostmottakMail
@testable import PostmottakIntake
import PostmottakApp
import Testing

@Suite struct MailboxPollerTests {
    @Test func backoffDoublesWithJitterAndIsCapped() {
        for attempt in 1...12 {
            let d = MailboxService.backoff(attempt: attempt, initial: 5, max: 900)
            let full = min(900, 5 * pow(2, Double(attempt - 1)))
            #expect(d >= full / 2 && d <= full, "attempt \(attempt): \(d)")
        }
        let samples = (0..<50).map { _ in MailboxService.backoff(attempt: 3, initial: 5, max: 900) }
        #expect(Set(samples).count > 1, "jitter spreads the retries")
    }

    @Test func contentKeyIgnoresTraceHeadersButNotTheBody() {
        let a = RawMessage(Array("Received: from a\r\nDelivered-To: x@k.no\r\nMessage-ID: <m1@h>\r\n\r\nHei\r\n".utf8))
        let b = RawMessage(Array("Received: from b\r\nDelivered-To: y@k.no\r\nMessage-ID: <m1@h>\r\n\r\nHei\r\n".utf8))
        let c = RawMessage(Array("Message-ID: <m1@h>\r\n\r\nHei igjen\r\n".utf8))
        let none = RawMessage(Array("Subject: x\r\n\r\nHei\r\n".utf8))
        #expect(MailboxPoller.contentKey(a) == MailboxPoller.contentKey(b))
        #expect(MailboxPoller.contentKey(a) != MailboxPoller.contentKey(c))
        #expect(MailboxPoller.contentKey(none) == nil)
    }
}
