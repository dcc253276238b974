// swift-tools-version:6.1
// Postmottak: an intake gateway for municipalities.
// The targets follow the pipeline's architecture; see README.md ("Architecture").
import PackageDescription

/// Every target: `any` spelled out, imports internal unless marked `public`, and members
/// visible only from modules a file imports itself (so the compiler guards the walls).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// The products most targets name (a target lists every module it imports).
let logging: Target.Dependency = .product(name: "Logging", package: "swift-log")
let lifecycle: Target.Dependency = .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")
let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")
let grdb: Target.Dependency = .product(name: "GRDB", package: "GRDB.swift")
let crypto: Target.Dependency = .product(name: "Crypto", package: "swift-crypto")

let package = Package(
    name: "postmottak",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "postmottak", targets: ["postmottak"]),
        .executable(name: "postmottak-dev", targets: ["postmottak-dev"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        // MARK: C libraries, wrapped once each (thin module maps plus static inline shims).
        .systemLibrary(
            name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(
            name: "CTesseract", path: "Sources/CTesseract", pkgConfig: "tesseract lept",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev"])]),
        .systemLibrary(
            name: "CImageCodecs", path: "Sources/CImageCodecs", pkgConfig: "libpng libjpeg",
            providers: [.apt(["libpng-dev", "libjpeg62-turbo-dev"])]),
        .systemLibrary(
            name: "CGMime", path: "Sources/CGMime", pkgConfig: "gmime-3.0",
            providers: [.apt(["libgmime-3.0-dev"])]),
        .systemLibrary(
            name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),

        // MARK: The crash journal's signal handler (async-signal-safe C).
        .target(name: "CCrashJournal", path: "Sources/CCrashJournal"),

        // MARK: The domain: value types and pure rules. Foundation only.
        .target(name: "PostmottakCore", swiftSettings: swiftSettings),

        // MARK: Configuration: one TOML file, validated with errors that name the key.
        .target(
            name: "PostmottakConfig",
            dependencies: ["PostmottakCore", "TOMLKit"],
            swiftSettings: swiftSettings),

        // MARK: Talking to servers: libcurl (the only code that sees it), HTTP, the one OAuth2
        // client-credentials provider, SMTP, and the thread pool for blocking work.
        .target(
            name: "PostmottakTransport",
            dependencies: ["CCurl"],
            swiftSettings: swiftSettings),

        // MARK: Channels and their C libraries.
        .target(
            name: "PostmottakMail",
            dependencies: ["PostmottakCore", "PostmottakTransport", "CGMime", "CZlib"],
            swiftSettings: swiftSettings),
        .target(
            name: "PostmottakScan",
            dependencies: ["PostmottakCore", "CTesseract", "CImageCodecs"],
            swiftSettings: swiftSettings),

        // MARK: Decisions.
        .target(
            name: "PostmottakClassify",
            dependencies: ["PostmottakCore"],
            swiftSettings: swiftSettings),

        // MARK: Durable state: SQLite through GRDB, content-addressed blobs, the event log.
        .target(
            name: "PostmottakStore",
            dependencies: [
                "PostmottakCore",
                grdb,
                crypto,
            ],
            swiftSettings: swiftSettings),

        // MARK: Outside effects: the outbox worker and a folder per destination.
        .target(
            name: "PostmottakDelivery",
            dependencies: [
                "PostmottakCore", "PostmottakStore", "PostmottakTransport",
                crypto,
                logging,
            ],
            swiftSettings: swiftSettings),

        // MARK: The steps an item goes through, the crash fuse and review.
        .target(
            name: "PostmottakPipeline",
            dependencies: [
                "PostmottakCore", "PostmottakConfig", "PostmottakMail", "PostmottakScan", "PostmottakClassify",
                "PostmottakStore", "PostmottakDelivery", "CCrashJournal",
                logging,
            ],
            swiftSettings: swiftSettings),

        // MARK: Where items come from: the drop folder, the scan folder, the mailboxes.
        .target(
            name: "PostmottakIntake",
            dependencies: [
                "PostmottakCore", "PostmottakConfig", "PostmottakMail", "PostmottakScan", "PostmottakStore",
                "PostmottakTransport",
                logging,
            ],
            swiftSettings: swiftSettings),

        // MARK: The instance: configuration made real, one Service per loop, export, logging.
        .target(
            name: "PostmottakApp",
            dependencies: [
                "PostmottakCore", "PostmottakConfig", "PostmottakMail", "PostmottakScan", "PostmottakStore",
                "PostmottakTransport", "PostmottakDelivery", "PostmottakPipeline", "PostmottakIntake", "PostmottakWeb", "PostmottakOpenID",
                logging, lifecycle, argumentParser,
            ],
            swiftSettings: swiftSettings),

        // MARK: Signing in through the municipality's identity provider (OpenID Connect, PKCE).
        .target(
            name: "PostmottakOpenID",
            dependencies: ["PostmottakTransport", crypto, .product(name: "_CryptoExtras", package: "swift-crypto")],
            swiftSettings: swiftSettings),

        // MARK: The workbench: the web pages where people review, release and follow items.
        .target(
            name: "PostmottakWeb",
            dependencies: [
                "PostmottakCore", "PostmottakConfig", "PostmottakScan", "PostmottakStore", "PostmottakPipeline", "PostmottakOpenID",
                "PostmottakTransport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                crypto, logging,
            ],
            swiftSettings: swiftSettings),

        // MARK: The command line (thin: options, and a call into the instance).
        .executableTarget(
            name: "postmottak",
            dependencies: [
                "PostmottakApp", "PostmottakCore", "PostmottakConfig", "PostmottakStore", "PostmottakMail",
                "PostmottakScan", "PostmottakTransport", "PostmottakPipeline", "PostmottakIntake", "PostmottakDelivery",
                "PostmottakClassify", "PostmottakWeb",
                lifecycle,
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                argumentParser,
                logging,
            ],
            swiftSettings: swiftSettings),

        // MARK: The developers' tools, not shipped: evaluations, benchmarks, model training.
        .target(
            name: "PostmottakDev",
            dependencies: [
                "PostmottakCore", "PostmottakScan", "PostmottakStore",
                grdb,
            ],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "postmottak-dev",
            dependencies: [
                "PostmottakDev", "PostmottakApp", "PostmottakCore", "PostmottakConfig", "PostmottakStore", "PostmottakMail",
                "PostmottakScan", "PostmottakClassify", "PostmottakPipeline", "PostmottakIntake",
                argumentParser,
                logging,
            ],
            swiftSettings: swiftSettings),

        // MARK: Fuzzing: the readers of hostile input under libFuzzer (`make fuzz`); built
        // plainly, a replay of a corpus and the writer of the seed corpus.
        .target(name: "CFuzzDriver", path: "Sources/CFuzzDriver"),
        .executableTarget(
            name: "postmottak-fuzz",
            dependencies: ["PostmottakCore", "PostmottakMail", "PostmottakScan", "CFuzzDriver"],
            path: "Sources/PostmottakFuzz",
            swiftSettings: swiftSettings),

        // MARK: Tests mirror the modules.
        .testTarget(
            name: "PostmottakCoreTests",
            dependencies: ["PostmottakCore", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: swiftSettings),
        .testTarget(name: "PostmottakConfigTests", dependencies: ["PostmottakConfig", "PostmottakCore"], swiftSettings: swiftSettings),
        .testTarget(name: "PostmottakTransportTests", dependencies: ["PostmottakTransport"], swiftSettings: swiftSettings),
        .testTarget(name: "PostmottakOpenIDTests",
                    dependencies: ["PostmottakOpenID", crypto, .product(name: "_CryptoExtras", package: "swift-crypto")],
                    swiftSettings: swiftSettings),
        .testTarget(name: "PostmottakMailTests", dependencies: ["PostmottakMail", "PostmottakCore"], swiftSettings: swiftSettings),
        .testTarget(name: "PostmottakScanTests", dependencies: ["PostmottakScan", "PostmottakCore"], swiftSettings: swiftSettings),
        .testTarget(name: "PostmottakClassifyTests", dependencies: ["PostmottakClassify", "PostmottakCore"], swiftSettings: swiftSettings),
        .testTarget(name: "PostmottakStoreTests", dependencies: ["PostmottakStore", "PostmottakCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PostmottakDeliveryTests",
            dependencies: ["PostmottakDelivery", "PostmottakStore", "PostmottakTransport", "PostmottakCore", logging],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "PostmottakPipelineTests",
            dependencies: ["PostmottakPipeline", "PostmottakApp", "PostmottakIntake", "PostmottakConfig", "PostmottakStore",
                           "PostmottakCore", "PostmottakClassify", logging],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "PostmottakWebTests",
            dependencies: ["PostmottakWeb", "PostmottakApp", "PostmottakConfig", "PostmottakStore", "PostmottakCore", "PostmottakIntake",
                           "PostmottakPipeline", "PostmottakOpenID", crypto,
                           .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "Hummingbird", package: "hummingbird"), logging],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "PostmottakIntakeTests",
            dependencies: ["PostmottakIntake", "PostmottakApp", "PostmottakConfig", "PostmottakStore", "PostmottakCore",
                           "PostmottakMail", logging],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "PostmottakAppTests",
            dependencies: ["PostmottakApp", "PostmottakIntake", "PostmottakConfig", "PostmottakStore", "PostmottakCore", logging],
            swiftSettings: swiftSettings),
        .testTarget(name: "PostmottakDevTests", dependencies: ["PostmottakDev", "PostmottakScan"], swiftSettings: swiftSettings),
    ]
)
