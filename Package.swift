// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "liaison",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "liaison", targets: ["Console"])
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    .target(name: "CNCurses", linkerSettings: [.linkedLibrary("ncursesw")]),
    .target(name: "CaseModel"),
    .target(
      name: "Storage",
      dependencies: [
        "CaseModel",
        .product(name: "GRDB", package: "GRDB.swift"),
        // The SQLite C API, for the write-ahead-log hook GRDB does not wrap.
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .executableTarget(
      name: "Console",
      dependencies: [
        "CaseModel",
        "Storage",
        "CNCurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "TOMLKit", package: "TOMLKit"),
      ]),
    // Inputs for the fuzz tests, shared by the test targets.
    .target(name: "Fuzzing", dependencies: ["CaseModel"], path: "Tests/Fuzzing"),
    .testTarget(name: "CaseModelTests", dependencies: ["CaseModel", "Fuzzing"]),
    .testTarget(
      name: "StorageTests",
      dependencies: [
        "Storage", "CaseModel", "Fuzzing", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .testTarget(
      name: "ConsoleTests", dependencies: ["Console", "Storage", "CaseModel", "Fuzzing"],
      exclude: ["Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)
