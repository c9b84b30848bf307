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
        var rest = Substring(plain.trimmingWhitespace())
        var comparison: String?
        if let first = rest.first, "≥≤=＞＜><".contains(first) {
            comparison = Self.halfWidthComparisons[first] ?? String(first)
            rest = rest.dropFirst()
        }
        rest = Substring(rest.trimmingWhitespace())
        let number = rest.prefix { $0.isASCIIDigit || $0 == "." || $0 == "," }
        guard !number.isEmpty, let value = Amount(String(number)) else {
            self.init(comparison: nil, value: nil, unit: nil)
            return
        }
        let unit = rest.dropFirst(number.count).trimmingWhitespace()
        self.init(comparison: comparison, value: value, unit: unit.isEmpty ? nil : unit)
    }

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
