import PostmottakTransport
import Foundation
public import PostmottakCore
public import ServiceLifecycle
public import Logging
public import PostmottakConfig
public import PostmottakDelivery
import PostmottakMail
import PostmottakScan
public import PostmottakStore
public import PostmottakPipeline
public import PostmottakIntake
public import PostmottakWeb
import PostmottakOpenID

/// One running Postmottak: the configuration, the store and every part wired together.
/// This is the only place that knows all the modules.
public struct Instance: Sendable {
    public let configuration: PostmottakConfiguration
    public let layout: DataLayout
    public let store: Store
    public let pipeline: Pipeline
    public let intake: FileIntake
    public let dropFolder: WatchedFolder
    public let scanFolder: WatchedFolder
    public let outbox: OutboxWorker
    public let logger: Logger
    /// Wakes the pipeline: a poll captured something.
    public let pipelineWake = WakeSignal()
    /// Wakes the outbox: the pipeline dispatched something.
    public let deliveryWake = WakeSignal()

    /// Opens the store (creating folders and migrating as needed) and wires the parts. Without
    /// `delivering`, no destination is connected (and no secret of theirs is read): the
    /// outbox worker then delivers nothing, for commands that only read.
    public init(configuration: PostmottakConfiguration, dataDirectory: String?, logger: Logger, delivering: Bool = true) throws {
        self.configuration = configuration
        self.logger = logger
        ImageLibraryMessages.setHandler { message in
            logger.notice("an image library reported a problem with a picture", metadata: ["message": "\(message)"])
        }
        layout = DataLayout(configuration: configuration, dataDirectoryOverride: dataDirectory)
        try layout.createDirectories()
        store = try Store(database: layout.database, blobs: layout.blobs)
        store.blobs.removeStaleTemporaries()
        CrashJournal.open(in: layout.dataDirectory.appendingPathComponent("crash-journal"), store: store, logger: logger)
        pipeline = try Pipeline(store: store, configuration: configuration, logger: logger,
                                scanReader: try Self.scanReader(configuration.scan, logger: logger))
        intake = FileIntake(store: store, maxBytes: configuration.intake.maxMessageBytes, logger: logger)
        dropFolder = WatchedFolder(folder: layout.dropFolder, processed: layout.processed, failed: layout.failed,
                                   accepts: .anything, settleSeconds: configuration.intake.dropFolder.settleSeconds,
                                   intake: intake, logger: logger)
        scanFolder = WatchedFolder(folder: layout.scanFolder, processed: layout.scanProcessed, failed: layout.scanFailed,
                                   accepts: .scans, settleSeconds: configuration.intake.scanFolder.settleSeconds,
                                   intake: intake, logger: logger)
        var connectors: [any OutboxConnector] = []
        if delivering {
            connectors = [
            ArchiveConnector(store: store, directory: layout.archive, sourceOrganization: configuration.archive.sourceOrganization),
            try Self.caseRegister(configuration, layout: layout, store: store),
            try Self.acknowledgements(configuration, layout: layout, store: store),
            ]
            let webhook = configuration.webhook
            if webhook.enabled, let secret = try webhook.secret?.resolve() {
                connectors.append(WebhookConnector(store: store, url: webhook.url, secret: secret, caFile: webhook.caFile,
                                                   timeoutSeconds: webhook.timeoutSeconds))
            }
        }
        outbox = OutboxWorker(
            store: store, connectors: connectors,
            policy: RetryPolicy(maxAttempts: configuration.outbox.maxAttempts,
                                initialDelay: configuration.outbox.initialBackoffSeconds,
                                maxDelay: configuration.outbox.maxBackoffSeconds),
            concurrency: Dictionary(uniqueKeysWithValues: configuration.outbox.concurrency.compactMap { name, width in
                OutboxEntry.Effect(rawValue: name).map { ($0, width) }
            }),
            lease: configuration.outbox.leaseSeconds,
            enabled: delivering,
            logger: logger)
    }

    /// The case-register connector: arkivmelding files (the default), Noark 5 (its secret read
    /// now, so a missing one stops the program naming the key), or none.
    static func caseRegister(_ configuration: PostmottakConfiguration, layout: DataLayout, store: Store) throws -> any OutboxConnector {
        let settings = configuration.caseRegister
        let restriction = CaseRegistration.Restriction(code: settings.restrictedAccessCode, legalBasis: settings.legalBasis)
        switch settings.connector {
        case .none:
            return UnconfiguredCaseRegister()
        case .arkivmelding:
            return ArkivmeldingConnector(store: store, directory: layout.caseRegister, system: settings.arkivmelding.system,
                                         classID: settings.arkivmelding.classID, restriction: restriction)
        case .noark5:
            guard let n = settings.noark5 else { return UnconfiguredCaseRegister() }
            let client = Noark5Client(settings: .init(
                rootURL: n.url, clientID: n.clientID, clientSecret: try n.clientSecret.resolve(), scope: n.scope, tokenURL: n.tokenURL,
                seriesTitle: n.series, classID: n.classID, metadataKey: n.metadataKey, timeoutSeconds: n.timeoutSeconds, caFile: n.caFile,
                extraOrigins: n.extraOrigins))
            return Noark5Connector(store: store, client: client, restriction: restriction, chunkSize: n.chunkBytes)
        }
    }

