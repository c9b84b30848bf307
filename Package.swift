// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Juesuan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "juesuan", targets: ["juesuan"]),
        .library(name: "JuesuanCore", targets: ["JuesuanCore"]),
        .library(name: "JuesuanPostgres", targets: ["JuesuanPostgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"]), .brew(["libpq"])]
        ),
        .target(name: "JuesuanCore"),
        .target(name: "JuesuanPDF", dependencies: ["JuesuanCore"]),
        .target(
            name: "JuesuanPostgres",
            dependencies: [
                "CLibPQ",
                "JuesuanCore",
                "JuesuanPDF",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "juesuan",
            dependencies: [
                "JuesuanCore",
                "JuesuanPDF",
                "JuesuanPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Benchmarks/run.sh: parse throughput (`juesuan-bench parse`); not part of the product.
        .executableTarget(name: "juesuan-bench", dependencies: ["JuesuanCore"], path: "Benchmarks/Bench"),
        .testTarget(
            name: "JuesuanCoreTests",
            dependencies: ["JuesuanCore"]
        ),
        .testTarget(
            name: "JuesuanPostgresTests",
            dependencies: ["JuesuanPostgres", "JuesuanCore"]
        ),
        .testTarget(
            name: "JuesuanEndToEndTests",
            dependencies: ["JuesuanPostgres", "JuesuanCore", "JuesuanPDF"],
            // Golden files are read through #filePath, not bundled.
            exclude: ["Fixtures"]
        ),
    ]
)
