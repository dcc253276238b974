"""What a citizen writes on a synthetic card: descriptions in Norwegian bokmål (nb), nynorsk (nn)
and Swedish (sv), and invented contact details. Every sentence and name list here was written for
this project; the people are made up (common first names and surnames drawn at random, invented
streets, places and mail domains), so no card carries real personal data.

All choices go through the random.Random handed in, so the same seed gives the same card.
"""

# area -> language -> (problems: main clauses, ideas: infinitive phrases without "å"/"att",
#                      praised: noun phrases, questions: direct questions without "?")
AREAS = {
    "school": {
        "nb": (["skolegården er full av glasskår etter helgen", "ventilasjonen i klasserommet på 5. trinn virker dårlig",
                "bussen til skolen er ofte full", "toalettene på skolen er i dårlig stand"],
               ["sette opp flere sykkelstativer ved skolen", "lage en trygg gangvei fram til skoleporten", "gi elevene varm lunsj en dag i uka"],
               ["den fine skoleavslutningen", "innsatsen til lærerne i høst"],
               ["når starter høstferien", "hvem kan jeg kontakte om skoleskyss", "er det plass på SFO fra januar"]),
        "nn": (["skuleplassen er full av glasbrot etter helga", "ventilasjonen i klasserommet på 5. trinn verkar dårleg",
                "bussen til skulen er ofte full", "toaletta på skulen er i dårleg stand"],
               ["setje opp fleire sykkelstativ ved skulen", "lage ein trygg gangveg fram til skuleporten"],
               ["den fine skuleavslutninga", "innsatsen til lærarane i haust"],
               ["når startar haustferien", "kven kan eg kontakte om skuleskyss"]),
        "sv": (["skolgården är full av glasskärvor efter helgen", "ventilationen i klassrummet i årskurs 5 fungerar dåligt",
                "skolbussen är ofta full", "toaletterna på skolan är i dåligt skick"],
               ["sätta upp fler cykelställ vid skolan", "göra en säker gångväg fram till skolan", "ge eleverna mer tid för rast"],
               ["den fina skolavslutningen", "lärarnas engagemang i höst"],
               ["när börjar höstlovet", "vem ska jag kontakta om skolskjuts", "finns det plats på fritids från januari"]),
    },
    "kindergarten": {
        "nb": (["porten i barnehagen lukker seg ikke skikkelig", "sandkassa i barnehagen er skitten", "det er for få voksne på avdelingen om morgenen"],
               ["åpne barnehagen en halvtime tidligere", "lage flere parkeringsplasser ved barnehagen"],
               ["de flotte ansatte i barnehagen", "sommerfesten i barnehagen"],
               ["når får vi svar på søknaden om barnehageplass", "hva koster barnehagen fra august"]),
        "nn": (["porten i barnehagen går ikkje att skikkeleg", "sandkassa i barnehagen er skitten", "det er for få vaksne på avdelinga om morgonen"],
               ["opne barnehagen ein halvtime tidlegare", "lage fleire parkeringsplassar ved barnehagen"],
               ["dei flotte tilsette i barnehagen", "sommarfesten i barnehagen"],
               ["når får vi svar på søknaden om barnehageplass", "kva kostar barnehagen frå august"]),
        "sv": (["grinden på förskolan går inte att stänga ordentligt", "sandlådan på förskolan är smutsig", "det är för lite personal på avdelningen på morgonen"],
               ["öppna förskolan en halvtimme tidigare", "göra fler parkeringsplatser vid förskolan"],
               ["den fina personalen på förskolan", "sommarfesten på förskolan"],
               ["när får vi besked om förskoleplats", "vad kostar förskolan från augusti"]),
    },
    "health_care": {
        "nb": (["hjemmetjenesten kom tre timer for sent til min mor", "det er vanskelig å få time hos legevakten", "maten på sykehjemmet er ofte kald"],
               ["gi beboerne på sykehjemmet flere turer ute", "ringe før hjemmetjenesten kommer"],
               ["den gode omsorgen på sykehjemmet", "hjelpen fra hjemmesykepleien i sommer"],
               ["hvordan søker jeg om trygghetsalarm", "hvem har ansvar for medisinene til far"]),
        "nn": (["heimetenesta kom tre timar for seint til mor mi", "det er vanskeleg å få time hos legevakta", "maten på sjukeheimen er ofte kald"],
               ["gi bebuarane på sjukeheimen fleire turar ute", "ringje før heimetenesta kjem"],
               ["den gode omsorga på sjukeheimen", "hjelpa frå heimesjukepleia i sommar"],
               ["korleis søkjer eg om tryggleiksalarm", "kven har ansvar for medisinane til far"]),
        "sv": (["hemtjänsten kom tre timmar för sent till min mamma", "det är svårt att få tid på vårdcentralen", "maten på äldreboendet är ofta kall"],
               ["ge de boende på äldreboendet fler promenader", "ringa innan hemtjänsten kommer"],
               ["den fina omsorgen på äldreboendet", "hjälpen från hemsjukvården i somras"],
               ["hur ansöker jag om trygghetslarm", "vem ansvarar för pappas mediciner"]),
    },
    "roads_traffic": {
        "nb": (["det er et dypt hull i veien ved {street}", "gatelyset i {street} har vært slukket i to uker", "bilene kjører altfor fort forbi skolen",
                "fortauet i {street} er glatt og ingen har strødd", "et skilt ved rundkjøringen har veltet"],
               ["sette opp fartsdumper i {street}", "male et nytt gangfelt ved butikken", "brøyte gang- og sykkelveien tidligere om morgenen"],
               ["den raske brøytingen i vinter", "den nye sykkelveien langs {street}"],
               ["når blir {street} asfaltert", "hvem skal brøyte den private veien vår", "hvorfor er bussholdeplassen flyttet"]),
        "nn": (["det er eit djupt hol i vegen ved {street}", "gatelyset i {street} har vore sløkt i to veker", "bilane køyrer altfor fort forbi skulen",
                "fortauet i {street} er glatt og ingen har strødd"],
               ["setje opp fartsdumpar i {street}", "måle eit nytt gangfelt ved butikken"],
               ["den raske brøytinga i vinter", "den nye sykkelvegen langs {street}"],
               ["når blir {street} asfaltert", "kven skal brøyte den private vegen vår"]),
        "sv": (["det är ett djupt hål i vägen vid {street}", "gatubelysningen på {street} har varit släckt i två veckor", "bilarna kör alldeles för fort förbi skolan",
                "trottoaren på {street} är hal och ingen har sandat", "en skylt vid rondellen har vält"],
               ["sätta upp farthinder på {street}", "måla ett nytt övergångsställe vid affären", "ploga cykelvägen tidigare på morgonen"],
               ["den snabba snöröjningen i vintras", "den nya cykelvägen längs {street}"],
               ["när ska {street} asfalteras", "vem ska ploga vår enskilda väg", "varför har busshållplatsen flyttats"]),
    },
    "water_sewage": {
        "nb": (["vannet fra springen er brunt om morgenen", "det lukter kloakk fra kummen utenfor huset", "vi har vært uten vann siden i går kveld",
                "det renner vann opp av en kum i {street}"],
               ["sende SMS før vannet blir stengt", "bytte de gamle vannrørene i sentrum"],
               ["den raske reparasjonen av vannlekkasjen", "god informasjon om kokevarselet"],
               ["er vannet trygt å drikke nå", "hvorfor har vann- og avløpsgebyret økt", "når blir huset koblet til kommunalt avløp"]),
        "nn": (["vatnet frå springen er brunt om morgonen", "det luktar kloakk frå kummen utanfor huset", "vi har vore utan vatn sidan i går kveld"],
               ["sende SMS før vatnet blir stengt", "byte dei gamle vassrøra i sentrum"],
               ["den raske reparasjonen av vasslekkasjen", "god informasjon om kokevarselet"],
               ["er vatnet trygt å drikke no", "kvifor har vass- og avløpsgebyret auka"]),
        "sv": (["vattnet i kranen är brunt på morgonen", "det luktar avlopp från brunnen utanför huset", "vi har varit utan vatten sedan i går kväll",
                "det rinner vatten upp ur en brunn på {street}"],
               ["skicka sms innan vattnet stängs av", "byta de gamla vattenledningarna i centrum"],
               ["den snabba lagningen av vattenläckan", "bra information om kokningsrekommendationen"],
               ["är vattnet säkert att dricka nu", "varför har VA-avgiften höjts", "när ansluts huset till kommunalt avlopp"]),
    },
    "waste": {
        "nb": (["søpla vår ble ikke hentet på tirsdag", "returpunktet ved {street} flyter over av glass og flasker", "dunken for matavfall er knust",
                "noen har dumpet gamle møbler i skogen bak huset"],
               ["hente plast hver andre uke", "sette opp flere søppeldunker langs turstien"],
               ["de hyggelige renovatørene", "den nye gjenvinningsstasjonen"],
               ["når blir papiret hentet i romjula", "hvordan bestiller jeg en større dunk", "hva gjør jeg med gamle malingsrester"]),
        "nn": (["boset vårt vart ikkje henta på tysdag", "returpunktet ved {street} flyt over av glas og flasker", "dunken for matavfall er knust"],
               ["hente plast kvar andre veke", "setje opp fleire bosdunkar langs turstien"],
               ["dei hyggelege renovatørane", "den nye gjenvinningsstasjonen"],
               ["når blir papiret henta i romjula", "korleis bestiller eg ein større dunk"]),
        "sv": (["våra sopor hämtades inte i tisdags", "återvinningsstationen vid {street} är överfull", "kärlet för matavfall är trasigt",
                "någon har dumpat gamla möbler i skogen bakom huset"],
               ["hämta plast varannan vecka", "sätta upp fler papperskorgar längs motionsspåret"],
               ["de trevliga sophämtarna", "den nya återvinningscentralen"],
               ["när hämtas pappret i jul", "hur beställer jag ett större kärl", "vad gör jag med gamla färgrester"]),
    },
    "building_planning": {
        "nb": (["naboen bygger en garasje uten tillatelse", "byggestøyen starter klokka 6 om morgenen", "saken om byggesøknaden min har ligget i tre måneder"],
               ["holde et åpent møte om den nye reguleringsplanen", "lage en enklere søknad for små tilbygg"],
               ["den raske behandlingen av byggesøknaden", "god veiledning fra byggesaksavdelingen"],
               ["må jeg søke for å sette opp en levegg", "når er fristen for å gi innspill til planen"]),
        "nn": (["naboen byggjer ein garasje utan løyve", "byggjestøyen startar klokka 6 om morgonen", "saka om byggjesøknaden min har lege i tre månader"],
               ["halde eit ope møte om den nye reguleringsplanen", "lage ein enklare søknad for små tilbygg"],
               ["den raske handsaminga av byggjesøknaden", "god rettleiing frå byggjesaksavdelinga"],
               ["må eg søkje for å setje opp ein levegg", "når er fristen for å gi innspel til planen"]),
        "sv": (["grannen bygger ett garage utan bygglov", "byggbullret börjar klockan 6 på morgonen", "mitt bygglovsärende har legat i tre månader"],
               ["ha ett öppet möte om den nya detaljplanen", "göra en enklare ansökan för små tillbyggnader"],
               ["den snabba handläggningen av bygglovet", "bra rådgivning från bygglovsenheten"],
               ["behöver jag bygglov för ett plank", "när är sista dag att lämna synpunkter på planen"]),
    },
    "culture_sports": {
        "nb": (["lysløypa har vært mørk hele uka", "garderoben i svømmehallen er skitten", "biblioteket har stengt på lørdager"],
               ["åpne svømmehallen flere kvelder", "lage en skatepark ved idrettsplassen", "ha flere konserter for ungdom"],
               ["den flotte kulturnatta", "de nye bøkene på biblioteket", "den fine kunstgressbanen"],
               ["når åpner svømmehallen igjen", "kan vi låne gymsalen til bursdag"]),
        "nn": (["lysløypa har vore mørk heile veka", "garderoben i symjehallen er skitten", "biblioteket har stengt på laurdagar"],
               ["opne symjehallen fleire kveldar", "lage ein skatepark ved idrettsplassen"],
               ["den flotte kulturnatta", "dei nye bøkene på biblioteket"],
               ["når opnar symjehallen att", "kan vi låne gymsalen til bursdag"]),
        "sv": (["elljusspåret har varit mörkt hela veckan", "omklädningsrummet i simhallen är smutsigt", "biblioteket har stängt på lördagar"],
               ["ha simhallen öppen fler kvällar", "bygga en skatepark vid idrottsplatsen", "ordna fler konserter för unga"],
               ["den fina kulturnatten", "de nya böckerna på biblioteket"],
               ["när öppnar simhallen igen", "kan vi låna gympasalen till ett kalas"]),
    },
    "social_services": {
        "nb": (["jeg har ventet i seks uker på svar fra NAV-kontoret", "det er vanskelig å komme gjennom på telefon", "møtet med saksbehandleren ble avlyst to ganger"],
               ["ha åpen kontortid også på ettermiddagen", "sende brev på enklere språk"],
               ["god hjelp fra flyktningtjenesten", "en hyggelig og rask saksbehandler"],
               ["hvordan søker jeg om støttekontakt", "hvor lang er saksbehandlingstiden nå"]),
        "nn": (["eg har venta i seks veker på svar frå NAV-kontoret", "det er vanskeleg å kome gjennom på telefon", "møtet med sakshandsamaren vart avlyst to gonger"],
               ["ha open kontortid også på ettermiddagen", "sende brev på enklare språk"],
               ["god hjelp frå flyktningtenesta", "ein hyggeleg og rask sakshandsamar"],
               ["korleis søkjer eg om støttekontakt", "kor lang er sakshandsamingstida no"]),
        "sv": (["jag har väntat i sex veckor på svar från socialtjänsten", "det är svårt att komma fram på telefon", "mötet med handläggaren ställdes in två gånger"],
               ["ha öppen mottagning även på eftermiddagen", "skriva breven på enklare svenska"],
               ["bra hjälp från mottagningsenheten", "en trevlig och snabb handläggare"],
               ["hur ansöker jag om kontaktperson", "hur lång är handläggningstiden nu"]),
    },
    "other": {
        "nb": (["nettsiden til kommunen er vanskelig å finne fram på", "servicetorget hadde stengt midt på dagen", "det ligger mye søppel i parken ved {street}"],
               ["sette opp flere benker i parken", "ha lengre åpningstid på servicetorget", "plante flere trær i sentrum"],
               ["den fine julegrana på torget", "hjelpen jeg fikk på servicetorget"],
               ["hvor kan jeg melde fra om en død fugl", "hvem eier tomten ved {street}"]),
        "nn": (["nettsida til kommunen er vanskeleg å finne fram på", "servicetorget hadde stengt midt på dagen", "det ligg mykje boss i parken ved {street}"],
               ["setje opp fleire benkar i parken", "ha lengre opningstid på servicetorget"],
               ["det fine juletreet på torget", "hjelpa eg fekk på servicetorget"],
               ["kvar kan eg melde frå om ein død fugl", "kven eig tomta ved {street}"]),
        "sv": (["kommunens webbplats är svår att hitta på", "kontaktcenter hade stängt mitt på dagen", "det ligger mycket skräp i parken vid {street}"],
               ["ställa fler bänkar i parken", "ha längre öppettider på kontaktcenter", "plantera fler träd i centrum"],
               ["den fina julgranen på torget", "hjälpen jag fick i receptionen"],
               ["var anmäler jag en död fågel", "vem äger tomten vid {street}"]),
    },
}

