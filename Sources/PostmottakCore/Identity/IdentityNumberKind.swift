/// The kinds of national identity number the detector knows.
public enum IdentityNumberKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// Norwegian fødselsnummer.
    case norwegianBirthNumber = "no_fodselsnummer"
    /// Norwegian D-number (day + 40).
    case norwegianDNumber = "no_d_number"
    /// Norwegian synthetic test number (month + 40 or + 80).
    case norwegianSyntheticNumber = "no_synthetic"
    /// Swedish personnummer.
    case swedishPersonalNumber = "se_personnummer"
    /// Swedish samordningsnummer (day + 60).
    case swedishCoordinationNumber = "se_samordningsnummer"
}
