/// What a printed amount measures: a measure code and the fund it is restricted to.
///
/// The codes are the natural keys of `fiscal.dim_measure` and `fiscal.dim_fund`
/// (seeded by the migrations); views pivot on them.
public struct Measure: Hashable, Sendable, CustomStringConvertible {
    /// `fiscal.dim_measure.measure_code`, e.g. `basic_expense`.
    public var code: String
    public var fund: Fund

    public init(_ code: String, _ fund: Fund = .all) {
        self.code = code
        self.fund = fund
    }

    public var description: String { fund == .all ? code : "\(code)/\(fund.rawValue)" }
}

/// The 财政拨款 fund a column is restricted to (`fiscal.dim_fund.fund_code`).
public enum Fund: String, Sendable, Hashable, CaseIterable {
    /// All sources: the column is not restricted to one fund.
    case all
    /// 一般公共预算财政拨款.
    case generalBudget = "general_budget"
    /// 政府性基金预算财政拨款.
    case govFund = "gov_fund"
    /// 国有资本经营预算财政拨款.
    case soeCapital = "soe_capital"
}