# kind -> language -> frames; {p} problem, {i} idea, {r} praised, {q} question
FRAMES = {
    "deviation": {
        "nb": ["{P}.", "Hei. {P}.", "Jeg vil klage: {p}.", "Vil melde fra om et problem: {p}.", "Klage: {p}!"],
        "nn": ["{P}.", "Hei. {P}.", "Eg vil klage: {p}.", "Vil melde frå om eit problem: {p}.", "Klage: {p}!"],
        "sv": ["{P}.", "Hej. {P}.", "Jag vill klaga: {p}.", "Vill anmäla ett fel: {p}.", "Klagomål: {p}!"],
    },
    "suggestion": {
        "nb": ["Jeg foreslår å {i}.", "Kan kommunen {i}?", "Det hadde vært fint å {i}.", "Forslag: {i}.", "Hei, kan dere {i}?"],
        "nn": ["Eg foreslår å {i}.", "Kan kommunen {i}?", "Det hadde vore fint å {i}.", "Forslag: {i}.", "Hei, kan de {i}?"],
        "sv": ["Jag föreslår att ni ska {i}.", "Kan kommunen {i}?", "Det vore bra att {i}.", "Förslag: {i}.", "Hej, kan ni {i}?"],
    },
    "praise": {
        "nb": ["Tusen takk for {r}!", "Vil gi ros for {r}.", "Stor takk for {r}.", "Ros for {r}!"],
        "nn": ["Tusen takk for {r}!", "Vil gi ros for {r}.", "Stor takk for {r}.", "Ros for {r}!"],
        "sv": ["Tack så mycket för {r}!", "Vill ge beröm för {r}.", "Stort tack för {r}.", "Beröm för {r}!"],
    },
    "question": {
        "nb": ["{Q}?", "Hei, {q}?", "Et spørsmål: {q}?", "Lurer på en ting: {q}?"],
        "nn": ["{Q}?", "Hei, {q}?", "Eit spørsmål: {q}?", "Lurer på ein ting: {q}?"],
        "sv": ["{Q}?", "Hej, {q}?", "En fråga: {q}?", "Undrar en sak: {q}?"],
    },
}

