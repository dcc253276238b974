import PostmottakCore

/// The foundation's keyword rules for kind, formal type and service area, in bokmål, nynorsk,
/// Swedish and English. Matched against normalised words (lower case, punctuation removed),
/// as whole phrases at word boundaries.
enum KeywordRules {
    /// Phrases that make a message a formal matter of a type. They are specific on purpose:
    /// a bare "søknad" or "klage" is said about anything ("søknaden min har ligget i et halvt
    /// år" is a complaint about a delay), so they need their object or their verb.
    static let formal: [(FormalType, [String])] = [
        (.accessRequest, [
            "innsyn", "innsynsbegjæring", "innsynskrav", "begjæring om innsyn", "krav om innsyn", "ber om innsyn",
            "offentleglova", "offentlegheitslova", "offentlighetsloven", "be om å få se", "ber om å få se", "ber derfor om å få se",
            "ber om å få kopi", "ber om kopi av", "be om kopi av", "ønsker kopi av", "ønsker å få se", "få tilsendt kopi",
            "allmän handling", "allmänna handlingar", "begäran om utlämnande", "begär att få ta del", "begär ut", "vill ta del av",
            "begär att få se", "begär att få kopia", "begär kopia", "offentlighetsprincipen", "tryckfrihetsförordningen",
            "freedom of information", "access to public records", "public records request", "foi request", "access to documents",
            "request a copy of", "request copies of", "i request access",
            // One's own personal data (GDPR art. 15): as urgent by law as public records.
            "registerutdrag", "innsynsrett", "artikkel 15", "personvernforordningen artikkel", "hvilke opplysninger dere har om meg",
            "hvilke personopplysninger", "opplysninger dere har lagret om meg", "opplysningene dere har om meg", "kva opplysningar de har om meg",
            "kva personopplysningar", "kopi av journalen", "kopi av journalen min", "kopi av mappen min", "kopi av mappa mi",
            "kopi av alt dere har om", "kopi av alt de har om", "vilka uppgifter ni har om mig", "vilka personuppgifter",
            "vilka uppgifter som finns om mig", "kopia av min journal", "kopia på min journal", "kopia av journalen", "artikel 15",
            "dataskyddsförordningen artikel", "subject access request", "data subject access", "right of access",
            "what personal data you hold", "what information you hold about", "what personal information you hold",
            "copy of my personal data", "copy of my records", "copy of my file", "copy of the records", "article 15",
            // Documents asked to be sent (an over-call costs an archivist a look; a miss breaks the law).
            "ønsker tilsendt", "ønskjer tilsendt", "kan jeg få tilsendt", "kan eg få tilsendt", "ber om å få tilsendt",
            "send meg kopi", "send meg ein kopi", "send meg en kopi", "skicka mig en kopia", "vill ha en kopia", "send me a copy",
            "email me a copy", "e mail me a copy", "send me copies",
            // A copy of a named document, the documents of a case, the correspondence, the post
            // journal: what is asked for is a document the municipality holds.
            "vil ha kopi", "vil gjerne ha kopi", "få kopi av", "få en kopi av", "få ein kopi av", "kan jeg få kopi",
            "kopi av vedtaket", "kopi av referatet", "kopi av kontrakten", "kopi av avtalen", "kopi av rapporten",
            "kopi av heile saka", "kopi av hele saken", "dokumentene i saken", "dokumenta i saka", "sakens dokumenter",
            "saksdokumentene", "partsinnsyn", "dokumentinnsyn", "korrespondansen mellom", "e postene mellom", "e postane mellom",
            "postjournalen", "kan jeg få se", "kan eg få sjå", "kan vi få se", "vill ha kopia", "få en kopia av", "få kopia av",
            "kan jag få en kopia", "kopia av beslutet", "kopia av protokollet", "kopia av avtalet", "handlingarna i ärendet",
            "handlingarna i mitt ärende", "ta del av handlingarna", "få ta del av", "kan jag få se", "partsinsyn", "mejlen mellan",
            "mejlväxlingen", "copy of the minutes", "copy of the decision", "copy of the contract", "copy of the report",
            "documents in my case", "documents in the case", "correspondence between", "emails between", "e mails between",
        ]),
        (.appeal, [
            "klage på vedtak", "klage på vedtaket", "klager på vedtak", "klager på vedtaket", "klagar på vedtaket", "klagar på vedtak",
            "påklage", "påklager", "påklagar", "klage over vedtak", "overklage", "vurderes på nytt", "vurdert på nytt",
            "vurdere saken på nytt", "vurderer saka på nytt", "vurdere saka på nytt", "omgjøres", "omgjøre vedtaket", "omgjort",
            "opprettholder klagen", "held fast på klagen", "statsforvalteren", "statsforvaltaren", "fylkesmannen",
            "överklagande", "överklagar", "överklaga", "klagar på beslut", "omprövning", "ompröva", "förvaltningsrätten",
            "appeal against", "appeal the decision", "i wish to appeal", "i hereby appeal", "formal appeal", "reconsider the decision",
        ]),
        (.application, [
            "søknad om", "søker om", "søker herved", "søkjer om", "søknad om", "sokar om", "ansökan om", "ansöker om",
            "ansöker härmed", "application for", "i hereby apply", "i would like to apply", "i wish to apply", "apply for a",
        ]),
        (.otherFormal, [
            "erstatningskrav", "krav om erstatning", "krev erstatning", "krever erstatning", "kreve erstatning", "skadeståndsanspråk",
            "kräver skadestånd", "kräver ersättning", "begär ersättning", "compensation claim", "claim compensation",
            "varsel om søksmål", "stevning", "formell klage", "merknad til nabovarsel", "merknader til nabovarsel",
            "merknad til nabovarselet", "merknader til nabovarselet", "nabomerknad", "nabomerknader", "merknad til byggesøknaden",
            "grannyttrande", "yttrande över bygglov", "yttrande över grannehörande", "objection to the planning application", "kommunal klagenemnd", "sivilombudet", "justitieombudsmannen",
        ]),
    ]

