import Foundation

/// Reads the cover of a report (department, fiscal year, date) and the list of
/// units in 机构设置及部门决算单位构成.
struct CoverReader {
    let lines: ReportLines

    /// How far into the file the cover may reach: past it stand the table of contents and the text.
    static let coverLines = 40

    /// The cover fields found, each nil when the cover does not print it.
    func read() -> (department: String?, fiscalYear: Int?, publishedOn: String?) {
        var department: String?
        var year: Int?
        var date: String?
        var previous = ""
        for line in lines.lines.prefix(Self.coverLines) {
            defer { if !line.trimmingWhitespace().isEmpty { previous = line } }
            let key = TextNormalizer.key(line)
            if key == "目录" { break }
            if date == nil, let match = key.firstMatch(of: Patterns.date) {
                let pad = { (part: Substring) in part.count == 1 ? "0\(part)" : String(part) }
                date = "\(match.1)-\(pad(match.2))-\(pad(match.3))"
                continue
            }
            if year == nil, let match = key.firstMatch(of: Patterns.year) { year = Int(match.1) }
            if department == nil, let range = line.range(of: "部门决算", options: .backwards) {
                let name = TextNormalizer.cellText(
                    String(line[..<range.lowerBound]).replacing(Patterns.yearWithSpace, with: ""))
                // "2024年度部门决算" under the department's name on a line of its own.
                let printedAbove = TextNormalizer.cellText(previous)
                if !name.isEmpty {
                    department = name
                } else if !printedAbove.isEmpty, printedAbove.firstMatch(of: #/[0-9]/#) == nil {
                    department = printedAbove
                }
            }
        }
        return (department, year, date)
    }

    /// The numbered units listed after "…单位包括：", in printed order.
    func units() -> [ListedUnit] {
        guard let start = lines.lines.firstIndex(where: { $0.contains("单位包括") || $0.contains("单位构成包括") }) else {
            return []
        }
        var units: [ListedUnit] = []
        for (index, line) in lines.lines.enumerated().dropFirst(start + 1) {
            let text = line.trimmingWhitespace()
            if text.isEmpty { continue }
            guard let match = text.firstMatch(of: Patterns.listedUnit) else { break }
            var name = TextNormalizer.cellText(String(match.1))
            while let last = name.last, "。；;，,".contains(last) { name.removeLast() }
            units.append(ListedUnit(name: name, location: lines.location(index)))
        }
        return units
    }

    /// The patterns, built once (a regex literal is compiled again at every evaluation).
    enum Patterns {
        nonisolated(unsafe) static let date = #/([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日/#
        nonisolated(unsafe) static let year = #/([0-9]{4})年度/#
        nonisolated(unsafe) static let yearWithSpace = #/[0-9]{4}\s*年度/#
        nonisolated(unsafe) static let listedUnit = #/^[0-9]+\s*[.、．]\s*(.+)$/#
    }
}
