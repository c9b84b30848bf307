import ArgumentParser
import JuesuanCore

/// `--department`, `--year`, `--kind`: the identity of a report that prints none (a budget of
/// tables alone), for `load` and `parse`. What a report prints wins, with a finding naming both.
struct IdentityOptions: ParsableArguments {
    @Option(help: "The department, for a report that prints none (what a report prints wins).")
    var department: String?

    @Option(help: "The fiscal year (YYYY), for a report that prints none.")
    var year: Int?

    @Option(help: "决算 or 预算, for a report that does not say which it is.")
    var kind: String?

    func validate() throws {
        if let kind, ReportKind(rawValue: kind) == nil { throw ValidationError("--kind must be 决算 or 预算, found \(kind)") }
    }

    var given: GivenIdentity {
        GivenIdentity(department: department, year: year, kind: kind.flatMap(ReportKind.init(rawValue:)))
    }
}
