import PostmottakCore
import Testing

@Suite struct RoleTests {
    @Test func eachRoleMayWhatItsWorkNeedsAndNoMore() {
        #expect(Role.mailroom.may(.review) && Role.mailroom.may(.quarantine) && Role.mailroom.may(.search))
        #expect(!Role.mailroom.may(.formalAndSensitive) && !Role.mailroom.may(.originals) && !Role.mailroom.may(.accounts))
        // An archivist does everything the mailroom does, and more.
        for p in Permission.allCases where Role.mailroom.may(p) { #expect(Role.archivist.may(p), "\(p)") }
        #expect(Role.archivist.may(.formalAndSensitive) && Role.archivist.may(.originals) && Role.archivist.may(.outbox))
        #expect(Role.quality.may(.statistics) && Role.quality.may(.search))
        #expect(!Role.quality.may(.review) && !Role.quality.may(.originals) && !Role.quality.may(.formalAndSensitive))
        #expect(Role.admin.may(.accounts) && !Role.admin.may(.originals) && !Role.admin.may(.review))
    }
}
