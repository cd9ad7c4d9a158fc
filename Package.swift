// swift-tools-version:6.0
import PackageDescription

/// Where scripts/release-build links libsqlite3.a and libcmark.a from: a folder searched before
/// the system's, so a Linux release build links them statically. Loading and binding
/// libsqlite3.so was a sixth of a walk's start-up (1,238 of its own functions bound at load, as
/// Debian builds it). Debug builds, and release builds without the folder (a plain
/// `swift build -c release`), link the shared libraries.
let staticLibraries = Context.packageDirectory + "/.build/static-libraries"

#if os(Linux)
// No pkg-config on Linux: libcmark.pc adds -L for the system library folder ahead of every
// other -L, where the shared libraries would always win over `staticLibraries`; the
// distributions put cmark's header and library in the compiler's default paths.
let cmarkPkgConfig: String? = nil
#else
// Elsewhere (Homebrew's /opt/homebrew) pkg-config is how cmark is found.
let cmarkPkgConfig: String? = "libcmark"
#endif

let package = Package(
    name: "Stepwise",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stepwise", targets: ["stepwise"]),
        .library(name: "StepwiseArticle", targets: ["StepwiseArticle"]),
        .library(name: "StepwiseFlow", targets: ["StepwiseFlow"]),
        .library(name: "StepwiseChecks", targets: ["StepwiseChecks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(name: "Ccmark", pkgConfig: cmarkPkgConfig, providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]),
        .target(
            name: "StepwiseArticle",
            dependencies: ["Ccmark", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "StepwiseFlow", dependencies: ["StepwiseArticle", .product(name: "Yams", package: "Yams")]),
        // The program's own interface strings ship as resources beside the binary.
        .target(name: "StepwiseLocale", dependencies: ["StepwiseArticle", .product(name: "Yams", package: "Yams")], resources: [.copy("Catalogs")]),
        // The files translators exchange (Stepwise and Rails YAML, gettext PO, XLIFF, String
        // Catalogs) read into one message model, and the placeholder syntaxes they use.
        .target(
            name: "StepwiseCatalogFormats",
            dependencies: ["StepwiseArticle", "StepwiseLocale", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "StepwiseDomain", dependencies: ["StepwiseLocale", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "StepwiseWizard", dependencies: ["StepwiseArticle", "StepwiseFlow", "StepwiseLocale", "StepwiseDomain"]),
        .target(
            name: "StepwiseChecks",
            dependencies: ["StepwiseArticle", "StepwiseFlow", "StepwiseLocale", "StepwiseCatalogFormats", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "StepwiseTerminal", dependencies: ["StepwiseArticle", "StepwiseFlow", "StepwiseLocale", "StepwiseDomain", "StepwiseWizard"]),
        .target(
            name: "StepwiseSite",
            dependencies: ["StepwiseArticle", "StepwiseFlow", "StepwiseLocale", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Templates"), .copy("Assets")],
            // The ICU inside the toolchain's Foundation, for the locale index's collation keys
            // (TitleCollation): its module map names no library to link.
            linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "stepwise",
            dependencies: [
                "StepwiseArticle", "StepwiseFlow", "StepwiseLocale", "StepwiseWizard", "StepwiseTerminal", "StepwiseDomain", "StepwiseChecks", "StepwiseSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // What `stepwise init` writes.
            resources: [.copy("ProjectTemplate")],
            linkerSettings: [.unsafeFlags(["-L", staticLibraries], .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "stepwise-benchmarks",
            dependencies: ["Ccmark", "StepwiseArticle", "StepwiseFlow", "StepwiseLocale", "StepwiseChecks"],
            path: "Benchmarks/StepwiseBenchmarks"
        ),
        .executableTarget(name: "trivial-swift", path: "Benchmarks/TrivialSwift"),
        // Compiles the shipped YAML catalogs into StepwiseLocale (scripts/generate-catalogs).
        .executableTarget(name: "generate-catalogs", dependencies: ["StepwiseLocale"], path: "Tools/GenerateCatalogs"),
        // libFuzzer target (scripts/fuzz builds it with -sanitize=fuzzer,address -DFUZZING); a
        // plain build replays input files, which the regression tests use.
        .executableTarget(
            name: "stepwise-fuzz",
            dependencies: ["StepwiseArticle", "StepwiseFlow", "StepwiseLocale", "StepwiseTerminal", "StepwiseWizard", "StepwiseSite", "StepwiseChecks"],
            path: "Fuzz/StepwiseFuzz"
        ),
        .testTarget(name: "StepwiseArticleTests", dependencies: ["StepwiseArticle", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "StepwiseFlowTests", dependencies: ["StepwiseFlow", "StepwiseArticle", "StepwiseLocale"], exclude: ["Fixtures"]),
        .testTarget(name: "StepwiseLocaleTests", dependencies: ["StepwiseLocale"]),
        .testTarget(
            name: "StepwiseCatalogFormatsTests",
            dependencies: ["StepwiseCatalogFormats", "StepwiseLocale", "StepwiseArticle", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "StepwiseTerminalTests", dependencies: ["StepwiseTerminal", "StepwiseArticle", "StepwiseFlow", "StepwiseLocale", "StepwiseWizard"]),
        .testTarget(name: "StepwiseWizardTests", dependencies: ["StepwiseWizard", "StepwiseArticle", "StepwiseFlow", "StepwiseLocale", "StepwiseDomain"]),
        .testTarget(
            name: "StepwiseDomainTests",
            dependencies: ["StepwiseDomain", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "StepwiseChecksTests", dependencies: ["StepwiseChecks", "StepwiseArticle", "StepwiseFlow", "StepwiseLocale"], exclude: ["Fixtures"]),
        .testTarget(
            name: "StepwiseSiteTests",
            dependencies: ["StepwiseSite", "StepwiseArticle", "StepwiseFlow", "StepwiseLocale", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(name: "StepwiseCLITests", dependencies: ["stepwise", "stepwise-fuzz", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    ]
)
