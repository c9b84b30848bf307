import ArgumentParser
import Foundation
import JuesuanWarehouse
import Logging

/// `juesuan review`: accept, dismiss or reopen findings, with a note, for good.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Accept, dismiss or reopen findings (by their key, or all of a document's check), with a note.",
        discussion: """
            A review outlasts reloads: it is kept by the finding's key (juesuan check shows it), with the \
            values it was made on. While the finding keeps them, check shows the decision; when a reload \
            changes them, the finding shows as reopened. A login with the role juesuan_reviewer may review \
            and do nothing else.

            Examples:
              juesuan review 3f2a… --dismiss --note "rounding in the publisher's 万元 conversion"
              juesuan review --document 1 --check coded_row_columns --accept --note "known gap of the template"
              juesuan review 3f2a… --reopen
            """)

    @Argument(help: "The keys of the findings to review (juesuan check lists them).")
    var keys: [String] = []

    @Option(help: "Every finding of this document's check (give --check too).")
    var document: Int64?

    @Option(help: "The check whose findings to review (give --document too).")
    var check: String?

    @Flag(help: "The decision.")
    var decision: FindingReviews.Decision

    @Option(help: "A note kept with the review.")
    var note: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard keys.isEmpty != (document == nil) else {
            throw ValidationError("give the keys of the findings, or --document N --check NAME, not both")
        }
        guard (document == nil) == (check == nil) else { throw ValidationError("--document and --check go together") }
    }

    func run() throws {
        let (connection, _) = try database.connectForReading(logger: Logger(label: "juesuan.review"))
        let reviews = FindingReviews(connection: connection)
        let chosen = try document.map { try reviews.keys(document: $0, check: check) } ?? keys
        guard !chosen.isEmpty else {
            Output.error("document \(document.map(String.init) ?? "") has no finding of check \(check ?? "")")
            throw ExitCode(1)
        }
        let unknown = try reviews.record(chosen, decision: decision, note: note)
        print("\(decision.rawValue): \(chosen.count - unknown.count) findings")
        if !unknown.isEmpty {
            Output.error("no current finding has the key \(unknown.joined(separator: ", ")); juesuan check lists the keys")
            throw ExitCode(1)
        }
    }
}

extension FindingReviews.Decision: EnumerableFlag {
    public static func name(for value: Self) -> NameSpecification {
        switch value {
        case .accepted: .customLong("accept")
        case .dismissed: .customLong("dismiss")
        case .open: .customLong("reopen")
        }
    }
}
