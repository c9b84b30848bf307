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
        if let fast = cellTextOfSingleScalarText(raw) { return fast }
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

    /// `cellText` on Unicode scalars, for text whose characters are all single isolated
    /// scalars (see `keyOfSingleScalarText`); nil otherwise.
    static func cellTextOfSingleScalarText(_ raw: String) -> String? {
        let scalars = Array(raw.unicodeScalars)
        guard scalars.allSatisfy({ isIsolatedScalar($0.value) }) else { return nil }
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        var index = 0
        while index < scalars.count, isWhitespaceScalar(scalars[index].value) { index += 1 }
        var end = scalars.count
        while end > index, isWhitespaceScalar(scalars[end - 1].value) { end -= 1 }
        while index < end {
            let scalar = scalars[index]
            guard isWhitespaceScalar(scalar.value) else {
                out.append(scalar)
                last = scalar
                index += 1
                continue
            }
            var next = index
            while next < end, isWhitespaceScalar(scalars[next].value) { next += 1 }
            if let before = last, next < end {
                let after = scalars[next]
                if !isWideScalar(before.value), !isWideScalar(after.value), !isMathSignScalar(before), !isMathSignScalar(after) {
                    out.append(" ")
                }
            }
            index = next
        }
        return String(out)
    }

    /// White_Space among the scalars `isIsolatedScalar` accepts (the others, 0A–0D, 85 and
    /// 1680, make the text take the `Character` path).
    @inline(__always)
    static func isWhitespaceScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `Character.isWide` of a one-scalar character.
    @inline(__always)
    static func isWideScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x3000...0x303F, 0x20000...0x2FFFF: return true
        case 0x2018...0x201F, 0x2014, 0x2026: return true
        default: return false
        }
    }

    /// `Character.isMathSign` of a one-scalar character.
    @inline(__always)
    static func isMathSignScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "≥" || scalar == "≤" || scalar == "=" || scalar == "＞" || scalar == "＜" || scalar == ">" || scalar == "<"
    }

    /// The comparison key of a header cell or title: no white space at all, full-width
    /// brackets folded to ASCII, quotation marks and list numbering removed.
    public static func key(_ raw: String) -> String {
        if let fast = keyOfSingleScalarText(raw) { return fast }
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

    /// `key` computed on Unicode scalars, for text in which every character is one scalar
    /// that never joins its neighbours into a grapheme cluster (ASCII without CR, Latin-1,
    /// CJK ideographs and punctuation, full-width forms, general punctuation and symbols);
    /// nil for any other text, which takes the `Character` path. On such text both paths
    /// give the same result, and this one skips grapheme breaking, the bulk of the cost.
    static func keyOfSingleScalarText(_ raw: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            let value = scalar.value
            guard isIsolatedScalar(value) else { return nil }
            if isWhitespaceScalar(value) { continue }
            switch value {
            case 0x201C, 0x201D, 0x22, 0x2018, 0x2019, 0x27, 0x300E, 0x300F, 0x300C, 0x300D: continue  // quoteMarks
            case 0xFF08: bytes.append(0x28)  // （ → (
            case 0xFF09: bytes.append(0x29)  // ） → )
            case 0xFF1A: bytes.append(0x3A)  // ： → :
            default: appendUTF8(value, to: &bytes)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a scalar's UTF-8 encoding.
    @inline(__always)
    static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
        switch value {
        case ..<0x80:
            bytes.append(UInt8(value))
        case ..<0x800:
            bytes.append(0xC0 | UInt8(value >> 6))
            bytes.append(0x80 | UInt8(value & 0x3F))
        case ..<0x10000:
            bytes.append(0xE0 | UInt8(value >> 12))
            bytes.append(0x80 | UInt8((value >> 6) & 0x3F))
            bytes.append(0x80 | UInt8(value & 0x3F))
        default:
            bytes.append(0xF0 | UInt8(value >> 18))
            bytes.append(0x80 | UInt8((value >> 12) & 0x3F))
            bytes.append(0x80 | UInt8((value >> 6) & 0x3F))
            bytes.append(0x80 | UInt8(value & 0x3F))
        }
    }

    /// Whether a scalar is always a grapheme cluster of its own in the ranges `keyOfSingleScalarText` accepts.
    @inline(__always)
    static func isIsolatedScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x20...0x7E, 0xA0...0xFF: return true
        case 0x2000...0x200B, 0x200E...0x206F: return true  // general punctuation, without ZWNJ / ZWJ
        case 0x2100...0x23FF, 0x2460...0x27BF: return true  // letterlike, arrows, math, enclosed numbers, shapes
        case 0x2E80...0x3029, 0x3030...0x3098, 0x309B...0x9FFF: return true  // CJK, without the combining marks 302A–302F, 3099–309A
        case 0xF900...0xFAFF, 0xFE30...0xFE4F: return true
        case 0xFF00...0xFF9D, 0xFFA0...0xFFEF: return true  // full-width forms, without the voiced sound marks FF9E–FF9F
        default: return false
        }
    }

    /// The cells of a tab-separated line: the same as `line.components(separatedBy: "\t")`,
    /// split on the UTF-8 tab byte without going through Foundation.
    public static func tabCells(_ line: String) -> [String] {
        line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether every scalar of the text is a grapheme cluster of its own (see `isIsolatedScalar`),
    /// so that scalar-wise and `Character`-wise processing agree.
    static func isSingleScalarText(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { isIsolatedScalar($0.value) }
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