    static let kinds: [(SubmissionKind, [String])] = [
        (.praise, [
            "takk for", "tusen takk", "ros til", "vil rose", "ønsker å rose", "skryt", "kjempefornøyd", "veldig fornøyd",
            "flott jobb", "god jobb", "takk til", "tack för", "stort tack", "beröm", "vill berömma", "jättenöjd",
            "bra jobbat", "thank you for", "thanks for", "great job", "well done", "very pleased", "compliment",
        ]),
        (.suggestion, [
            "forslag", "foreslår", "foreslå", "forbedringsforslag", "kunne dere", "hadde vært fint", "hadde vore fint",
            "ønsker meg", "tips til", "förslag", "föreslår", "skulle vara bra", "vore bra", "kunde ni", "suggestion",
            "suggest", "it would be nice", "would be great if", "why not", "idea",
        ]),
        (.deviation, [
            "klage", "klager", "avvik", "feil", "ødelagt", "øydelagd", "problem", "problemer", "ikke tømt", "ikkje tømt",
            "hull i veien", "hull i vegen", "farlig", "fungerer ikke", "fungerer ikkje", "lekker", "lekkasje", "skadet",
            "mangler", "uakseptabelt", "misfornøyd", "klagomål", "klagar", "fel", "trasig", "sönder", "farligt", "fungerar inte",
            "problem med", "missnöjd", "complaint", "complain", "broken", "not working", "dangerous", "damaged", "leak",
            "unacceptable", "pothole", "has not been", "still not",
        ]),
        (.question, [
            "spørsmål", "lurer på", "hva er", "hva koster", "kva er", "kva kostar", "vad är", "vad kostar", "what is", "what are",
            "is there", "finnes det", "finst det", "finns det", "gibt es", "hvordan", "hvor kan", "når", "kan jeg", "kan eg", "korleis", "kva", "fråga", "undrar",
            "hur", "var kan", "när", "kan jag", "question", "how do", "how can", "where can", "when", "could you tell",
        ]),
    ]

    static let areas: [(ServiceArea, [String])] = [
        (.kindergarten, ["barnehage", "barnehagen", "barnehageplass", "förskola", "förskolan", "dagis", "kindergarten", "nursery", "preschool"]),
        (.school, ["skole", "skolen", "skule", "skulen", "skola", "skolan", "elev", "elever", "lærer", "læreren", "lärare",
                   "rektor", "sfo", "fritids", "undervisning", "school", "teacher", "pupil", "mobbing", "klasse", "klass"]),
        (.healthCare, ["helse", "hjemmetjeneste", "hjemmetjenesten", "heimeteneste", "sykehjem", "sjukeheim", "omsorg", "fastlege",
                       "legevakt", "helsestasjon", "sykepleier", "äldreboende", "hemtjänst", "vårdcentral", "sjuksköterska",
                       "home care", "nursing home", "health", "care home", "doctor", "medisin", "medisiner"]),
        (.roadsTraffic, ["vei", "veien", "veg", "vegen", "gate", "gata", "fortau", "fortauet", "hull", "brøyting", "brøytet",
                         "strøing", "trafikk", "fartsdump", "gatelys", "gatelyset", "parkering", "buss", "väg", "vägen", "gata",
                         "trottoar", "snöröjning", "halka", "trafik", "gatubelysning", "parkering", "road", "street", "pothole",
                         "traffic", "pavement", "sidewalk", "streetlight", "parking", "snow clearing", "gritting", "crossing"]),
        (.waterSewage, ["vann", "vannet", "avløp", "kloakk", "vannlekkasje", "drikkevann", "overvann", "vatten", "avlopp",
                        "avloppet", "kranvatten", "water", "sewage", "sewer", "drain", "drainage", "flooding", "vannmåler"]),
        (.waste, ["søppel", "avfall", "renovasjon", "bosspann", "dunk", "søppeldunk", "henting", "gjenvinning", "tømt", "tømming",
                  "sopor", "avfall", "sophämtning", "soptunna", "återvinning", "waste", "rubbish", "garbage", "bin", "bins",
                  "recycling", "collection", "litter", "papirdunk", "restavfall", "glass"]),
        (.buildingPlanning, ["byggesak", "byggesøknad", "byggetillatelse", "reguleringsplan", "regulering", "tilbygg", "garasje",
                             "nabovarsel", "dispensasjon", "bygglov", "detaljplan", "planering", "building permit",
                             "planning permission", "zoning", "construction", "extension", "eiendom", "tomt"]),
        (.cultureSports, ["bibliotek", "biblioteket", "kultur", "idrett", "idrettshall", "svømmehall", "svømmehallen", "konsert",
                          "kino", "fotball", "turløype", "lysløype", "idrottshall", "simhall", "simhallen", "kulturhus",
                          "library", "swimming pool", "sports", "culture", "museum", "stadium", "football", "playground", "lekeplass"]),
        (.socialServices, ["nav", "sosialhjelp", "sosialtjeneste", "barnevern", "barnevernet", "bostøtte", "kommunal bolig",
                           "socialtjänst", "socialtjänsten", "försörjningsstöd", "ekonomiskt bistånd", "social services",
                           "welfare", "child protection", "housing benefit", "flyktning"]),
    ]

