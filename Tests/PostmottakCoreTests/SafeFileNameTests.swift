import PostmottakCore
import Testing

@Suite struct SafeFileNameTests {
    @Test func stripsPathComponents() {
        #expect(SafeFileName("../../etc/passwd").value == "passwd")
        #expect(SafeFileName("C:\\Users\\kari\\Desktop\\søknad.pdf").value == "søknad.pdf")
    }

    @Test func removesControlAndBidiCharacters() {
        #expect(SafeFileName("bad\u{0}name\u{7}.txt").value == "badname.txt")
        #expect(SafeFileName("invoice\u{202E}fdp.exe").value == "invoicefdp.exe")
        #expect(SafeFileName("line\nbreak.pdf").value == "line break.pdf")
    }

    @Test func neverHiddenEmptyOrADevice() {
        #expect(SafeFileName(".bashrc").value == "bashrc")
        #expect(SafeFileName("..", fallback: "attachment-1.bin").value == "attachment-1.bin")
        #expect(SafeFileName(nil, fallback: "attachment-2.pdf").value == "attachment-2.pdf")
        #expect(SafeFileName("CON.txt").value == "_CON.txt")
    }

    @Test func limitsLengthKeepingTheExtension() {
        let name = SafeFileName(String(repeating: "æ", count: 300) + ".pdf")
        #expect(name.value.utf8.count <= 120)
        #expect(name.value.hasSuffix(".pdf"))
    }
}
