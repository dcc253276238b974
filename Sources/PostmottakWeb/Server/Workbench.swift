public import Foundation
public import Hummingbird
public import Logging
public import PostmottakConfig
public import PostmottakCore
public import PostmottakPipeline
public import PostmottakStore
public import PostmottakScan
public import PostmottakOpenID
import PostmottakTransport

/// The workbench: the web pages where the mailroom checks what the machine was unsure of,
/// archivists follow formal and sensitive items, and anyone signed in finds an item by number.
/// Every route but sign-in, the language switch and health needs a session; every form carries
/// the session's token; everything a person does is recorded with their name. Pages are in
/// bokmål, Swedish or English, as the person chooses.
public struct Workbench: Sendable {
    public let store: Store
    public let review: ReviewQueue
    public let quarantine: QuarantineDesk
    public let web: PostmottakConfiguration.Web
    public let timeZone: TimeZone
    /// How reference numbers look here (the search reads them with OCR confusions allowed).
    public let reference: ReferenceFormat
    /// What a scan may cost to decode (the pipeline's limits: a preview draws the page as it was read).
    public let scanLimits: ScanDocument.Limits
    public let logger: Logger
    /// The identity provider's client, where `[web.openid]` is configured.
    public let openID: OpenIDClient?
    /// Called after a person's action queued work for the outbox (wakes its worker in `serve`).
    public let afterChange: @Sendable () -> Void

    public init(store: Store, pipeline: Pipeline, configuration: PostmottakConfiguration, logger: Logger, openID: OpenIDClient? = nil,
                afterChange: @escaping @Sendable () -> Void = {}) {
        self.store = store
        review = ReviewQueue(store: store, pipeline: pipeline)
        quarantine = QuarantineDesk(store: store, pipeline: pipeline)
        web = configuration.web
        timeZone = TimeZone(identifier: configuration.municipality.timeZone) ?? .current
        reference = configuration.reference
        scanLimits = ScanDocument.Limits(configuration)
        self.logger = logger
        self.openID = openID
        self.afterChange = afterChange
    }

    /// Work that would hold a thread of the cooperative pool (bcrypt at cost 12 takes a quarter
    /// of a second; the identity provider's calls wait on the network) runs on threads of its own.
    static let blockingThreads = BlockingExecutor(threads: 4, name: "workbench")

    /// Every route, behind the security headers and the session check.
    public func router() -> Router<WorkbenchContext> {
        let router = Router(context: WorkbenchContext.self)
        router.add(middleware: LanguageMiddleware(standard: UILanguage(rawValue: web.language) ?? .nb))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: SessionMiddleware(store: store, web: web))
        addHealthRoutes(to: router)
        addStaticRoutes(to: router)
        addSignInRoutes(to: router)
        addOpenIDRoutes(to: router)
        addLanguageRoutes(to: router)
        addReviewRoutes(to: router)
        addQuarantineRoutes(to: router)
        addItemRoutes(to: router)
        addOutboxRoutes(to: router)
        addAuditRoutes(to: router)
        addAccountRoutes(to: router)
        router.get("/") { _, context in
            guard let person = context.signedIn else { return Response.redirect(to: "/login") }
            return Response.redirect(to: person.may(.review) ? "/review" : "/search")
        }
        return router
    }

    /// The server on `[web] listen`, a `Service` for the service group.
    public func application() -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(web.host, port: web.port), serverName: "Postmottak"),
                    logger: logger)
    }

    // MARK: - Helpers for the routes

    /// The signed-in person, who must be allowed `permission`.
    func person(_ context: WorkbenchContext, may permission: Permission) throws -> SignedIn {
        guard let person = context.signedIn else { throw WorkbenchError(.unauthorized, "error.sign_in_first") }
        guard person.may(permission) else { throw WorkbenchError.forbidden }
        return person
    }

    /// A form's fields, after checking that it carries the session's token.
    func form(_ request: Request, _ context: WorkbenchContext, of person: SignedIn) async throws -> [String: String] {
        let fields = try await Self.fields(request, context)
        guard let token = fields["csrf"], SessionToken.equal(token, person.session.csrfToken) else { throw WorkbenchError.badCSRF }
        return fields
    }

    /// A url-encoded form body as name → value (the last value of a repeated name).
    static func fields(_ request: Request, _ context: WorkbenchContext) async throws -> [String: String] {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        return formDecoded(String(buffer: body))
    }

    /// The query of a request as a form sends it (`+` for a space), name → value.
    static func query(_ request: Request) -> [String: String] {
        formDecoded(request.uri.query ?? "")
    }

    /// `application/x-www-form-urlencoded` as name → value: `+` is a space, then `%XX` decoded.
    static func formDecoded(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let rawName = parts.first else { continue }
            let decode: (Substring) -> String = {
                $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            fields[decode(rawName)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }

    /// An item id from the path.
    func itemID(_ context: WorkbenchContext, _ name: String = "id") throws -> Int64 {
        guard let id = context.parameters.get(name, as: Int64.self) else { throw WorkbenchError.notFound }
        return id
    }

    /// Whether an item's text may be read only by those who may see formal and sensitive items:
    /// a formal matter, and care details found or suspected. (A suspected formal matter is for
    /// the mailroom to settle quickly: an access request must be answered without delay.)
    static func isRestricted(_ item: IntakeItem) -> Bool {
        item.sensitive == true || item.kind == .formal || item.reviewState == .possiblySensitive
    }

    /// Whether `person` may read `item`'s text (quality never reads a sensitive one).
    static func mayRead(_ item: IntakeItem, _ person: SignedIn) -> Bool {
        if item.sensitive == true && person.role == .quality { return false }
        return !isRestricted(item) || person.may(.formalAndSensitive)
    }

    /// A date as people read it here, in the municipality's time zone and the request's language.
    func shown(_ date: Date, in language: UILanguage) -> String {
        var style = Date.FormatStyle(date: .numeric, time: .shortened, locale: Locale(identifier: language.localeIdentifier),
                                     timeZone: timeZone)
        style.timeZone = timeZone
        return date.formatted(style)
    }

    static func iso(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }
}