FOLLOW = {
    "deviation": {
        "nb": ["Dette har vart i {n} uker.", "Det er farlig for barna.", "Håper det blir ordnet snart.", "Jeg har meldt fra før uten å få svar.",
               "Det skjedde {when}.", "Mange naboer har lagt merke til det samme.", "Ring meg gjerne."],
        "nn": ["Dette har vart i {n} veker.", "Det er farleg for borna.", "Håpar det blir ordna snart.", "Eg har meldt frå før utan å få svar.",
               "Det skjedde {when}.", "Mange naboar har lagt merke til det same.", "Ring meg gjerne."],
        "sv": ["Det har pågått i {n} veckor.", "Det är farligt för barnen.", "Hoppas att det åtgärdas snart.", "Jag har anmält det förut utan svar.",
               "Det hände {when}.", "Många grannar har märkt samma sak.", "Ring mig gärna."],
    },
    "suggestion": {
        "nb": ["Mange i nabolaget er enige.", "Det vil gjøre det tryggere for alle.", "Jeg kan gjerne hjelpe til.", "Det koster ikke mye."],
        "nn": ["Mange i nabolaget er einige.", "Det vil gjere det tryggare for alle.", "Eg kan gjerne hjelpe til.", "Det kostar ikkje mykje."],
        "sv": ["Många i området håller med.", "Det skulle bli tryggare för alla.", "Jag hjälper gärna till.", "Det kostar inte mycket."],
    },
    "praise": {
        "nb": ["Dere gjør en god jobb.", "Det setter vi stor pris på.", "Hilsen en fornøyd innbygger.", "Fortsett sånn!"],
        "nn": ["De gjer ein god jobb.", "Det set vi stor pris på.", "Helsing ein nøgd innbyggjar.", "Hald fram slik!"],
        "sv": ["Ni gör ett bra jobb.", "Det uppskattar vi mycket.", "Hälsningar en nöjd invånare.", "Fortsätt så!"],
    },
    "question": {
        "nb": ["Takk for svar.", "Jeg ser fram til å høre fra dere.", "Svar gjerne på e-post.", "Har ringt {n} ganger uten å komme fram."],
        "nn": ["Takk for svar.", "Eg ser fram til å høyre frå dykk.", "Svar gjerne på e-post.", "Har ringt {n} gonger utan å kome fram."],
        "sv": ["Tack för svar.", "Jag ser fram emot att höra från er.", "Svara gärna via e-post.", "Har ringt {n} gånger utan att komma fram."],
    },
}

