extension String {
    /// Removes what an anchored pattern (`^…`) matches at the start: the same as
    /// `replacing(pattern, with: "")`, which also tries the pattern at every later position,
    /// where `^` cannot match.
    mutating func removePrefix<Output>(matching pattern: Regex<Output>) {
        if let match = prefixMatch(of: pattern) { removeSubrange(match.range) }
    }
}

extension StringProtocol {
    /// Whether a pattern anchored at the start (`^…`) whose first character is one of `firsts`
    /// may match: the first scalar (after one of `skipping`, when the text starts with it and the
    /// pattern makes it optional: `^[，,]?`) is one of them, or a CJK compatibility ideograph, which
    /// a `Regex` equates with the ideograph it stands for. A `Character` equal to one of `firsts`
    /// (none is a composed character) starts with it; one that starts with another scalar is none of them.
    func mayStart(with firsts: String, skipping optionals: String = "") -> Bool {
        var scalars = unicodeScalars.makeIterator()
        guard var first = scalars.next() else { return false }
        if optionals.unicodeScalars.contains(first), let next = scalars.next() { first = next }
        return firsts.unicodeScalars.contains(first) || UTF8Search.isCompatibilityIdeograph(first)
    }
}
