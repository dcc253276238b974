import PostmottakTransport
import ArgumentParser
import PostmottakConfig
import PostmottakMail
import PostmottakScan
import FoundationEssentials

/// `postmottak doctor`: the C libraries, programs, language data and resources (model, form
/// and acknowledgement templates, from the configuration's search path) this build runs with.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "doctor", abstract: "Show the libraries, OCR languages and resources in use.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let settings: PostmottakConfiguration
        do { settings = try PostmottakConfiguration.load(path: options.config) } catch { throw ValidationError(error.description) }
        var missing = false
        for (key, value, directory) in [("classify.model", settings.classify.model, false), ("scan.forms_dir", settings.scan.formsDirectory, true), ("scan.cell_model", settings.scan.cellModel, false),
                                        ("acknowledgement.templates_dir", settings.acknowledgement.templatesDirectory, true)] {
            if key == "classify.model", value == "none" { print("\(key)  none: keyword rules decide"); continue }
            if key == "scan.cell_model", value == "none" { print("\(key)  none: Tesseract alone reads the comb cells"); continue }
            if let found = Resources.locate(value, directory: directory) {
                print("\(key)  \(found.path)")
            } else {
                print("\(key)  MISSING: \(value) is in none of \(Resources.searchPath(for: value).map(\.path).joined(separator: ", "))")
                missing = true
            }
        }
        print("libcurl    \(CurlLibrary.version)  imaps: \(CurlLibrary.supports(protocol: "imaps")), smtps: \(CurlLibrary.supports(protocol: "smtps"))")
        print("GMime      \(GMimeLibrary.version)")
        print("Tesseract  \(TesseractLibrary.version)  (\(TesseractLibrary.leptonicaVersion))")
        let programs = ScanDocument.pdfPrograms
        print("PDF        " + programs.map { "\($0.name) \($0.path == nil ? "MISSING" : "ok")" }.joined(separator: ", "))
        if programs.contains(where: { $0.path == nil }) {
            print("install poppler-utils and util-linux: PDFs are read by their programs in a child process")
            throw ExitCode(1)
        }
        switch TesseractLibrary.availableLanguages() {
        case .success(let languages):
            print("OCR languages: \(languages.joined(separator: ", "))")
            let missing = ["nor", "swe", "eng"].filter { !languages.contains($0) }
            if !missing.isEmpty {
                print("missing: \(missing.joined(separator: ", ")); install tesseract-ocr-\(missing.joined(separator: " tesseract-ocr-"))")
                throw ExitCode(1)
            }
        case .failure(let error):
            print(error.description)
            throw ExitCode(1)
        }
        if missing { throw ExitCode(1) }
    }
}
