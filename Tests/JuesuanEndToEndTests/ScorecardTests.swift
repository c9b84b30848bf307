import Foundation
import Testing

/// gongkai.disclosure_scorecard: what a report discloses, item by item, with the line that shows it.
/// The expected lines are found in the seed's text here, by the words the report prints.
@Suite struct ScorecardTests {
    /// Each item and the words of the line that should show it (the tables by their titles).
    static let seedItems: [(item: String, words: String)] = [
        ("gk01 收入支出决算总表", "一、收入支出决算总表"), ("gk02 收入决算表", "二、收入决算表"), ("gk03 支出决算表", "三、支出决算表"),
        ("gk04 财政拨款收入支出决算总表", "四、财政拨款收入支出决算总表"), ("gk05 一般公共预算财政拨款支出决算表", "五、一般公共预算财政拨款支出决算表"),
        ("gk06 一般公共预算财政拨款基本支出决算表", "六、一般公共预算财政拨款基本支出决算明细表"),
        ("gk07 政府性基金预算财政拨款收入支出决算表", "七、政府性基金预算财政拨款收入支出决算表"),
        ("gk08 国有资本经营预算财政拨款支出决算表", "八、国有资本经营预算财政拨款支出决算表"),
        ("gk09 财政拨款“三公”经费支出决算表", "九、财政拨款“三公”经费支出决算表"),
        ("部门概况", "第一部分 部门概况"), ("收支情况说明", "九、财政拨款“三公”经费支出决算情况说明"), ("名词解释", "第四部分 名词解释"),
        ("因公出国 团组数和人次", "全年共有因公出国（境）团组3个"), ("公务用车 购置数", "公务用车购置数为 0 辆"),
        ("公务用车 保有量", "公务用车保有量为 105 辆"), ("国内公务接待 批次和人次", "全年共接待国内来访团组 2878 个"),
        ("机关运行经费", "2024年度机关运行经费支出1393.16万元"), ("政府采购总额", "2024年度政府采购支出总额458.83万元"),
        ("货物、工程、服务", "2024年度政府采购支出总额458.83万元"), ("授予中小企业的份额", "2024年度政府采购支出总额458.83万元"),
        ("车辆", "共有车辆 119 辆"), ("大型设备", "共有车辆 119 辆"), ("绩效自评、评价或目标", "十、部门预算项目支出绩效自评表"),
    ]

    /// The 1-based line of the body (after the 目录, which ends at the second 第一部分) that holds `words`.
    static func line(of words: String, in text: String) -> Int? {
        let lines = text.components(separatedBy: "\n")
        let parts = lines.indices.filter { lines[$0].hasPrefix("第一部分") }
        let body = parts.count > 1 ? parts[1] : 0
        return lines.indices.first { $0 >= body && lines[$0].contains(words) }.map { $0 + 1 }
    }

    static func scorecard(_ text: String) throws -> [String: (present: Bool, line: String)] {
        try Warehouse.with { warehouse in
            _ = try DataQualityVariationTests.load(text, into: warehouse)
            var rows: [String: (present: Bool, line: String)] = [:]
            for line in try warehouse.lines("select item, present, coalesce(source_line::text, '') from gongkai.disclosure_scorecard") {
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                rows[parts[0]] = (parts[1] == "t", parts[2])
            }
            return rows
        }
    }

    @Test func theSeedDisclosesEveryItemOnTheLineThatSaysIt() throws {
        let text = try SeedVariant.seed()
        let scorecard = try Self.scorecard(text)
        #expect(scorecard.count == 26)
        for (item, words) in Self.seedItems {
            let expected = try #require(Self.line(of: words, in: text), "the seed no longer prints \(words)")
            #expect(scorecard[item]?.present == true && scorecard[item]?.line == String(expected), "\(item)")
        }
        #expect(scorecard["变动原因"]?.present == true)
        #expect(scorecard["功能分类到项 (一般公共预算支出表)"]?.present == true && scorecard["经济分类到款 (基本支出表)"]?.present == true)
    }

