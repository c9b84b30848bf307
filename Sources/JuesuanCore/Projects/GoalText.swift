import Foundation

/// Goal texts (年度总体目标) without their HTML markup, one paragraph a line.
enum GoalText {
    /// `<p>1、…</p> <p>2、…</p>` → "1、…\n2、…"; cells of a goal wrapped over several rows
    /// are joined; other tags (<br>, <span>) are dropped, `<br>` as a line break.
    static func plain(_ cells: [String]) -> String {
        var text = cells.joined()
        for tag in ["</p>", "<br>", "<br/>", "<br />"] { text = text.replacingOccurrences(of: tag, with: "\n") }
        var out = ""
        var inTag = false
        for char in text {
            if char == "<" { inTag = true } else if char == ">" && inTag { inTag = false } else if !inTag { out.append(char) }
        }
        return out.split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
