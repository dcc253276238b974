import PostmottakCore

/// The words the workbench shows for the domain's values (bokmål).
enum Labels {
    static func kind(_ kind: SubmissionKind) -> String {
        switch kind {
        case .deviation: "Avvik / klage"
        case .suggestion: "Forslag"
        case .praise: "Ros"
        case .question: "Spørsmål"
        case .formal: "Formell henvendelse"
        case .autoReply: "Automatisk svar"
        case .bounce: "Returmelding"
        case .spam: "Søppelpost"
        }
    }

    static func formalType(_ type: FormalType) -> String {
        switch type {
        case .application: "Søknad"
        case .appeal: "Klage på vedtak"
        case .accessRequest: "Innsynskrav"
        case .otherFormal: "Annen formell henvendelse"
        }
    }

    static func area(_ area: ServiceArea) -> String {
        switch area {
        case .school: "Skole"
        case .kindergarten: "Barnehage"
        case .healthCare: "Helse og omsorg"
        case .roadsTraffic: "Vei og trafikk"
        case .waterSewage: "Vann og avløp"
        case .waste: "Renovasjon"
        case .buildingPlanning: "Plan og bygg"
        case .cultureSports: "Kultur og idrett"
        case .socialServices: "Sosiale tjenester"
        case .other: "Annet"
        }
    }

    static func channel(_ channel: Channel) -> String {
        switch channel {
        case .file: "Mappe"
        case .imap: "E-post"
        case .scan: "Skannet kort"
        }
    }

    static func status(_ status: ItemStatus) -> String {
        switch status {
        case .captured: "Mottatt"
        case .extracted: "Lest"
        case .review: "Til kontroll"
        case .classified: "Klassifisert"
        case .linked: "Koblet"
        case .numbered: "Nummerert"
        case .routed: "Rutet"
        case .dispatched: "Sendes"
        case .done: "Ferdig"
        case .quarantined: "Karantene"
        case .ignored: "Ikke en henvendelse"
        }
    }

    static func destination(_ destination: Destination) -> String {
        switch destination {
        case .caseRegister: "Sak-/arkivsystemet"
        case .archive: "Arkivet"
        }
    }

    /// A card field's label.
    static func field(_ name: String) -> String {
        switch name {
        case "kind": "Type (avkrysset)"
        case "service_area": "Tjenesteområde (avkrysset)"
        case "wants_reply": "Ønsker svar"
        case "name": "Navn"
        case "address": "Adresse"
        case "postal_code": "Postnummer"
        case "city": "Poststed"
        case "phone": "Telefon"
        case "email": "E-post"
        case "date": "Dato"
        case "description": "Beskrivelse"
        default: name
        }
    }

    /// Why an item waits, in a word or two, for the queue.
    static func flag(_ state: ReviewState?, formalType: FormalType?) -> String? {
        if formalType == .accessRequest || state == .possiblyAccessRequest { return "Mulig innsynskrav" }
        switch state {
        case .possiblyFormal: return "Mulig formell"
        case .possiblySensitive: return "Mulig sensitiv"
        default: return nil
        }
    }

    /// Why an item waits, as a sentence for the mailroom.
    static func reviewState(_ state: ReviewState?) -> String {
        switch state {
        case .unsureClassification: "Maskinen er usikker på type eller tjenesteområde."
        case .possiblyFormal: "Kan være en formell henvendelse (søknad, klage på vedtak) uten at en regel slo til."
        case .possiblyAccessRequest: "Kan være et innsynskrav: avgjør det raskt, loven krever svar uten ugrunnet opphold."
        case .possiblySensitive: "Kan inneholde sensitive personopplysninger (helse, omsorg): avgjør om saken skal skjermes."
        case .cardFields: "Noen felt på kortet ble lest usikkert."
        case .strangerReference: "Viser til et referansenummer, men kommer fra en annen avsender enn saken."
        case .checkedByPerson: "Kontrollert av en person."
        case nil: "Venter på en person."
        }
    }
}
