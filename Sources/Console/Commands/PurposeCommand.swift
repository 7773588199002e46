import ArgumentParser
import CaseModel
import Foundation
import Storage

struct PurposeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "purpose",
    abstract: "State why you consult records; every consultation and export records it.",
    discussion: """
      The purpose is stated once and kept until changed: in general, or for one operation \
      with --op (which then applies to its records). Without text, prints the purposes \
      stated. Example: liaison purpose "preparing the 12 Dec technical meeting" --op TF-MAR
      """)
  @OptionGroup var global: GlobalOptions
  @Argument(help: "The purpose, in a few words.") var words: [String] = []
  @Option(name: .customLong("op"), help: "For this operation only.") var operation: String?
  @Flag(help: "Withdraw the purpose (in general, or for --op).") var clear = false

  func run() throws {
    let context = try global.context()
    let actor = try context.actor()
    let op = try operation.map { try context.store.operation($0) }
    let scope = op.map { " for \($0.code)" } ?? ""
    if clear {
      guard words.isEmpty else { throw CommandFailure("use either a purpose or --clear") }
      try context.store.statePurpose(nil, operation: op, as: actor)
      context.output.print("purpose withdrawn\(scope)")
    } else if !words.isEmpty {
      let text = words.joined(separator: " ")
      try context.store.statePurpose(text, operation: op, as: actor)
      context.output.print("purpose\(scope): \(text)")
    } else {
      let general = try context.store.purpose(of: actor.id) ?? Store.noPurpose
      context.output.print("purpose: \(general)")
      if let op {
        let specific = try context.store.purpose(of: actor.id, operation: op.id) ?? general
        context.output.print("purpose for \(op.code): \(specific)")
      }
    }
  }
}
