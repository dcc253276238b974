import ArgumentParser
import PostmottakMail
import PostmottakScan

/// `postmottak doctor`: the C libraries and language data this build runs with.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "doctor", abstract: "Show the libraries and OCR languages in use.")

    func run() async throws {
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
    }
}
