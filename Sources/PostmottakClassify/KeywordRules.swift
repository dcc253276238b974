import PostmottakCore

/// The foundation's keyword rules for kind, formal type and service area, in bokmål, nynorsk,
/// Swedish and English. Matched against normalised words (lower case, punctuation removed),
/// as whole phrases at word boundaries.
enum KeywordRules {
    static let formal: [(FormalType, [String])] = [
        (.accessRequest, [
            "innsyn", "innsynsbegjæring", "innsynskrav", "begjæring om innsyn", "krav om innsyn", "ber om innsyn",
            "offentleglova", "offentlighetsloven", "allmän handling", "allmänna handlingar", "begäran om utlämnande",
            "begär att få ta del", "utlämnande av", "offentlighetsprincipen", "freedom of information",
            "access to public records", "public records request", "foi request", "access to documents",
        ]),
        (.appeal, [
            "klage på vedtak", "klage på vedtaket", "klager på vedtak", "klager på vedtaket", "påklage", "påklager",
            "klage over vedtak", "overklage", "överklagande", "överklagar", "överklaga", "klagar på beslut",
            "appeal against", "appeal the decision", "i wish to appeal", "i hereby appeal", "formal appeal",
        ]),
        (.application, [
            "søknad om", "søker om", "søknad", "sokar om", "søkjer om", "søknad om", "ansökan om", "ansöker om",
            "ansökan", "application for", "i hereby apply", "i would like to apply", "i wish to apply", "apply for a",
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
            "spørsmål", "lurer på", "hvordan", "hvor kan", "når", "kan jeg", "kan eg", "korleis", "kva", "fråga", "undrar",
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
}
