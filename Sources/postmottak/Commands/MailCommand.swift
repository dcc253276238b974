import ArgumentParser
import Foundation
import PostmottakMail
import PostmottakApp
import PostmottakStore
import PostmottakIntake
import PostmottakCore

/// `postmottak mail poll | status`: the IMAP mailboxes.
struct MailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mail", abstract: "The IMAP mailboxes: poll them once, or show what was taken.", subcommands: [Poll.self, Status.self, Parse.self])

    struct Poll: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "poll",
            abstract: "Poll every configured mailbox once (concurrently), then process what was captured.")

        @OptionGroup var options: GlobalOptions

        @Flag(help: "Capture and tell the server only; leave the pipeline for later.")
        var noProcess = false

        func run() async throws {
            let instance = try options.instance()
            let service = try instance.mailboxService()
            guard !service.pollers.isEmpty else {
                throw ValidationError("no mailboxes are configured: add [[intake.imap.mailboxes]] to the configuration file")
            }
            let started = ContinuousClock.now
            let results = await service.pollAllOnce()
            let seconds = (ContinuousClock.now - started).seconds
            var failed = 0
            var taken = 0
            print("mailbox\tfolder\tlisted\tcaptured\tduplicates\toversize\tvanished\tacknowledged\tuidvalidity_changed\tactions_pending")
            for (mailbox, result) in results {
                switch result {
                case .success(let reports):
                    for r in reports {
                        taken += r.captured + r.duplicates + r.oversize
                        print("\(mailbox)\t\(r.folder)\t\(r.listed)\t\(r.captured)\t\(r.duplicates)\t\(r.oversize)\t\(r.vanished)\t\(r.acknowledged)\t\(r.uidValidityChanged)\t\(r.actionsPending)")
                    }
                case .failure(let error):
                    failed += 1
                    print("\(mailbox)\tFAILED: \(error)")
                }
            }
            print(String(format: "drained %d messages in %.3f s (%.0f messages/s)", taken, seconds, seconds > 0 ? Double(taken) / seconds : 0))
            if !noProcess { try await instance.drain() }
            if failed > 0 { throw ExitCode(3) }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Messages taken per mailbox and folder.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let instance = try options.instance()
            print("mailbox\tfolder\toutcome\tserver_told\tcount")
            for row in try instance.store.mailMessageCounts() {
                print("\(row.mailbox)\t\(row.folder)\t\(row.outcome)\t\(row.state)\t\(row.count)")
            }
        }
    }

    /// `postmottak mail parse FILE...`: what Postmottak reads from message files, as JSON Lines
    /// (for checking a message by hand, and for the test that compares with Python's parser).
    struct Parse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parse", abstract: "Print what Postmottak reads from message files (JSON Lines: subject, sender, text, defects).")

        @Argument(help: "Message files.")
        var files: [String]

        func run() async throws {
            let parser = MIMEParser()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for file in files {
                var record = ParseRecord(file: file)
                do {
                    let message = try parser.parse(try Data(contentsOf: URL(fileURLWithPath: file)))
                    record.subject = message.subject
                    record.from = message.from.map(\.address)
                    record.text = message.text
                    record.newText = message.newText
                    record.textSource = message.textSource.rawValue
                    record.attachments = message.attachments.map { $0.declaredFileName ?? $0.fileName.value }
                    record.attachmentBytes = message.attachments.map {
                        .init(name: $0.declaredFileName ?? $0.fileName.value, contentType: $0.contentType,
                              size: $0.data.count, sha256: BlobStore.digest($0.data))
                    }
                    record.defects = message.defects
                } catch {
                    record.error = "\(error)"
                }
                print(String(decoding: try encoder.encode(record), as: UTF8.self))
            }
        }

        struct ParseRecord: Encodable {
            var file: String
            var subject: String?
            var from: [String] = []
            var text: String?
            var newText: String?
            var textSource: String?
            var attachments: [String] = []
            /// Each attachment's decoded bytes: size and SHA-256 (the MIME oracle compares them).
            var attachmentBytes: [AttachmentBytes] = []
            var defects: [String] = []
            var error: String?

            struct AttachmentBytes: Encodable {
                var name: String
                var contentType: String
                var size: Int
                var sha256: String

                enum CodingKeys: String, CodingKey {
                    case name, contentType = "content_type", size, sha256
                }
            }

            enum CodingKeys: String, CodingKey {
                case file, subject, from, text, newText = "new_text", textSource = "text_source", attachments,
                     attachmentBytes = "attachment_bytes", defects, error
            }
        }
    }
}