    /// Health and social-care details about a person: terms whose stems (matched at the start
    /// of a word) describe a condition, a treatment or a care measure. The name of a service
    /// alone ("sykehjem", "NAV") is not a detail about anyone.
    static let sensitive: [(category: String, stems: [String])] = [
        ("health", [
            "diagnos", "demens", "dement", "diabet", "insulin", "kreft", "cancer", "depresj", "depress", "angst", "ångest",
            "panikångest", "psykisk", "psykiatr", "psychiatr", "bup", "dps", "hjerneslag", "slaganfall", "stroke", "epilep",
            "adhd", "autis", "muskelsjuk", "muskelsyk", "sjukdom", "sykdom", "sjukdom", "disease", "illness", "legeerklæring",
            "legeerklæringa", "läkarintyg", "fysioterapi", "palliativ", "rullestol", "rullstol", "wheelchair", "trygghetslarm",
            "trygghetsalarm", "medisinering", "medicinering", "innlagt", "innlagd", "inlagd", "overdose", "graviditet", "gravid",
            "funksjonsnedsett", "funktionsnedsätt", "utviklingshemm", "utvecklingsstör", "kronisk", "cellgift", "dialyse", "dialys",
            // Named conditions (a trailing space: the whole word only, where a stem would match
            // an everyday word: "als" in "also", "ms" in "Ms Holt").
            "als ", "ptsd ", "multippel sklerose", "multipel skleros", "multiple sclerosis", "parkinson", "alzheimer",
            "schizofren", "schizophren", "bipolar", "psykose", "psykos ", "psychosis", "psychotic", "spiseforstyrr", "ätstörning",
            "eating disorder", "anoreksi", "anorexi", "anorexia", "bulimi", "selvmord", "sjølvmord", "självmord", "suicid",
            "selvskad", "sjølvskad", "självskad", "self harm", "self-harm", "eksem ", "eksemen", "eczema", "astma", "asthma", "epilepsy",
            "hjernerystel", "hjärnskakning", "concussion", "brannskad", "brännskad", "sondemat", "sondmat", "feeding tube",
            "tube fed", "spontanabort", "missfall", "miscarriage", "hjerteinfarkt", "hjärtinfarkt", "heart attack", "svulst",
            "tumör", "tumour", "tumor ", "dementia", "diabetes", "seizure", "krampeanfall", "kramper", "hørselshemm", "hörselskad",
            "synshemm", "synskad", "sykmeld", "sykemeld", "sjukmeld", "sjukskriv", "sick leave", "uføretrygd", "uførepensjon",
            "sjukersättning", "aktivitetsersättning", "disability benefit", "avrusning", "avgiftning",
            "detox", "alkoholis", "alkoholik", "alcoholic", "alkoholproblem", "drikkeproblem", "drinking problem",
        ]),
        ("social care", [
            "sosialhjelp", "sosialstønad", "økonomisk stønad", "försörjningsstöd", "ekonomiskt bistånd", "barnevern", "barnevernet",
            "bekymringsmelding", "orosanmälan", "rusmisbruk", "rusavhengig", "missbruk", "rusbehandling", "brukerstyrt",
            "brukarstyrt", "bpa", "lss", "omsorgsovertakelse", "fosterhjem", "familjehem", "krisesenter", "kvinnojour",
            "voldsutsatt", "våld i nära", "gjeldsrådgiv", "skuldsanering", "husleierestanse", "utkastelse", "vräkning",
            "overgrep", "övergrepp", "mishandl", "misshandl", "domestic violence", "child abuse", "sexual abuse", "emergency financial",
            "nødhjelp", "krisehjelp", "akutt økonomisk", "nödbistånd", "child welfare", "foster care",
        ]),
    ]
}
