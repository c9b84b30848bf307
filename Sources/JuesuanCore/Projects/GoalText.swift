import Foundation

/// Goal texts (年度总体目标) without their HTML markup, one paragraph a line.
enum GoalText {
    /// `<p>1、…</p> <p>2、…</p>` → "1、…\n2、…"; cells of a goal wrapped over several rows
    /// are joined; other tags (<br>, <span>) are dropped, `<br>` as a line break.
    static func plain(_ cells: [String]) -> String {
        var text = cells.joined()
        var out = ""
        if TextNormalizer.isSingleScalarText(text) {
            out = withoutTagsOfSingleScalarText(text)
        } else {
            for tag in lineBreakTags { text = text.replacingOccurrences(of: tag, with: "\n") }
            var inTag = false
            for char in text {
                if char == "<" { inTag = true } else if char == ">" && inTag { inTag = false } else if !inTag { out.append(char) }
            }
        }
        return out.split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    static let lineBreakTags = ["</p>", "<br>", "<br/>", "<br />"]

    /// The line-break tags turned into line breaks and other tags dropped, in one pass over the
    /// scalars: for text of single isolated scalars (see `TextNormalizer.isIsolatedScalar`) the
    /// same as the `replacingOccurrences` and `Character` passes, since no two tags can overlap.
    static func withoutTagsOfSingleScalarText(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let tags = lineBreakTags.map { Array($0.unicodeScalars) }
        var out = String.UnicodeScalarView()
        var inTag = false
        var index = 0
        while index < scalars.count {
            if scalars[index] == "<", let tag = tags.first(where: { scalars[index...].starts(with: $0) }) {
                index += tag.count
                if !inTag { out.append("\n") }
                continue
            }
            let scalar = scalars[index]
            if scalar == "<" { inTag = true } else if scalar == ">" && inTag { inTag = false } else if !inTag { out.append(scalar) }
            index += 1
        }
        return String(out)
    }
}
