import PostmottakMail
import Testing

@Suite struct ReplyTextTests {
    @Test func englishAttributionAndQuote() {
        let r = ReplyText("Thanks, the hole is still there.\n\nOn Mon, 3 Feb 2026 at 10:00, Fjordvik <post@fjordvik.no> wrote:\n> Your reference is FJV-2026-000042-8\n")
        #expect(r.authored == "Thanks, the hole is still there.")
        #expect(r.quoted.contains("FJV-2026-000042-8"))
    }

    @Test func norwegianAttributionAndSignature() {
        let r = ReplyText("Hullet er ikke reparert.\n\nMed vennlig hilsen\nKari Nordmann\n+47 900 00 000\n\nDen 3. feb. 2026 kl. 10:00 skrev Fjordvik kommune <post@fjordvik.no>:\n> Takk for meldingen.")
        #expect(r.authored == "Hullet er ikke reparert.")
        #expect(r.signature.hasPrefix("Med vennlig hilsen") && r.signature.contains("Kari"))
        #expect(r.quoted.hasPrefix("Den 3. feb."))
    }

    @Test func outlookHeaderBlockAndSwedishFooter() {
        let r = ReplyText("Vi väntar fortfarande på svar.\nSkickat från min iPhone\n\nFrån: Sjövikens kommun\nSkickat: den 2 mars 2026\nÄmne: Ärende")
        #expect(r.authored == "Vi väntar fortfarande på svar.")
        #expect(r.signature.hasPrefix("Skickat från min iPhone"))
        #expect(r.quoted.hasPrefix("Från:"))
    }

    @Test func signatureDelimiterAndPlainText() {
        let r = ReplyText("Søppelet er ikke hentet.\n-- \nOla")
        #expect(r.authored == "Søppelet er ikke hentet." && r.signature == "-- \nOla")
        let plain = ReplyText("Hei!\nDet er et hull i vegen. Med vennlig hilsen fra en bekymret nabo som skriver lenge.")
        #expect(plain.authored.contains("hull i vegen") && plain.quoted.isEmpty)
        // A greeting that opens the message is not a signature.
        #expect(ReplyText("Hilsen\nDet er et hull i vegen.").authored.contains("hull"))
    }
}
