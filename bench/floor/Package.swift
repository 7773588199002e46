// swift-tools-version:6.1
// The least a Swift program built from liaison's own parts pays for one list: the command line
// parsed by swift-argument-parser, the file opened by GRDB, the list's query run and printed.
// No need-to-know rules, audit, migrations check or table: bench/side-by-side.sh times it
// beside liaison and the sqlite3 tool, to show what the platform itself costs.
import PackageDescription

let package = Package(
  name: "floor",
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
  ],
  targets: [
    .executableTarget(
      name: "floor",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ])
  ])
