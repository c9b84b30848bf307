// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Juesuan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "juesuan", targets: ["juesuan"]),
        .library(name: "JuesuanCore", targets: ["JuesuanCore"]),
        .library(name: "JuesuanLibPQ", targets: ["JuesuanLibPQ"]),
        .library(name: "JuesuanWarehouse", targets: ["JuesuanWarehouse"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    // The layers, bottom up: CLibPQ → JuesuanLibPQ (a libpq driver and a local cluster, nothing
    // of 决算); CCrypto → JuesuanCore (pure parsing and the model) → JuesuanPDF (running pdftotext);
    // JuesuanWarehouse (loader, migrator, checks: the model into PostgreSQL, no PDF); the CLI on
    // top, holding the orchestration of files (which reader, which database, in what order).
    targets: [
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"]), .brew(["libpq"])]
        ),
        .target(
            name: "JuesuanLibPQ",
            dependencies: ["CLibPQ", .product(name: "Logging", package: "swift-log")]
        ),
        // OpenSSL's libcrypto, for the SHA-256 of a report's file (its version's identity).
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"]), .brew(["openssl"])]),
        .target(name: "JuesuanCore", dependencies: ["CCrypto"]),
        // zlib, for the PNGs of printed pages (`trace --png`, `show --png`).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(name: "JuesuanPDF", dependencies: ["JuesuanCore", "CZlib"]),
        .target(
            name: "JuesuanWarehouse",
            dependencies: ["JuesuanLibPQ", "JuesuanCore", .product(name: "Logging", package: "swift-log")]
        ),
        .executableTarget(
            name: "juesuan",
            dependencies: [
                "JuesuanCore",
                "JuesuanPDF",
                "JuesuanLibPQ",
                "JuesuanWarehouse",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Benchmarks/run.sh: parse throughput (`juesuan-bench parse`); not part of the product.
        .executableTarget(name: "juesuan-bench", dependencies: ["JuesuanCore", "JuesuanPDF"], path: "Benchmarks/Bench"),
        // A throwaway PostgreSQL server for the tests that need one.
        .target(name: "JuesuanTestSupport", dependencies: ["JuesuanLibPQ"], path: "Tests/JuesuanTestSupport"),
        .testTarget(
            name: "JuesuanCoreTests",
            dependencies: ["JuesuanCore"],
            // Traced pages for the grid tests, read through #filePath.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "JuesuanLibPQTests",
            dependencies: ["JuesuanLibPQ", "JuesuanTestSupport"]
        ),
        .testTarget(
            name: "JuesuanEndToEndTests",
            dependencies: ["JuesuanLibPQ", "JuesuanWarehouse", "JuesuanCore", "JuesuanPDF", "JuesuanTestSupport"],
            // Golden files are read through #filePath, not bundled.
            exclude: ["Fixtures"]
        ),
    ]
)
