import Foundation
import TOMLKit

/// Finds and reads theme files: `NAME.toml` with a `[slots]` table.
///
/// ```toml
/// name = "default"
/// [slots]
/// title = { fg = "cyan", bold = true }
/// "priority.urgent" = { fg = "bright-red", bold = true }
/// ```
///
/// Themes are looked for in `$XDG_CONFIG_HOME/liaison/themes`, then in the `themes` folder
/// shipped beside the program (found by walking up from the executable, so `swift run` from a
/// checkout finds the repository's `themes/`), then in `/usr/share/liaison/themes`.
public enum ThemeLoader {
  public struct Failure: Error, CustomStringConvertible {
    public let description: String
  }

  public static func folders(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> [String] {
    var folders = [ConfigLocation.configDirectory(environment: environment) + "/themes"]
    var directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for _ in 0..<5 {
      folders.append(directory.appendingPathComponent("themes").path)
      folders.append(directory.appendingPathComponent("share/liaison/themes").path)
      directory.deleteLastPathComponent()
    }
    folders.append("/usr/share/liaison/themes")
    return folders
  }

  /// The names of the themes that can be loaded, sorted.
  public static func available(in folders: [String] = folders()) -> [String] {
    var names = Set<String>()
    for folder in folders {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for file in files where file.hasSuffix(".toml") { names.insert(String(file.dropLast(5))) }
    }
    return names.sorted()
  }

  /// Loads the theme called `name` from the first folder that has it.
  public static func load(_ name: String, from folders: [String] = folders()) throws -> Theme {
    guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    else { throw Failure(description: "theme name \(quotedName(name)) is not valid") }
    for folder in folders {
      let path = folder + "/" + name + ".toml"
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
      return try parse(text, name: name, source: path)
    }
    let known = available(in: folders)
    throw Failure(
      description: "no theme named \(quotedName(name))"
        + (known.isEmpty ? "" : "; available: " + known.joined(separator: ", ")))
  }

  /// Reads a theme file's text.
  public static func parse(_ text: String, name: String, source: String) throws -> Theme {
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw Failure(
        description: "\(source):\(error.source.begin.line): \(error.description)")
    }
    guard let slots = table["slots"]?.table else {
      throw Failure(description: "\(source): no [slots] table")
    }
    var styles: [Slot: TextStyle] = [:]
    for (key, value) in slots {
      guard let slot = Slot(rawValue: key) else {
        throw Failure(
          description: "\(source): unknown slot \(quotedName(key)); slots are "
            + Slot.allCases.map(\.rawValue).joined(separator: ", "))
      }
      guard let entry = value.table else {
        throw Failure(
          description: "\(source): slot \(key) must be a table such as { fg = \"red\" }")
      }
      styles[slot] = try style(entry, slot: key, source: source)
    }
    return Theme(name: table["name"]?.string ?? name, styles: styles)
  }

  private static func style(_ entry: TOMLTable, slot: String, source: String) throws -> TextStyle {
    var style = TextStyle()
    for (key, value) in entry {
      switch key {
      case "fg", "bg":
        guard let text = value.string, let color = Color(parsing: text) else {
          throw Failure(
            description: "\(source): \(slot).\(key) is not a colour (a name such as cyan or "
              + "bright-red, 0–255, or #rrggbb)")
        }
        if key == "fg" { style.foreground = color } else { style.background = color }
      case "bold", "dim", "underline", "reverse":
        guard let flag = value.bool else {
          throw Failure(description: "\(source): \(slot).\(key) must be true or false")
        }
        switch key {
        case "bold": style.bold = flag
        case "dim": style.dim = flag
        case "underline": style.underline = flag
        default: style.reverse = flag
        }
      default:
        throw Failure(
          description: "\(source): \(slot) has an unknown key \(key) (use fg, bg, bold, dim, "
            + "underline, reverse)")
      }
    }
    return style
  }

  private static func quotedName(_ text: String) -> String {
    "\"" + TextSanitizer.line(String(text.prefix(40))) + "\""
  }
}

/// Where configuration lives: `$XDG_CONFIG_HOME/liaison`, or `~/.config/liaison`.
public enum ConfigLocation {
  public static func configDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/liaison" }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.config/liaison"
  }
}
