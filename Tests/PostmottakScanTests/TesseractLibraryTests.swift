import PostmottakScan
import Testing

@Suite struct TesseractLibraryTests {
    @Test func linksTesseractAndFindsTheLanguagesTheInstallScriptInstalls() throws {
        #expect(TesseractLibrary.version.hasPrefix("5."))
        #expect(TesseractLibrary.leptonicaVersion.contains("1."))
        let languages = try TesseractLibrary.availableLanguages().get()
        #expect(Set(["nor", "swe", "eng"]).isSubset(of: Set(languages)))
    }
}
