import Foundation
import JuesuanCore

/// Test inputs: the shipped seed report, and fragments written for one variation each.
enum Fixture {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let seedName = "seeds/000_f428d76052f7ee41.txt"

    static func seedData() throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(seedName))
    }

    static func seed() throws -> Report {
        try ReportParser.parse(file: "seed.txt", data: seedData())
    }

    /// A report made of a cover and the given body; `|` in the body stands for a tab.
    static func report(_ body: String, file: String = "fragment.txt") throws(ParseError) -> Report {
        try ReportParser.parse(file: file, data: Data(text(body).utf8))
    }

    /// The text of a fragment report: cover lines, then the body with `|` as tabs.
    static func text(_ body: String) -> String {
        """
        2024 年度

        测试厅部门决算

        2025 年 8 月 25 日

        \(body.replacingOccurrences(of: "|", with: "\t"))

        """
    }

    /// The line number in `text(body)` of the first line of the body that contains `marker`.
    static func line(of marker: String, in body: String) -> Int {
        let lines = text(body).components(separatedBy: "\n")
        let tabbed = marker.replacingOccurrences(of: "|", with: "\t")
        return (lines.firstIndex { $0.contains(tabbed) } ?? -1) + 1
    }
}

extension ParsedTable {
    /// The rows of one side, as (label, 行次, printed amounts) for compact assertions.
    func side(_ part: RowPart) -> [(String, Int?, [String?])] {
        rows.filter { $0.part == part }.map { ($0.label, $0.lineNumber, $0.cells.map { $0.amount?.text }) }
    }

    /// (code, label, printed amounts) of every row.
    var coded: [(String?, String, [String?])] {
        rows.map { ($0.code, $0.label, $0.cells.map { $0.amount?.text }) }
    }
}
