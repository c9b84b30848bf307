import Foundation

/// Goal texts (年度总体目标) without their HTML markup, one paragraph a line.
enum GoalText {
    /// `<p>1、…</p> <p>2、…</p>` → "1、…\n2、…"; cells of a goal wrapped over several rows
    /// are joined; other tags (<br>, <span>) are dropped, `<br>` as a line break.
    static func plain(_ cells: [String]) -> String {
        let text = cells.joined()
        return TextNormalizer.isSingleScalarText(text) ? plainOfSingleScalarText(text) : plainByCharacters(text)
    }

    /// `plain` on `Character`s: for any text, and the reference the byte path is tested against.
    static func plainByCharacters(_ text: String) -> String {
        var text = text
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
        return text.withUTF8 { bytes in
            // Written into buffers as long as the text (the result is never longer): appending
            // byte by byte to arrays cost most of the pass.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { plain in
                // The text without tags, a line-break tag as a line break.
                var count = 0
                var inTag = false
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "<"), let tag = lineBreakTagBytes.first(where: { bytes[index...].starts(with: $0) }) {
                        index += tag.count
                        if !inTag {
                            plain[count] = 0x0A
                            count += 1
                        }
                        continue
                    }
                    if byte == UInt8(ascii: "<") {
                        inTag = true
                    } else if byte == UInt8(ascii: ">") && inTag {
                        inTag = false
                    } else if !inTag {
                        plain[count] = byte
                        count += 1
                    }
                    index += 1
                }
                // Its lines trimmed, the empty ones dropped.
                let lines = UnsafeBufferPointer(rebasing: plain[..<count])
                return String(unsafeUninitializedCapacity: max(count, 1)) { out in
                    var written = 0
                    var start = 0
                    while start < lines.count {
                        let end = lines[start...].firstIndex(of: 0x0A) ?? lines.count
                        let line = TextNormalizer.trimmingWhitespace(start..<end, in: lines)
                        if !line.isEmpty {
                            if written > 0 {
                                out[written] = 0x0A
                                written += 1
                            }
                            for offset in line { out[written + offset - line.lowerBound] = lines[offset] }
                            written += line.count
                        }
                        start = end + 1
                    }
                    return written
                }
            }
        }
    }
}
