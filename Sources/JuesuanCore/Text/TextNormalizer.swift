/// Text clean-up shared by every table: the one place that decides which spaces
/// are line-wrap artefacts and how header cells are compared.
public enum TextNormalizer {
    /// Removes the spaces that text extraction inserted where a printed cell wrapped.
    ///
    /// A run of white space is dropped when a CJK character or full-width
    /// punctuation stands on either side of it ("年度资金 总额" → "年度资金总额",
    /// "≥6 期" → "≥6期"); between two Latin letters or digits it is kept as one
    /// space, because there it is a real word break ("COVID 19").
    public static func cellText(_ raw: String) -> String {
        let chars = Array(raw.trimmingWhitespace())
        var out = ""
        var index = 0
        while index < chars.count {
            let char = chars[index]
            guard char.isWhitespace else {
                out.append(char)
                index += 1
                continue
            }
            var end = index
            while end < chars.count, chars[end].isWhitespace { end += 1 }
            let before = out.last
            let after = end < chars.count ? chars[end] : nil
            if let before, let after, !before.isWide, !after.isWide, !before.isMathSign, !after.isMathSign {
                out.append(" ")
            }
            index = end
        }
        return out
    }

    /// The comparison key of a header cell or title: no white space at all, full-width
    /// brackets folded to ASCII, quotation marks and list numbering removed.
    public static func key(_ raw: String) -> String {
        var out = ""
        for char in raw {
            if char.isWhitespace || quoteMarks.contains(char) { continue }
            switch char {
            case "（": out.append("(")
            case "）": out.append(")")
            case "：": out.append(":")
            default: out.append(char)
            }
        }
        return out
    }

    /// A heading without its leading list marker: "一、收入决算表" → "收入决算表",
    /// "(三) 说明" → "说明", "- 二、收入决算表" → "收入决算表".
    public static func withoutNumbering(_ text: String) -> String {
        var rest = Substring(text.trimmingWhitespace())
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
        if let sep = rest.firstIndex(where: { $0 == "、" || $0 == "." || $0 == "．" }),
            rest[..<sep].allSatisfy({ chineseNumerals.contains($0) || $0.isASCIIDigit }), sep != rest.startIndex
        {
            rest = rest[rest.index(after: sep)...]
        } else if let first = rest.first, first == "(" || first == "（",
            let close = rest.firstIndex(where: { $0 == ")" || $0 == "）" }),
            rest[rest.index(after: rest.startIndex)..<close].allSatisfy({ chineseNumerals.contains($0) })
        {
            rest = rest[rest.index(after: close)...]
        }
        return String(rest).trimmingWhitespace()
    }

    static let quoteMarks: Set<Character> = ["“", "”", "\"", "‘", "’", "'", "『", "』", "「", "」"]
    static let chineseNumerals: Set<Character> = [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零",
    ]
}

extension Character {
    /// CJK ideographs and full-width forms: characters around which extraction spaces are noise.
    var isWide: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x3000...0x303F, 0x20000...0x2FFFF:
            return true
        case 0x2018...0x201F, 0x2014, 0x2026:  // curly quotes, em dash, ellipsis as used in Chinese text
            return true
        default:
            return false
        }
    }

    /// Comparison signs that lead a target value (≥85场次): a space after them is extraction noise.
    var isMathSign: Bool { self == "≥" || self == "≤" || self == "=" || self == "＞" || self == "＜" || self == ">" || self == "<" }
}

extension StringProtocol {
    /// The text without leading and trailing white space (including U+3000 ideographic space).
    public func trimmingWhitespace() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }
}
