import Foundation
@testable import PostmottakPipeline
import Testing

@Suite struct AdditionCueTests {
    @Test func saysHowPlainlyAMessageAddsToAnEarlierOne() {
        #expect(AdditionCue(subject: "Tillegg", text: "Glemte å skrive at dunken er knust.") == .explicit)
        #expect(AdditionCue(subject: nil, text: "Sorry, forgot to mention: it happened twice.") == .explicit)
        #expect(AdditionCue(subject: "Grinden", text: "Tillägg: personalen har felanmält två gånger.") == .explicit)
        #expect(AdditionCue(subject: nil, text: "Hei igjen. Nå er det blank is samme sted.") == .weak)
        #expect(AdditionCue(subject: nil, text: "Hej igen. Ett annat ärende: tomten är full av skrot.") == .anotherMatter)
        #expect(AdditionCue(subject: "Gatelys", text: "Gatelyset i Fjellveien er slukket.") == AdditionCue.none)
    }

    @Test func topicWordsLeaveOutTheSignatureAndMeetAcrossInflections() {
        let names = TopicWords.names(in: "tom.wilson@example.org").union(TopicWords.names(in: "Tom Wilson"))
        let first = TopicWords("The street light on Fjellveien is broken. Tom Wilson", ignoring: names)
        let second = TopicWords("One more thing about the street lights: the pole leans. Tom", ignoring: names)
        #expect(!first.stems.contains("wilso") && !second.stems.contains("tom"))
        #expect(first.shared(with: second) >= 2, "street, light(s)")
        let other = TopicWords("Rekkverket ved Elvebrua er øydelagt", ignoring: names)
        #expect(first.similarity(to: other) == 0)
        #expect(first.similarity(to: first) == 1)
    }
}
