import Foundation
import JuesuanLibPQ
import Testing

/// Reviews of findings outlast reloads (`juesuan review`, fiscal.dq_review, fiscal.dq_finding_review).
@Suite struct ReviewTests {
    /// The seed's one error: 公开05's 人员经费 合计 10596.94 against its 类 rows' 8314.79.
    static let errorRow = "合计 personnel_expense"

    static func review(_ warehouse: Warehouse, of rowKey: String) throws -> String {
        try warehouse.lines(
            "select review || ' | ' || coalesce(note, '') from fiscal.dq_finding_review where check_id = 'coded_hierarchy' and row_key = $1",
            [rowKey]
        ).joined(separator: "\n")
    }

    static func key(_ warehouse: Warehouse, of rowKey: String) throws -> String {
        try #require(try warehouse.lines("select finding_key from fiscal.dq_finding_review where check_id = 'coded_hierarchy' and row_key = $1", [rowKey]).first)
    }

    @Test func aDismissedFindingStaysDismissedUntilItsValuesChange() throws {
        try Warehouse.with { warehouse in
            let url = ["--database-url", warehouse.database.conninfo]
            try #require(try CommandLineTests.run(["load", Warehouse.seedPath, "--quiet"] + url).status == 0)
            let key = try Self.key(warehouse, of: Self.errorRow)
            #expect(try Self.review(warehouse, of: Self.errorRow) == "open | ")
            let run = try CommandLineTests.run(["review", key, "--dismiss", "--note", "人员经费 合计 includes units the 类 rows omit"] + url)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == "dismissed: 1 findings\n")
            #expect(try Self.review(warehouse, of: Self.errorRow) == "dismissed | 人员经费 合计 includes units the 类 rows omit")
            // check --json carries the key, the review and the note.
            let json = try CommandLineTests.run(["check", "--json"] + url)
            let objects = try json.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String] ?? [:] }
            let reviewed = try #require(objects.first { $0["finding_key"] == key })
            #expect(reviewed["review"] == "dismissed" && reviewed["note"] == "人员经费 合计 includes units the 类 rows omit")
            #expect(objects.filter { $0["review"] == "open" }.count == objects.count - 1)
            // An unchanged reload, and a changed file that keeps the finding's values: still dismissed.
            try #require(try CommandLineTests.run(["load", Warehouse.seedPath, "--quiet"] + url).status == 0)
            #expect(try Self.review(warehouse, of: Self.errorRow) == "dismissed | 人员经费 合计 includes units the 类 rows omit")
            let changed = try SeedVariant.write(try SeedVariant.changedVersion())
            defer { SeedVariant.remove(changed) }
            try #require(try CommandLineTests.run(["load", changed, "--quiet"] + url).status == 0)
            #expect(try warehouse.lines("select count(*) from fiscal.dim_document") == ["1"])
            #expect(try Self.review(warehouse, of: Self.errorRow) == "dismissed | 人员经费 合计 includes units the 类 rows omit")
            // A file in which the finding's values changed: reopened, saying what was reviewed.
            let original = try SeedVariant.seed()
            let moved = original.replacingOccurrences(of: "合计\t\t17714.80\t12143.60\t10596.94", with: "合计\t\t17714.80\t12143.60\t10596.95")
            try #require(moved != original, "the seed no longer prints 公开05's 合计 人员经费 10596.94")
            let reopened = try SeedVariant.write(moved)
            defer { SeedVariant.remove(reopened) }
            try #require(try CommandLineTests.run(["load", reopened, "--quiet"] + url).status == 0)
            #expect(
                try Self.review(warehouse, of: Self.errorRow)
                    == "reopened | reviewed as dismissed with expected 10596.94, actual 8314.79; the values changed: 人员经费 合计 includes units the 类 rows omit")
            // status counts the open findings: all of them again, the one reviewed being reopened.
            let all = try #require(try warehouse.lines("select count(*) from fiscal.dq_finding").first)
            let status = try CommandLineTests.run(["status"] + url)
            #expect(status.stdout.split(separator: "\n")[2].split(separator: " ").dropLast().last.map(String.init) == all)  // open, then disclosed
        }
    }

    @Test func aCheckOfADocumentIsReviewedAtOnce() throws {
        try Warehouse.with { warehouse in
            let url = ["--database-url", warehouse.database.conninfo]
            try #require(try CommandLineTests.run(["load", Warehouse.seedPath, "--quiet"] + url).status == 0)
            let document = try #require(try warehouse.lines("select document_id from fiscal.dim_document").first)
            let count = try #require(try warehouse.lines("select count(*) from fiscal.dq_finding where check_id = 'coded_row_columns'").first)
            let run = try CommandLineTests.run(["review", "--document", document, "--check", "coded_row_columns", "--accept"] + url)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == "accepted: \(count) findings\n")
            #expect(try warehouse.lines("select review, count(*) from fiscal.dq_finding_review where check_id = 'coded_row_columns' group by review") == ["accepted\t\(count)"])
            // A key no finding has is said, and nothing is recorded for it.
            let unknown = try CommandLineTests.run(["review", "0123456789abcdef", "--dismiss"] + url)
            #expect(unknown.status == 1 && unknown.stderr.contains("no current finding has the key 0123456789abcdef"))
        }
    }

    /// A login in juesuan_reviewer reviews findings and can write nothing else.
    @Test func aReviewerReviewsAndWritesNothingElse() throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            let key = try Self.key(warehouse, of: Self.errorRow)
            try RoleTests.withAnalystLogin(warehouse, in: "juesuan_reviewer") { _, conninfo in
                let run = try CommandLineTests.run(["review", key, "--accept", "--note", "confirmed with the unit", "--database-url", conninfo])
                #expect(run.status == 0, "\(run.stderr)")
                try {
                    let reviewer = try Connection(conninfo)
                    for statement in RoleTests.forbidden {
                        #expect(throws: PostgresError.self, "\(statement)") { try reviewer.execute(statement) }
                    }
                    #expect(throws: PostgresError.self) { try reviewer.execute("delete from fiscal.dq_finding") }
                    #expect(throws: PostgresError.self) { try reviewer.execute("delete from fiscal.dq_review") }
                }()
            }
            #expect(try Self.review(warehouse, of: Self.errorRow) == "accepted | confirmed with the unit")
            #expect(try warehouse.lines("select reviewer like 'analyst\\_%' from fiscal.dq_review") == ["t"])
        }
    }

    /// The report page lists the open errors and warnings first, those a reviewer settled after
    /// them, marked, with the note.
    @Test func theReportPageListsOpenFindingsFirstAndMarksReviewedOnes() throws {
        try Warehouse.with { warehouse in
            let url = ["--database-url", warehouse.database.conninfo]
            try #require(try CommandLineTests.run(["load", Warehouse.seedPath, "--quiet"] + url).status == 0)
            let key = try Self.key(warehouse, of: Self.errorRow)
            try #require(try CommandLineTests.run(["review", key, "--dismiss", "--note", "known"] + url).status == 0)
            let document = try #require(try warehouse.lines("select document_id from fiscal.dim_document").first)
            let html = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString).html").path
            defer { try? FileManager.default.removeItem(atPath: html) }
            try #require(try CommandLineTests.run(["report", document, "--html", html] + url).status == 0)
            let page = try String(contentsOfFile: html, encoding: .utf8)
            let rows = page.matches(of: #/<tr class="(error|warn|info)( reviewed)?"><td>.*?<td class="review">([^<]*)</td></tr>/#).map { "\($0.1)\($0.2 ?? "")\t\($0.3)" }
            let warnings = try #require(try warehouse.lines("select count(*) from fiscal.dq_finding where severity = 'warn'").first.flatMap { Int($0) })
            // The open warnings, then the dismissed error, then the information.
            #expect(rows.prefix(warnings) == ArraySlice(Array(repeating: "warn\topen", count: warnings)))
            #expect(rows.dropFirst(warnings).first == "error reviewed\tdismissed: known")
            #expect(rows.dropFirst(warnings + 1).allSatisfy { $0.hasPrefix("info\t") })
        }
    }
}
