import Foundation

/// Goal texts (年度总体目标) without their HTML markup, one paragraph a line.
enum GoalText {
    /// `<p>1、…</p> <p>2、…</p>` → "1、…\n2、…"; cells of a goal wrapped over several rows
    /// are joined; other tags (<br>, <span>) are dropped, `<br>` as a line break.
    static func plain(_ cells: [String]) -> String {
        var text = cells.joined()
        if TextNormalizer.isSingleScalarText(text) { return plainOfSingleScalarText(text) }
        for tag in lineBreakTags { text = text.replacingOccurrences(of: tag, with: "\n") }
        var out = ""
        var inTag = false
        for char in text {
            if char == "<" { inTag = true } else if char == ">" && inTag { inTag = false } else if !inTag { out.append(char) }
        }
        return out.split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    static let lineBreakTags = ["</p>", "<br>", "<br/>", "<br />"]
    /// `lineBreakTags` as UTF-8.
    static let lineBreakTagBytes = lineBreakTags.map { Array($0.utf8) }

    /// `plain` on the UTF-8 bytes, for text of single isolated scalars (see
    /// `TextNormalizer.isIsolatedScalar`): there every `Character` is one scalar (a line break
    /// too, which joins no neighbour), so the tags, the line breaks and the white space are found
    /// as bytes, in one pass that is the same as the `replacingOccurrences` and `Character` passes,
    /// since no two tags can overlap.
    static func plainOfSingleScalarText(_ text: String) -> String {
        var text = text
        let tags = lineBreakTagBytes
        // The text without tags, a line-break tag as a line break.
        var plain: [UInt8] = []
        text.withUTF8 { bytes in
            plain.reserveCapacity(bytes.count)
            var inTag = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<"), let tag = tags.first(where: { bytes[index...].starts(with: $0) }) {
                    index += tag.count
                    if !inTag { plain.append(0x0A) }
                    continue
                }
                if byte == UInt8(ascii: "<") {
                    inTag = true
                } else if byte == UInt8(ascii: ">") && inTag {
                    inTag = false
                } else if !inTag {
                    plain.append(byte)
                }
                index += 1
            }
        }
        // Its lines trimmed, the empty ones dropped.
        var out: [UInt8] = []
        plain.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                let line = TextNormalizer.trimmingWhitespace(start..<end, in: bytes)
                if !line.isEmpty {
                    if !out.isEmpty { out.append(0x0A) }
                    out += bytes[line]
                }
                start = end + 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
