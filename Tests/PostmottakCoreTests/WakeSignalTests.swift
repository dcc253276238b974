import PostmottakCore
import Testing

@Suite struct WakeSignalTests {
    @Test func aNudgeGivenBeforeTheWaitIsKept() async {
        let wake = WakeSignal()
        wake.signal()
        wake.signal()
        #expect(await wake.wait(timeout: .seconds(600)) == true)
        // Two nudges while nobody waited count as one.
        #expect(await wake.wait(timeout: .milliseconds(50)) == false)
    }

    @Test func aNudgeWakesAWaiterAtOnce() async {
        let wake = WakeSignal()
        let clock = ContinuousClock()
        let started = clock.now
        async let woken = wake.wait(timeout: .seconds(600))
        try? await Task.sleep(for: .milliseconds(100))
        wake.signal()
        #expect(await woken == true)
        #expect(clock.now - started < .seconds(500))
    }

    @Test func cancellingTheTaskEndsTheWait() async {
        let wake = WakeSignal()
        let clock = ContinuousClock()
        let started = clock.now
        let waiter = Task { await wake.wait(timeout: .seconds(600)) }
        try? await Task.sleep(for: .milliseconds(100))
        waiter.cancel()
        #expect(await waiter.value == false)
        #expect(clock.now - started < .seconds(500))
    }
}
