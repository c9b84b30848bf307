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
        cellTextOfSingleScalarText(raw) ?? cellTextByCharacters(raw)
    }

    /// `cellText` on `Character`s: for any text, and the reference the byte path is tested against.
    static func cellTextByCharacters(_ raw: String) -> String {
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

    /// `cellText` on the UTF-8 bytes, for text whose characters are all single isolated scalars
    /// (see `isIsolatedScalar`), where it gives the same as the `Character` path; nil otherwise.
    /// A white-space run between two printed scalars becomes one space or nothing; the other
    /// bytes are copied as they are.
    static func cellTextOfSingleScalarText(_ raw: String) -> String? {
        rewritingUTF8(raw, keeping: { !isWhitespaceScalar($0) }) { bytes, out in
            var count = 0
            var last: UInt32?
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                // An ordinary scalar with no space before it is copied as it is (`ordinaryLength`).
                if !pendingSpace, let length = ordinaryLength(at: index, in: bytes) {
                    for offset in 0..<length { out[count + offset] = bytes[index + offset] }
                    count += length
                    last = length == 1 ? UInt32(bytes[index]) : scalar(at: index, in: bytes).value
                    index += length
                    continue
                }
                let (value, length) = scalar(at: index, in: bytes)
                guard isIsolatedScalar(value) else { return nil }
                if isWhitespaceScalar(value) {
                    pendingSpace = last != nil
                } else {
                    if pendingSpace, let before = last, !isWideScalar(before), !isWideScalar(value), !isMathSignScalar(before),
                        !isMathSignScalar(value)
                    {
                        out[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    for offset in 0..<length { out[count + offset] = bytes[index + offset] }
                    count += length
                    last = value
                }
                index += length
            }
            return count
        }
    }

    /// Runs `body` over a text's UTF-8 bytes with an output buffer as long as the text, and makes
    /// a string of the bytes it wrote (it returns how many); nil when `body` returns nil. For
    /// rewrites that never lengthen a text. A text of single isolated scalars that `keeping`
    /// all accepts (the rewrite copies them as they are) is returned itself, without a copy:
    /// most cells and lines have nothing to rewrite.
    @inline(__always)
    static func rewritingUTF8(
        _ raw: String, keeping: (UInt32) -> Bool, _ body: (UnsafeBufferPointer<UInt8>, UnsafeMutableBufferPointer<UInt8>) -> Int?
    ) -> String? {
        var text = raw
        return text.withUTF8 { bytes -> String? in
            var index = 0
            while index < bytes.count {
                let (value, length) = scalar(at: index, in: bytes)
                guard isIsolatedScalar(value), keeping(value) else { break }
                index += length
            }
            if index == bytes.count { return raw }
            var written: Int?
            let result = String(unsafeUninitializedCapacity: max(bytes.count, 1)) { out in
                written = body(bytes, out)
                return written ?? 0
            }
            return written == nil ? nil : result
        }
    }

    /// The scalar that starts at `index` of valid UTF-8: its value and its length in bytes.
    @inline(__always)
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        switch lead {
        case ..<0x80:
            return (lead, 1)
        case ..<0xE0:
            return (((lead & 0x1F) << 6) | (UInt32(bytes[index + 1]) & 0x3F), 2)
        case ..<0xF0:
            return (((lead & 0x0F) << 12) | ((UInt32(bytes[index + 1]) & 0x3F) << 6) | (UInt32(bytes[index + 2]) & 0x3F), 3)
        default:
            let high = ((lead & 0x07) << 18) | ((UInt32(bytes[index + 1]) & 0x3F) << 12)
            return (high | ((UInt32(bytes[index + 2]) & 0x3F) << 6) | (UInt32(bytes[index + 3]) & 0x3F), 4)
        }
    }

    /// The length of an ordinary scalar starting at `index` — a CJK ideograph led by E4–E9
    /// (U+4000–9FFF) or printable ASCII other than space and quotation marks — else nil. An
    /// ordinary scalar is isolated (`isIsolatedScalar`), no compatibility ideograph, and no white
    /// space, quotation mark or full-width bracket or colon: the byte scans pass most text by its
    /// lead bytes this way, without decoding it (measured: a tenth of the parse, over the scans).
    @inline(__always)
    static func ordinaryLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        switch bytes[index] {
        case 0xE4...0xE9: 3
        case 0x22, 0x27: nil
        case 0x21...0x7E: 1
        default: nil
        }
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

    /// The Unicode White_Space property, for any scalar (the 25 of PropList.txt): what
    /// `Character.isWhitespace` tests of a character's first scalar.
    @inline(__always)
    static func isWhiteSpaceProperty(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// A range of the UTF-8 bytes of text of single isolated scalars (see `isIsolatedScalar`)
    /// without its leading and trailing white space: there each scalar is a `Character`, white
    /// space when `isWhitespaceScalar` says so, as `trimmingWhitespace` trims.
    static func trimmingWhitespace(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let (value, length) = scalar(at: start, in: bytes)
            guard isWhitespaceScalar(value) else { break }
            start += length
        }
        while end > start {
            var last = end - 1
            while bytes[last] & 0xC0 == 0x80 { last -= 1 }  // back over continuation bytes to the scalar's lead
            guard isWhitespaceScalar(scalar(at: last, in: bytes).value) else { break }
            end = last
        }
        return start..<end
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

    /// `Character.isMathSign` of a one-scalar character: ≥ ≤ = ＞ ＜ > <.
    @inline(__always)
    static func isMathSignScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x2265, 0x2264, 0x3D, 0xFF1E, 0xFF1C, 0x3E, 0x3C: return true
        default: return false
        }
    }

    /// The comparison key of a header cell or title: no white space at all, full-width
    /// brackets folded to ASCII, quotation marks and list numbering removed.
    public static func key(_ raw: String) -> String {
        keyOfSingleScalarText(raw) ?? keyByCharacters(raw)
    }

    /// `key` on `Character`s: for any text, and the reference the byte path is tested against.
    static func keyByCharacters(_ raw: String) -> String {
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

    /// `key` on the UTF-8 bytes, for text in which every character is one scalar that never
    /// joins its neighbours into a grapheme cluster (ASCII without CR, Latin-1, CJK ideographs
    /// and punctuation, full-width forms, general punctuation and symbols); nil for any other
    /// text, which takes the `Character` path. On such text both paths give the same result,
    /// and this one skips grapheme breaking and decoding into `Character`s, the bulk of the cost.
    static func keyOfSingleScalarText(_ raw: String) -> String? {
        rewritingUTF8(raw, keeping: { !isWhitespaceScalar($0) && !isQuoteMarkScalar($0) && $0 != 0xFF08 && $0 != 0xFF09 && $0 != 0xFF1A }) { bytes, out in
            var count = 0
            var index = 0
            while index < bytes.count {
                let (value, length) = scalar(at: index, in: bytes)
                guard isIsolatedScalar(value) else { return nil }
                switch value {
                case _ where isWhitespaceScalar(value): break
                case _ where isQuoteMarkScalar(value): break
                case 0xFF08: out[count] = 0x28; count += 1  // （ → (
                case 0xFF09: out[count] = 0x29; count += 1  // ） → )
                case 0xFF1A: out[count] = 0x3A; count += 1  // ： → :
                default:
                    for offset in 0..<length { out[count + offset] = bytes[index + offset] }
                    count += length
                }
                index += length
            }
            return count
        }
    }

    /// Whether a text's key (`key`) may start with `scalar`: the first scalar the key keeps (no
    /// white space or quotation mark) is it, a compatibility ideograph (equal to one ideograph as
    /// a `Character`) or one that may join its neighbour — a test before the key is made, for
    /// searches over every line (a key of `scalar` itself, not a bracket or colon it folds).
    static func keyMayStart(_ text: String, with scalar: Unicode.Scalar) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !isWhiteSpaceProperty($0.value) && !isQuoteMarkScalar($0.value) }) else { return false }
        return mayBe(first, scalar)
    }

    /// Whether a text's key may end with `scalar` (as `keyMayStart`, from the end).
    static func keyMayEnd(_ text: String, with scalar: Unicode.Scalar) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !isWhiteSpaceProperty($0.value) && !isQuoteMarkScalar($0.value) }) else { return false }
        return mayBe(last, scalar)
    }

    private static func mayBe(_ found: Unicode.Scalar, _ scalar: Unicode.Scalar) -> Bool {
        found == scalar || UTF8Search.isCompatibilityIdeograph(found) || !isIsolatedScalar(found.value)
    }

    /// `quoteMarks` of one scalar each.
    @inline(__always)
    static func isQuoteMarkScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x201C, 0x201D, 0x22, 0x2018, 0x2019, 0x27, 0x300E, 0x300F, 0x300C, 0x300D: return true
        default: return false
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
        var line = line
        return line.withUTF8 { bytes in
            var cells: [String] = []
            var start = 0
            while let tab = bytes[start...].firstIndex(of: 0x09) {
                cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<tab]), as: UTF8.self))
                start = tab + 1
            }
            cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return cells
        }
    }

    /// `tabCells(line).map(cellText)` and those cells' keys (`key`), in one pass over the UTF-8
    /// bytes of a line of single isolated scalars (see `isIsolatedScalar`), and whether the line is
    /// plain too (no compatibility ideograph: `PlainScanner.isPlain`); nil for any other line. A
    /// cell with no white space, quotation mark or full-width bracket or colon is its own cell
    /// text and key, as both rewrites return it: most cells, made once without their scans.
    static func tabCellTextsAndKeys(_ line: String) -> (cells: [String], keys: [String], plain: Bool)? {
        var copy = line
        var plainLine = true
        // Each cell's length in bytes, and whether it is its own cell text and key.
        let found = copy.withUTF8 { bytes -> [(length: Int, plain: Bool)]? in
            var segments: [(length: Int, plain: Bool)] = []
            // (Counted first: the arrays grown cell by cell cost a fifth of the pass.)
            segments.reserveCapacity(bytes.count(where: { $0 == 0x09 }) + 1)
            var (start, index, plain) = (0, 0, true)
            while true {
                guard index < bytes.count, bytes[index] != 0x09 else {
                    segments.append((index - start, plain))
                    guard index < bytes.count else { return segments }
                    index += 1
                    (start, plain) = (index, true)
                    continue
                }
                if let length = ordinaryLength(at: index, in: bytes) {
                    index += length
                    continue
                }
                let (value, length) = scalar(at: index, in: bytes)
                guard isIsolatedScalar(value) else { return nil }
                if isWhitespaceScalar(value) || isQuoteMarkScalar(value) || value == 0xFF08 || value == 0xFF09 || value == 0xFF1A { plain = false }
                if UTF8Search.isCompatibilityIdeograph(value: value) { plainLine = false }
                index += length
            }
        }
        guard let found else { return nil }
        // The cells cut from the line, whose bytes are valid already: not decoded again.
        var (cells, keys) = ([String](), [String]())
        cells.reserveCapacity(found.count)
        keys.reserveCapacity(found.count)
        let utf8 = line.utf8
        var end = utf8.startIndex
        for (position, cell) in found.enumerated() {
            let start = position == 0 ? end : utf8.index(after: end)  // after the tab
            end = utf8.index(start, offsetBy: cell.length)
            // (Every scalar being isolated, every scalar boundary is a character boundary. Half the
            // cells of a form are empty.)
            let text = cell.length == 0 ? "" : String(line[start..<end])
            let read = cell.plain ? text : cellText(text)
            cells.append(read)
            keys.append(cell.plain ? text : key(read))
        }
        return (cells, keys, plainLine)
    }

    /// Whether every scalar of the text is a grapheme cluster of its own (see `isIsolatedScalar`),
    /// so that scalar-wise and `Character`-wise processing agree.
    static func isSingleScalarText(_ text: String) -> Bool {
        // Decoded from the bytes, as the byte paths decode: the scalar view's iterator cost twice as much.
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if let length = ordinaryLength(at: index, in: bytes) {
                    index += length
                    continue
                }
                let (value, length) = scalar(at: index, in: bytes)
                guard isIsolatedScalar(value) else { return false }
                index += length
            }
            return true
        }
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
        // Most texts have nothing to trim, which their end scalars tell without grapheme breaking:
        // a `Character` is white space when its first scalar is (`Character.isWhitespace`), so a
        // first scalar that is none starts a character that is none; and a last scalar of
        // `isIsolatedScalar`'s that is no white space extends no white space before it (only a
        // prepended mark or an emoji sequence can join it, neither white space).
        if let first = unicodeScalars.first, let last = unicodeScalars.last, !TextNormalizer.isWhiteSpaceProperty(first.value),
            TextNormalizer.isIsolatedScalar(last.value), !TextNormalizer.isWhitespaceScalar(last.value)
        {
            return String(self)
        }
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }
}