WHEN = {
    "nb": ["i går", "på mandag", "i helgen", "forrige uke", "i morges", "klokka 7 i dag"],
    "nn": ["i går", "på måndag", "i helga", "førre veke", "i dag tidleg", "klokka 7 i dag"],
    "sv": ["i går", "i måndags", "i helgen", "förra veckan", "i morse", "klockan 7 i dag"],
}

NO_FIRST = ["Kari", "Ola", "Ingrid", "Lars", "Nora", "Emil", "Sigrid", "Henrik", "Marit", "Jonas", "Astrid", "Øystein", "Åse",
            "Bjørn", "Solveig", "Håkon", "Ragnhild", "Eirik", "Tone", "Jørgen", "Liv", "Pål", "Gro", "Aksel", "Maja", "Tor",
            "Hanne", "Sindre", "Vigdis", "Knut", "Ane", "Magnus", "Kjersti", "Trond", "Ellinor", "Geir", "Mette", "Ivar"]
NO_LAST = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
           "Berg", "Haugen", "Hagen", "Bakken", "Strand", "Dahl", "Lie", "Solberg", "Ødegård", "Sæther", "Løken", "Brekke",
           "Aas", "Moe", "Lunde", "Fjeld", "Nygård", "Vik", "Myhre", "Holm", "Røed", "Bråten", "Eide", "Svendsen"]
