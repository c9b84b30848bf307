import Foundation

/// Reads the cover's date and the list of units in 机构设置及部门决算单位构成 (the department
/// and year come from every place the report prints them: `IdentityReader`).
struct CoverReader {
    let lines: ReportLines

    /// How far into the file the cover may reach: past it stand the table of contents and the text.
    static let coverLines = 40

    /// The date printed on the cover (2025 年 8 月 25 日 → 2025-08-25), if any.
    func publishedOn() -> String? {
        for line in lines.lines.prefix(Self.coverLines) {
            let key = TextNormalizer.key(line)
            if key == "目录" { break }
            if let match = key.firstMatch(of: Patterns.date) {
                let pad = { (part: Substring) in part.count == 1 ? "0\(part)" : String(part) }
                return "\(match.1)-\(pad(match.2))-\(pad(match.3))"
            }
        }
        return nil
    }

    /// The numbered units listed after "…单位包括：", in printed order.
    func units() -> [ListedUnit] {
        // (Both phrases hold 包括: the Foundation search runs only on the lines that hold it too.)
        guard let start = lines.lines.firstIndex(where: { $0.holds("包括") && ($0.contains("单位包括") || $0.contains("单位构成包括")) }) else {
            return []
        }
        var units: [ListedUnit] = []
        for (index, line) in lines.lines.enumerated().dropFirst(start + 1) {
            let text = line.trimmingWhitespace()
            if text.isEmpty { continue }
            // (A plain text read on its bytes, the pattern's rest: it is trimmed.)
            let read = PlainScanner.isPlain(text) ? PlainScanner.rest(of: text) { $0.listedItem() } : text.prefixMatch(of: Patterns.listedUnit)?.1
            guard let item = read else { break }
            var name = TextNormalizer.cellText(String(item))
            while let last = name.last, "。；;，,".contains(last) { name.removeLast() }
            units.append(ListedUnit(name: name, location: lines.location(index)))
        }
        return units
    }

    /// The patterns, built once (a regex literal is compiled again at every evaluation).
    enum Patterns {
        nonisolated(unsafe) static let date = #/([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日/#
        nonisolated(unsafe) static let listedUnit = #/^[0-9]+\s*[.、．]\s*(.+)$/#
    }
}
