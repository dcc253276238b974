import Foundation

/// An `arkivmelding` (KS Fiks Arkiv V1, message type
/// `no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett`) for one submission: a new case file
/// (`saksmappe`) with its incoming registry entry (`journalpost`), or, for a follow-up, the
/// registry entry alone, placed in the existing case file by its external key. Every object
/// carries `referanseEksternNoekkel` (Postmottak's key), so an importer recognises a repeat.
public struct ArkivmeldingDocument: Sendable {
    public static let namespace = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1"
    /// The metadata catalogue's namespace: the children of its complex types (`kode`,
    /// `fagsystem`, `noekkel`, a folder reference's keys) are qualified with it.
    public static let catalogueNamespace = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1"

    public var registration: CaseRegistration
    /// The `fagsystem` of the external keys, and the `system` element.
    public var system: String
    /// The class of a new case file, when the register classifies by one (`klasseID`).
    public var classID: String?
    /// The file name of each document in the message, in order (`referanseDokumentfil`).
    public var fileNames: [String]

    public init(registration: CaseRegistration, system: String, classID: String?, fileNames: [String]) {
        self.registration = registration
        self.system = system
        self.classID = classID
        self.fileNames = fileNames
    }

    /// The XML, UTF-8, in the schema's element order.
    public func xml() -> String {
        let r = registration
        var x = XMLText()
        x.line(#"<?xml version="1.0" encoding="UTF-8"?>"#)
        x.open(#"arkivmelding xmlns="\#(Self.namespace)" xmlns:n5mdk="\#(Self.catalogueNamespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#)
        x.element("system", system)
        x.element("antallFiler", String(r.documents.count))
        if r.joinsCaseOf == nil {
            x.open(#"mappe xsi:type="saksmappe""#)
            x.element("tittel", r.caseTitle)
            x.element("offentligTittel", r.publicTitle)
            x.code("dokumentmedium", "E")
            restriction(&x)
            if let classID {
                x.open("klassifikasjon")
                x.element("klasseID", classID)
                x.close("klassifikasjon")
            }
            externalKey(&x, r.caseKey)
            x.element("saksdato", Self.date(r.receivedAt))
            x.code("saksstatus", "R")
            x.close("mappe")
        }
        x.open(#"registrering xsi:type="journalpost""#)
        x.open("referanseForelderMappe")
        externalKey(&x, r.caseKey, element: "n5mdk:referanseEksternNoekkel")
        x.close("referanseForelderMappe")
        restriction(&x)
        for (index, document) in r.documents.enumerated() {
            x.open("dokumentbeskrivelse")
            x.code("dokumenttype", "B")
            x.code("dokumentstatus", "F")
            x.element("tittel", document.title)
            x.code("dokumentmedium", "E")
            x.code("tilknyttetRegistreringSom", document.isMain ? "H" : "V")
            x.element("dokumentnummer", String(index + 1))
            x.open("dokumentobjekt")
            x.element("versjonsnummer", "1")
            x.code("variantformat", "P")
            x.code("format", document.format)
            x.element("mimeType", document.mimeType)
            x.element("filnavn", document.fileName)
            x.element("referanseDokumentfil", index < fileNames.count ? fileNames[index] : document.fileName)
            x.element("sjekksum", document.sha256)
            x.element("sjekksumAlgoritme", "SHA-256")
            x.element("filstoerrelse", String(document.size))
            x.close("dokumentobjekt")
            externalKey(&x, "\(r.key):\(index + 1)")
            x.close("dokumentbeskrivelse")
        }
        x.element("tittel", r.title)
        x.element("offentligTittel", r.publicTitle)
        x.code("dokumentmedium", "E")
        if let sender = r.sender {
            x.open("korrespondansepart")
            x.code("korrespondanseparttype", "EA")
            x.element("korrespondansepartNavn", sender.name)
            x.element("postadresse", sender.address)
            x.element("postnummer", sender.postalCode)
            x.element("poststed", sender.city)
            x.element("epostadresse", sender.email)
            x.element("telefonnummer", sender.phone)
            if r.restriction != nil { x.element("erSkjermet", "true") }
            x.close("korrespondansepart")
        }
        externalKey(&x, r.key)
        x.code("journalposttype", "I")
        x.code("journalstatus", "M")
        x.element("dokumentetsDato", Self.date(r.documentDate))
        x.element("mottattDato", Noark5Connector.dateTime(r.receivedAt))
        x.element("antallVedlegg", String(max(0, r.documents.count - 1)))
        x.close("registrering")
        x.close("arkivmelding")
        return x.text
    }

    private func restriction(_ x: inout XMLText) {
        guard let restriction = registration.restriction else { return }
        x.open("skjerming")
        x.code("tilgangsrestriksjon", restriction.code)
        x.element("skjermingshjemmel", restriction.legalBasis)
        x.close("skjerming")
    }

    private func externalKey(_ x: inout XMLText, _ key: String, element: String = "referanseEksternNoekkel") {
        x.open(element)
        x.element("n5mdk:fagsystem", system)
        x.element("n5mdk:noekkel", key)
        x.close(element)
    }

    /// An xs:date in UTC.
    static func date(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }
}

/// Indented XML text with escaping; elements with no value are left out.
struct XMLText {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ s: String) { text += String(repeating: "  ", count: depth) + s + "\n" }

    mutating func open(_ tag: String) {
        line("<\(tag)>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    mutating func element(_ name: String, _ value: String?) {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        line("<\(name)>\(Self.escape(value))</\(name)>")
    }

    /// A code-list value (`<name><kode>X</kode></name>`).
    mutating func code(_ name: String, _ value: String) {
        line("<\(name)><n5mdk:kode>\(Self.escape(value))</n5mdk:kode></\(name)>")
    }

    /// Escapes the five XML characters and drops characters XML 1.0 cannot carry.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v >= 0x20 && !(0xFFFE...0xFFFF).contains(v) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