SE_FIRST = ["Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Eva", "Anders", "Sofia", "Mikael", "Elin", "Björn", "Åsa",
            "Göran", "Linnea", "Oskar", "Ingrid", "Per", "Märta", "Nils", "Ebba", "Jörgen", "Sara", "Olof", "Kristina",
            "Henrik", "Maja", "Ulf", "Agneta", "Stig", "Ida", "Axel", "Lena", "Hugo", "Sven", "Britt"]
SE_LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
           "Gustafsson", "Pettersson", "Lindberg", "Lindqvist", "Berglund", "Sjöberg", "Åberg", "Lundgren", "Holm", "Ström",
           "Bäckström", "Hägg", "Nyström", "Öberg", "Ek", "Sandberg", "Forsberg", "Wallin", "Engström", "Dahl", "Björk"]
NO_STREETS = ["Storgata", "Kirkeveien", "Skolegata", "Fjordveien", "Bakkegata", "Strandveien", "Granveien", "Løkkeveien",
              "Solbakken", "Elvegata", "Parkveien", "Fjellvegen", "Haugvegen", "Bjørkelia", "Åsveien", "Sjøgata", "Myrvegen",
              "Furulund", "Rådhusgata", "Nordre gate", "Bekkefaret", "Lyngveien", "Ekornstien", "Kvernhusvegen"]
