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
        let plain = text.replacingOccurrences(of: ",", with: "")
        guard let value = Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        self.value = value
        self.text = text
    }

    /// The printed number without thousands separators, for PostgreSQL's `numeric`
    /// input: it keeps the printed scale (0.20 stays 0.20; `Decimal` would print 0.2).
    public var sqlText: String {
        let plain = text.replacingOccurrences(of: ",", with: "")
        return plain.hasPrefix("+") ? String(plain.dropFirst()) : plain
    }

    public var description: String { text }

    /// Whether `text` is a whole plain number, with or without thousands separators.
    static func isNumber(_ text: String) -> Bool {
        var chars = Substring(text)
        if chars.first == "-" || chars.first == "+" { chars = chars.dropFirst() }
        let parts = chars.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return false }
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit) else { return false }
        }
        let whole = parts[0]
        guard !whole.isEmpty else { return false }
        if whole.contains(",") {
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard let head = groups.first, (1...3).contains(head.count), head.allSatisfy(\.isASCIIDigit) else {
                return false
            }
            return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }
        }
        return whole.allSatisfy(\.isASCIIDigit)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
