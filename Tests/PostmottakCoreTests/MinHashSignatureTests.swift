import PostmottakCore
import Testing

@Suite struct MinHashSignatureTests {
    let text = "Husken på lekeplassen i Nordstrand har en ødelagt kjetting og setet henger bare i den ene siden, et barn kan lett skade seg"

    @Test func nearlyTheSameTextSharesABandAndScoresHigh() throws {
        let a = try #require(MinHashSignature(text: text))
        let b = try #require(MinHashSignature(text: text + ". Jeg har bundet den opp."))
        #expect(a.similarity(to: b) > 0.6)
        #expect(!Set(a.bandKeys).isDisjoint(with: b.bandKeys))
        let other = try #require(MinHashSignature(text: "Søppelet i Kvernhusveien er ikke hentet på to uker og dunken er full"))
        #expect(a.similarity(to: other) < 0.2)
        #expect(Set(a.bandKeys).isDisjoint(with: other.bandKeys))
    }

    @Test func signaturesAreStableStorableAndNeedEnoughWords() throws {
        let a = try #require(MinHashSignature(text: text))
        #expect(MinHashSignature(text: text) == a, "the same text gives the same signature in every run")
        #expect(MinHashSignature(bytes: a.bytes) == a)
        #expect(MinHashSignature(text: "Hull i veien") == nil)
        #expect(MinHashSignature(text: text.uppercased()) == a, "case does not matter")
    }
}
