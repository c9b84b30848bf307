import Foundation

extension Target {
    /// Reads a printed target: an optional comparison, a number and a unit.
    ///
    /// `≥85场次` → (≥, 85, 场次); `≥90%` → (≥, 90, %); `≤6000 元` → (≤, 6000, 元);
    /// `$\geq 98\%$` (TeX from some extraction tools) → (≥, 98, %); words such as
    /// 有所提高 → all nil. A bare number (`100`) has no comparison.
    public init(parsing text: String) {
        var plain = text
        // In this order; most targets hold none of them, and skip Foundation's search — and, told by
        // one pass over the bytes (`mayHoldRewrite`), the eight `holds` too.
        if plain.utf8.contains(where: Self.mayHoldRewrite) {
            for (from, to) in Self.rewrites where plain.holds(from) {
                plain = plain.replacingOccurrences(of: from.description, with: to)
            }
        }
        self = PlainScanner.isPlain(plain) ? Self.readingBytes(plain) : Self.readingCharacters(plain)
    }

    /// A target after its rewrites, on `Character`s: for any text.
    static func readingCharacters(_ text: String) -> Target {
        var rest = Substring(text.trimmingWhitespace())
        var comparison: String?
        if let first = rest.first, comparisons.contains(first) {
            comparison = Self.halfWidthComparisons[first] ?? String(first)
            rest = rest.dropFirst()
        }
        rest = Substring(rest.trimmingWhitespace())
        let number = rest.prefix { $0.isASCIIDigit || $0 == "." || $0 == "," }
        guard !number.isEmpty, let value = Amount(String(number)) else { return Target(comparison: nil, value: nil, unit: nil) }
        let unit = rest.dropFirst(number.count).trimmingWhitespace()
        return Target(comparison: comparison, value: value, unit: unit.isEmpty ? nil : unit)
    }

    /// `readingCharacters` on the bytes of plain text (`PlainScanner.isPlain`), where each
    /// character is one scalar and white space is `TextNormalizer.isWhitespaceScalar`.
    static func readingBytes(_ text: String) -> Target {
        var copy = text
        return copy.withUTF8 { bytes in
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            var rest = TextNormalizer.trimmingWhitespace(0..<bytes.count, in: bytes)
            var comparison: String?
            if !rest.isEmpty {
                let (value, length) = TextNormalizer.scalar(at: rest.lowerBound, in: bytes)
                if let scalar = Unicode.Scalar(value), comparisons.unicodeScalars.contains(scalar) {
                    comparison = Self.halfWidthComparisons[Character(scalar)] ?? String(scalar)
                    rest = (rest.lowerBound + length)..<rest.upperBound
                }
            }
            rest = TextNormalizer.trimmingWhitespace(rest, in: bytes)
            var numberEnd = rest.lowerBound
            while numberEnd < rest.upperBound, bytes[numberEnd].isASCIIDigit || bytes[numberEnd] == UInt8(ascii: ".") || bytes[numberEnd] == UInt8(ascii: ",") {
                numberEnd += 1
            }
            guard numberEnd > rest.lowerBound, let value = Amount(string(rest.lowerBound..<numberEnd)) else {
                return Target(comparison: nil, value: nil, unit: nil)
            }
            let unit = TextNormalizer.trimmingWhitespace(numberEnd..<rest.upperBound, in: bytes)
            return Target(comparison: comparison, value: value, unit: unit.isEmpty ? nil : string(unit))
        }
    }

    /// The comparisons a target may open with.
    static let comparisons = "≥≤=＞＜><"
    /// The full-width comparisons a target may open with, as the ASCII ones the warehouse keeps.
    private static let halfWidthComparisons: [Character: String] = ["＞": ">", "＜": "<"]
    /// TeX and full-width spellings of the comparisons, rewritten before a target is read.
    private static let rewrites: [(StaticString, String)] = [
        ("$", ""), ("\\geq", "≥"), ("\\leq", "≤"), ("\\%", "%"), ("＝", "="), ("％", "%"), (">=", "≥"), ("<=", "≤"),
    ]
    /// Whether a byte is one of those every `rewrites` text holds one of — $ \ > < or the lead EF
    /// of a full-width form — or a lead `holds` says yes to (EF, F0: a compatibility ideograph's).
    private static func mayHoldRewrite(_ byte: UInt8) -> Bool {
        byte == 0x24 || byte == 0x5C || byte == 0x3E || byte == 0x3C || byte >= 0xEF
    }
}
