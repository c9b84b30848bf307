import Foundation

/// Copies of the seed report with one change each, written to temporary files.
enum SeedVariant {
    /// The department the seed reports on, as its cover and its 部门 lines print it.
    static let department = "吉林省人民政府办公厅"

    /// The seed's text.
    static func seed() throws -> String {
        try String(contentsOfFile: Warehouse.seedPath, encoding: .utf8)
    }

    /// The seed as another department's report: the cover line (…部门决算) and the
    /// 部门：…（汇总） lines above the tables name `name`; the rest stays as printed.
    static func renamingDepartment(to name: String) throws -> String {
        let lines = try seed().components(separatedBy: "\n").map { line in
            if line == department + "部门决算" { return name + "部门决算" }
            if line.hasPrefix("部门") { return line.replacingOccurrences(of: department, with: name) }
            return line
        }
        return lines.joined(separator: "\n")
    }

    /// The seed with one amount changed (公开01 八、其他收入 12.73 → 12.74): a new version of the same document.
    static func changedVersion() throws -> String {
        let original = try seed()
        let changed = original.replacingOccurrences(of: "八、其他收入\t8\t12.73", with: "八、其他收入\t8\t12.74")
        guard changed != original else { throw TestFailure("the seed no longer prints 八、其他收入 12.73") }
        return changed
    }

    /// Writes `text` to a new file in a new temporary folder and returns its path; remove it with `remove`.
    static func write(_ text: String, name: String = "report.txt") throws -> String {
        try write(Data(text.utf8), name: name)
    }

    /// Writes `data` to a new file in a new temporary folder and returns its path; remove it with `remove`.
    static func write(_ data: Data, name: String = "report.txt") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }

    /// Removes a file written by `write`, with its folder.
    static func remove(_ path: String) {
        // A leftover temp folder harms nothing.
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
    }
}
