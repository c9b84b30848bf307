/// Matches a printed 实施单位 to one of the units listed in 机构设置及部门决算单位构成.
///
/// Reports print one unit several ways: with full- or half-width brackets
/// (（本级） / (本级)), or without （本级） at all. Names are compared by key (no
/// spaces, brackets folded), then with （本级） added or removed; anything else
/// does not match and is left for a finding, never guessed.
struct UnitMatcher {
    let units: [ListedUnit]

    func match(_ printed: String) -> ListedUnit? {
        let key = TextNormalizer.key(printed)
        guard !key.isEmpty else { return nil }
        let candidates = [key, key + "(本级)", key.hasSuffix("(本级)") ? String(key.dropLast(4)) : key]
        for candidate in candidates {
            if let unit = units.first(where: { TextNormalizer.key($0.name) == candidate }) { return unit }
        }
        return nil
    }
}
