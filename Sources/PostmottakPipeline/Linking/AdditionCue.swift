import Foundation
import PostmottakCore

/// How plainly a message says it adds to an earlier one of the sender's: `explicit`
/// ("tillegg til", "I forgot to", "glömde att", "legger ved … som jeg glemte"), `weak` (it
/// refers back: "hei igjen", "som jeg skrev", "samme sted", "correction"), `none`, or
/// `anotherMatter` when it says it is about something else.
enum AdditionCue: Equatable {
    case explicit, weak, none
    /// It says it is about something else ("ett annat ärende", "a separate matter").
    case anotherMatter

    init(subject: String?, text: String) {
        let words = " " + TextNormalization.words((subject ?? "") + "\n" + String(text.prefix(500))) + " "
        if Self.anotherMatterPhrases.contains(where: { words.contains(" \($0) ") }) { self = .anotherMatter }
        else if Self.explicitPhrases.contains(where: { words.contains(" \($0) ") }) { self = .explicit }
        else if Self.weakPhrases.contains(where: { words.contains(" \($0) ") }) { self = .weak }
        else { self = .none }
    }

    static let anotherMatterPhrases = [
        "en annen sak", "ei anna sak", "ein annan sak", "ei anna sak", "en anna sak", "ny sak", "eit anna spørsmål",
        "et annet spørsmål", "en helt annen sak", "ett annat ärende", "en annan sak", "ett nytt ärende", "nytt ärende",
        "en annan fråga", "another matter", "a different matter", "a separate matter", "an unrelated matter", "a new matter",
        "something else", "a different issue", "another issue", "noe annet", "noko anna", "något annat",
    ]

    static let explicitPhrases = [
        // nb, nn
        "tillegg", "tillegg til", "tilleggsopplysninger", "i tillegg til det jeg skrev", "glemte å", "glemte", "gløymde", "gleymde",
        "supplement til", "utfyllende", "oppfølging av min", "oppfølging til", "komplettering", "en ting til", "ein ting til",
        "jeg skrev i går", "eg skreiv i går", "det jeg skrev", "det eg skreiv", "som jeg skrev", "som eg skreiv", "min forrige",
        "mi førre", "min tidligere henvendelse",
        "ser at jeg skrev feil", "ser at eg skreiv feil", "skrev feil", "skreiv feil", "rettelse", "retting", "korrigering",
        "som nevnt", "som nemnt",
        // sv
        "komplettering till", "kompletterar", "tillägg", "tillägg till", "glömde att", "glömde skriva", "glömde", "en sak till",
        "mitt förra mejl", "mitt tidigare mejl", "det jag skrev", "som jag skrev", "rättelse", "såg att jag skrev fel", "ser att jag skrev fel",
        "skrev fel", "som nämnts", "som jag nämnde",
        // en
        "i forgot to", "i forgot", "forgot to", "forgot", "in my last email", "in my email yesterday", "addition to my", "further to my", "to add to my", "supplementing my", "one more thing",
        "just adding to", "adding to what i wrote", "what i wrote", "i wrote on", "my earlier", "my previous", "correction to",
        "as mentioned in my", "as i mentioned", "i wrote the wrong", "wrong address in",
    ]

    static let weakPhrases = [
        "hei igjen", "hallo igjen", "hej igen", "hi again", "hello again", "igjen", "igen", "again", "fortsatt", "framleis",
        "fremdeles", "fortfarande", "still", "samme sted", "same stad", "samma ställe", "same place", "same spot", "vedlegg",
        "legger ved", "legg ved", "bifogar", "bifogat", "attached", "attaching", "nå har", "no har", "nu har", "now",
        "update", "oppdatering", "uppdatering", "og så", "dessutom", "as well", "tack för svaret", "takk for svar",
        "thanks for the reply", "thank you for your reply",
        // A reference to the sender's own earlier matter
        "henvendelsen min", "meldinga mi", "meldingen min", "e posten min", "eposten min", "e postene mine", "epostene mine", "klagen min", "søknaden min",
        "søknaden mi", "innsynskravet mitt", "innsynsbegjæringen min", "saken min", "saka mi", "mitt mejl", "min anmälan",
        "min ansökan", "mitt ärende", "min begäran", "mitt klagomål", "i reported", "my email", "my complaint",
        "my application", "my request", "my appeal", "min klage", "klaga mi", "mitt överklagande",
    ]
}
