extension String {
    /// Removes what an anchored pattern (`^…`) matches at the start: the same as
    /// `replacing(pattern, with: "")`, which also tries the pattern at every later position,
    /// where `^` cannot match.
    mutating func removePrefix<Output>(matching pattern: Regex<Output>) {
        if let match = prefixMatch(of: pattern) { removeSubrange(match.range) }
    }
}