    /// A copy of the seed without its 公开08 table, its 因公出国 counts and its 名词解释 (the 目录 still lists
    /// the last: a 目录 entry discloses nothing).
    @Test func whatACopyOmitsIsAbsent() throws {
        var lines = try SeedVariant.seed().components(separatedBy: "\n")
        let table = try #require(lines.firstIndex(of: "八、国有资本经营预算财政拨款支出决算表"))
        let next = try #require(lines.firstIndex(of: "九、财政拨款“三公”经费支出决算表"))
        lines.removeSubrange(table..<next)
        let glossary = try #require(lines.lastIndex(of: "第四部分 名词解释"))
        lines.removeSubrange(glossary...)
        var text = lines.joined(separator: "\n")
        let counts = "全年共有因公出国（境）团组3个，因公出国（境）3人次。"
        try #require(text.contains(counts))
        text = text.replacingOccurrences(of: counts, with: "")
        let scorecard = try Self.scorecard(text)
        let absent = scorecard.filter { !$0.value.present }.map(\.key).sorted()
        #expect(absent == ["gk08 国有资本经营预算财政拨款支出决算表", "名词解释", "因公出国 团组数和人次"])
        #expect(scorecard.filter { !$0.value.present }.allSatisfy { $0.value.line.isEmpty })
        #expect(scorecard["公务用车 保有量"]?.line == Self.line(of: "公务用车保有量为 105 辆", in: text).map(String.init))
    }

    /// Shanghai's 2024 report states its 三公 as all 0 and 持平, without counts or reasons: those five are absent.
    @Test func theShanghaiReportOmitsTheSangongCounts() throws {
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(PictureTests.shanghai).documentID)
            #expect(
                try warehouse.lines(
                    "select item from gongkai.disclosure_scorecard where document_id = $1 and not present order by ord", [document])
                    == ["因公出国 团组数和人次", "公务用车 购置数", "公务用车 保有量", "国内公务接待 批次和人次", "变动原因"])
            #expect(try warehouse.lines("select present, required from gongkai.disclosure_summary where document_id = $1", [document]) == ["21\t26"])
            // Each item present is shown by its line (with the next, where the PDF wraps it): the words the PDF prints there.
            let words: [String: String] = [
                "gk01 收入支出决算总表": "收入支出决算总表", "gk02 收入决算表": "收入决算表", "gk03 支出决算表": "支出决算表",
                "gk04 财政拨款收入支出决算总表": "财政拨款收入支出决算总表", "gk05 一般公共预算财政拨款支出决算表": "一般公共预算财政拨款支出决算表",
                "gk06 一般公共预算财政拨款基本支出决算表": "基本支出决算表", "gk07 政府性基金预算财政拨款收入支出决算表": "政府性基金预算财政拨款",
                "gk08 国有资本经营预算财政拨款支出决算表": "国有资本经营预算财政拨款", "gk09 财政拨款“三公”经费支出决算表": "三公",
                "部门概况": "上海市普陀区财政局概况", "收支情况说明": "情况说明", "名词解释": "名词解释", "机关运行经费": "机关运行经费支出184.65万元",
                "政府采购总额": "251.25万元", "货物、工程、服务": "货物采购金额4.79万元", "授予中小企业的份额": "中小企业",
                "车辆": "车辆0辆", "大型设备": "以上设备", "绩效自评、评价或目标": "绩效",
            ]
            for line in try warehouse.lines(
                """
                select s.item, l.line_text || coalesce(n.line_text, '') from gongkai.disclosure_scorecard as s
                inner join fiscal.document_line as l on l.document_id = s.document_id and l.line_no = s.source_line
                left join fiscal.document_line as n on n.document_id = s.document_id and n.line_no = s.source_line + 1
                where s.document_id = $1 and s.present and s.dimension <> '细化程度'
                """, [document])
            {
                let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
                let expected = try #require(words[parts[0]], "\(parts[0]) is present")
                #expect(parts.count == 2 && parts[1].contains(expected), "\(parts[0]): \(parts.count == 2 ? parts[1] : "")")
            }
            let status = try CommandLineTests.run(["status", "--database-url", warehouse.database.conninfo])
            #expect(status.stdout.contains("21/26"))
            // The report page shows the scorecard, the absent items marked.
            let html = FileManager.default.temporaryDirectory.appendingPathComponent("scorecard-\(UUID().uuidString).html").path
            defer { try? FileManager.default.removeItem(atPath: html) }
            try #require(try CommandLineTests.run(["report", document, "--html", html, "--database-url", warehouse.database.conninfo]).status == 0)
            let page = try String(contentsOfFile: html, encoding: .utf8)
            #expect(page.contains("<section id=\"scorecard\"><h2>公开评分 Disclosure</h2><p>21 of 26 required items disclosed</p>"))
            #expect(page.matches(of: #/<tr class="absent">/#).count == 5)
        }
    }
}