    /// The acknowledgement connector: SMTP (its password read now, so a missing secret stops
    /// the program naming the key) or the mail-out folder.
    static func acknowledgements(_ configuration: PostmottakConfiguration, layout: DataLayout, store: Store) throws -> AcknowledgementConnector {
        let settings = configuration.acknowledgement
        let templates = try Resources.require(settings.templatesDirectory, key: "acknowledgement.templates_dir", directory: true)
        var transport = AcknowledgementConnector.Transport.folder(layout.mailOut)
        if settings.transport == .smtp, let smtp = settings.smtp {
            let security: SMTPEndpoint.Security = switch smtp.security {
            case .tls: .tls
            case .starttls: .starttls
            case .plain: .plain
            }
            transport = .smtp(SMTPClient(endpoint: SMTPEndpoint(
                host: smtp.host, port: smtp.port, security: security, caFile: smtp.caFile, username: smtp.username,
                password: try smtp.password?.resolve(), timeoutSeconds: smtp.timeoutSeconds)))
        }
        return AcknowledgementConnector(store: store, templates: templates, municipality: configuration.municipality.name,
                                        from: settings.from, transport: transport)
    }

    /// The OCR pool and the form templates; a forms folder that cannot be found or read
    /// stops the program naming `scan.forms_dir` (cards would silently be read as free text).
    static func scanReader(_ scan: PostmottakConfiguration.Scan, logger: Logger) throws -> ScanReader {
        let templates = try FormTemplate.load(directory: try FormsDirectory.require(scan.formsDirectory))
        let workers = scan.workers == 0 ? ProcessInfo.processInfo.activeProcessorCount : scan.workers
        let cells = scan.cellModel == "none" ? nil : try CellClassifier(contentsOf: try Resources.require(scan.cellModel, key: "scan.cell_model"))
        return ScanReader(pool: OCRPool(size: workers, languages: scan.languages), templates: templates, cellClassifier: cells)
    }

    /// The pollers of the configured IMAP mailboxes. Reads their secrets now, so a missing
    /// secret stops the program with a message that names the key.
    public func mailboxService() throws -> MailboxService {
        let imap = configuration.intake.imap
        let pollers = try imap.mailboxes.map {
            try MailboxPoller(mailbox: $0, settings: imap, store: store, maxMessageBytes: configuration.intake.maxMessageBytes, logger: logger)
        }
        return MailboxService(pollers: pollers, interval: imap.pollIntervalSeconds, initialBackoff: imap.initialBackoffSeconds,
                              maxBackoff: imap.maxBackoffSeconds, logger: logger)
    }

    /// What `postmottak serve` runs, one `Service` per loop: the pipeline (with the drop
    /// folder), the outbox, the scan folder when enabled, and each mailbox. Reads the
    /// mailboxes' secrets now, so a missing one stops the program naming the key.
    public func services() throws -> [any Service] {
        var services: [any Service] = [PipelineService(instance: self), OutboxService(instance: self)]
        if configuration.intake.scanFolder.enabled { services.append(ScanFolderService(instance: self)) }
        let mail = try mailboxService()
        services += mail.pollers.map { MailboxPollingService(poller: $0, settings: mail, instance: self) }
        if configuration.web.enabled { services.append(try workbench().application()) }
        logger.info("postmottak serving", metadata: [
            "workbench": "\(configuration.web.enabled ? configuration.web.baseURL.absoluteString : "disabled")",
            "drop_folder": "\(configuration.intake.dropFolder.enabled ? layout.dropFolder.path : "disabled")",
            "scan_folder": "\(configuration.intake.scanFolder.enabled ? layout.scanFolder.path : "disabled")",
            "mailboxes": "\(mail.pollers.map(\.mailbox.name).joined(separator: ","))",
        ])
        return services
    }

    /// The workbench on this instance's store; a person's action wakes the outbox. Throws when
    /// `[web.openid]`'s client secret cannot be read.
    public func workbench() throws -> Workbench {
        let wake = deliveryWake
        let openID = try configuration.web.openID.map { o in
            OpenIDClient(issuer: o.issuer, clientID: o.clientID, clientSecret: try o.clientSecret?.resolve(), scopes: o.scopes, caFile: o.caFile,
                         timeoutSeconds: o.timeoutSeconds)
        }
        return Workbench(store: store, pipeline: pipeline, configuration: configuration, logger: logger, openID: openID) { wake.signal() }
    }

    /// Runs the pipeline over every unfinished item, then delivers what is due.
    public func drain() async throws {
        try pipeline.runPending()
        if !Task.isCancelled { _ = try await outbox.deliverDue() }
    }
}