SE_STREETS = ["Storgatan", "Kyrkvägen", "Skolgatan", "Sjövägen", "Ängsvägen", "Björkvägen", "Kvarngatan", "Strandvägen",
              "Södra vägen", "Norra vägen", "Åsgatan", "Lärkvägen", "Backstigen", "Hamngatan", "Tallvägen", "Ekbacken",
              "Järnvägsgatan", "Parkgatan", "Östra gatan", "Bäckvägen", "Smedjegatan", "Granstigen"]
NO_PLACES = ["Fjordvik", "Nordvik", "Øvre Ås", "Sjølia", "Holmen", "Bakkebø", "Strandli", "Lia", "Elvestad", "Vikhamn",
             "Åsbygda", "Myre", "Fjordvik sentrum", "Nedre Dal", "Kvernmo", "Solvang"]
SE_PLACES = ["Sjöviken", "Norrviken", "Ängby", "Bergby", "Lillsjö", "Strandby", "Kvarnby", "Björkhult", "Hällevik", "Ekeby",
             "Östra Sjöviken", "Åsby", "Mossvik", "Lövnäs", "Tallbacka"]
NO_DOMAINS = ["example.no", "eksempel.no", "fjordnett.no", "vikpost.no", "epostkassa.no", "nordmail.no"]
SE_DOMAINS = ["example.se", "exempel.se", "sjonet.se", "brevladan.se", "postlada.se", "norrmejl.se"]

