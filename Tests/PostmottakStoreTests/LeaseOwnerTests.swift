import Foundation
import PostmottakStore
import Testing

@Suite struct LeaseOwnerTests {
    @Test func theHolderIsTakenApartAgain() throws {
        let me = LeaseOwner.current
        #expect(LeaseOwner(me.text) == me)
        #expect(LeaseOwner("no-slashes") == nil && LeaseOwner("h/notapid/r") == nil)
    }

    @Test func onlyAProcessThatIsCertainlyGoneIsDead() throws {
        let me = LeaseOwner.current
        #expect(!me.isDead(), "this process is alive")
        #expect(LeaseOwner(host: me.host, pid: me.pid, run: "earlier").isDead(), "the same pid in another run is a predecessor")
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        #expect(LeaseOwner(host: me.host, pid: child.processIdentifier, run: "x").isDead(), "an exited process is dead")
        #expect(!LeaseOwner(host: "another-host", pid: child.processIdentifier, run: "x").isDead(), "another host's worker cannot be judged")
        #expect(!LeaseOwner(host: me.host, pid: 1, run: "x").isDead(), "a live process is not dead")
    }
}
