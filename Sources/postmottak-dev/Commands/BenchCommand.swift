import ArgumentParser
import Foundation
import PostmottakApp
import PostmottakCore
import PostmottakDev
import PostmottakPipeline
import PostmottakIntake
import Logging
import PostmottakConfig
import PostmottakMail
import PostmottakApp
import PostmottakStore

/// `postmottak bench`: ingests N generated messages end to end (durable commits, archive
/// packages written) and prints messages per second beside the time Python's `email`
/// package needs just to parse the same files, measured in the same run.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Benchmark end-to-end ingestion against Python's email parser.")

    @Option(help: "How many messages to generate.")
    var count: Int = 3000

    @Option(help: "The Python interpreter for the baseline.")
    var python: String = "python3"

    func run() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("postmottak-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let mail = root.appendingPathComponent("mail")
        try FileManager.default.createDirectory(at: mail, withIntermediateDirectories: true)
        var bytes = 0
        for n in 0..<count {
            let data = SyntheticMessage.make(n)
            bytes += data.count
            try data.write(to: mail.appendingPathComponent(String(format: "msg-%06d.eml", n)))
        }
        print("generated \(count) messages, \(bytes / 1024) KiB, in \(mail.path)")

        let files = try FileIntake.files(in: [mail.path])
        // Parse only, GMime.
        let parser = MIMEParser()
        let parseStart = ContinuousClock.now
        for url in files { _ = try? parser.parse(try Data(contentsOf: url)) }
        let parseSeconds = seconds(ContinuousClock.now - parseStart)

        // End to end.
        var configuration = PostmottakConfiguration.defaults
        configuration.logging.level = .warning
        let instance = try Instance(configuration: configuration, dataDirectory: root.appendingPathComponent("data").path,
                                    logger: Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() }))
        let start = ContinuousClock.now
        var captureTime = Duration.zero, pipelineTime = Duration.zero
        for url in files {
            let t0 = ContinuousClock.now
            let outcome = try instance.intake.capture(fileAt: url, name: url.lastPathComponent)
            let t1 = ContinuousClock.now
            try instance.pipeline.process(outcome.item.id ?? 0)
            captureTime += t1 - t0
            pipelineTime += ContinuousClock.now - t1
        }
        let deliveryStart = ContinuousClock.now
        try await instance.drain()
        let deliveryTime = ContinuousClock.now - deliveryStart
        let endToEnd = seconds(ContinuousClock.now - start)
        print("phases: capture \(fmt(seconds(captureTime))) s, pipeline steps \(fmt(seconds(pipelineTime))) s, archive delivery \(fmt(seconds(deliveryTime))) s")

        let pythonSeconds = try pythonParseSeconds(folder: mail)
        let numbered = try instance.store.allItems().filter { $0.reference != nil }.count
        print("")
        print(Table.render(header: ["WHAT", "SECONDS", "MSG/S"], rows: [
            ["postmottak end to end (capture+fsync, parse, classify, number, BagIt)", fmt(endToEnd), fmt(Double(count) / endToEnd)],
            ["postmottak MIME parse only (GMime)", fmt(parseSeconds), fmt(Double(count) / parseSeconds)],
            ["python3 email, policy.default, parse only (baseline)", pythonSeconds.map(fmt) ?? "n/a", pythonSeconds.map { fmt(Double(count) / $0) } ?? "n/a"],
        ], widths: [70, 9, 9]))
        if let pythonSeconds {
            print("ratio: postmottak end to end is \(fmt(pythonSeconds / endToEnd))x the speed of Python's parse alone; "
                + "GMime parse is \(fmt(pythonSeconds / parseSeconds))x")
        }
        print("numbered \(numbered) of \(count)")
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    private func fmt(_ x: Double) -> String { String(format: "%.2f", x) }

    private func pythonParseSeconds(folder: URL) throws -> Double? {
        let script = """
            import email, email.policy, os, sys, time
            d = sys.argv[1]
            files = sorted(os.path.join(d, f) for f in os.listdir(d))
            t = time.perf_counter()
            for f in files:
                with open(f, 'rb') as fh:
                    m = email.message_from_binary_file(fh, policy=email.policy.default)
                    m['subject']; m['from']
                    b = m.get_body(preferencelist=('plain', 'html'))
                    if b is not None: b.get_content()
            print(time.perf_counter() - t)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", script, folder.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return process.terminationStatus == 0 ? Double(out.trimmingCharacters(in: .whitespacesAndNewlines)) : nil
    }
}

/// Generated messages with varied languages, kinds, encodings and attachments.
enum SyntheticMessage {
    static func make(_ n: Int) -> Data {
        let senders = ["kari.nordmann", "ola.hansen", "anna.svensson", "erik.berg", "john.smith", "ingrid.lie"]
        let bodies = [
            ("Hull i veien", "Det er et stort hull i veien ved skolen. Det er farlig for syklister, kan dere fikse det?"),
            ("Søppel ikke tømt", "Søppeldunken vår er ikke tømt på tre uker. Dette er ikke akseptabelt."),
            ("Förslag om lekplats", "Jag har ett förslag: kan kommunen bygga en ny lekplats vid skolan?"),
            ("Thanks", "Thank you for the quick help with the streetlight on our road. Great job!"),
            ("Innsynsbegjæring", "Jeg ber om innsyn i saksdokumentene om den nye reguleringsplanen, jf. offentleglova."),
            ("Spørsmål om barnehage", "Når er fristen for å søke barnehageplass i år?"),
        ]
        let (subject, body) = bodies[n % bodies.count]
        let sender = senders[n % senders.count]
        let attach = n % 5 == 0
        var s = """
            From: \(sender.capitalized) <\(sender)\(n)@example.org>\r
            To: postmottak@fjordvik.kommune.no\r
            Subject: =?UTF-8?B?\(Data("\(subject) \(n)".utf8).base64EncodedString())?=\r
            Date: Mon, 12 Jan 2026 10:\(String(format: "%02d", n % 60)):00 +0100\r
            Message-ID: <bench-\(n)@example.org>\r
            MIME-Version: 1.0\r

            """
        if attach {
            s += "Content-Type: multipart/mixed; boundary=\"b\(n)\"\r\n\r\n--b\(n)\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\(body)\r\nMessage \(n).\r\n--b\(n)\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"vedlegg-\(n).pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            s += Data(repeating: UInt8(n % 251), count: 6000).base64EncodedString(options: .lineLength76Characters) + "\r\n--b\(n)--\r\n"
        } else {
            s += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\(body)\r\nMessage \(n).\r\n"
        }
        return Data(s.utf8)
    }
}
