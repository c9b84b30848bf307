/// Matches a printed 实施单位 to one of the units listed in 机构设置及部门决算单位构成.
///
/// Reports print one unit several ways: with full- or half-width brackets
/// (（本级） / (本级)), or without （本级） at all, or 本级 without brackets. Names are
/// compared by key (no spaces, brackets folded), then with （本级） added or removed; the
/// reporting entity (the department itself, which lists no unit for itself) counts as a unit;
/// anything else does not match and is left for a finding, never guessed.
struct UnitMatcher {
    /// The listed units, then the reporting entity (as `dim_unit` keeps it), each with its name's
    /// key: made once for all the forms of a report.
    private let keyed: [(unit: ListedUnit, key: String)]

    init(units: [ListedUnit], entity: ListedUnit?) {
        keyed = (units + [entity].compactMap { $0 }).map { (unit: $0, key: TextNormalizer.key($0.name)) }
    }

    func match(_ printed: String) -> ListedUnit? {
        let key = TextNormalizer.key(printed)
        guard !key.isEmpty else { return nil }
        var candidates = [key, key + "(本级)"]
        for suffix in ["(本级)", "本级"] where key.hasSuffix(suffix) { candidates.append(String(key.dropLast(suffix.count))) }
        for candidate in candidates {
            if let unit = keyed.first(where: { $0.key == candidate })?.unit { return unit }
        }
        return nil
    }
}