TRANSLIT = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "Æ": "AE", "Ø": "O", "Å": "A", "Ä": "A", "Ö": "O"})


def cap(s):
    return s[:1].upper() + s[1:]


def sentence(rng, lang, kind, area, street, used):
    """One sentence of `kind` about `area`; its phrase is not one in `used` when that can be helped."""
    problems, ideas, praised, questions = AREAS[area][lang]
    bank = {"deviation": problems, "suggestion": ideas, "praise": praised, "question": questions}[kind]
    fresh = [p for p in bank if p not in used] or list(bank)
    phrase = rng.choice(fresh).replace("{street}", street)
    used.add(phrase)
    frame = rng.choice(FRAMES[kind][lang])
    slot = {"deviation": "p", "suggestion": "i", "praise": "r", "question": "q"}[kind]
    return frame.replace("{" + slot.upper() + "}", cap(phrase)).replace("{" + slot + "}", phrase)


def description_sentences(rng, lang, kind, area):
    """A few sentences about `area` in the tone of `kind` (values from the design JSON)."""
    streets = SE_STREETS if lang == "sv" else NO_STREETS
    street = rng.choice(streets)
    used = set()
    out = [sentence(rng, lang, kind, area, street, used)]
    extra = rng.choice([0, 1, 1, 2, 2, 3, 4])
    follows = list(FOLLOW[kind][lang])
    rng.shuffle(follows)
    for k in range(extra):
        if k < len(follows) and rng.random() < 0.7:
            s = follows[k].replace("{n}", str(rng.randint(2, 9))).replace("{when}", rng.choice(WHEN[lang]))
        else:
            s = sentence(rng, lang, rng.choice(["deviation", "suggestion", "question"]), area, street, used)
        if s not in out:
            out.append(s)
    return out


def person(rng, form):
    """Invented contact details: name, address, city, email parts."""
    sv = form == "SB-1"
    first = rng.choice(SE_FIRST if sv else NO_FIRST)
    last = rng.choice(SE_LAST if sv else NO_LAST)
    if rng.random() < 0.12:
        last = rng.choice(SE_LAST if sv else NO_LAST) + ("-" if rng.random() < 0.5 else " ") + last
    name = f"{first} {last}"
    street = rng.choice(SE_STREETS if sv else NO_STREETS)
    number = str(rng.randint(1, 140))
    if rng.random() < 0.2:
        number += rng.choice("ABC")
    address = f"{street} {number}"
    if sv and rng.random() < 0.15:
        address += f" lgh {rng.randint(10, 16)}0{rng.randint(1, 4)}"
    if not sv and rng.random() < 0.08:
        address += f" H0{rng.randint(1, 4)}0{rng.randint(1, 4)}"
    city = rng.choice(SE_PLACES if sv else NO_PLACES)
    f, l = first.lower().translate(TRANSLIT), last.lower().replace(" ", "").translate(TRANSLIT)
    style = rng.randrange(5)
    local = [f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}.{l}{rng.randint(1, 99)}", f"{f}-{l}"][style]
    email = f"{local}@{rng.choice(SE_DOMAINS if sv else NO_DOMAINS)}"
    return name, address, city, email


def phone_se(rng):
    """A Swedish number as people write it."""
    if rng.random() < 0.75:
        prefix = rng.choice(["070", "072", "073", "076", "079"])
        rest = "".join(str(rng.randrange(10)) for _ in range(7))
        style = rng.randrange(5)
        if style == 0:
            return f"{prefix}-{rest[:3]} {rest[3:5]} {rest[5:]}"
        if style == 1:
            return prefix + rest
        if style == 2:
            return f"{prefix} {rest[:3]} {rest[3:5]} {rest[5:]}"
        if style == 3:
            return f"+46 {prefix[1:]} {rest[:3]} {rest[3:5]} {rest[5:]}"
        return f"{prefix}-{rest}"
    area = rng.choice(["08", "031", "040", "0611", "054", "019"])
    rest = "".join(str(rng.randrange(10)) for _ in range(9 - len(area) + 1))
    return f"{area}-{rest[:3]} {rest[3:5]} {rest[5:]}".strip()
