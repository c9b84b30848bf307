import Foundation

/// A printed amount: the exact decimal value and the text it was read from.
///
/// Amounts are never `Double`: the value is a `Decimal` parsed from a cell that
/// matched a strict pattern first, because `Decimal(string:)` accepts prefixes
/// ("12abc" would become 12).
public struct Amount: Hashable, Sendable, CustomStringConvertible {
    /// The exact value, thousands separators removed.
    public let value: Decimal
    /// The cell as printed, e.g. `2,940.05`.
    public let text: String

    /// Reads an amount cell.
    ///
    /// - Parameter text: the cell, already trimmed.
    /// - Returns: the amount, or `nil` when the text is not a plain number
    ///   (`1,234.5`, `-3`, `0.00` are numbers; `17321.9I`, `1.2.3`, `1,23` are not).
    public init?(_ text: String) {
        guard Amount.isNumber(text) else { return nil }
        guard let value = Amount.decimal(Amount.withoutSeparators(text)) else { return nil }
        self.value = value
        self.text = text
    }

    /// The printed number without thousands separators, for PostgreSQL's `numeric`
    /// input: it keeps the printed scale (0.20 stays 0.20; `Decimal` would print 0.2).
    public var sqlText: String {
        let plain = Amount.withoutSeparators(text)
        return plain.hasPrefix("+") ? String(plain.dropFirst()) : plain
    }

    public var description: String { text }

    /// Built once: a `Locale` made for every amount cost more than reading it.
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The value of a plain number (`isNumber`, separators removed), the same `Decimal` as
    /// `Decimal(string:)` gives, bit for bit: built from its digits (sign, significand, exponent)
    /// when there are 18 at most and not all zeros — `Decimal(string:)` compacts the same way
    /// (87.00 is 87 × 10⁰, 1200 is 12 × 10²) and costs ten times as much; a zero (0.00 keeps its
    /// exponent there) and a longer number are left to it.
    static func decimal(_ plain: String) -> Decimal? {
        var negative = false
        var significand: UInt64 = 0
        var exponent = 0
        var digits = 0
        var inFraction = false
        for byte in plain.utf8 {
            switch byte {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "+"): break
            case UInt8(ascii: "."): inFraction = true
            default:  // a digit: `isNumber` lets nothing else through
                digits += 1
                guard digits <= 18 else { return Decimal(string: plain, locale: posix) }
                significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
                if inFraction { exponent -= 1 }
            }
        }
        guard significand != 0 else { return zeros[negative ? 1 : 0][-exponent] }
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }

    /// Zeros as `Decimal(string:)` reads them, by sign and digits after the point (it keeps the
    /// exponent of 0.00; leading zeros and a + change nothing), up to the 18 digits `decimal`
    /// builds: made once, for the many zeros the forms print.
    private static let zeros: [[Decimal]] = ["", "-"].map { sign in
        (0...18).map { fraction in Decimal(string: sign + (fraction == 0 ? "0" : "0." + String(repeating: "0", count: fraction)), locale: posix)! }
    }

    private static func withoutSeparators(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: ",")) ? String(decoding: text.utf8.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self) : text
    }

    /// Whether `text` is a whole plain number, with or without thousands separators: an
    /// optional sign, digits (in groups of three after a first group of one to three, when
    /// separated by commas), and optionally a point and at least one digit.
    ///
    /// Read on UTF-8 bytes: every byte must be ASCII, so this is the same as reading
    /// `Character`s (a digit with a combining mark is not ASCII either way).
    static func isNumber(_ text: String) -> Bool {
        var digits = 0  // digits of the current group of the whole part
        var commas = 0
        var fraction = -1  // digits after the point; -1 before one
        var wholeIsComplete: Bool { commas == 0 ? digits > 0 : digits == 3 }
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard index == 0 else { return false }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if fraction >= 0 { fraction += 1 } else { digits += 1 }
            case UInt8(ascii: ","):
                guard fraction < 0, commas == 0 ? (1...3).contains(digits) : digits == 3 else { return false }
                commas += 1
                digits = 0
            case UInt8(ascii: "."):
                guard fraction < 0, wholeIsComplete else { return false }
                fraction = 0
            default:
                return false
            }
        }
        return fraction < 0 ? wholeIsComplete : fraction > 0
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension UInt8 {
    /// A UTF-8 byte that is an ASCII digit, 0–9 (no byte of a longer scalar is one).
    var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
}
